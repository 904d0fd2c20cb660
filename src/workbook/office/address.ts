/**
 * A1 address parsing shared by the Office writer, the read-back and the Excel fake: plan
 * references ("$C$5", "B10:B15") to 0-based rectangles, and sheet names out of a defined name's
 * formula ("='SS TCO'!$A$1").
 */
import { a1 } from "../plan/plan";

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

function parseCell(text: string): { row: number; col: number } {
  const m = CELL.exec(text.trim());
  if (!m) throw new Error(`"${text}" is not an A1 cell reference`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** "C5" or "$B$10:$D$20" (no sheet part) to a 0-based rectangle. */
export function parseRange(address: string): Rect {
  const [first, last = first, extra] = address.split(":");
  if (extra !== undefined) throw new Error(`"${address}" is not a rectangular range`);
  const a = parseCell(first);
  const b = parseCell(last);
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return { row, col, rows: Math.abs(a.row - b.row) + 1, cols: Math.abs(a.col - b.col) + 1 };
}

/** A rectangle as "B10:D20" ("B10" for one cell); absolute refs ("$B$10:$D$20") when asked. */
export function rectAddress(r: Rect, absolute = false): string {
  const first = a1(r.row, r.col, absolute);
  return r.rows === 1 && r.cols === 1 ? first : `${first}:${a1(r.row + r.rows - 1, r.col + r.cols - 1, absolute)}`;
}

/**
 * Splits "='SS TCO'!$A$1:$B$2" (a defined name's formula) into sheet name and local address;
 * null when it is not a plain reference to one range (a constant, #REF!, a formula).
 */
export function splitReference(formula: string): { sheet: string; address: string } | null {
  const text = formula.startsWith("=") ? formula.slice(1) : formula;
  const m = /^(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)$/.exec(text.trim());
  if (!m) return null;
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], address: m[3] };
}
