/**
 * The pane's Excel actions against the recording Excel fake: a first build, the read-back of
 * its inputs, and a rebuild that keeps the rows the user tracked, as the pane words them.
 */
import { KPIS } from "../../src/model/kpiCatalog";
import { parseProfile, Profile } from "../../src/model/profile";
import { officeActions } from "../../src/taskpane/officeActions";
import { BuildProgress } from "../../src/taskpane/actions";
import { DEFAULT_SHEET_NAMES, TRACKING_LAYOUT } from "../../src/workbook/plan/buildPlan";
import { a1 } from "../../src/workbook/plan/a1";
import { FakeWorkbook } from "../support/fakeExcel";

const parsed = parseProfile({
  schemaVersion: 1,
  company: { name: "=HYPERLINK(\"x\")", currency: "GBP" },
  inHouse: { staff: [{ role: "Sysadmin", salary: 61_000, count: 2 }], benefitsRate: 0.31 },
  outsourcing: { annualFee: 120_000, transitionCost: 20_000 },
});
const profile = (parsed.ok && parsed.profile) as Profile;
const always = { isSetSupported: () => true };

test("build reports progress and what it added; the inputs read back equal the profile; a rebuild says tracked rows were kept", async () => {
  const fake = new FakeWorkbook(["Sheet1"]);
  const actions = officeActions({ excel: fake.excel, requirements: always });
  expect(await actions.readBack!()).toBeNull(); // a workbook Smartsource never built

  const progress: BuildProgress[] = [];
  const first = await actions.build(profile, (p) => progress.push(p));
  expect(first.title).toBe("Workbook built");
  expect(first.detail).toMatch(/^Added \d+ sheets: /);
  expect(first.detail).toContain(DEFAULT_SHEET_NAMES.inputs);
  expect(progress.length).toBeGreaterThan(2);
  expect(progress.some((p) => typeof p.fraction === "number" && p.fraction > 0 && p.fraction <= 1)).toBe(true);

  // The workbook holds every KPI's target, so the read-back names the catalog defaults explicitly.
  const targets = Object.fromEntries(KPIS.filter((k) => k.target !== null).map((k) => [k.id, k.target]));
  const back = parseProfile(await actions.readBack!());
  expect(back).toEqual({ ok: true, profile: { ...profile, targets } });

  // The CFO tracks two periods, then rebuilds from the pane.
  const t = TRACKING_LAYOUT;
  fake.typeValue(DEFAULT_SHEET_NAMES.tracking, a1(t.firstDataRow, t.col), "2025-01");
  fake.typeValue(DEFAULT_SHEET_NAMES.tracking, a1(t.firstDataRow + 1, t.col), "2025-02");
  const again = await actions.build(profile, () => undefined);
  expect(again.title).toBe("Workbook rebuilt");
  expect(again.detail).toContain("your 2 tracked rows on the tracking sheet were kept");
  expect(fake.cellAt(DEFAULT_SHEET_NAMES.tracking, a1(t.firstDataRow + 1, t.col))?.value).toBe("2025-02");
});

test("a failed build rejects with the writer's explanation (the pane shows it)", async () => {
  const fake = new FakeWorkbook(["Sheet1"]);
  const tooOld = { isSetSupported: (_: string, v?: string) => v !== "1.8" };
  await expect(officeActions({ excel: fake.excel, requirements: tooOld }).build(profile, () => undefined)).rejects.toThrow(/too old for Smartsource/);
});

test("a build next to a user's sheet of the same name says which name Smartsource used", async () => {
  const fake = new FakeWorkbook([DEFAULT_SHEET_NAMES.tco]);
  fake.typeValue(DEFAULT_SHEET_NAMES.tco, "A1", "the user's own notes");
  const outcome = await officeActions({ excel: fake.excel, requirements: always }).build(profile, () => undefined);
  expect(outcome.detail).toMatch(new RegExp(`The "${DEFAULT_SHEET_NAMES.tco}" sheet is named "[^"]+" in this workbook\\.`));
  expect(fake.cellAt(DEFAULT_SHEET_NAMES.tco, "A1")?.value).toBe("the user's own notes");
});
