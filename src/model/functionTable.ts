/**
 * The SMARTSOURCE function table: for each function its parameters (kind, default), its model
 * implementation and its native-Excel equivalent, declared once as data (after HyperFormula's
 * `implementedFunctions`). `invoke` applies defaults and docs/spec.md §1.1's error rules for all of them.
 * Descriptions live in the JSDoc of src/functions/functions.ts, which generates functions.json.
 */
import { coerce, isBlank, Kind, KindValues, RANGE_KINDS, RangeValues } from "./args";
import { continuityCost, RAMP_LOSS_FACTOR, TRANSITION_DEFAULTS, transitionCost, VACANCY_EXTRA_FACTOR } from "./continuity";
import { loadedCost, outsourcedCost } from "./costs";
import { finite, ModelError, numError, valueError } from "./errors";
import { breakEven, payback, roi, tco, tcoSchedule } from "./finance";
import { kpiStatus, slaAttainment } from "./kpi";
import { binomialInv, triangularInv } from "./risk/distributions";

/** null: optional without a default; the function gets null and the native formula "" (it takes another form). */
type Default = number | boolean | null | ((prior: readonly unknown[]) => number);

export interface ParamDef<K extends Kind = Kind> {
  readonly name: string;
  readonly kind: K;
  /** Absent (undefined): the argument is required. */
  readonly default?: Default;
  /** Native text of a computed default, given the argument texts before it. */
  readonly nativeDefault?: (texts: readonly string[]) => string;
}

type Values<P extends readonly ParamDef[]> = { -readonly [I in keyof P]: P[I] extends ParamDef<infer K> ? KindValues[K] : never };

export type Result = number | string | number[][];

export interface FunctionDef<P extends readonly ParamDef[] = readonly ParamDef[]> {
  readonly params: P;
  readonly impl: (...args: Values<P>) => Result;
  /** Native Excel formula (no leading "=") from argument texts, or null with the reason. */
  readonly native: ((texts: readonly string[]) => string) | null;
  readonly nativeWhy?: string;
}

const p = <K extends Kind>(name: string, kind: K, dflt?: Default, nativeDefault?: ParamDef["nativeDefault"]): ParamDef<K> => ({
  name,
  kind,
  default: dflt,
  nativeDefault,
});
const def = <const P extends readonly ParamDef[]>(d: FunctionDef<P>): FunctionDef => d as unknown as FunctionDef;

