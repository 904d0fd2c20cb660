/**
 * Text the user types (company and role names) as a workbook can hold it. Every .xlsx part is
 * XML 1.0, whose Char production excludes U+FFFE, U+FFFF, unpaired surrogates and the C0
 * controls (tab and newline aside; CR is refused too, as no name needs one); such a character
 * would make the package unreadable. DEL and the C1 controls (U+007F-U+009F) are legal XML but
 * ExcelJS drops them silently, so they would be lost. All are refused here with the field's
 * error, naming the character and where it is. Lengths and positions count characters as people see them
 * (grapheme clusters: an emoji family or an accented letter is one), not UTF-16 units.
 */
import { z } from "zod";

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** Characters XML 1.0 cannot carry (tab and LF allowed), DEL and C1 controls, and surrogates without their other half. */
const FORBIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Characters as a reader counts them. */
export function characterCount(text: string): number {
  let n = 0;
  for (const _ of graphemes.segment(text)) n++;
  return n;
}

/** "U+FFFF, a non-character", saying what kind of character it is. */
export function describeCodeUnit(code: number): string {
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return `${hex}, a control character`;
  if (code >= 0xd800 && code <= 0xdfff) return `${hex}, half of a character without its other half`;
  return `${hex}, a non-character`;
}

export interface ForbiddenCharacter {
  /** 1-based, in characters as people count them. */
  position: number;
  /** e.g. "U+FFFF, a non-character". */
  what: string;
}

/** The first character a workbook cannot hold, or null. */
export function findForbidden(text: string): ForbiddenCharacter | null {
  const m = FORBIDDEN.exec(text);
  if (!m) return null;
  let position = 0;
  for (const { index } of graphemes.segment(text)) {
    if (index > m.index) break;
    position++;
  }
  return { position, what: describeCodeUnit(text.charCodeAt(m.index)) };
}

/** The reason a text is refused, worded for "FIELD: reason" (CLI) and "Label reason" (pane). */
export function userTextProblem(text: string, max: number): string | null {
  const bad = findForbidden(text);
  if (bad) return `has ${bad.what}, at character ${bad.position}: a workbook cannot hold it`;
  const n = characterCount(text);
  return n > max ? `must be at most ${max} characters (has ${n})` : null;
}

/** A zod string for user text of at most `max` characters, as people count them. */
export const userText = (max: number) =>
  z.string({ invalid_type_error: "must be text" }).superRefine((text, ctx) => {
    const problem = userTextProblem(text, max);
    if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
  });
