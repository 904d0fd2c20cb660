/**
 * Argument kinds: how a raw value from Excel (number, string, boolean, null, 2-D array) becomes
 * a checked number. The one place where docs/spec.md §1.1's error rules live; functionTable.ts declares
 * each parameter's kind, so no function repeats a check.
 */
import { numError, valueError } from "./errors";
import { fractionMeant, PERCENT_RANGE, percentTypo } from "./fieldKinds";

export type Scalar = number | string | boolean | null | undefined;
export type Raw = Scalar | Scalar[][];

/** A 1-D view of a range: blanks are NaN where the kind keeps positions. */
export interface RangeValues {
  values: number[];
  rows: number;
  cols: number;
}

export interface KindValues {
  money: number; // ≥ 0
  number: number; // any finite number
  fraction: number; // 0..1, a 30 meant as 30% is #VALUE!
  growth: number; // (-1, 1]
  years: number; // whole 1..100
  months: number; // ≥ 0
  positiveMonths: number; // > 0
  horizonMonths: number; // 0..1200 (100 years)
  tenureMonths: number; // ≥ 1 (a departure chance of 1/tenure a month is at most 1)
  probability: number; // 0..1, else #NUM! (not a share: 30 is out of range, not 30%)
  bool: boolean;
  moneySum: number; // range of amounts ≥ 0, blanks skipped, summed
  numberSum: number; // range of numbers, blanks skipped, summed
  flows: number[]; // range, blanks count as 0, row-major order
  actuals: RangeValues; // range, blanks kept as NaN
  targets: RangeValues; // one number or a range; a blank beside a measured actual is an error
}
export type Kind = keyof KindValues;

export const isBlank = (v: unknown): boolean => v === null || v === undefined || v === "";

function describe(v: unknown): string {
  return typeof v === "string" ? `"${v.length > 20 ? v.slice(0, 20) + "…" : v}"` : String(v);
}

function scalarNumber(name: string, v: unknown): number {
  if (Array.isArray(v)) {
    if (v.length === 1 && Array.isArray(v[0]) && v[0].length === 1) return scalarNumber(name, v[0][0]);
    throw valueError(`${name} must be a single value, not a range`);
  }
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw numError(`${name} is not a finite number`);
    return v;
  }
  if (typeof v === "boolean") throw valueError(`${name} must be a number, not ${v ? "TRUE" : "FALSE"}`);
  throw valueError(`${name} must be a number, not ${describe(v)}`);
}

/** Walks a range (or a single value) row-major; `blank` says what to do with empty cells. */
function walkRange(name: string, v: unknown, blank: "skip" | "zero" | "nan" | "error", visit: (x: number) => void): [number, number] {
  if (!Array.isArray(v)) {
    if (isBlank(v)) {
      if (blank === "error") throw valueError(`${name} is empty`);
      if (blank === "zero") visit(0);
      else if (blank === "nan") visit(NaN);
      return [1, 1];
    }
    visit(cellNumber(name, v));
    return [1, 1];
  }
  const rows = v.length;
  let cols = -1;
  for (const row of v) {
    if (!Array.isArray(row)) throw valueError(`${name} must be a range`);
    if (cols === -1) cols = row.length;
    else if (row.length !== cols) throw valueError(`${name} is not a rectangular range`);
    for (const cell of row) {
      if (isBlank(cell)) {
        if (blank === "zero") visit(0);
        else if (blank === "nan") visit(NaN);
        else if (blank === "error") throw valueError(`${name} has a blank cell`);
      } else visit(cellNumber(name, cell));
    }
  }
  return [rows, Math.max(cols, 0)];
}

function cellNumber(name: string, cell: unknown): number {
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) throw numError(`${name} holds a number that is not finite`);
    return cell;
  }
  if (typeof cell === "boolean") throw valueError(`${name} holds TRUE/FALSE where a number belongs`);
  throw valueError(`${name} holds text (${describe(cell)}) where a number belongs`);
}

