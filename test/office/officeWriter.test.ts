/**
 * The Office.js writer against the recording Excel fake: constant round trips, text that stays
 * text, rebuilds that keep tracked rows, foreign sheets left alone, failed builds undone, and the
 * named results of what Excel received (evaluated by HyperFormula) equal to the model.
 */
import { buildPlan, TRACKING_LAYOUT } from "../../src/workbook/plan/buildPlan";
import { a1, parseRange } from "../../src/workbook/plan/a1";
import { CellState, FakeWorkbook } from "../support/fakeExcel";
import { OfficeTaskError } from "../../src/office/taskError";
import { Profile } from "../../src/model/profile";
import { build, evaluateFake, expectClose, expectHeadlineNames, LARGE, profile, SMALL, TrackedRow, trackedRows, TRACKING, typeTrackedRows } from "./support";

const layout = TRACKING_LAYOUT;
const FIRST = layout.firstDataRow;
const DATA_COLS = layout.headers.length;

/** Every cell state in the tracking data area (all rows from the first data row), keyed by position. */
function dataArea(fake: FakeWorkbook, sheet = TRACKING): Record<string, CellState> {
  const s = fake.mustSheet(sheet);
  const out: Record<string, CellState> = {};
  for (const [k, c] of s.cells) {
    const [row, col] = k.split(",").map(Number);
    if (row >= FIRST && col < DATA_COLS) out[k] = JSON.parse(JSON.stringify({ value: c.value, formula: c.formula, numberFormat: c.numberFormat }));
  }
  return out;
}

function nameFormula(fake: FakeWorkbook, name: string): string {
  const n = fake.resolveName(name);
  if (!n) throw new Error(`no name ${name}`);
  return n.formula;
}

/** A1 address of the first block cell with this style. */
function firstCellWithStyle(sheet: ReturnType<typeof buildPlan>["sheets"][number], style: string): string {
  for (const b of sheet.blocks)
    for (let i = 0; i < b.cells.length; i++)
      for (let j = 0; j < b.cells[i].length; j++) if (b.cells[i][j].style === style) return a1(b.row + i, b.col + j);
  throw new Error(`no ${style} cell on ${sheet.name}`);
}

/** The cell a workbook name points at. */
function namedCell(fake: FakeWorkbook, name: string): CellState | undefined {
  const m = /^='((?:[^']|'')+)'!(.+)$/.exec(nameFormula(fake, name));
  if (!m) throw new Error(`${name} is not a sheet reference`);
  return fake.cellAt(m[1].replace(/''/g, "'"), m[2].split(":")[0]);
}

/** The 11 columns of the typed rows as numbers, for the hand computations. */
const col = (rows: readonly TrackedRow[], j: number) => rows.map((r) => r[j] as number);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** The operational KPIs computed by hand from typed rows (every cell measured). */
function expectTrackingKpis(fake: FakeWorkbook, rows: readonly TrackedRow[]): void {
  const ev = evaluateFake(fake);
  try {
    const met = rows.filter((r) => r[2] >= r[1]).length;
    expectClose(ev.name("SS_KPI_SLAAttainment"), met / rows.length, "SLA attainment");
    expectClose(ev.name("SS_KPI_FirstContactResolution"), mean(rows.map((r) => r[4] / r[3])), "first-contact resolution");
    expectClose(ev.name("SS_KPI_CustomerSatisfaction"), mean(col(rows, 5)), "CSAT");
    expectClose(ev.name("SS_KPI_Availability"), mean(col(rows, 6)), "availability");
    expectClose(ev.name("SS_KPI_CostVariance"), (sum(col(rows, 8)) - sum(col(rows, 7))) / sum(col(rows, 7)), "cost variance");
    expectClose(ev.name("SS_KPI_P1ResolveHours"), mean(col(rows, 9)), "P1 hours");
  } finally {
    ev.destroy();
  }
}

