/**
 * "Prepare for sharing" against the recording Excel fake: what it rewrites, freezes and leaves
 * (and why), that nothing else is written, that the round trips do not grow with the workbook,
 * and what a failure says and leaves behind.
 */
import { OfficeTaskError } from "../../src/office/taskError";
import { prepareForSharing } from "../../src/sharing/officeSharing";
import { FakeWorkbook } from "../support/fakeExcel";
import { a1, parseRange } from "../../src/workbook/plan/a1";

const always = { isSetSupported: () => true };

/** A CFO's sheet: inputs, Smartsource formulas of every kind, and the user's own formulas and text. */
function cfoWorkbook(): FakeWorkbook {
  const fake = new FakeWorkbook(["Costs", "Notes"]);
  fake.typeValue("Costs", "A1", 100_000);
  fake.typeValue("Costs", "A2", 5);
  fake.typeValue("Costs", "A3", 80_000);
  fake.setFormula("Costs", "B1", "=SMARTSOURCE.OUTSOURCEDCOST(A1)", 106_000);
  fake.setFormula("Costs", "B2", "=SUM(A1:A2)", 100_005);
  fake.setFormula("Costs", "B3", "=SMARTSOURCE.BREAKEVEN(A1,A3,50000)", 31);
  fake.setFormula("Costs", "B4", "=SMARTSOURCE.TCO(A1)", "#VALUE!");
  fake.setFormula("Costs", "B5", "=ROUND(smartsource.loadedcost(A1:A3),0)+1", 282_601);
  // A text cell that reads like a formula (formatted as text): not a formula at all.
  Object.assign(fake.ensureCell(fake.mustSheet("Costs"), parseRange("B6").row, parseRange("B6").col), { value: "=SMARTSOURCE.TCO(A1,5)", numberFormat: "@" });
  fake.setFormula("Costs", "B7", "=SMARTSOURCE.KPISTATUS(A3,A1,FALSE)", "GREEN");
  // TCOSCHEDULE(1000, 2) spills years 0..2 × (year, cost, discounted, cumulative).
  fake.spill("Costs", "D1", "=SMARTSOURCE.TCOSCHEDULE(1000,2)", [
    [0, 0, 0, 0],
    [1, 1000, 1000, 1000],
    [2, 1000, 1000, 2000],
  ]);
  fake.setFormula("Notes", "A1", '="See SMARTSOURCE.TCO(1,2) in the help"', "See SMARTSOURCE.TCO(1,2) in the help");
  fake.setFormula("Notes", "A2", "=SMARTSOURCE.PAYBACK(Costs!A1:A3)", "#NAME?");
  fake.setFormula("Notes", "A3", "=_xldudf_SMARTSOURCE_ROI(Costs!A1,Costs!A3)", 0.25);
  return fake;
}

/** Every cell's state, by "Sheet!A1", to find exactly which cells a run changed. */
function cells(fake: FakeWorkbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of fake.sheets)
    for (const [k, c] of s.cells) {
      const [row, col] = k.split(",").map(Number);
      out.set(`${s.name}!${a1(row, col)}`, JSON.stringify(c));
    }
  return out;
}

function changedCells(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k)).sort();
}

const writeOps = (fake: FakeWorkbook, sync: number) => fake.log.filter((r) => r.sync === sync && r.op === "formulas");

