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

/** Nominal yearly outsourcing cash flows: −transition at year 0, then in-house minus outsourced cost. */
export function savingFlows(p: Profile, inHouseAnnual: number, outsourcedAnnual: number): number[] {
  const flows = [-p.outsourcing.transitionCost];
  for (let t = 1; t <= p.horizonYears; t++) {
    const exit = t === p.horizonYears ? p.outsourcing.exitCost : 0;
    flows.push(inHouseAnnual * (1 + p.inHouse.escalation) ** (t - 1) - outsourcedAnnual * (1 + p.outsourcing.escalation) ** (t - 1) - exit);
  }
  return flows;
}

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
  let paybackYears: number | null;
  try {
    paybackYears = payback(savingFlows(p, inHouseAnnual, outsourcedAnnual));
  } catch (e) {
    if (!(e instanceof ModelError)) throw e;
    paybackYears = null;
  }
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
