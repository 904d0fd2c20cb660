/**
 * The operational KPIs on the Tracking sheet, on a few tracked rows worked out by hand, and the
 * guarantee that the plan never writes into the user's data area.
 */
import { HyperFormula } from "hyperformula";
import { slaAttainment } from "../../src/model/kpi";
import { KPIS } from "../../src/model/kpiCatalog";
import { buildPlan, TRACKING_LAYOUT } from "../../src/workbook/plan/buildPlan";
import { a1 } from "../../src/workbook/plan/a1";
import { Literal } from "../../src/workbook/plan/plan";
import { evaluatePlanWithHyperFormula } from "../support/planEval";
import { PRINTED_PERIODS, TRACKING_COLUMNS } from "../../src/workbook/plan/sheets/tracking";
import { expectClose, PROFILES, SMALL_FIRM } from "./fixtures";

const HF = HyperFormula as unknown as Parameters<typeof evaluatePlanWithHyperFormula>[1];

// Period, SLA target, SLA actual, Tickets, Resolved at first contact, Satisfaction, Availability, Contracted, Invoiced, P1 hours, Notes
const ROWS: Literal[][] = [
  [], // a blank row the user left: skipped everywhere
  ["Jan 2025", 0.95, 0.97, 200, 150, 4.5, 0.999, 10_000, 10_000, 3, "=1+1"],
  ["Feb 2025", 0.95, 0.93, 180, 117, 4.0, 0.995, 10_000, 10_600, 5, null],
  ["Mar 2025", 0.95, null, 0, 0, null, 0.98, 10_000, null, null, "SLA report late; not invoiced yet"],
  ["Apr 2025", 0.9, 0.9, 100, 80, 3.9, null, 12_000, 12_300, 4, null],
];

/*
 * By hand:
 *  SLA attainment: measured Jan, Feb, Apr: 0.97 ≥ 0.95 met, 0.93 < 0.95 missed, 0.90 ≥ 0.90 met → 2/3.
 *  First-contact resolution: 150/200 = 0.75, 117/180 = 0.65, Mar has no tickets, 80/100 = 0.80 → 2.2/3.
 *  Satisfaction: (4.5 + 4.0 + 3.9)/3 = 12.4/3.    Availability: (0.999 + 0.995 + 0.98)/3 = 2.974/3.
 *  Cost variance over periods with both figures (Jan, Feb, Apr): (32,900 − 32,000)/32,000 = 0.028125.
 *  P1 hours: (3 + 5 + 4)/3 = 4.
 */
const EXPECTED = {
  SS_KPI_SLAAttainment: 2 / 3,
  SS_KPI_FirstContactResolution: 2.2 / 3,
  SS_KPI_CustomerSatisfaction: 12.4 / 3,
  SS_KPI_Availability: 2.974 / 3,
  SS_KPI_CostVariance: 0.028125,
  SS_KPI_P1ResolveHours: 4,
};
/*
 * Statuses against the catalog's default targets (amber band 10% of the target):
 *  SLA 0.667 vs 0.95 (higher better): misses by 0.283 > 0.095 → RED.   FCR 0.733 ≥ 0.70 → GREEN.
 *  Satisfaction 4.133 vs 4.2: misses by 0.067 ≤ 0.42 → AMBER.   Availability 0.9913 vs 0.995: misses by 0.0037 ≤ 0.0995 → AMBER.
 *  Cost variance 0.028125 vs 0.02 (lower better): misses by 0.008 > 0.002 → RED.   P1 4 ≤ 4 → GREEN.
 */
const NAME_OF: Record<string, keyof typeof EXPECTED> = {
  slaAttainment: "SS_KPI_SLAAttainment",
  firstContactResolution: "SS_KPI_FirstContactResolution",
  customerSatisfaction: "SS_KPI_CustomerSatisfaction",
  availability: "SS_KPI_Availability",
  costVariance: "SS_KPI_CostVariance",
  p1ResolveHours: "SS_KPI_P1ResolveHours",
};
const STATUS: Record<string, string> = {
  slaAttainment: "RED",
  firstContactResolution: "GREEN",
  customerSatisfaction: "AMBER",
  availability: "AMBER",
  costVariance: "RED",
  p1ResolveHours: "GREEN",
};

function kpiRow(plan: ReturnType<typeof buildPlan>, label: string): number {
  const sheet = plan.sheets.find((s) => s.key === "kpi")!;
  for (const b of sheet.blocks) for (const [i, cells] of b.cells.entries()) if (b.col === 0 && cells[0].value === label) return b.row + i;
  throw new Error(`no KPI row ${label}`);
}