test("native: rewrites what has a native form, freezes what has none, leaves what it cannot handle, touches nothing else", async () => {
  const fake = cfoWorkbook();
  const before = cells(fake);
  const report = await prepareForSharing({ excel: fake.excel, mode: "native", requirements: always });

  expect(fake.cellAt("Costs", "B1")).toMatchObject({ formula: "=A1*(1+0.06)" });
  expect(fake.cellAt("Costs", "B5")).toMatchObject({ formula: "=ROUND(SUM(A1:A3)*(1+0.42+0.15),0)+1" });
  expect(fake.cellAt("Notes", "A3")).toMatchObject({ formula: "=(SUM(Costs!A1)-SUM(Costs!A3))/SUM(Costs!A3)" });
  // No native form: the value the CFO saw, now a constant.
  expect(fake.cellAt("Costs", "B3")).toMatchObject({ formula: null, value: 31 });
  // The whole spilled schedule is kept, not just its corner.
  const schedule = ["D", "E", "F", "G"].flatMap((c) => [1, 2, 3].map((r) => fake.cellAt("Costs", `${c}${r}`)));
  expect(schedule.every((c) => c?.formula === null)).toBe(true);
  expect(schedule.map((c) => c?.value)).toEqual([0, 1, 2, 0, 1000, 1000, 0, 1000, 1000, 0, 1000, 2000]);

  // Exactly those cells changed; the user's formulas, texts and the cells it could not handle did not.
  const changed = changedCells(before, cells(fake));
  // (The schedule's other cells hold the same values as before: only its anchor lost its formula.)
  expect(changed).toEqual(["Costs!B1", "Costs!B3", "Costs!B5", "Costs!B7", "Costs!D1", "Notes!A3"]);
  // One write command per rewritten cell or frozen block: 4 rewrites (B1, B5, B7, Notes!A3) + B3 + the schedule.
  expect(writeOps(fake, report.syncs)).toHaveLength(6);

  expect(report).toMatchObject({ mode: "native", rewritten: 4, frozen: 2, left: 2, sheetsSearched: 2, syncs: 4 });
  expect(report.sheets).toEqual([
    {
      sheet: "Costs",
      rewritten: 3,
      frozen: [
        { address: "D1", reason: "SMARTSOURCE.TCOSCHEDULE has no native Excel equivalent" },
        { address: "B3", reason: "SMARTSOURCE.BREAKEVEN has no native Excel equivalent" },
      ],
      left: [{ address: "B4", reason: "SMARTSOURCE.TCO needs its years argument" }],
    },
    {
      sheet: "Notes",
      rewritten: 1,
      frozen: [],
      left: [{ address: "A2", reason: "it shows #NAME? (Smartsource's functions are not loaded in this Excel), so there is no value to keep" }],
    },
  ]);
});