/** Wraps an argument text in parentheses unless it is a plain reference, name, non-negative number or TRUE(). */
export const paren = (s: string): string => (/^[A-Za-z0-9_.$!:']+$/.test(s) || /^(TRUE|FALSE)\(\)$/.test(s) ? s : `(${s})`);

/** transitionCost's share of the annual cost, as formula text over the four argument texts. */
const transitionShareNative = (searchFee: string, vacancy: string, ramp: string, severance: string): string =>
  `(${searchFee}+${VACANCY_EXTRA_FACTOR}*${vacancy}/12+${RAMP_LOSS_FACTOR}*${ramp}/12+${severance}/12)`;
const TRANSITION_SHARE_NATIVE = transitionShareNative(
  `${TRANSITION_DEFAULTS.searchFeeRate}`,
  `${TRANSITION_DEFAULTS.vacancyMonths}`,
  `${TRANSITION_DEFAULTS.rampMonths}`,
  `${TRANSITION_DEFAULTS.severanceMonths}`,
);

const tcoParams = [
  p("annual_cost", "money"),
  p("years", "years"),
  p("escalation", "growth", 0),
  p("discount_rate", "growth", 0),
  p("upfront_cost", "money", 0),
  p("exit_cost", "money", 0),
] as const;
const tcoArgs = (annualCost: number, years: number, escalation: number, discountRate: number, upfrontCost: number, exitCost: number) => ({
  annualCost,
  years,
  escalation,
  discountRate,
  upfrontCost,
  exitCost,
});

/**
 * Closed form of the TCO sum: Σ_{t=1..n}(1+g)^(t-1)/(1+r)^t = (1-((1+g)/(1+r))^n)/(r-g), or n/(1+r)
 * when r = g. Literal zeros (omitted arguments) drop out, so a nominal TCO reads upfront+annual*years.
 */
export function tcoNative(texts: readonly string[]): string {
  const [a, n, g, r, up, ex] = texts.map(paren);
  const sum = r === "0" && g === "0" ? `${a}*${n}` : `${a}*IF(${r}=${g},${n}/(1+${r}),(1-((1+${g})/(1+${r}))^${n})/(${r}-${g}))`;
  const exit = ex === "0" ? "" : r === "0" ? `+${ex}` : `+${ex}/(1+${r})^${n}`;
  return `${up === "0" ? "" : `${up}+`}${sum}${exit}`;
}

export const FUNCTIONS: Readonly<Record<string, FunctionDef>> = {
  LOADEDCOST: def({
    params: [p("salary", "moneySum"), p("benefits_rate", "fraction", 0.42), p("overhead_rate", "fraction", 0.15)] as const,
    impl: loadedCost,
    native: ([s, b, o]) => `SUM(${s})*(1+${paren(b)}+${paren(o)})`,
  }),
  OUTSOURCEDCOST: def({
    params: [p("annual_fee", "money"), p("governance_rate", "fraction", 0.06)] as const,
    impl: outsourcedCost,
    native: ([f, g]) => `${paren(f)}*(1+${paren(g)})`,
  }),
  TCO: def({
    params: tcoParams,
    impl: (...a) => tco(tcoArgs(...a)),
    native: tcoNative,
  }),
  TCOSCHEDULE: def({
    params: tcoParams,
    impl: (...a) => tcoSchedule(tcoArgs(...a)),
    native: null,
    nativeWhy:
      "It spills a (years+1)×4 array, which needs dynamic arrays (Excel 365). The KPI workbook writes one row per year instead: cost = annual*(1+escalation)^(t-1), discounted = cost/(1+discount_rate)^t.",
  }),
  BREAKEVEN: def({
    params: [
      p("inhouse_annual", "money"),
      p("outsourced_annual", "money"),
      p("upfront_cost", "money", 0),
      p("inhouse_escalation", "growth", 0),
      p("outsourced_escalation", "growth", 0),
      p("discount_rate", "growth", 0),
    ] as const,
    impl: (inhouseAnnual, outsourcedAnnual, upfrontCost, inhouseEscalation, outsourcedEscalation, discountRate) =>
      breakEven({ inhouseAnnual, outsourcedAnnual, upfrontCost, inhouseEscalation, outsourcedEscalation, discountRate }),
    native: null,
    nativeWhy:
      "It searches up to 1,200 months for the first cumulative saving that covers the upfront cost. The KPI workbook does this natively with a month-by-month helper block (saving, cumulative, MATCH).",
  }),
  "CIO.TRANSITIONCOST": def({
    params: [
      p("annual_cost", "money"),
      p("search_fee_rate", "fraction", TRANSITION_DEFAULTS.searchFeeRate),
      p("vacancy_months", "months", TRANSITION_DEFAULTS.vacancyMonths),
      p("ramp_months", "months", TRANSITION_DEFAULTS.rampMonths),
      p("severance_months", "months", TRANSITION_DEFAULTS.severanceMonths),
      p("knowledge_loss", "money", TRANSITION_DEFAULTS.knowledgeLoss),
    ] as const,
    impl: (annualCost, searchFeeRate, vacancyMonths, rampMonths, severanceMonths, knowledgeLoss) =>
      transitionCost({ annualCost, searchFeeRate, vacancyMonths, rampMonths, severanceMonths, knowledgeLoss }),
    native: (t) => {
      const [a, s, v, r, sev, k] = t.map(paren);
      // A literal-zero knowledge loss (the default) drops out, as TCO's literal zeros do.
      return `${a}*${transitionShareNative(s, v, r, sev)}${k === "0" ? "" : `+${k}`}`;
    },
  }),
  "CIO.CONTINUITYCOST": def({
    params: [
      p("annual_cost", "money"),
      p("horizon_months", "months"),
      p("tenure_months", "positiveMonths", 24),
      p(
        "transition_cost",
        "money",
        ([annual]) => transitionCost({ annualCost: annual as number, ...TRANSITION_DEFAULTS }),
        ([a]) => `${paren(a)}*${TRANSITION_SHARE_NATIVE}`,
      ),
      p("discount_rate", "growth", 0),
    ] as const,
    impl: (_annual, horizon, tenure, transition, rate) => continuityCost(transition, horizon, tenure, rate),
    native: (t) => {
      const [, h, ten, c, r] = t.map(paren);
      const undiscounted = `${c}*${h}/${ten}`;
      // A literal-zero rate (the default) needs no IF: the undiscounted form alone.
      if (r === "0") return undiscounted;
      return `IF(${r}=0,${undiscounted},${c}*(12/${ten})*(1-(1+${r})^(-${h}/12))/LN(1+${r}))`;
    },
  }),
  "CIO.DEPARTURES": def({
    params: [p("horizon_months", "horizonMonths"), p("tenure_months", "tenureMonths", 24), p("probability", "probability", null)] as const,
    impl: (horizon: number, tenure: number, probability: number | null) =>
      probability === null ? finite(horizon / tenure, "CIO.DEPARTURES") : binomialInv(Math.round(horizon), 1 / tenure, probability),
    native: ([h, ten, q]) => {
      if (q === "") return `${paren(h)}/${paren(ten)}`;
      // ROUND written out: LibreOffice's BINOM.INV truncates the trials where the function rounds.
      // Probabilities 0 and 1 answered outright: HyperFormula's BINOM.INV rejects them.
      const n = `ROUND(${h},0)`;
      return `IF(${paren(q)}<=0,0,IF(${paren(q)}>=1,${n},BINOM.INV(${n},1/${paren(ten)},${paren(q)})))`;
    },
  }),
  ROI: def({
    params: [p("benefits", "numberSum"), p("costs", "numberSum")] as const,
    impl: roi,
    native: ([b, c]) => `(SUM(${b})-SUM(${c}))/SUM(${c})`,
  }),
  PAYBACK: def({
    params: [p("cashflows", "flows")] as const,
    impl: payback,
    native: null,
    nativeWhy:
      "It needs a running total of the cash flows, which a single Excel 2010 formula cannot keep without array tricks. The KPI workbook keeps a cumulative column and interpolates inside the period where it turns.",
  }),
  SLAATTAINMENT: def({
    params: [p("actuals", "actuals"), p("targets", "targets"), p("higher_is_better", "bool", true)] as const,
    impl: (actuals: RangeValues, targets: RangeValues, hib: boolean) => {
      const single = targets.values.length === 1;
      if (!single && (targets.rows !== actuals.rows || targets.cols !== actuals.cols))
        throw valueError(`targets must be one number or a ${actuals.rows}×${actuals.cols} range like actuals`);
      return slaAttainment(actuals.values, single ? targets.values[0] : targets.values, hib);
    },
    native: ([a, t, h]) => `SUMPRODUCT(ISNUMBER(${a})*((${a}-${paren(t)})*IF(${paren(h)},1,-1)>=0))/COUNT(${a})`,
  }),
  KPISTATUS: def({
    params: [p("value", "number"), p("target", "number"), p("higher_is_better", "bool", true), p("amber_band", "fraction", 0.1)] as const,
    impl: kpiStatus,
    native: (texts) => {
      const [v, t, h, b] = texts.map(paren);
      return `IF(IF(${h},${v}>=${t},${v}<=${t}),"GREEN",IF(ABS(${v}-${t})<=${b}*ABS(${t}),"AMBER","RED"))`;
    },
  }),
  "TRIANGULAR.INV": def({
    params: [p("probability", "probability"), p("low", "number"), p("mode", "number"), p("high", "number")] as const,
    impl: (probability, low, mode, high) => {
      if (!(low <= mode && mode <= high)) throw numError("TRIANGULAR.INV needs low ≤ mode ≤ high");
      return finite(triangularInv(probability, low, mode, high), "TRIANGULAR.INV");
    },
    // The division-free test of distributions.ts: low = high needs no IF of its own.
    native: (texts) => {
      const [q, a, m, b] = texts.map(paren);
      return `IF(${q}*(${b}-${a})<${m}-${a},${a}+SQRT(${q}*(${b}-${a})*(${m}-${a})),${b}-SQRT((1-${q})*(${b}-${a})*(${b}-${m})))`;
    },
  }),
};

export type FunctionId = keyof typeof FUNCTIONS;

/** A 1×1 range passed where one value belongs is that value (so a blank cell still means "omitted"). */
const single = (v: unknown): unknown => (Array.isArray(v) && v.length === 1 && Array.isArray(v[0]) && v[0].length === 1 ? v[0][0] : v);

/** Calls a function by id with raw Excel arguments; throws ModelError for every bad input. */
export function invoke(id: string, raw: readonly unknown[]): Result {
  const fn = FUNCTIONS[id];
  if (!fn) throw valueError(`unknown function ${id}`);
  const params = fn.params;
  const values: unknown[] = new Array(params.length);
  for (let i = 0; i < params.length; i++) {
    const param = params[i];
    const v = RANGE_KINDS.has(param.kind) ? raw[i] : single(raw[i]);
    if (isBlank(v)) {
      if (param.default === undefined) throw valueError(`${param.name} is required`);
      values[i] = typeof param.default === "function" ? param.default(values) : param.default;
    } else values[i] = coerce(param.kind, param.name, v);
  }
  return (fn.impl as (...a: unknown[]) => Result)(...values);
}

/** Like invoke, but returns a ModelError instead of throwing one (other exceptions become #VALUE!). */
export function evaluate(id: string, raw: readonly unknown[]): Result | ModelError {
  try {
    return invoke(id, raw);
  } catch (e) {
    if (e instanceof ModelError) return e;
    return new ModelError("#VALUE!", e instanceof Error ? e.message : String(e));
  }
}

/** The native text of an omitted argument's default ("" where it has none); `before` holds the earlier arguments' texts. */
export function nativeDefaultText(param: ParamDef, before: readonly string[]): string {
  if (param.default === undefined) throw valueError(`${param.name} is required`);
  if (param.default === null) return "";
  if (typeof param.default === "function") return param.nativeDefault!(before);
  // TRUE() rather than TRUE: Excel and LibreOffice accept both, HyperFormula only the function.
  if (typeof param.default === "boolean") return param.default ? "TRUE()" : "FALSE()";
  return String(param.default);
}

/**
 * The native Excel formula (no "=") for a call, from its argument texts; an omitted argument
 * (undefined or "") takes its default. Returns null where the function has no native equivalent.
 */
export function nativeFormula(id: string, texts: readonly (string | undefined)[]): string | null {
  const fn = FUNCTIONS[id];
  if (!fn?.native) return null;
  const filled: string[] = [];
  for (const [i, param] of fn.params.entries()) {
    const t = texts[i];
    filled.push(t !== undefined && t !== "" ? t : nativeDefaultText(param, filled));
  }
  return fn.native(filled);
}