describe("tracking KPIs on hand-worked rows", () => {
  // Capacity 5: the last tracked row sits on the last row the formulas cover.
  const plan = buildPlan(SMALL_FIRM, { trackingCapacity: ROWS.length });
  const ev = evaluatePlanWithHyperFormula(plan, HF, { trackingRows: ROWS });
  afterAll(() => ev.engine.destroy());

  test("no formula evaluates to an error", () => expect(ev.errors()).toEqual([]));

  test.each(Object.entries(EXPECTED))("%s", (name, expected) => expectClose(ev(name), expected, name));

  test("SLA attainment agrees with the model's SLAATTAINMENT on the same periods", () => {
    const actuals = ROWS.map((r) => (typeof r[2] === "number" ? r[2] : NaN));
    const targets = ROWS.map((r) => (typeof r[1] === "number" ? r[1] : NaN));
    expectClose(ev("SS_KPI_SLAAttainment"), slaAttainment(actuals, targets, true), "SLAATTAINMENT");
  });

  test("the scorecard shows the tracked values with the hand-worked statuses", () => {
    for (const k of KPIS.filter((x) => x.source === "tracking")) {
      const row = kpiRow(plan, k.label);
      expect({ kpi: k.id, status: ev.cell("kpi", { row, col: 4 }) }).toEqual({ kpi: k.id, status: STATUS[k.id] });
      expectClose(ev.cell("kpi", { row, col: 1 }), EXPECTED[NAME_OF[k.id]], `scorecard value of ${k.id}`);
    }
  });

  test("per-row helpers: SLA met, first-contact rate, cost variance", () => {
    const t = plan.tracking;
    const col = TRACKING_COLUMNS.length;
    const at = (i: number, c: number) => ev.cell("tracking", { row: t.firstDataRow + i, col: col + c });
    expect([0, 1, 2, 3, 4].map((i) => at(i, 0))).toEqual(["", "Met", "Missed", "", "Met"]);
    expectClose(at(1, 1), 0.75, "Jan first-contact rate");
    expect(at(3, 1)).toBe(""); // no tickets
    expectClose(at(2, 2), 0.06, "Feb cost variance: 600/10,000");
    expect(at(3, 2)).toBe(""); // not invoiced yet
  });

  test("periods tracked counts the non-blank period labels", () => {
    const panel = plan.sheets.find((s) => s.key === "tracking")!.blocks.find((b) => b.cells[1]?.[0].value === "Periods tracked")!;
    expect(ev.cell("tracking", { row: panel.row + 1, col: panel.col + 1 })).toBe(4);
  });

  test("user text typed into the tracking table stays text", () => {
    expect(ev.cell("tracking", { row: plan.tracking.firstDataRow + 1, col: TRACKING_COLUMNS.length - 1 })).toBe("=1+1");
  });
});

test("a period with an SLA actual but no target is not counted (it used to count as met)", () => {
  // SLA target, SLA actual: blank/0.90, 0.95/0.99 met, 0.95/0.90 missed → 1 of the 2 measured periods.
  const rows: Literal[][] = [
    ["Q1", null, 0.9],
    ["Q2", 0.95, 0.99],
    ["Q3", 0.95, 0.9],
  ];
  const plan = buildPlan(SMALL_FIRM, { trackingCapacity: 5 });
  const ev = evaluatePlanWithHyperFormula(plan, HF, { trackingRows: rows });
  expectClose(ev("SS_KPI_SLAAttainment"), 1 / 2, "SLA attainment over periods with both figures");
  ev.engine.destroy();
});

test("the KPIs need no array evaluation: HyperFormula without array arithmetic gives the same values", () => {
  // Gnumeric and IronCalc read ISNUMBER(range) inside SUMPRODUCT as an implicit intersection, as
  // HyperFormula does without array arithmetic: the tracking formulas must not depend on it.
  const plan = buildPlan(SMALL_FIRM, { trackingCapacity: ROWS.length });
  const ev = evaluatePlanWithHyperFormula(plan, HF, { trackingRows: ROWS, config: { useArrayArithmetic: false } });
  expect(ev.errors()).toEqual([]);
  for (const [name, expected] of Object.entries(EXPECTED)) expectClose(ev(name), expected, `${name} without array arithmetic`);
  ev.engine.destroy();
});

