/**
 * The risk simulation of docs/spec.md §7.3-7.4 from plain inputs: one future per row of the Latin
 * hypercube, the percentiles and shares the workbook names SS_Risk_*, and the tornado of
 * drivers. The Risk sheet computes the same figures in native formulas from the same draws
 * (`riskDraws`), so this is also the reference the workbook is tested against.
 */
import { continuityCost } from "../continuity";
import { atLeast, tco } from "../finance";
import { binomialInv, percentileIncSorted, triangularInv } from "./distributions";
import { latinHypercube, latinHypercubeColumns } from "./latinHypercube";
import { RangeOverrides, resolveRanges, RISK_DRAW_COLUMNS, RISK_VARIABLES, RiskLikely, RiskRanges, RiskVariable, UncertaintyIssue, validateUncertainty } from "./ranges";

export interface RiskOutsourcing {
  /** The provider's annual fee (v2: derived from the quote's pricing). */
  annualFee: number;
  escalation: number;
  governanceRate: number;
  retainedAnnualCosts: number;
  transitionCost: number;
  exitCost: number;
}

export interface RiskCio {
  /** Loaded annual cost of the in-house CIO (LOADEDCOST of the salary). */
  loaded: number;
  /** Cost of one departure, SS_CIO_TransitionCost = CIO.TRANSITIONCOST(cio.salary) (docs/spec.md §6.2). */
  transitionCost: number;
  tenureMonths: number;
}

export interface RiskInputs {
  /** Whole years, 1..100. */
  horizonYears: number;
  discountRate: number;
  /** The in-house team's annual cost in year 1 (loaded staff cost + other annual costs). */
  inHouseAnnual: number;
  /** The profile's inHouse.escalation (the likely value of variable 1). */
  inHouseEscalation: number;
  /** null: no outsourcing quote entered (annual fee 0). */
  outsourcing: RiskOutsourcing | null;
  /** null: no in-house CIO entered (salary 0). */
  cio: RiskCio | null;
  /** SS_CIO_Virtual, the virtual CIO's TCO; null when no virtual CIO is entered. */
  vcioTCO: number | null;
  /** The profile's uncertainty.ranges (overrides of §7.1's defaults). */
  ranges?: RangeOverrides;
  trials: number;
  seed: number;
}

export interface RiskDriver {
  number: number;
  variable: RiskVariable;
  label: string;
  /** The variable's low and high. */
  low: number;
  high: number;
  /** The saving (variable 7: the in-house CIO total) with this variable at low / at high, the others at likely. */
  atLow: number;
  atHigh: number;
  /** |atHigh − atLow|. */
  swing: number;
}

/** The SS_Risk_* results; null where the workbook shows "" (a side not entered, docs/spec.md §6.2). */
export interface RiskResults {
  trials: number;
  savingP10: number | null;
  savingP50: number | null;
  savingP90: number | null;
  savingMean: number | null;
  /** Share of trials with saving > 0. */
  probSaving: number | null;
  cioInHouseP10: number | null;
  cioInHouseP50: number | null;
  cioInHouseP90: number | null;
  /** Share of trials whose in-house CIO total exceeds the virtual CIO's TCO. */
  cioProbVirtualCheaper: number | null;
  departuresP90: number | null;
  /** The drivers that count (1-6 with a quote, 7 with an in-house CIO), largest swing first, ties to the lower number. */
  drivers: RiskDriver[];
  /** SS_Risk_TopDriver: the first driver's label, null when none counts. */
  topDriver: string | null;
  /** The triangles used (defaults with the overrides on top). */
  ranges: RiskRanges;
  /** Per trial, in draw-row order (for a histogram and for row-by-row checks); null as above. */
  samples: { saving: Float64Array | null; cioInHouse: Float64Array | null; departures: Float64Array | null };
}

export class RiskInputError extends Error {
  constructor(readonly issues: UncertaintyIssue[]) {
    super(issues.map((i) => `${i.path.join(".")}: ${i.reason}`).join("; "));
    this.name = "RiskInputError";
  }
}

