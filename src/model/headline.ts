/**
 * docs/spec.md §2.2's headline results computed by the model from a profile: the reference the
 * workbook's native formulas are tested against, and the live figures the wizard shows.
 */
import { continuityCost, TRANSITION_DEFAULTS, transitionCost } from "./continuity";
import { loadedCost, outsourcedCost } from "./costs";
import { ModelError } from "./errors";
import { breakEven, payback, tco } from "./finance";
import { Profile } from "./profile";

export interface Headline {
  inHouseAnnual: number;
  outsourcedAnnual: number;
  cioLoaded: number;
  currentSpend: number;
  tcoInHouse: number;
  tcoOutsourced: number;
  tcoSaving: number;
  /** null where the denominator is 0 (the workbook shows ""). */
  tcoSavingPct: number | null;
  /** null where BREAKEVEN is #N/A (the workbook shows "never"). */
  breakEvenMonths: number | null;
  cioTransitionCost: number;
  cioContinuityCost: number;
  cioInHouse: number;
  cioVirtual: number;
  itSpendPctRevenue: number | null;
  itSpendPerEmployee: number | null;
  itRoi: number | null;
  /** Years until cumulative nominal saving covers the transition cost; null if never within the horizon. */
  paybackYears: number | null;
  /** Retained governance as a share of the fee; null when there is no fee. */
  governancePct: number | null;
}

const ratio = (num: number, den: number): number | null => (den === 0 ? null : num / den);

export function staffSalaryTotal(p: Profile): number {
  return p.inHouse.staff.reduce((s, x) => s + x.salary * x.count, 0);
}

export interface SavingFlowArgs {
  horizonYears: number;
  inHouseAnnual: number;
  inHouseEscalation: number;
  outsourcedAnnual: number;
  outsourcedEscalation: number;
  transitionCost: number;
  exitCost: number;
}

/** Nominal yearly outsourcing cash flows: −transition at year 0, then in-house minus outsourced cost (exit in the last year). */
export function nominalSavingFlows(a: SavingFlowArgs): number[] {
  const flows = [-a.transitionCost];
  for (let t = 1; t <= a.horizonYears; t++) {
    const exit = t === a.horizonYears ? a.exitCost : 0;
    flows.push(a.inHouseAnnual * (1 + a.inHouseEscalation) ** (t - 1) - a.outsourcedAnnual * (1 + a.outsourcedEscalation) ** (t - 1) - exit);
  }
  return flows;
}

/** The payback KPI (SS_PaybackYears): PAYBACK of the nominal saving flows; null when it never pays back within the horizon. */
export function nominalPaybackYears(a: SavingFlowArgs): number | null {
  try {
    return payback(nominalSavingFlows(a));
  } catch (e) {
    if (!(e instanceof ModelError)) throw e;
    return null;
  }
}

/** nominalSavingFlows for a profile. */
export function savingFlows(p: Profile, inHouseAnnual: number, outsourcedAnnual: number): number[] {
  return nominalSavingFlows(flowArgs(p, inHouseAnnual, outsourcedAnnual));
}

const flowArgs = (p: Profile, inHouseAnnual: number, outsourcedAnnual: number): SavingFlowArgs => ({
  horizonYears: p.horizonYears,
  inHouseAnnual,
  inHouseEscalation: p.inHouse.escalation,
  outsourcedAnnual,
  outsourcedEscalation: p.outsourcing.escalation,
  transitionCost: p.outsourcing.transitionCost,
  exitCost: p.outsourcing.exitCost,
});

export function computeHeadline(p: Profile): Headline {
  const H = p.horizonYears;
  const r = p.discountRate;
  const inHouseAnnual = loadedCost(staffSalaryTotal(p), p.inHouse.benefitsRate, p.inHouse.overheadRate) + p.inHouse.otherAnnualCosts;
  const outsourcedAnnual = outsourcedCost(p.outsourcing.annualFee, p.outsourcing.governanceRate) + p.outsourcing.retainedAnnualCosts;
  const tcoInHouse = tco({ annualCost: inHouseAnnual, years: H, escalation: p.inHouse.escalation, discountRate: r, upfrontCost: 0, exitCost: 0 });
  const tcoOutsourced = tco({
    annualCost: outsourcedAnnual,
    years: H,
    escalation: p.outsourcing.escalation,
    discountRate: r,
    upfrontCost: p.outsourcing.transitionCost,
    exitCost: p.outsourcing.exitCost,
  });
  let breakEvenMonths: number | null;
  try {
    breakEvenMonths = breakEven({
      inhouseAnnual: inHouseAnnual,
      outsourcedAnnual,
      upfrontCost: p.outsourcing.transitionCost,
      inhouseEscalation: p.inHouse.escalation,
      outsourcedEscalation: p.outsourcing.escalation,
      discountRate: r,
    });
  } catch (e) {
    if (!(e instanceof ModelError)) throw e;
    breakEvenMonths = null;
  }
  const cioLoaded = loadedCost(p.cio.salary, p.inHouse.benefitsRate, p.inHouse.overheadRate);
  const cioTransitionCost = transitionCost({ annualCost: cioLoaded, ...TRANSITION_DEFAULTS });
  const cioContinuityCost = continuityCost(cioTransitionCost, 12 * H, p.cio.tenureMonths, r);
  const cioInHouse =
    tco({ annualCost: cioLoaded, years: H, escalation: p.inHouse.escalation, discountRate: r, upfrontCost: 0, exitCost: 0 }) + cioContinuityCost;
  const cioVirtual = tco({ annualCost: 12 * p.cio.vcioMonthlyRetainer, years: H, escalation: p.cio.vcioEscalation, discountRate: r, upfrontCost: 0, exitCost: 0 });
  const currentSpend = inHouseAnnual + cioLoaded;
  const paybackYears = nominalPaybackYears(flowArgs(p, inHouseAnnual, outsourcedAnnual));
  const tcoSaving = tcoInHouse - tcoOutsourced;
  return {
    inHouseAnnual,
    outsourcedAnnual,
    cioLoaded,
    currentSpend,
    tcoInHouse,
    tcoOutsourced,
    tcoSaving,
    tcoSavingPct: ratio(tcoSaving, tcoInHouse),
    breakEvenMonths,
    cioTransitionCost,
    cioContinuityCost,
    cioInHouse,
    cioVirtual,
    itSpendPctRevenue: ratio(currentSpend, p.company.revenue),
    itSpendPerEmployee: ratio(currentSpend, p.company.employees),
    itRoi: ratio(p.benefits.annual - currentSpend, currentSpend),
    paybackYears,
    governancePct: p.outsourcing.annualFee === 0 ? null : p.outsourcing.governanceRate,
  };
}

/** The workbook's defined names for the headline results (its public API) and the model field each equals. */
export const HEADLINE_NAMES = {
  SS_TCO_InHouse: "tcoInHouse",
  SS_TCO_Outsourced: "tcoOutsourced",
  SS_TCO_Saving: "tcoSaving",
  SS_TCO_SavingPct: "tcoSavingPct",
  SS_BreakEvenMonths: "breakEvenMonths",
  SS_CIO_ContinuityCost: "cioContinuityCost",
  SS_CIO_InHouse: "cioInHouse",
  SS_CIO_Virtual: "cioVirtual",
  SS_ITSpendPctRevenue: "itSpendPctRevenue",
  SS_ITSpendPerEmployee: "itSpendPerEmployee",
  SS_IT_ROI: "itRoi",
} as const satisfies Record<string, keyof Headline>;
