/**
 * docs/spec.md §6.3: the decision is two choices, the team and the CIO, so four options. Plain inputs
 * (the headline TCOs), so the pane, the CLI and the tests share one reference for the workbook's
 * SS_Option_*, SS_Decision_* and SS_BreakEvenFee formulas. null here is the workbook's "".
 */
import { tco } from "./finance";

/** The options in the spec's order, which is also the tie order. */
export const OPTION_KEYS = ["allInHouse", "virtualCio", "outsourcedTeam", "smartsourced"] as const;
export type OptionKey = (typeof OPTION_KEYS)[number];

/** SS_Decision_Best's text for each option. */
export const OPTION_LABELS: Readonly<Record<OptionKey, string>> = {
  allInHouse: "All in-house",
  virtualCio: "In-house team + virtual CIO",
  outsourcedTeam: "Outsourced team + in-house CIO",
  smartsourced: "Outsourced team + virtual CIO",
};

/** The workbook's defined name of each option. */
export const OPTION_NAMES: Readonly<Record<OptionKey, string>> = {
  allInHouse: "SS_Option_AllInHouse",
  virtualCio: "SS_Option_VirtualCIO",
  outsourcedTeam: "SS_Option_OutsourcedTeam",
  smartsourced: "SS_Option_Smartsourced",
};

export interface DecisionInputs {
  /** TI = SS_TCO_InHouse (always a number). */
  tcoInHouse: number;
  /** TO = SS_TCO_Outsourced; null when no quote is entered (annual fee 0). */
  tcoOutsourced: number | null;
  /** CI = SS_CIO_InHouse; null when the in-house CIO is not entered (salary 0). */
  cioInHouse: number | null;
  /** CV = SS_CIO_Virtual; null when the virtual CIO is not entered (retainer 0). */
  cioVirtual: number | null;
}

export interface Decision {
  /** Each option's TCO; null where a side it needs is not entered. */
  options: Record<OptionKey, number | null>;
  /** True when neither CIO side is entered: both CIO terms are 0 and each team option appears twice. */
  noCio: boolean;
  /** The cheapest option with a value (ties: OPTION_KEYS order). */
  best: OptionKey;
  bestLabel: string;
  /** SS_Decision_Saving: all in-house − best; null when all in-house is null or 0. */
  saving: number | null;
  /** SS_Decision_SavingPct: saving ÷ all in-house; null likewise. */
  savingPct: number | null;
}

/**
 * Workbook: SS_Option_AllInHouse = IF(CI="",IF(CV="",TI,""),TI+CI) and likewise; SS_Decision_Best
 * = INDEX(labels,MATCH(MIN(options),options,0)) (MIN skips "", MATCH takes the first tie);
 * SS_Decision_Saving = IF(OR(AllInHouse="",AllInHouse=0),"",AllInHouse-MIN(options)).
 */
export function decide(i: DecisionInputs): Decision {
  const noCio = i.cioInHouse === null && i.cioVirtual === null;
  const ci = noCio ? 0 : i.cioInHouse;
  const cv = noCio ? 0 : i.cioVirtual;
  const TO = i.tcoOutsourced;
  const plus = (team: number | null, cio: number | null) => (team === null || cio === null ? null : team + cio);
  const options: Record<OptionKey, number | null> = {
    allInHouse: plus(i.tcoInHouse, ci),
    virtualCio: plus(i.tcoInHouse, cv),
    outsourcedTeam: plus(TO, ci),
    smartsourced: plus(TO, cv),
  };
  const best = cheapest(options, OPTION_KEYS)!; // TI is always a number, so one of the first two options is too
  const all = options.allInHouse;
  const saving = all === null || all === 0 ? null : all - options[best]!;
  return { options, noCio, best, bestLabel: OPTION_LABELS[best], saving, savingPct: saving === null ? null : saving / all! };
}

/** The first of `keys` with the lowest value, ignoring null; null when none has a value. */
export function cheapest(options: Record<OptionKey, number | null>, keys: readonly OptionKey[]): OptionKey | null {
  let best: OptionKey | null = null;
  for (const k of keys) {
    const v = options[k];
    if (v !== null && (best === null || v < options[best]!)) best = k;
  }
  return best;
}

export interface BreakEvenFeeInputs {
  tcoInHouse: number;
  /** The quote's annual fee; 0 means no quote is entered. */
  annualFee: number;
  governanceRate: number;
  retainedAnnualCosts: number;
  /** outsourcing.escalation */
  escalation: number;
  transitionCost: number;
  exitCost: number;
  horizonYears: number;
  discountRate: number;
}

/**
 * SS_BreakEvenFee: the annual fee F at which SS_TCO_Outsourced = SS_TCO_InHouse. The outsourced
 * TCO is TO(0) + F·(1+governance)·A, with TO(0) the TCO at fee 0 (retained costs, transition,
 * exit) and A the annuity factor TCO(1, H, escalation, r) (tcoNative's closed form in the
 * workbook), so F = (TI − TO(0)) / ((1+governance)·A). null when no quote is entered; "none"
 * when TI − TO(0) ≤ 0 (even a fee of 0 does not make outsourcing cheaper).
 */
export function breakEvenFee(i: BreakEvenFeeInputs): number | "none" | null {
  if (i.annualFee <= 0) return null;
  const at = (annualCost: number, upfrontCost: number, exitCost: number) =>
    tco({ annualCost, years: i.horizonYears, escalation: i.escalation, discountRate: i.discountRate, upfrontCost, exitCost });
  const headroom = i.tcoInHouse - at(i.retainedAnnualCosts, i.transitionCost, i.exitCost);
  if (headroom <= 0) return "none";
  return headroom / ((1 + i.governanceRate) * at(1, 0, 0));
}