/** A share typed as a whole percentage (30 for 30%) is the likely mistake; say how to fix it. */
function mistakenPercentage(name: string, x: number) {
  const meant = fractionMeant(x);
  if (meant !== undefined) return valueError(`${name} ${percentTypo(x, meant, "argument")}`);
  return valueError(`${name} is ${x}: enter a share from 0% to 100%, e.g. 30% or 0.3`);
}

/** Kinds that take a whole range; every other kind takes one value. */
export const RANGE_KINDS: ReadonlySet<Kind> = new Set<Kind>(["moneySum", "numberSum", "flows", "actuals", "targets"]);

/** Coerces one present (non-blank) argument to its kind, or throws the docs/spec.md §1.1 error. */
export function coerce<K extends Kind>(kind: K, name: string, v: unknown): KindValues[K] {
  return COERCE[kind](name, v) as KindValues[K];
}

const COERCE: { [K in Kind]: (name: string, v: unknown) => KindValues[K] } = {
  money(name, v) {
    const x = scalarNumber(name, v);
    if (x < 0) throw numError(`${name} must be 0 or more`);
    return x;
  },
  number: scalarNumber,
  fraction(name, v) {
    const x = scalarNumber(name, v);
    if (x > 1) throw mistakenPercentage(name, x);
    if (x < 0) throw numError(`${name} must be ${PERCENT_RANGE.share.fractions}`);
    return x;
  },
  growth(name, v) {
    const x = scalarNumber(name, v);
    if (!(x > -1 && x <= 1)) throw numError(`${name} must be ${PERCENT_RANGE.rate.percents}`);
    return x;
  },
  years(name, v) {
    const x = scalarNumber(name, v);
    if (!Number.isInteger(x) || x < 1 || x > 100) throw numError(`${name} must be a whole number of years from 1 to 100`);
    return x;
  },
  months(name, v) {
    const x = scalarNumber(name, v);
    if (x < 0) throw numError(`${name} must be 0 or more months`);
    return x;
  },
  positiveMonths(name, v) {
    const x = scalarNumber(name, v);
    if (x <= 0) throw numError(`${name} must be more than 0 months`);
    return x;
  },
  horizonMonths(name, v) {
    const x = scalarNumber(name, v);
    if (!(x >= 0 && x <= 1200)) throw numError(`${name} must be from 0 to 1,200 months`);
    return x;
  },
  tenureMonths(name, v) {
    const x = scalarNumber(name, v);
    if (x < 1) throw numError(`${name} must be at least 1 month`);
    return x;
  },
  probability(name, v) {
    const x = scalarNumber(name, v);
    if (!(x >= 0 && x <= 1)) throw numError(`${name} must be a probability from 0 to 1`);
    return x;
  },
  bool(name, v) {
    if (Array.isArray(v)) {
      if (v.length === 1 && Array.isArray(v[0]) && v[0].length === 1) return COERCE.bool(name, v[0][0]);
      throw valueError(`${name} must be a single TRUE or FALSE`);
    }
    if (typeof v === "boolean") return v;
    if (typeof v === "number" && Number.isFinite(v)) return v !== 0;
    throw valueError(`${name} must be TRUE or FALSE, not ${describe(v)}`);
  },
  moneySum(name, v) {
    let sum = 0;
    walkRange(name, v, "skip", (x) => {
      if (x < 0) throw numError(`${name} holds a negative amount`);
      sum += x;
    });
    return sum;
  },
  numberSum(name, v) {
    let sum = 0;
    walkRange(name, v, "skip", (x) => (sum += x));
    return sum;
  },
  flows(name, v) {
    const out: number[] = [];
    walkRange(name, v, "zero", (x) => out.push(x));
    return out;
  },
  actuals(name, v) {
    const values: number[] = [];
    const [rows, cols] = walkRange(name, v, "nan", (x) => values.push(x));
    return { values, rows, cols };
  },
  targets(name, v) {
    const values: number[] = [];
    const [rows, cols] = walkRange(name, v, "nan", (x) => values.push(x));
    return { values, rows, cols };
  },
};