describe("round trips", () => {
  test("the same number of syncs for 3 years / 1 person and 30 years / 200 people with 120 tracked periods, first build and rebuild", async () => {
    const small = new FakeWorkbook();
    const smallFirst = await build(small, SMALL);
    const smallRebuild = await build(small, SMALL);

    const large = new FakeWorkbook();
    const largeFirst = await build(large, LARGE);
    typeTrackedRows(large, TRACKING, FIRST, trackedRows(120));
    const before = large.syncCount;
    const largeRebuild = await build(large, LARGE);

    // The report counts what the fake saw.
    expect(smallFirst.syncs + smallRebuild.syncs).toBe(small.syncCount);
    expect(largeRebuild.syncs).toBe(large.syncCount - before);
    expect(largeRebuild.trackedRowsKept).toBe(120);
    const counts = [smallFirst.syncs, smallRebuild.syncs, largeFirst.syncs, largeRebuild.syncs];
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBeLessThanOrEqual(4);
  });

  test("each plan block is one numberFormat and one formulas assignment, written with calculation suspended", async () => {
    const fake = new FakeWorkbook();
    await build(fake, LARGE);
    const plan = buildPlan(LARGE);
    const blocks = plan.sheets.reduce((n, s) => n + s.blocks.length, 0);
    const writeSync = fake.log.filter((o) => o.sync === 3);
    expect(writeSync.filter((o) => o.op === "formulas")).toHaveLength(blocks);
    expect(writeSync.filter((o) => o.op === "numberFormat").length).toBeGreaterThanOrEqual(blocks);
    expect(fake.log.some((o) => o.op === "values")).toBe(false);
    expect(writeSync[0].op).toBe("suspendApiCalculationUntilNextSync");
    // Excel leaves recalculation to the add-in after a suspended batch.
    expect(fake.calculations).toEqual(["Full"]);
  });
});

