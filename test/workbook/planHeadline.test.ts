/**
 * HyperFormula evaluates the whole plan (native formulas only) for several profiles: every named
 * headline result must equal the model's computeHeadline to 1e-9 relative, the year rows must
 * equal the model's TCOSCHEDULE, and the scorecard's RAG statuses must equal the model's KPISTATUS.
 */
import { HyperFormula } from "hyperformula";
import { computeHeadline, Headline, HEADLINE_NAMES, savingFlows } from "../../src/model/headline";
import { tcoSchedule } from "../../src/model/finance";
import { kpiStatus } from "../../src/model/kpi";
import { KPIS } from "../../src/model/kpiCatalog";
import { Profile } from "../../src/model/profile";
import { buildPlan } from "../../src/workbook/plan/buildPlan";
import { a1 } from "../../src/workbook/plan/a1";
import { WorkbookPlan } from "../../src/workbook/plan/plan";
import { evaluatePlanWithHyperFormula, EvalValue, PlanEvaluation } from "../support/planEval";
import { TCO_COL } from "../../src/workbook/plan/sheets/tco";
import { expectClose, PROFILES } from "./fixtures";

const HF = HyperFormula as unknown as Parameters<typeof evaluatePlanWithHyperFormula>[1];

/** What the workbook shows for a model value: the number, or its text where the model has none. */
function expectShown(actual: EvalValue, expected: number | null, textWhenNull: string, what: string): void {
  if (expected === null) expect({ what, actual }).toEqual({ what, actual: textWhenNull });
  else expectClose(actual, expected, what);
}

/** Row of the first literal cell on a sheet whose text is `text` in column `col`. */
function rowOfLabel(plan: WorkbookPlan, sheet: string, col: number, text: string): number {
  for (const s of plan.sheets.filter((x) => x.key === sheet))
    for (const b of s.blocks)
      for (const [i, cells] of b.cells.entries()) if (col >= b.col && cells[col - b.col]?.value === text) return b.row + i;
  throw new Error(`no "${text}" in column ${col} of ${sheet}`);
}