test("values: every SMARTSOURCE cell keeps the value it shows, spilled blocks whole; text that Excel would misread stays text", async () => {
  const fake = cfoWorkbook();
  fake.setFormula("Notes", "B1", '=SMARTSOURCE.KPISTATUS(1,2)&" 2025"', "RED 2025");
  const before = cells(fake);
  const report = await prepareForSharing({ excel: fake.excel, mode: "values", requirements: always });

  expect(fake.cellAt("Costs", "B1")).toMatchObject({ formula: null, value: 106_000 });
  expect(fake.cellAt("Costs", "B5")).toMatchObject({ formula: null, value: 282_601 });
  expect(fake.cellAt("Costs", "B7")).toMatchObject({ formula: null, value: "GREEN" });
  expect(fake.cellAt("Notes", "A3")).toMatchObject({ formula: null, value: 0.25 });
  // "RED 2025" holds digits Excel's input parser might read as a date: written as a text formula.
  expect(fake.cellAt("Notes", "B1")).toMatchObject({ formula: '="RED 2025"' });
  expect(fake.cellAt("Costs", "G3")).toMatchObject({ formula: null, value: 2000 });
  // An error value the function returned is kept as that error.
  expect(fake.cellAt("Costs", "B4")).toMatchObject({ formula: null, value: "#VALUE!" });

  const changed = changedCells(before, cells(fake));
  expect(changed.filter((k) => !/^Costs![D-G][1-3]$/.test(k))).toEqual(["Costs!B1", "Costs!B3", "Costs!B4", "Costs!B5", "Costs!B7", "Notes!A3", "Notes!B1"]);
  expect(report).toMatchObject({ mode: "values", rewritten: 0, frozen: 8, left: 1 });
  expect(report.sheets.flatMap((s) => s.left)).toEqual([{ address: "A2", reason: expect.stringMatching(/^it shows #NAME\?/) }]);
  expect(report.sheets.flatMap((s) => s.frozen.map((f) => f.reason))).toEqual(Array(8).fill(""));
});

test("round trips do not grow with sheets or cells: 1 sheet and 1 cell vs 20 sheets and 4,000 cells", async () => {
  function workbook(sheets: number, rows: number): FakeWorkbook {
    const names = Array.from({ length: sheets }, (_, i) => `S${i + 1}`);
    const fake = new FakeWorkbook(names);
    for (const n of names)
      for (let r = 1; r <= rows; r++) {
        fake.typeValue(n, `A${r}`, r * 1000);
        fake.setFormula(n, `B${r}`, `=SMARTSOURCE.OUTSOURCEDCOST(A${r},0.05)`, r * 1050);
        fake.setFormula(n, `C${r}`, `=SMARTSOURCE.PAYBACK(A${r}:A${r + 1})`, 0);
      }
    return fake;
  }
  for (const mode of ["native", "values"] as const) {
    const small = workbook(1, 1);
    const large = workbook(20, 100);
    const a = await prepareForSharing({ excel: small.excel, mode, requirements: always });
    const b = await prepareForSharing({ excel: large.excel, mode, requirements: always });
    expect([a.syncs, b.syncs, small.syncCount, large.syncCount]).toEqual([4, 4, 4, 4]);
    expect(b.rewritten + b.frozen).toBe(20 * 100 * 2);
    expect(large.cellAt("S20", "B100")).toMatchObject(mode === "native" ? { formula: "=A100*(1+0.05)" } : { formula: null, value: 105_000 });
  }
  // Nothing to freeze: no spill lookup; nothing at all: no write either.
  const rewriteOnly = new FakeWorkbook(["S"]);
  rewriteOnly.setFormula("S", "A1", "=SMARTSOURCE.ROI(1,2)", -0.5);
  expect((await prepareForSharing({ excel: rewriteOnly.excel, mode: "native", requirements: always })).syncs).toBe(3);
  const clean = new FakeWorkbook(["S", "T"]);
  clean.setFormula("S", "A1", "=SUM(1,2)", 3);
  const none = await prepareForSharing({ excel: clean.excel, mode: "native", requirements: always });
  expect(none).toMatchObject({ syncs: 2, rewritten: 0, frozen: 0, left: 0, sheets: [], sheetsSearched: 2 });
});

test("a protected sheet is left as it is, with the reason; the other sheets are prepared", async () => {
  const fake = cfoWorkbook();
  fake.mustSheet("Costs").protected = true;
  const before = cells(fake);
  const report = await prepareForSharing({ excel: fake.excel, mode: "native", requirements: always });
  expect(changedCells(before, cells(fake))).toEqual(["Notes!A3"]);
  const costs = report.sheets.find((s) => s.sheet === "Costs")!;
  expect(costs.rewritten + costs.frozen.length).toBe(0);
  expect(costs.left.map((l) => l.address)).toEqual(["B1", "D1", "B3", "B4", "B5", "B7"]); // row by row
  expect(new Set(costs.left.map((l) => l.reason))).toEqual(new Set(["the sheet is protected: unprotect it and run again"]));
});

test("a failed read changes nothing and says so; a failed write says what may have changed, and running again finishes the job", async () => {
  const fake = cfoWorkbook();
  const before = cells(fake);
  fake.failWhen = (op) => op.op.startsWith("load range");
  const readFailure = prepareForSharing({ excel: fake.excel, mode: "native", requirements: always });
  await expect(readFailure).rejects.toThrow(OfficeTaskError);
  await expect(readFailure).rejects.toThrow(/^Smartsource could not read the workbook \(Simulated Excel failure .*\); nothing was changed\.$/);
  expect(cells(fake)).toEqual(before);

  // Excel refuses the third write of the batch: the first two stay applied (batches are not transactions).
  let writes = 0;
  fake.failWhen = (op) => op.op === "formulas" && ++writes === 3;
  await expect(prepareForSharing({ excel: fake.excel, mode: "native", requirements: always })).rejects.toThrow(
    /^Excel stopped while writing the changes \(Simulated Excel failure at "formulas"\)\. .*run Prepare for sharing again to finish/,
  );
  expect(changedCells(before, cells(fake))).toEqual(["Costs!B1", "Costs!B5"]);
  const again = await prepareForSharing({ excel: fake.excel, mode: "native", requirements: always });
  expect(again).toMatchObject({ rewritten: 2, frozen: 2, left: 2 }); // B7 and Notes!A3, then B3 and the schedule
  expect(fake.cellAt("Costs", "G3")).toMatchObject({ formula: null, value: 2000 });
});

test("without Excel, or on an Excel too old for used ranges, it explains and changes nothing", async () => {
  await expect(prepareForSharing({ mode: "native" })).rejects.toThrow(/^Excel is not available here/);
  const fake = cfoWorkbook();
  const old = { isSetSupported: (_: string, v?: string) => Number(v?.split(".")[1]) < 4 };
  await expect(prepareForSharing({ excel: fake.excel, mode: "native", requirements: old })).rejects.toThrow(/too old .*ExcelApi 1\.4.*Nothing was changed/);
  expect(fake.syncCount).toBe(0);
});
