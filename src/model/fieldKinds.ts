/**
 * What each kind of profile field means, whatever the field: its bounds, its unit, and the
 * one wording of a percentage out of range (a profile, a function argument, an Excel cell and
 * the wizard each say it in their own terms, all from here).
 */

export type FieldKind = "money" | "share" | "rate" | "count" | "years" | "months" | "text" | "choice";
export type NumberKind = Exclude<FieldKind, "text" | "choice">;
/** Kinds stored as fractions and shown as percentages: a share in [0, 1], a rate in (-1, 1]. */
export type PercentKind = "share" | "rate";

export const isPercentKind = (kind: string): kind is PercentKind => kind === "share" || kind === "rate";

/** The unit a value of the kind is in (money in the profile's currency). */
export const KIND_UNIT: Readonly<Record<FieldKind, "currency" | "%" | "years" | "months" | null>> = {
  money: "currency",
  share: "%",
  rate: "%",
  count: null,
  years: "years",
  months: "months",
  text: null,
  choice: null,
};

/** Inclusive `min`/`max`, exclusive `above`; `whole` for whole numbers. */
export interface Bounds {
  readonly min?: number;
  readonly above?: number;
  readonly max?: number;
  readonly whole?: boolean;
}

/** The bounds of the kinds that carry their own (years and months take theirs from the field). */
export const KIND_BOUNDS = {
  money: { min: 0 },
  count: { min: 0, whole: true },
  share: { min: 0, max: 1 },
  rate: { above: -1, max: 1 },
} as const satisfies Record<Exclude<NumberKind, "years" | "months">, Bounds>;

/**
 * The one "typed 30 for 30%" rule: a share or rate above 1 and at most 100 was meant as a
 * percentage. Returns the fraction meant; toPrecision trims binary noise (1.1 / 100 is
 * 0.011000000000000001).
 */
export function fractionMeant(x: number): number | undefined {
  return x > 1 && x <= 100 ? Number((x / 100).toPrecision(12)) : undefined;
}

/**
 * The message for it: a profile holds fractions ("is 30: enter 0.3 (a fraction) for 30%"); a
 * function argument is a cell, which takes either form ("is 30: enter 30% or 0.3").
 */
export function percentTypo(x: number, meant: number, medium: "profile" | "argument"): string {
  return medium === "profile" ? `is ${x}: enter ${meant} (a fraction) for ${x}%` : `is ${x}: enter ${x}% or ${meant}`;
}

/**
 * A percentage kind's range in words: in fractions (a profile, a function's fraction), in
 * percentages (the wizard, where 30 means 30%; a function's rate), and as an input cell's
 * validation message (Excel shows it; it may not exceed 225 characters).
 */
export const PERCENT_RANGE: Readonly<Record<PercentKind, { fractions: string; percents: string; cell: string }>> = {
  share: {
    fractions: "between 0 and 1 (0% to 100%)",
    percents: "between 0% and 100%",
    cell: "Enter a percentage from 0% to 100% (30% or 0.3, not 30).",
  },
  rate: {
    fractions: "above -1 (-100%) and at most 1 (100%)",
    percents: "above -100% and at most 100%",
    // The cell's rule is inclusive, so its exclusive -100% becomes -99.99% (what the cell shows).
    cell: "Enter a yearly rate from -99.99% to 100% (3% or 0.03).",
  },
};