/** The N × 8 draws of SS_Risk_Draws (columns: RISK_DRAW_COLUMNS). */
export function riskDraws(trials: number, seed: number): number[][] {
  return latinHypercube(trials, RISK_DRAW_COLUMNS.length, seed);
}

/** The likely values of the seven variables; an unentered side's (unused) ones are 0 (tenure 24). */
export function riskLikely(inputs: RiskInputs): RiskLikely {
  const o = inputs.outsourcing;
  return {
    "inHouse.escalation": inputs.inHouseEscalation,
    "outsourcing.escalation": o?.escalation ?? 0,
    "outsourcing.annualFee": o?.annualFee ?? 0,
    "outsourcing.transitionCost": o?.transitionCost ?? 0,
    "outsourcing.exitCost": o?.exitCost ?? 0,
    "outsourcing.governanceRate": o?.governanceRate ?? 0,
    "cio.tenureMonths": inputs.cio?.tenureMonths ?? 24,
  };
}

/**
 * The average discount factor D̄ of a cost spread evenly over H years,
 * (1 − (1+r)^(−H)) / (H·LN(1+r)), or 1 when r = 0 (docs/spec.md §7.3); written with expm1/log1p.
 */
export function averageDiscount(years: number, rate: number): number {
  if (rate === 0) return 1;
  const ln = Math.log1p(rate);
  return -Math.expm1(-years * ln) / (years * ln);
}

const tcoOf = (annualCost: number, years: number, escalation: number, discountRate: number, upfrontCost = 0, exitCost = 0) =>
  tco({ annualCost, years, escalation, discountRate, upfrontCost, exitCost });

/** Values of the seven variables, indexed 0..6 like RISK_VARIABLES. */
type Point = number[];

/** saving = TCO(in-house, H, x1, r) − TCO(x3·(1+x6) + retained, H, x2, r, x4, x5). */
function savingAt(inputs: RiskInputs, x: Point): number {
  const H = inputs.horizonYears;
  const r = inputs.discountRate;
  const outsourcedAnnual = x[2] * (1 + x[5]) + inputs.outsourcing!.retainedAnnualCosts;
  return tcoOf(inputs.inHouseAnnual, H, x[0], r) - tcoOf(outsourcedAnnual, H, x[1], r, x[3], x[4]);
}

/**
 * Drivers (docs/spec.md §7.4): each variable at its low and its high, the others at likely. Variable 7
 * moves the in-house CIO total, TCO(CIO loaded, H, x1, r) + CIO.CONTINUITYCOST at that tenure:
 * the expected departures 12H/tenure at the transition cost, discounted by D̄.
 */
export function riskDrivers(inputs: RiskInputs, ranges: RiskRanges): RiskDriver[] {
  const likely: Point = RISK_VARIABLES.map((v) => ranges[v.path].likely);
  const drivers: RiskDriver[] = [];
  for (const [j, v] of RISK_VARIABLES.entries()) {
    const { low, high } = ranges[v.path];
    let at: (x: number) => number;
    if (v.number <= 6) {
      if (!inputs.outsourcing) continue;
      at = (value) => savingAt(inputs, likely.map((l, i) => (i === j ? value : l)));
    } else {
      const cio = inputs.cio;
      if (!cio) continue;
      const H = inputs.horizonYears;
      const r = inputs.discountRate;
      const cioTco = tcoOf(cio.loaded, H, likely[0], r);
      at = (tenure) => cioTco + continuityCost(cio.transitionCost, 12 * H, tenure, r);
    }
    const atLow = at(low);
    const atHigh = at(high);
    drivers.push({ number: v.number, variable: v.path, label: v.label, low, high, atLow, atHigh, swing: Math.abs(atHigh - atLow) });
  }
  return rankBySwing(drivers);
}

/**
 * Largest swing first; swings that agree to 12 significant digits (finance.ts's atLeast, the
 * spreadsheet convention) are ties and go to the lower number, so rounding never reorders them.
 */