describe("what Excel receives computes the model's results", () => {
  test.each([
    ["SMALL", SMALL],
    ["LARGE", LARGE],
  ])("%s: every headline defined name equals computeHeadline", async (_l, p: Profile) => {
    const fake = new FakeWorkbook();
    await build(fake, p);
    expectHeadlineNames(fake, p);
  });

  test("sheets, hidden calc sheet, workbook-scoped names and hidden sheet marks", async () => {
    const fake = new FakeWorkbook();
    const report = await build(fake, SMALL);
    const plan = buildPlan(SMALL);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1", ...plan.sheets.map((s) => s.name)]);
    expect(report.created).toEqual(plan.sheets.map((s) => s.name));
    expect(fake.mustSheet("SS Calc").visibility).toBe("Hidden");
    for (const n of plan.names) expect(nameFormula(fake, n.name)).toBe(`='${plan.sheets.find((s) => s.key === n.sheet)!.name}'!${n.ref}`);
    for (const s of plan.sheets) expect(fake.resolveName(`SS_Sheet_${s.key}`)).toMatchObject({ formula: `='${s.name}'!$A$1`, visible: false });
    expect(fake.activeSheetId).toBe(fake.mustSheet("SS Inputs").id);
  });

  test("formats, validation, RAG rules, charts, freeze panes and print setup arrive", async () => {
    const fake = new FakeWorkbook();
    await build(fake, SMALL);
    const plan = buildPlan(SMALL);
    const inputs = plan.sheets.find((s) => s.key === "inputs")!;
    const rate = plan.names.find((n) => n.name === "SS_In_DiscountRate")!;
    const rateCell = fake.cellAt("SS Inputs", rate.ref)!;
    expect(rateCell.value).toBe(SMALL.discountRate);
    expect(rateCell.numberFormat).toBe(plan.styles.inputPct.numFmt);
    expect(rateCell.format).toMatchObject({ fill: plan.styles.inputPct.fill, fontColor: plan.styles.inputPct.fontColor, locked: false });
    expect(rateCell.validation?.rule).toEqual({ decimal: { formula1: -0.9999, formula2: 1, operator: "Between" } });
    expect(fake.mustSheet("SS Inputs").freeze).toEqual(inputs.freeze);
    expect(fake.mustSheet("SS Inputs").page).toMatchObject({ orientation: "Landscape", zoom: { horizontalFitToPages: 1 }, printArea: inputs.print.area });
    expect(fake.mustSheet("SS Inputs").merges.length).toBe(inputs.merges.length);
    // Notes are indented off the number beside them, as in the .xlsx.
    const note = firstCellWithStyle(inputs, "note");
    expect(plan.styles.note.indent).toBe(1);
    expect(fake.cellAt("SS Inputs", note)!.format).toMatchObject({ indent: 1, italic: true });

    const kpi = plan.sheets.find((s) => s.key === "kpi")!;
    const cfs = fake.mustSheet("SS KPIs").conditionalFormats;
    expect(cfs.map((c) => c.rule?.formula1).sort()).toEqual(['="AMBER"', '="GREEN"', '="RED"']);
    expect(cfs.every((c) => c.rect.rows === parseRange(kpi.conditionalFormats[0].range).rows)).toBe(true);

    const tco = plan.sheets.find((s) => s.key === "tco")!;
    const charts = fake.mustSheet("SS TCO").charts;
    expect(charts.map((c) => c.title)).toEqual(tco.charts.map((c) => c.title));
    expect(charts[0].series.map((s) => s.name)).toEqual(tco.charts[0].series.map((s) => s.name));
    expect(charts[0].series[1].values).toBe(`'SS TCO'!${tco.charts[0].series[1].values.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`);
    expect(charts[0].series.every((s) => s.xValues === charts[0].series[0].xValues)).toBe(true);
    // Tracking charts cover the tracked rows plus headroom, not 240 empty categories.
    const trend = fake.mustSheet(TRACKING).charts[0];
    expect(parseRange(trend.series[0].values.split("!")[1]).rows).toBe(12);
  });

  test.each([true, false])(
    "every chart gets the plan's series, in order, whether or not Excel makes a series from blank cells (%s)",
    async (noSeriesFromBlanks) => {
      const fake = new FakeWorkbook();
      fake.blankChartSourceMakesNoSeries = noSeriesFromBlanks;
      await build(fake, SMALL);
      typeTrackedRows(fake, TRACKING, FIRST, trackedRows(20));
      await build(fake, SMALL); // now the first series has data
      const plan = buildPlan(SMALL);
      for (const sheet of plan.sheets) {
        const got = fake.mustSheet(sheet.name).charts;
        expect(got.map((c) => c.series.map((x) => x.name))).toEqual(sheet.charts.map((c) => c.series.map((x) => x.name)));
        for (const c of got) expect(c.series.every((x) => x.xValues && x.values)).toBe(true);
      }
      // 20 tracked rows: the trend charts cover them and 12 more.
      expect(parseRange(fake.mustSheet(TRACKING).charts[0].series[0].values.split("!")[1]).rows).toBe(32);
    },
  );

  test("the year tables and the tracking headers repeat on every printed page, set in the write sync", async () => {
    const fake = new FakeWorkbook();
    await build(fake, LARGE);
    const plan = buildPlan(LARGE);
    const titles = Object.fromEntries(fake.sheets.filter((s) => s.page.printTitleRows).map((s) => [s.name, s.page.printTitleRows]));
    // Independently of the plan's numbers: the rows whose column A reads "Year" (and the group
    // header above) on the year sheets, the header row above the data area on Tracking.
    const yearRow = (name: string) => {
      const rows = [...fake.mustSheet(name).cells].filter(([k, c]) => c.value === "Year" && k.endsWith(",0")).map(([k]) => Number(k.split(",")[0]) + 1);
      expect(rows).toHaveLength(1);
      return rows[0];
    };
    const tco = yearRow("SS TCO");
    const cio = yearRow("SS CIO");
    expect(fake.cellAt("SS TCO", `B${tco - 1}`)!.value).toBe("Nominal");
    expect(titles).toEqual({ "SS TCO": `$${tco - 1}:$${tco}`, "SS CIO": `$${cio - 1}:$${cio}`, [TRACKING]: `$${FIRST}:$${FIRST}` });
    expect(fake.cellAt(TRACKING, `A${FIRST}`)!.value).toBe(layout.headers[0]);
    // Queued with the other page layout calls: no sync of its own.
    const printSyncs = new Set(fake.log.filter((o) => o.op === "setPrintTitleRows" || o.op === "setPrintArea").map((o) => o.sync));
    expect(printSyncs.size).toBe(1);
    expect(fake.log.filter((o) => o.op === "setPrintTitleRows")).toHaveLength(plan.sheets.filter((s) => s.print.titleRows).length);
  });

  test("Excel without ExcelApi 1.9 still gets a full build, without print setup", async () => {
    const fake = new FakeWorkbook();
    fake.apiVersion = 8;
    const report = await build(fake, SMALL);
    expect(report.created).toHaveLength(6);
    // No page layout call at all (the fake fails them below ExcelApi 1.9): no print titles either.
    for (const s of fake.sheets) expect([s.name, s.page]).toEqual([s.name, {}]);
    // indentLevel is ExcelApi 1.9 too: left out, not failed on.
    expect(fake.cellAt("SS Inputs", firstCellWithStyle(buildPlan(SMALL).sheets[0], "note"))!.format.indent).toBeUndefined();
    expectHeadlineNames(fake, SMALL);
  });

  test("Excel older than ExcelApi 1.8 gets a clear error and no change", async () => {
    const fake = new FakeWorkbook();
    fake.apiVersion = 7;
    await expect(build(fake, SMALL)).rejects.toThrow(/too old.*ExcelApi 1\.8/);
    expect(fake.syncCount).toBe(0);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  test("an invalid profile is refused before anything is sent, naming the field", async () => {
    const fake = new FakeWorkbook();
    const bad = { ...SMALL, horizonYears: 0, inHouse: { ...SMALL.inHouse, benefitsRate: 30 } } as Profile;
    const err = await build(fake, bad).catch((e) => e);
    expect(err).toBeInstanceOf(OfficeTaskError);
    expect(err.message).toMatch(/horizonYears: must be 1 to 50 years/);
    expect(err.message).toMatch(/inHouse\.benefitsRate: is 30/);
    expect(fake.syncCount).toBe(0);
  });

  test("progress is reported at each phase, in order, ending at 1", async () => {
    const seen: [string, number][] = [];
    await build(new FakeWorkbook(), SMALL, (m, f) => seen.push([m, f]));
    expect(seen.map(([m]) => m)).toEqual(["Reading the workbook", "Reading your tracked data", "Writing 6 sheets", "Finishing", "Done"]);
    const fractions = seen.map(([, f]) => f);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    expect(fractions[fractions.length - 1]).toBe(1);
  });
});

describe("user text stays text", () => {
  const HOSTILE = ["=1+1", "@SUM(A1)", "+cmd|' /C calc'!A0", "-2+3", "2024"];
  const p = profile({
    schemaVersion: 1,
    company: { name: HOSTILE[0] },
    inHouse: { staff: HOSTILE.slice(1).map((role, i) => ({ role, salary: 50_000 + i, count: 1 })) },
  });

  test("company name and roles arrive as text cells with the quote prefix, never formulas or numbers", async () => {
    const fake = new FakeWorkbook();
    await build(fake, p);
    const company = namedCell(fake, "SS_In_CompanyName")!;
    expect(company).toMatchObject({ value: "=1+1", formula: null, numberFormat: "@", quotePrefix: true });
    const roles = nameFormula(fake, "SS_In_StaffRole").split("!")[1];
    const r = parseRange(roles);
    const cells = Array.from({ length: r.rows }, (_, i) => fake.cell(fake.mustSheet("SS Inputs"), r.row + i, r.col)!);
    expect(cells.map((c) => [c.value, c.formula, c.numberFormat, c.quotePrefix])).toEqual(HOSTILE.slice(1).map((h) => [h, null, "@", true]));
    // Only user text carries it: not the labels beside it.
    expect(fake.cell(fake.mustSheet("SS Inputs"), r.row - 1, r.col)!.quotePrefix).toBeUndefined();
    // No formula anywhere carries the user's text.
    for (const s of fake.sheets)
      for (const c of s.cells.values()) if (c.formula) for (const h of ["1+1", "SUM(A1)", "cmd|", "-2+3"]) expect(c.formula.includes(h)).toBe(false);
    // Excel (HyperFormula here) sees the text, and the figures still compute.
    const ev = evaluateFake(fake);
    expect(ev.name("SS_In_CompanyName")).toBe("=1+1");
    ev.destroy();
    expectHeadlineNames(fake, p);
  });

  test("the fake is strict: the same strings written without the text format would become formulas", () => {
    const fake = new FakeWorkbook();
    for (const [i, h] of HOSTILE.entries()) fake.typeValue("Sheet1", `A${i + 1}`, h);
    const got = HOSTILE.map((_, i) => fake.cellAt("Sheet1", `A${i + 1}`)!);
    expect(got.slice(0, 4).every((c) => c.formula !== null)).toBe(true);
    expect(got[4].value).toBe(2024);
  });
});

test("a company name that starts with an apostrophe keeps it (Excel takes only the first as the quote prefix)", async () => {
  const fake = new FakeWorkbook();
  await build(fake, profile({ schemaVersion: 1, company: { name: "'Tis Ltd" } }));
  expect(namedCell(fake, "SS_In_CompanyName")).toMatchObject({ value: "'Tis Ltd", formula: null, quotePrefix: true });
});

describe("rebuild", () => {
  test("keeps the 12 tracked rows exactly, updates every sheet in place and recomputes", async () => {
    const fake = new FakeWorkbook();
    await build(fake, SMALL);
    const rows = trackedRows(12);
    typeTrackedRows(fake, TRACKING, FIRST, rows);
    const before = dataArea(fake);
    const filled = (area: Record<string, CellState>) => Object.values(area).filter((c) => c.value !== "" || c.formula !== null);
    expect(filled(before)).toHaveLength(12 * 10 + 1); // 10 filled columns + one note

    const changed = profile({ ...SMALL, horizonYears: 9, outsourcing: { ...SMALL.outsourcing, annualFee: 70_000 } });
    const report = await build(fake, changed);
    expect(report.trackedRowsKept).toBe(12);
    expect(report.created).toEqual([]);
    expect(report.updated).toEqual(buildPlan(SMALL).sheets.map((s) => s.name));
    expect(fake.sheets).toHaveLength(7);
    expect(dataArea(fake)).toEqual(before);
    // The note typed as "=1+1 (typed as text)" into the text-formatted column is still text.
    expect(fake.cell(fake.mustSheet(TRACKING), FIRST + 2, DATA_COLS - 1)).toMatchObject({ value: "=1+1 (typed as text)", formula: null });
    expectHeadlineNames(fake, changed);
    expectTrackingKpis(fake, rows);
  });

  test("a horizon that shrinks leaves no stale year rows behind", async () => {
    const fake = new FakeWorkbook();
    await build(fake, LARGE);
    const short = profile({ ...LARGE, horizonYears: 3 });
    await build(fake, short);
    const fresh = new FakeWorkbook();
    await build(fresh, short);
    for (const name of ["SS TCO", "SS CIO", "SS Inputs", "SS KPIs", "SS Calc"]) {
      const contents = (f: FakeWorkbook) => JSON.stringify([...f.mustSheet(name).cells].filter(([, c]) => c.value !== "" || c.formula).sort());
      expect(contents(fake)).toBe(contents(fresh));
    }
    expect(fake.mustSheet("SS TCO").charts).toHaveLength(fresh.mustSheet("SS TCO").charts.length);
    expectHeadlineNames(fake, short);
  });

  test("more tracked rows than the default capacity: the formulas grow to cover them, same round trips", async () => {
    const fake = new FakeWorkbook();
    const first = await build(fake, SMALL);
    const rows = trackedRows(300);
    typeTrackedRows(fake, TRACKING, FIRST, rows);
    const report = await build(fake, SMALL);
    expect(report.syncs).toBe(first.syncs);
    expect(report.trackedRowsKept).toBe(300);
    expect(report.trackingCapacity).toBeGreaterThanOrEqual(300);
    const data = parseRange(nameFormula(fake, "SS_Tracking_Data").split("!")[1]);
    expect(data.row + data.rows).toBeGreaterThanOrEqual(FIRST + 300);
    expectTrackingKpis(fake, rows);
  });

  test("a sheet the user renamed is updated under its new name", async () => {
    const fake = new FakeWorkbook();
    await build(fake, SMALL);
    fake.renameSheet(fake.mustSheet("SS KPIs"), "Board KPIs");
    const report = await build(fake, SMALL);
    expect(report.created).toEqual([]);
    expect(report.renamed).toEqual([]);
    expect(report.sheets.find((x) => x.key === "kpi")).toEqual({ key: "kpi", name: "Board KPIs", status: "updated" });
    expect(fake.sheet("SS KPIs")).toBeUndefined();
    expect(nameFormula(fake, "SS_ITSpendPctRevenue")).toMatch(/^='Board KPIs'!/);
    expectHeadlineNames(fake, SMALL);
  });

  test("a Smartsource sheet the user deleted is built again", async () => {
    const fake = new FakeWorkbook();
    await build(fake, SMALL);
    fake.deleteSheet(fake.mustSheet("SS CIO"));
    expect(nameFormula(fake, "SS_CIO_Virtual")).toMatch(/#REF!/);
    const report = await build(fake, SMALL);
    expect(report.created).toEqual(["SS CIO"]);
    expectHeadlineNames(fake, SMALL);
  });

  test("changed tracking columns stop the rebuild before anything is written", async () => {
    const fake = new FakeWorkbook();
    await build(fake, SMALL);
    typeTrackedRows(fake, TRACKING, FIRST, trackedRows(3));
    fake.typeValue(TRACKING, `C${layout.headerRow + 1}`, "My own column");
    const snapshots = fake.sheets.map((s) => fake.snapshot(s.name));
    const syncs = fake.syncCount;
    await expect(build(fake, SMALL)).rejects.toThrow(/columns of the tracking sheet "SS Tracking" have changed \(column 3 is "My own column".*nothing was changed/);
    expect(fake.sheets.map((s) => fake.snapshot(s.name))).toEqual(snapshots);
    expect(fake.log.filter((o) => o.sync > syncs).every((o) => o.op.startsWith("load"))).toBe(true);
  });
});

describe("foreign sheets", () => {
  function withForeignTco(): FakeWorkbook {
    const fake = new FakeWorkbook(["Sheet1", "SS TCO"]);
    fake.typeValue("SS TCO", "A1", "Our own TCO notes");
    fake.typeValue("SS TCO", "B2", "=1+2");
    fake.typeValue("Sheet1", "A1", "=SUM('SS TCO'!B2)");
    fake.mustSheet("SS TCO").tabColor = "#FF0000";
    return fake;
  }

  test("a sheet with the planned name that Smartsource did not create stays untouched; the build uses another name", async () => {
    const fake = withForeignTco();
    const foreign = fake.snapshot("SS TCO");
    const sheet1 = fake.snapshot("Sheet1");
    const report = await build(fake, SMALL);
    expect(report.renamed).toEqual([{ key: "tco", planned: "SS TCO", actual: "SS TCO (2)" }]);
    expect(fake.snapshot("SS TCO")).toBe(foreign);
    expect(fake.snapshot("Sheet1")).toBe(sheet1);
    // Formulas and names point at the new sheet, none at the foreign one.
    const refs = (s: string) => [...fake.mustSheet(s).cells.values()].map((c) => c.formula ?? "").join("\n");
    const all = ["SS Inputs", "SS CIO", "SS KPIs", "SS Calc"].map(refs).join("\n");
    expect(all).toMatch(/'SS TCO \(2\)'!/);
    expect(all).not.toMatch(/'SS TCO'!/);
    expect(nameFormula(fake, "SS_TCO_InHouse")).toMatch(/^='SS TCO \(2\)'!/);
    expect(fake.mustSheet("SS TCO (2)").charts.every((c) => c.series.every((s) => s.values.startsWith("'SS TCO (2)'!")))).toBe(true);
    expectHeadlineNames(fake, SMALL);
  });

  test("a rebuild recognises 'SS TCO (2)' as its own and still leaves the foreign sheet alone", async () => {
    const fake = withForeignTco();
    await build(fake, SMALL);
    const foreign = fake.snapshot("SS TCO");
    const report = await build(fake, LARGE);
    expect(report.created).toEqual([]);
    expect(report.updated).toContain("SS TCO (2)");
    expect(fake.sheet("SS TCO (3)")).toBeUndefined();
    expect(fake.snapshot("SS TCO")).toBe(foreign);
    expectHeadlineNames(fake, LARGE);
  });

  test("sheet names are compared as Excel does, ignoring case", async () => {
    const fake = new FakeWorkbook(["ss inputs"]);
    const report = await build(fake, SMALL);
    expect(report.renamed.map((r) => r.actual)).toEqual(["SS Inputs (2)"]);
    expect(fake.snapshot("ss inputs")).toBe(new FakeWorkbook(["ss inputs"]).snapshot("ss inputs"));
  });
});

describe("a failed build", () => {
  /** Fails the n-th command (1-based) whose text starts with `op`. */
  function failAt(fake: FakeWorkbook, op: string, n = 1): void {
    let seen = 0;
    fake.failWhen = (o) => o.op.startsWith(op) && ++seen === n;
  }

  test.each([
    ["the middle of the write batch (a chart)", "charts.add", 2],
    ["the middle of the write batch (a block)", "formulas", 9],
    ["the final renames", "rename to", 3],
  ])("failing at %s leaves no new sheet or name behind", async (_what, op, n) => {
    const fake = new FakeWorkbook();
    fake.typeValue("Sheet1", "A1", "keep me");
    const before = fake.snapshot("Sheet1");
    failAt(fake, op as string, n as number);
    const err = await build(fake, SMALL).catch((e) => e);
    expect(err).toBeInstanceOf(OfficeTaskError);
    expect(err.message).toMatch(/Simulated Excel failure.*no new sheet was left behind/);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect([...fake.names.keys()]).toEqual([]);
    expect(fake.snapshot("Sheet1")).toBe(before);
    // Nothing survives to confuse the next build, which then succeeds.
    const report = await build(fake, SMALL);
    expect(report.renamed).toEqual([]);
    expectHeadlineNames(fake, SMALL);
  });

  test("failing in the middle of a rebuild keeps the tracked rows and leaves no extra sheet", async () => {
    const fake = new FakeWorkbook();
    await build(fake, SMALL);
    typeTrackedRows(fake, TRACKING, FIRST, trackedRows(12));
    const before = dataArea(fake);
    const names = fake.sheets.map((s) => s.name);
    failAt(fake, "formulas", 4);
    await expect(build(fake, LARGE)).rejects.toThrow(/partly updated; your tracked rows were not touched/);
    expect(fake.sheets.map((s) => s.name)).toEqual(names);
    expect(dataArea(fake)).toEqual(before);
    const report = await build(fake, LARGE);
    expect(report.trackedRowsKept).toBe(12);
    expectHeadlineNames(fake, LARGE);
  });
});