test("text typed into a number column leaves that period out of SLA attainment and cost variance", () => {
  // Q1: SLA 0.99 ≥ 0.95 met; contracted 100, invoiced 110. Q2: target "n/a", contracted "tbd": left out.
  // SLA 1 of 1 measured; cost variance (110 − 100) / 100 = 0.1.
  const rows: Literal[][] = [
    ["Q1", 0.95, 0.99, null, null, null, null, 100, 110],
    ["Q2", "n/a", 0.5, null, null, null, null, "tbd", 999],
  ];
  const plan = buildPlan(SMALL_FIRM, { trackingCapacity: 5 });
  const ev = evaluatePlanWithHyperFormula(plan, HF, { trackingRows: rows });
  expectClose(ev("SS_KPI_SLAAttainment"), 1, "SLA attainment");
  expectClose(ev("SS_KPI_CostVariance"), 0.1, "cost variance");
  expect(ev.cell("tracking", { row: plan.tracking.firstDataRow + 1, col: TRACKING_COLUMNS.length })).toBe("");
  ev.engine.destroy();
});

test("the tracked KPI names carry the scorecard's one-line definitions", () => {
  const plan = buildPlan(SMALL_FIRM);
  for (const [id, name] of Object.entries(NAME_OF)) expect(plan.names.find((n) => n.name === name)?.comment).toBe(KPIS.find((k) => k.id === id)!.definition);
});

test("an empty tracking table shows blank KPIs and blank statuses, not errors", () => {
  const plan = buildPlan(SMALL_FIRM);
  const ev = evaluatePlanWithHyperFormula(plan, HF);
  for (const name of Object.keys(EXPECTED)) expect({ name, v: ev(name) }).toEqual({ name, v: "" });
  for (const k of KPIS.filter((x) => x.source === "tracking")) expect(ev.cell("kpi", { row: kpiRow(plan, k.label), col: 4 })).toBe("");
  ev.engine.destroy();
});

test("the plan never writes into the tracking data area, and the formulas cover the whole capacity", () => {
  for (const capacity of [1, 240, 1000]) {
    const plan = buildPlan(SMALL_FIRM, { trackingCapacity: capacity });
    const t = plan.tracking;
    expect(t.capacity).toBe(capacity);
    expect(t.headers).toEqual(TRACKING_COLUMNS.map((c) => c.header));
    const sheet = plan.sheets.find((s) => s.key === "tracking")!;
    const [top, bottom, left, right] = [t.firstDataRow, t.firstDataRow + capacity - 1, t.col, t.col + t.headers.length - 1];
    for (const b of sheet.blocks) {
      const overlaps = b.row <= bottom && b.row + b.cells.length - 1 >= top && b.col <= right && b.col + b.cells[0].length - 1 >= left;
      expect(overlaps).toBe(false);
    }
    // The header row is written, right above the data area.
    const header = sheet.blocks.find((b) => b.row <= t.headerRow && b.row + b.cells.length > t.headerRow && b.col === 0)!;
    expect(header.cells[t.headerRow - header.row].slice(0, t.headers.length).map((c) => c.value)).toEqual(t.headers);
    expect(t.headerRow + 1).toBe(t.firstDataRow);
    // Every range formula on the sheet ends on the last capacity row.
    const last = `$${t.firstDataRow + capacity}`;
    const panelFormulas = sheet.blocks.flatMap((b) => b.cells.flat()).map((c) => c.formula ?? "").filter((f) => f.includes(":$"));
    expect(panelFormulas.length).toBeGreaterThan(5);
    for (const f of panelFormulas) for (const m of f.matchAll(/:\$[A-Z]+(\$\d+)/g)) expect(m[1]).toBe(last);
  }
});

test("the tracking layout a rebuild relies on is the same for every profile and capacity (TRACKING_LAYOUT)", () => {
  for (const profile of Object.values(PROFILES))
    for (const trackingCapacity of [1, 240, 1000]) {
      const { capacity, ...layout } = buildPlan(profile, { trackingCapacity }).tracking;
      expect(capacity).toBe(trackingCapacity);
      expect(layout).toEqual(TRACKING_LAYOUT);
    }
});

test("the tracking print area covers the titles, headers and the first periods, not the empty capacity", () => {
  for (const [capacity, printed] of [[240, PRINTED_PERIODS], [1000, PRINTED_PERIODS], [10, 10]]) {
    const plan = buildPlan(SMALL_FIRM, { trackingCapacity: capacity });
    const sheet = plan.sheets.find((s) => s.key === "tracking")!;
    const lastCol = TRACKING_COLUMNS.length + 2; // the three grey helper columns beside the data
    // Before: A1:N244, so 240 empty rows printed on 5 pages.
    expect(sheet.print.area).toBe(`A1:${a1(plan.tracking.headerRow + printed, lastCol)}`);
    // The sheet says so, so a user who tracks more knows to extend it.
    expect(sheet.blocks[0].cells[1][0].value).toContain(`The print area covers the first ${printed} rows`);
  }
});
