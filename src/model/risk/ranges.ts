/**
 * The uncertain inputs of docs/spec.md §7.1: which they are (in the draw columns' order), their default
 * triangular ranges around the profile's value, and the checks a profile's `uncertainty` must
 * pass. Plain inputs only, so the profile schema can call `validateUncertainty` from a refinement.
 */
import { fractionMeant, KIND_BOUNDS, PERCENT_RANGE, percentTypo } from "../fieldKinds";
import { SEED_MAX } from "./random";

/** The seven uncertain inputs, by profile path, in docs/spec.md §7.1's order (draw columns 1..7). */
export const RISK_VARIABLES = [
  { number: 1, path: "inHouse.escalation", label: "In-house cost escalation", kind: "rate" },
  { number: 2, path: "outsourcing.escalation", label: "Provider price escalation", kind: "rate" },
  { number: 3, path: "outsourcing.annualFee", label: "Provider fee", kind: "money" },
  { number: 4, path: "outsourcing.transitionCost", label: "Transition cost", kind: "money" },
  { number: 5, path: "outsourcing.exitCost", label: "Exit cost", kind: "money" },
  { number: 6, path: "outsourcing.governanceRate", label: "Governance rate", kind: "share" },
  { number: 7, path: "cio.tenureMonths", label: "CIO tenure", kind: "months" },
] as const;

export type RiskVariable = (typeof RISK_VARIABLES)[number]["path"];

/** The draw matrix's columns: the seven inputs, then the CIO departures (§7.3). */
export const RISK_DRAW_COLUMNS = [...RISK_VARIABLES.map((v) => v.label), "CIO departures"] as const;

export const UNCERTAINTY_DEFAULTS = { trials: 1000, seed: 1 } as const;
export const TRIALS_MIN = 100;
export const TRIALS_MAX = 10_000;
/** A range of CIO tenure starts at 1 month at least (departure chance 1/tenure per month ≤ 1). */
export const TENURE_MIN = 1;

export interface Triangle {
  low: number;
  likely: number;
  high: number;
}
export type RiskLikely = Record<RiskVariable, number>;
export type RiskRanges = Record<RiskVariable, Triangle>;
/** What a profile's `uncertainty.ranges` may hold: either end, or both; the other keeps its default. */
export type RangeOverrides = Partial<Record<RiskVariable, { low?: number; high?: number }>>;

/** docs/spec.md §7.1's default low and high around the likely value x (Smartsource assumptions). */
export function defaultRange(variable: RiskVariable, x: number): { low: number; high: number } {
  switch (variable) {
    case "inHouse.escalation":
      return { low: x - 0.02, high: x + 0.02 };
    case "outsourcing.escalation":
      return { low: x - 0.01, high: x + 0.04 }; // price reviews skew up
    case "outsourcing.annualFee":
      return { low: x * 1.0, high: x * 1.2 }; // change requests, scope creep
    case "outsourcing.transitionCost":
      return { low: x * 0.9, high: x * 1.5 }; // transitions overrun
    case "outsourcing.exitCost":
      return { low: x * 0.8, high: x * 1.5 };
    case "outsourcing.governanceRate":
      return { low: Math.min(0.03, x), high: Math.max(0.08, x) }; // literature 3-8%
    case "cio.tenureMonths":
      return { low: Math.max(TENURE_MIN, x * 0.5), high: x * 2 };
  }
}

/** Every variable's default triangle around the likely values. */
export function defaultRanges(likely: RiskLikely): RiskRanges {
  return resolveRanges(likely, {});
}

/** The triangles the simulation uses: defaults, with the profile's overrides on top. */
export function resolveRanges(likely: RiskLikely, overrides: RangeOverrides = {}): RiskRanges {
  const out = {} as RiskRanges;
  for (const { path } of RISK_VARIABLES) {
    const d = defaultRange(path, likely[path]);
    const o = overrides[path] ?? {};
    out[path] = { low: o.low ?? d.low, likely: likely[path], high: o.high ?? d.high };
  }
  return out;
}

/** One problem, its path as segments from the profile root (as zod reports paths), and why. */
export interface UncertaintyIssue {
  path: (string | number)[];
  reason: string;
}

export interface UncertaintyInput {
  trials?: unknown;
  seed?: unknown;
  ranges?: unknown;
}

const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const KIND = new Map<string, (typeof RISK_VARIABLES)[number]["kind"]>(RISK_VARIABLES.map((v) => [v.path, v.kind]));

