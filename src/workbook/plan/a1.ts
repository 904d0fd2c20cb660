/**
 * A1 references, the one place the plan, both writers, sharing and the pane turn 0-based
 * (row, col) into "C5" and back: column letters, cells, rectangular ranges, whole-row ranges
 * and sheet names in references ("'SS Inputs'!$C$5").
 */

export interface Cell {
  row: number;
  col: number;
}

/** A 0-based rectangle of `rows` × `cols` cells from (row, col). */
export interface Rect extends Cell {
  rows: number;
  cols: number;
}

/** Column letters of a 0-based column: 0 → "A", 25 → "Z", 26 → "AA", 701 → "ZZ", 702 → "AAA". */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0) throw new Error(`${col} is not a 0-based column number`);
  let letters = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return letters;
}

/** 0-based column of letters, either case: "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]+$/.test(letters)) throw new Error(`"${letters}" is not a column`);
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** "A1" text for a 0-based (row, col); "$A$1" when absolute. */
export function a1(row: number, col: number, absolute = false): string {
  const letters = columnLetters(col);
  return absolute ? `$${letters}$${row + 1}` : `${letters}${row + 1}`;
}

/** "$B5": the column fixed, the row relative, as in a year table's row-by-row formulas. */
export const fixedColumnA1 = (row: number, col: number): string => `$${columnLetters(col)}${row + 1}`;

/** A cell's text: up to three letters (XFD) and seven digits (1048576), each optionally "$"-fixed. */
const CELL_TEXT = String.raw`\$?[A-Za-z]{1,3}\$?\d{1,7}`;
const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** "C5", "$C$5" or "c5" to a 0-based (row, col). */
export function parseCell(text: string): Cell {
  const m = CELL.exec(text.trim());
  if (!m || Number(m[2]) === 0) throw new Error(`"${text}" is not an A1 cell reference`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** "C5" or "$B$10:$D$20" (no sheet part) to a 0-based rectangle, whichever corners are given. */
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

/** "A1:E38" (with or without "$") → "$A$1:$E$38", corners kept in the order given. */
export const absoluteRange = (range: string): string =>
  range
    .split(":")
    .map((part) => {
      const { row, col } = parseCell(part);
      return a1(row, col, true);
    })
    .join(":");

/** Whole rows as an absolute A1 range, as Excel writes print titles: rows 5-6 (0-based) → "$6:$7". */
export const rowsA1 = (rows: { first: number; last: number }): string => `$${rows.first + 1}:$${rows.last + 1}`;

/** A sheet name Excel writes without quotes in a reference (Inputs!A1). */
const PLAIN_SHEET_TEXT = String.raw`[A-Za-z_][\w.]*`;
const PLAIN_SHEET = new RegExp(`^${PLAIN_SHEET_TEXT}$`);
/** 'Quoted sheet'!range or Plain!range, the range one cell or two corners. */
const REFERENCE = new RegExp(`^(?:'((?:[^']|'')+)'|(${PLAIN_SHEET_TEXT}))!(${CELL_TEXT}(?::${CELL_TEXT})?)$`);

/** A sheet name quoted for use in a formula, always: 'SS Inputs'!$C$5, 'Bob''s'!A1. */
export const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** Sheet!A1 as Excel shows it: the sheet name quoted only where it needs it. */
export const sheetCellRef = (sheet: string, address: string): string => `${PLAIN_SHEET.test(sheet) ? sheet : quoteSheet(sheet)}!${address}`;

/**
 * Splits "='SS TCO'!$A$1:$B$2" (a defined name's formula) into sheet name and local address;
 * null when it is not a plain reference to one range (a constant, #REF!, a formula).
 */
export function splitReference(formula: string): { sheet: string; address: string } | null {
  const text = formula.startsWith("=") ? formula.slice(1) : formula;
  const m = REFERENCE.exec(text.trim());
  if (!m) return null;
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], address: m[3] };
}