function rankBySwing(drivers: RiskDriver[]): RiskDriver[] {
  const left = [...drivers].sort((a, b) => a.number - b.number);
  const ranked: RiskDriver[] = [];
  while (left.length > 0) {
    const k = left.findIndex((d) => left.every((o) => atLeast(d.swing, o.swing)));
    ranked.push(left.splice(k, 1)[0]);
  }
  return ranked;
}

const mean = (xs: Float64Array): number => xs.reduce((s, x) => s + x, 0) / xs.length;
const share = (xs: Float64Array, test: (x: number) => boolean): number => xs.reduce((n, x) => n + (test(x) ? 1 : 0), 0) / xs.length;
const sorted = (xs: Float64Array): Float64Array => Float64Array.from(xs).sort();

/** The overrides of the entered sides: a range of an unentered side is unused (its likely value is not known here). */
function enteredOverrides(inputs: RiskInputs): RangeOverrides {
  const out: RangeOverrides = {};
  for (const v of RISK_VARIABLES) {
    const o = inputs.ranges?.[v.path];
    const used = v.number === 1 || (v.number <= 6 ? inputs.outsourcing !== null : inputs.cio !== null);
    if (o && used) out[v.path] = o;
  }
  return out;
}

/** Runs the simulation; throws RiskInputError when the uncertainty settings or a range are invalid. */
export function simulateRisk(inputs: RiskInputs): RiskResults {
  const likelyValues = riskLikely(inputs);
  const { trials, seed } = inputs;
  const overrides = enteredOverrides(inputs);
  const issues = validateUncertainty({ trials, seed, ranges: overrides }, likelyValues);
  const H = inputs.horizonYears;
  if (!Number.isInteger(H) || H < 1 || H > 100) issues.push({ path: ["horizonYears"], reason: `must be a whole number of years from 1 to 100 (got ${H})` });
  if (issues.length > 0) throw new RiskInputError(issues);

  const ranges = resolveRanges(likelyValues, overrides);
  const tri = RISK_VARIABLES.map((v) => ranges[v.path]);
  const draws = latinHypercubeColumns(trials, RISK_DRAW_COLUMNS.length, seed);
  const r = inputs.discountRate;
  const { outsourcing, cio } = inputs;
  const saving = outsourcing ? new Float64Array(trials) : null;
  const cioInHouse = cio ? new Float64Array(trials) : null;
  const departures = cio ? new Float64Array(trials) : null;
  const dBar = averageDiscount(H, r);
  const x: Point = new Array<number>(7);
  for (let i = 0; i < trials; i++) {
    for (let j = 0; j < 7; j++) x[j] = triangularInv(draws[j][i], tri[j].low, tri[j].likely, tri[j].high);
    if (saving) saving[i] = savingAt(inputs, x);
    if (cio && cioInHouse && departures) {
      const k = binomialInv(12 * H, 1 / x[6], draws[7][i]);
      departures[i] = k;
      cioInHouse[i] = tcoOf(cio.loaded, H, x[0], r) + k * cio.transitionCost * dBar;
    }
  }

  const savingSorted = saving && sorted(saving);
  const cioSorted = cioInHouse && sorted(cioInHouse);
  const drivers = riskDrivers(inputs, ranges);
  const vcio = inputs.vcioTCO;
  return {
    trials,
    savingP10: savingSorted && percentileIncSorted(savingSorted, 0.1),
    savingP50: savingSorted && percentileIncSorted(savingSorted, 0.5),
    savingP90: savingSorted && percentileIncSorted(savingSorted, 0.9),
    savingMean: saving && mean(saving),
    probSaving: saving && share(saving, (s) => s > 0),
    cioInHouseP10: cioSorted && percentileIncSorted(cioSorted, 0.1),
    cioInHouseP50: cioSorted && percentileIncSorted(cioSorted, 0.5),
    cioInHouseP90: cioSorted && percentileIncSorted(cioSorted, 0.9),
    cioProbVirtualCheaper: cioInHouse && vcio !== null ? share(cioInHouse, (c) => c > vcio) : null,
    departuresP90: departures && percentileIncSorted(sorted(departures), 0.9),
    drivers,
    topDriver: drivers[0]?.label ?? null,
    ranges,
    samples: { saving, cioInHouse, departures },
  };
}