/** Why a range end lies outside its input's kind (fieldKinds.ts's bounds and wording), or null. */
function outOfDomain(kind: (typeof RISK_VARIABLES)[number]["kind"], end: "low" | "high", x: number): string | null {
  switch (kind) {
    case "money":
      return x >= KIND_BOUNDS.money.min ? null : "must be 0 or more";
    case "months": // the tenure: high ≥ likely ≥ low ≥ 1 once low is checked
      return end === "high" || x >= TENURE_MIN ? null : `must be at least ${TENURE_MIN} month`;
    case "share":
    case "rate": {
      const b: { min?: number; above?: number; max: number } = KIND_BOUNDS[kind];
      if ((b.min === undefined || x >= b.min) && (b.above === undefined || x > b.above) && x <= b.max) return null;
      const meant = fractionMeant(x);
      return meant !== undefined ? percentTypo(x, meant, "profile") : `must be ${PERCENT_RANGE[kind].fractions}`;
    }
  }
}

/**
 * docs/spec.md §7.1's checks of a profile's `uncertainty`, given the likely values (the profile's own):
 * `trials` whole 100..10,000, `seed` whole 0..4,294,967,295 (MT19937's 32-bit seed), each range
 * a known variable with low ≤ likely ≤ high, ends inside the variable's domain and a CIO tenure
 * low of at least 1 month. The default tenure range needs a likely tenure of at least 1 month
 * too. Absent fields take their defaults and are not errors. Returns every problem found.
 */
export function validateUncertainty(u: UncertaintyInput, likely: RiskLikely): UncertaintyIssue[] {
  const issues: UncertaintyIssue[] = [];
  const at = (...path: (string | number)[]) => ["uncertainty", ...path];
  if (u.trials !== undefined && !(Number.isInteger(u.trials) && (u.trials as number) >= TRIALS_MIN && (u.trials as number) <= TRIALS_MAX))
    issues.push({ path: at("trials"), reason: `must be a whole number from ${TRIALS_MIN} to 10,000 (got ${String(u.trials)})` });
  if (u.seed !== undefined && !(Number.isInteger(u.seed) && (u.seed as number) >= 0 && (u.seed as number) <= SEED_MAX))
    issues.push({ path: at("seed"), reason: `must be a whole number from 0 to 4,294,967,295 (got ${String(u.seed)})` });

  const given = (u.ranges ?? {}) as Record<string, unknown>;
  if (typeof given !== "object" || Array.isArray(given)) {
    issues.push({ path: at("ranges"), reason: "must be an object of ranges by input, e.g. { \"outsourcing.transitionCost\": { \"low\": 40000, \"high\": 90000 } }" });
    return issues;
  }
  for (const [key, range] of Object.entries(given)) {
    const kind = KIND.get(key);
    if (!kind) {
      issues.push({ path: at("ranges", key), reason: `is not an uncertain input (they are ${RISK_VARIABLES.map((v) => v.path).join(", ")})` });
      continue;
    }
    if (typeof range !== "object" || range === null || Array.isArray(range)) {
      issues.push({ path: at("ranges", key), reason: "must be an object with low and/or high" });
      continue;
    }
    const r = range as Record<string, unknown>;
    let endsOk = true;
    for (const field of Object.keys(r)) {
      if (field !== "low" && field !== "high") {
        issues.push({ path: at("ranges", key, field), reason: "unknown field (a range has low and high; likely is the profile's value)" });
        endsOk = false;
      }
    }
    for (const end of ["low", "high"] as const) {
      if (r[end] === undefined) continue;
      const why = !isNumber(r[end]) ? "must be a number" : outOfDomain(kind, end, r[end] as number);
      if (why) {
        // "is 8: enter 0.08 …" already shows the value.
        issues.push({ path: at("ranges", key, end), reason: why.startsWith("is ") ? why : `${why} (got ${String(r[end])})` });
        endsOk = false;
      }
    }
    if (!endsOk) continue;
    const variable = key as RiskVariable;
    const { low, likely: x, high } = resolveRanges(likely, { [variable]: r as { low?: number; high?: number } })[variable];
    if (low > x) issues.push({ path: at("ranges", key), reason: `low must be ≤ likely (low ${low} > likely ${x}, the profile's ${key})` });
    if (high < x) issues.push({ path: at("ranges", key), reason: `high must be ≥ likely (high ${high} < likely ${x}, the profile's ${key})` });
  }
  if (likely["cio.tenureMonths"] < TENURE_MIN)
    issues.push({ path: ["cio", "tenureMonths"], reason: `is ${likely["cio.tenureMonths"]}: the risk simulation needs a CIO tenure of at least ${TENURE_MIN} month` });
  return issues;
}