describe.each(Object.entries(PROFILES))("plan of %s evaluated by HyperFormula", (_label, profile: Profile) => {
  let plan: WorkbookPlan;
  let ev: PlanEvaluation;
  let h: Headline;
  beforeAll(() => {
    plan = buildPlan(profile);
    ev = evaluatePlanWithHyperFormula(plan, HF);
    h = computeHeadline(profile);
  });
  afterAll(() => ev.engine.destroy());

  test("no formula evaluates to an error", () => {
    expect(ev.errors()).toEqual([]);
  });

  test("every named headline result equals computeHeadline", () => {
    for (const [name, field] of Object.entries(HEADLINE_NAMES)) {
      const expected = h[field];
      expectShown(ev(name), expected, field === "breakEvenMonths" ? "never" : "", name);
    }
  });

  test("the supporting named results equal the model", () => {
    expectClose(ev("SS_InHouseAnnual"), h.inHouseAnnual, "SS_InHouseAnnual");
    expectClose(ev("SS_OutsourcedAnnual"), h.outsourcedAnnual, "SS_OutsourcedAnnual");
    expectClose(ev("SS_CIO_Loaded"), h.cioLoaded, "SS_CIO_Loaded");
    expectClose(ev("SS_CIO_TransitionCost"), h.cioTransitionCost, "SS_CIO_TransitionCost");
    expectClose(ev("SS_CurrentITSpend"), h.currentSpend, "SS_CurrentITSpend");
    expectShown(ev("SS_PaybackYears"), h.paybackYears, "not within horizon", "SS_PaybackYears");
    expectShown(ev("SS_GovernancePct"), h.governancePct, "", "SS_GovernancePct");
  });

  test("the TCO year rows equal the model's TCOSCHEDULE, and the saving columns its cash flows", () => {
    const H = profile.horizonYears;
    const r = profile.discountRate;
    const inHouse = tcoSchedule({ annualCost: h.inHouseAnnual, years: H, escalation: profile.inHouse.escalation, discountRate: r, upfrontCost: 0, exitCost: 0 });
    const outsourced = tcoSchedule({
      annualCost: h.outsourcedAnnual,
      years: H,
      escalation: profile.outsourcing.escalation,
      discountRate: r,
      upfrontCost: profile.outsourcing.transitionCost,
      exitCost: profile.outsourcing.exitCost,
    });
    const flows = savingFlows(profile, h.inHouseAnnual, h.outsourcedAnnual);
    const first = rowOfLabel(plan, "tco", TCO_COL.year, "Year") + 1;
    const at = (t: number, col: number) => ev.cell("tco", { row: first + t, col });
    let cumNominal = 0;
    for (let t = 0; t <= H; t++) {
      cumNominal += flows[t];
      expect(at(t, TCO_COL.year)).toBe(t);
      expectClose(at(t, TCO_COL.inHouse), inHouse[t][1], `in-house cost, year ${t}`);
      expectClose(at(t, TCO_COL.outsourced), outsourced[t][1], `outsourced cost, year ${t}`);
      expectClose(at(t, TCO_COL.inHouseDisc), inHouse[t][2], `in-house discounted, year ${t}`);
      expectClose(at(t, TCO_COL.outsourcedDisc), outsourced[t][2], `outsourced discounted, year ${t}`);
      expectClose(at(t, TCO_COL.saving), flows[t], `nominal saving, year ${t}`);
      expectClose(at(t, TCO_COL.cumSaving), cumNominal, `cumulative nominal saving, year ${t}`);
      expectClose(at(t, TCO_COL.cumSavingDisc), inHouse[t][3] - outsourced[t][3], `cumulative discounted saving, year ${t}`);
    }
    // Totals row: the discounted columns add up to the two TCOs.
    expect(at(H + 1, TCO_COL.year)).toBe("Total");
    expectClose(at(H + 1, TCO_COL.inHouseDisc), h.tcoInHouse, "total in-house discounted");
    expectClose(at(H + 1, TCO_COL.outsourcedDisc), h.tcoOutsourced, "total outsourced discounted");
    expectClose(at(H + 1, TCO_COL.savingDisc), h.tcoSaving, "total discounted saving");
  });

  test("the CIO year rows add up to the continuity cost and the two CIO totals", () => {
    const H = profile.horizonYears;
    const first = rowOfLabel(plan, "cio", 0, "Year") + 1;
    expect(ev.cell("cio", { row: first + H, col: 0 })).toBe("Total");
    expectClose(ev.cell("cio", { row: first + H, col: 2 }), h.cioContinuityCost, "Σ yearly expected turnover");
    expectClose(ev.cell("cio", { row: first + H - 1, col: 5 }), h.cioInHouse, "cumulative in-house CIO");
    expectClose(ev.cell("cio", { row: first + H - 1, col: 6 }), h.cioVirtual, "cumulative virtual CIO");
  });

  test("scorecard statuses equal the model's KPISTATUS on the model's values", () => {
    const statusCol = 4;
    for (const k of KPIS.filter((x) => x.source === "headline")) {
      const row = rowOfLabel(plan, "kpi", 0, k.label);
      const target = (profile.targets as Record<string, number | undefined>)[k.id] ?? k.target;
      const value = h[k.id as keyof Headline] as number | null;
      const expected = target === null ? "" : value === null ? (["breakEvenMonths", "paybackYears"].includes(k.id) ? "RED" : "") : kpiStatus(value, target, k.higherIsBetter, 0.1);
      expect({ kpi: k.id, at: a1(row, statusCol), status: ev.cell("kpi", { row, col: statusCol }) }).toEqual({ kpi: k.id, at: a1(row, statusCol), status: expected });
      // The value column shows the same figure as the model.
      expectShown(ev.cell("kpi", { row, col: 1 }), value, k.id === "breakEvenMonths" ? "never" : k.id === "paybackYears" ? "not within horizon" : "", `${k.id} value`);
    }
  });
});

test("the fixtures cover the cases that matter", () => {
  const h = Object.fromEntries(Object.entries(PROFILES).map(([k, p]) => [k, computeHeadline(p)]));
  expect(h.NEVER_BREAKS_EVEN.breakEvenMonths).toBeNull();
  expect(h.NEVER_BREAKS_EVEN.paybackYears).toBeNull();
  expect(h.NEAR_EMPTY.tcoSavingPct).toBeNull();
  expect(h.NEAR_EMPTY.itRoi).toBeNull();
  expect(h.UNDISCOUNTED.itSpendPctRevenue).toBeNull();
  expect(h.UNDISCOUNTED.breakEvenMonths).toBeGreaterThan(24); // turns in year 3: the year index matters
  expect(h.SMALL_FIRM.breakEvenMonths).toBeGreaterThan(0);
  expect(PROFILES.LARGE_LONG.discountRate).toBe(PROFILES.LARGE_LONG.inHouse.escalation); // TCO's r = g branch
  expect(h.LARGE_LONG.breakEvenMonths).not.toBeNull();
});
