/**
 * Cost-of-ownership arithmetic behind TCO, TCOSCHEDULE, BREAKEVEN, ROI and PAYBACK.
 * Arguments arrive already validated (see functionTable.ts); these are loops, not
 * closed forms, so the native formulas the workbook writes are an independent check.
 */
import { divError, finite, naError, numError } from "./errors";

/**
 * Spreadsheet-style a ≥ b: numbers that agree to 12 significant digits count as equal, so binary
 * rounding never flips an answer a CFO can check by hand (−100 + 33.3 + 33.3 + 33.4 pays back
 * in period 3; 0.27 is exactly 10% short of 0.3). Excel and HyperFormula compare the same way.
 */
export const RELATIVE_TOLERANCE = 1e-12;
export function atLeast(a: number, b: number): boolean {
  const shortfall = b - a; // an infinite shortfall (1e308 vs −1e308) is never within tolerance
  return a >= b || (Number.isFinite(shortfall) && shortfall <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b)));
}

export interface TcoArgs {
  annualCost: number;
  years: number;
  escalation: number;
  discountRate: number;
  upfrontCost: number;
  exitCost: number;
}

/** upfront + Σ annual·(1+g)^(t-1)/(1+r)^t + exit/(1+r)^n, costs at each year's end. */
export function tco(a: TcoArgs): number {
  let cost = a.annualCost; // cost in year t
  let disc = 1; // (1+r)^t
  let total = a.upfrontCost;
  for (let t = 1; t <= a.years; t++) {
    disc *= 1 + a.discountRate;
    total += cost / disc;
    cost *= 1 + a.escalation;
  }
  return finite(total + a.exitCost / disc, "TCO");
}

/** (years+1) × 4 rows: year, cost in year, discounted cost, cumulative discounted cost. */
export function tcoSchedule(a: TcoArgs): number[][] {
  const rows: number[][] = [[0, a.upfrontCost, a.upfrontCost, a.upfrontCost]];
  let cost = a.annualCost;
  let disc = 1;
  let cum = a.upfrontCost;
  for (let t = 1; t <= a.years; t++) {
    disc *= 1 + a.discountRate;
    const inYear = cost + (t === a.years ? a.exitCost : 0);
    cum += inYear / disc;
    rows.push([t, finite(inYear, "TCOSCHEDULE"), finite(inYear / disc, "TCOSCHEDULE"), finite(cum, "TCOSCHEDULE")]);
    cost *= 1 + a.escalation;
  }
  return rows;
}

export interface BreakEvenArgs {
  inhouseAnnual: number;
  outsourcedAnnual: number;
  upfrontCost: number;
  inhouseEscalation: number;
  outsourcedEscalation: number;
  discountRate: number;
}

export const BREAKEVEN_MAX_MONTHS = 1200;

/**
 * Smallest whole month m whose cumulative discounted saving covers the upfront cost.
 * Month m saves (I·(1+gi)^y − O·(1+go)^y)/12 with y = floor((m-1)/12), discounted by
 * (1+r)^(m/12). Throws #N/A when it never pays back within 1200 months.
 */
export function breakEven(a: BreakEvenArgs): number {
  if (a.upfrontCost <= 0) return 0;
  const growth = 1 + a.discountRate;
  const monthly = Math.pow(growth, -1 / 12); // one month's discount factor
  let inhouse = a.inhouseAnnual;
  let outsourced = a.outsourcedAnnual;
  let cum = 0;
  for (let y = 0; y < BREAKEVEN_MAX_MONTHS / 12; y++) {
    const saving = (inhouse - outsourced) / 12; // the same every month of year y
    let discount = Math.pow(growth, -y); // exact at each year start, so products never drift
    for (let k = 1; k <= 12; k++) {
      discount *= monthly; // (1+r)^(-(12y+k)/12)
      cum += saving * discount;
      if (Number.isNaN(cum) || cum === Infinity) throw numError("BREAKEVEN: the costs grow too large to compute");
      if (atLeast(cum, a.upfrontCost)) return 12 * y + k;
    }
    inhouse *= 1 + a.inhouseEscalation;
    outsourced *= 1 + a.outsourcedEscalation;
  }
  throw naError("never breaks even within 100 years (1,200 months)");
}

/** (ΣB − ΣC) / ΣC. */
export function roi(sumBenefits: number, sumCosts: number): number {
  if (sumCosts === 0) throw divError("costs add up to zero");
  return finite((sumBenefits - sumCosts) / sumCosts, "ROI");
}

/**
 * Periods until the cumulative cash flow first reaches ≥ 0 (first value = period 0), with
 * linear interpolation inside the period where it turns.
 */
export function payback(flows: ArrayLike<number>): number {
  if (flows.length === 0) throw naError("no cash flows");
  let cum = flows[0];
  if (cum >= 0) return 0;
  for (let i = 1; i < flows.length; i++) {
    const flow = flows[i];
    // cum + flow ≥ 0, compared as flow ≥ −cum so the tolerance is relative to the amounts.
    if (atLeast(flow, -cum)) return finite(Math.min(i, i - 1 + -cum / flow), "PAYBACK");
    cum += flow;
    if (!Number.isFinite(cum)) throw numError("PAYBACK: the cash flows are too large to add up");
  }
  throw naError("the cash flows never pay back");
}
