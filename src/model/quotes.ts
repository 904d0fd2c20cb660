/**
 * docs/spec.md §9.1: the main quote and up to 10 others, side by side against the in-house team. Each
 * quote is priced exactly as SS_TCO_Outsourced prices the main one (its fee with governance plus
 * the outsourcing block's retained costs, its own transition and exit), and its payback is the
 * SS_PaybackYears KPI's. A quote with fee 0 is not entered (§6.2): its figures are null (the
 * workbook's "") and it is not ranked.
 *
 * Rank (workbook): IF(fee=0,"",1+COUNTIF(savings,">"&s)+COUNTIF(savings above this row,s)):
 * the largest saving first, ties to the earlier quote (the main quote is the first row).
 */
import { outsourcedCost } from "./costs";
import { tco } from "./finance";
import { nominalPaybackYears } from "./headline";

export const MAX_OTHER_QUOTES = 10;

/** One quote, every default already filled in by the caller (§9.1: from the outsourcing block). */
export interface QuoteInput {
  vendor: string;
  /** From the quote's pricing (pricing.ts annualFeeOf). */
  annualFee: number;
  escalation: number;
  governanceRate: number;
  transitionCost: number;
  exitCost: number;
  atRiskRate: number;
}

export interface QuoteComparisonInputs {
  inHouseAnnual: number;
  inHouseEscalation: number;
  horizonYears: number;
  discountRate: number;
  /** outsourcing.retainedAnnualCosts, the same for every quote. */
  retainedAnnualCosts: number;
  main: QuoteInput;
  others: readonly QuoteInput[];
}

export interface QuoteRow {
  vendor: string;
  annualFee: number;
  /** Same formula as SS_TCO_Outsourced; null for a fee-0 quote (so are the next four). */
  tco: number | null;
  /** In-house TCO − this TCO. */
  saving: number | null;
  /** saving ÷ in-house TCO; null also when the in-house TCO is 0. */
  savingPct: number | null;
  /** Nominal payback in years; null also when it never pays back within the horizon. */
  paybackYears: number | null;
  atRiskRate: number;
  /** 1 = largest saving; null for a fee-0 quote. */
  rank: number | null;
}

export interface QuoteComparison {
  tcoInHouse: number;
  /** The main quote first, then the others in their order. */
  rows: QuoteRow[];
  /** SS_Quotes_BestVendor and SS_Quotes_BestSaving: the rank-1 quote; null when no quote has a fee. */
  bestVendor: string | null;
  bestSaving: number | null;
  /** Index into rows of the best quote (0 = main); null likewise. */
  bestIndex: number | null;
}

export function compareQuotes(i: QuoteComparisonInputs): QuoteComparison {
  if (i.others.length > MAX_OTHER_QUOTES) throw new RangeError(`at most ${MAX_OTHER_QUOTES} quotes besides the main one (got ${i.others.length})`);
  const H = i.horizonYears;
  const r = i.discountRate;
  const tcoInHouse = tco({ annualCost: i.inHouseAnnual, years: H, escalation: i.inHouseEscalation, discountRate: r, upfrontCost: 0, exitCost: 0 });
  const rows: QuoteRow[] = [i.main, ...i.others].map((q) => {
    const blank = { vendor: q.vendor, annualFee: q.annualFee, tco: null, saving: null, savingPct: null, paybackYears: null, atRiskRate: q.atRiskRate, rank: null };
    if (q.annualFee <= 0) return blank;
    const outsourcedAnnual = outsourcedCost(q.annualFee, q.governanceRate) + i.retainedAnnualCosts;
    const total = tco({ annualCost: outsourcedAnnual, years: H, escalation: q.escalation, discountRate: r, upfrontCost: q.transitionCost, exitCost: q.exitCost });
    const saving = tcoInHouse - total;
    const paybackYears = nominalPaybackYears({
      horizonYears: H,
      inHouseAnnual: i.inHouseAnnual,
      inHouseEscalation: i.inHouseEscalation,
      outsourcedAnnual,
      outsourcedEscalation: q.escalation,
      transitionCost: q.transitionCost,
      exitCost: q.exitCost,
    });
    return { ...blank, tco: total, saving, savingPct: tcoInHouse === 0 ? null : saving / tcoInHouse, paybackYears };
  });
  rows.forEach((row, k) => {
    if (row.saving === null) return;
    const s = row.saving;
    const ahead = rows.filter((o, j) => o.saving !== null && (o.saving > s || (j < k && o.saving === s))).length;
    row.rank = 1 + ahead;
  });
  const bestIndex = rows.findIndex((row) => row.rank === 1);
  return {
    tcoInHouse,
    rows,
    bestVendor: bestIndex < 0 ? null : rows[bestIndex].vendor,
    bestSaving: bestIndex < 0 ? null : rows[bestIndex].saving,
    bestIndex: bestIndex < 0 ? null : bestIndex,
  };
}
