/**
 * A workbook the CLI wrote (or the web app downloaded), opened in Excel and rebuilt from the pane:
 * the xlsx writer's hidden sheet marks make the Office writer update its sheets in place and keep
 * the rows tracked in the file, instead of building a second set beside them.
 */
import JSZip from "jszip";
import { a1 } from "../../src/workbook/plan/a1";
import { buildPlan } from "../../src/workbook/plan/buildPlan";
import { FakeWorkbook } from "../support/fakeExcel";
import { unesc } from "../../src/workbook/xlsx/charts";
import { writeXlsx } from "../../src/workbook/xlsx/xlsxWriter";
import { readXlsx } from "../helpers/readXlsx";
import { build, expectHeadlineNames, LARGE, SMALL, TRACKING, trackedRows, typeTrackedRows } from "./support";

const NOW = new Date("2026-01-31T12:00:00Z");

/** The workbook-scoped names of an .xlsx, as Excel's workbook.names reports them ("=" + the reference). */
async function definedNames(bytes: Uint8Array): Promise<{ name: string; formula: string; hidden: boolean }[]> {
  const xml = await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string");
  const out: { name: string; formula: string; hidden: boolean }[] = [];
  for (const m of xml.matchAll(/<definedName ([^>]*)>([^<]*)<\/definedName>/g)) {
    if (/localSheetId=/.test(m[1])) continue; // sheet-scoped (print areas): not in workbook.names
    const name = /name="([^"]+)"/.exec(m[1])![1];
    out.push({ name, formula: `=${unesc(m[2])}`, hidden: /hidden="1"/.test(m[1]) });
  }
  return out;
}

/** The fake Excel as it looks after opening the file: its sheets, names and tracking values. */
async function openInFake(bytes: Uint8Array): Promise<FakeWorkbook> {
  const wb = await readXlsx(bytes);
  const fake = new FakeWorkbook(wb.worksheets.map((w) => w.name));
  for (const n of await definedNames(bytes)) fake.names.set(n.name.toLowerCase(), { name: n.name, formula: n.formula, comment: "", visible: !n.hidden });
  wb.getWorksheet(TRACKING)!.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      if (typeof cell.value === "string" || typeof cell.value === "number") fake.writeCell(fake.mustSheet(TRACKING), r - 1, c - 1, cell.value, "values");
    }),
  );
  return fake;
}

describe("a workbook built outside Excel, rebuilt in Excel", () => {
  test("the file carries a hidden mark per sheet and the plan version", async () => {
    const plan = buildPlan(SMALL);
    const names = await definedNames(await writeXlsx(plan, { now: NOW }));
    for (const s of plan.sheets) expect(names).toContainEqual({ name: `SS_Sheet_${s.key}`, formula: `='${s.name}'!$A$1`, hidden: true });
    expect(names).toContainEqual({ name: "SS_PlanVersion", formula: "=1", hidden: true });
    // The public names stay visible.
    expect(names.find((n) => n.name === "SS_TCO_InHouse")).toMatchObject({ hidden: false });
  });

  test("the rebuild updates every sheet in place and keeps the rows tracked in the file", async () => {
    const plan = buildPlan(SMALL);
    // Three periods already in the file (written by the xlsx writer), two typed in Excel after.
    const [inFile, typed] = [trackedRows(3), trackedRows(5).slice(3)];
    const fake = await openInFake(await writeXlsx(plan, { now: NOW, trackingRows: inFile }));
    typeTrackedRows(fake, TRACKING, plan.tracking.firstDataRow + inFile.length, typed);
    const report = await build(fake, LARGE);
    expect(report.created).toEqual([]);
    expect(report.updated).toEqual(plan.sheets.map((s) => s.name));
    expect(report.trackedRowsKept).toBe(5);
    expect(fake.cellAt(TRACKING, a1(plan.tracking.firstDataRow, 0))?.value).toBe(inFile[0][0]);
    expect(fake.sheets.map((s) => s.name).sort()).toEqual(plan.sheets.map((s) => s.name).sort());
    expectHeadlineNames(fake, LARGE);
  });
});
