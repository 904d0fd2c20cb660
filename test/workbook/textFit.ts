/**
 * Will a cell's text show whole? Estimates how wide a plan cell's text renders (Calibri 11, the
 * workbook font, measured with Carlito, its metric-compatible twin) and walks Excel's overflow
 * rules: numbers never spill (they show ####), left-aligned text spills right and right-aligned
 * text spills left into empty cells, centred text both ways; nothing spills out of a merge, past
 * the print area's edge or under a chart.
 */
import { a1, parseCell } from "../../src/workbook/plan/a1";
import { PlanCell, SheetPlan, StyleDef, WorkbookPlan } from "../../src/workbook/plan/plan";
import { EvalValue, PlanEvaluation } from "../support/planEval";

// Advance widths in pixels at 11 pt, 96 dpi (Carlito Regular, Bold, Italic), for CHARS in order.
const CHARS = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~×≈−≤≥éΣ÷£€¥₹·–";
const REGULAR = [3.32,4.78,5.88,7.3,7.43,10.48,10,3.24,4.45,4.45,7.3,7.3,3.66,4.49,3.7,5.66,7.43,7.43,7.43,7.43,7.43,7.43,7.43,7.43,7.43,7.43,3.92,3.92,7.3,7.3,7.3,6.8,13.11,8.49,7.98,7.82,9.02,7.16,6.74,9.25,9.14,3.7,4.68,7.62,6.17,12.54,9.47,9.71,7.58,9.87,7.96,6.74,7.15,9.41,8.32,13.05,7.61,7.15,6.87,4.5,5.66,4.5,7.3,7.3,4.27,7.03,7.71,6.2,7.71,7.3,4.48,6.9,7.71,3.37,3.51,6.67,3.37,11.72,7.71,7.73,7.71,7.71,5.11,5.74,4.91,7.71,6.62,10.48,6.35,6.64,5.79,4.61,6.75,4.61,7.3,7.3,7.3,7.3,7.3,7.3,7.3,6.72,7.3,7.43,7.43,7.43,7.43,3.7,7.3];
const BOLD = [3.32,4.78,6.43,7.3,7.43,10.69,10.33,3.42,4.57,4.57,7.3,7.3,3.78,4.49,3.92,6.3,7.43,7.43,7.43,7.43,7.43,7.43,7.43,7.43,7.43,7.43,4.05,4.05,7.3,7.3,7.3,6.8,13.18,8.89,8.22,7.76,9.25,7.15,6.73,9.35,9.25,3.91,4.86,8.02,6.2,12.82,9.66,9.92,7.81,10.06,8.26,6.93,7.26,9.57,8.67,13.29,8.08,7.62,7.01,4.76,6.3,4.76,7.3,7.3,4.4,7.24,7.87,6.14,7.87,7.38,4.64,6.95,7.87,3.6,3.75,7.04,3.6,11.93,7.87,7.88,7.87,7.87,5.21,5.85,5.08,7.87,6.94,10.93,6.74,6.95,5.83,5.04,6.97,5.04,7.3,7.3,7.3,7.3,7.3,7.3,7.38,6.89,7.3,7.43,7.43,7.43,7.43,3.92,7.3];
const ITALIC = [3.32,4.78,5.88,7.3,7.43,10.48,10,3.24,4.45,4.45,7.3,7.3,3.66,4.49,3.7,5.69,7.43,7.43,7.43,7.43,7.43,7.43,7.43,7.43,7.43,7.43,3.92,3.92,7.3,7.3,7.3,6.8,13.11,8.49,7.98,7.66,9.02,7.16,6.74,9.25,9.14,3.7,4.68,7.62,6.17,12.54,9.45,9.6,7.58,9.74,7.96,6.63,7.15,9.41,8.32,13.06,7.61,7.15,6.87,4.5,5.64,4.5,7.3,7.3,4.27,7.54,7.54,6.1,7.54,7,4.48,7.54,7.54,3.37,3.51,6.67,3.37,11.6,7.54,7.53,7.54,7.54,5.03,5.71,4.91,7.54,6.54,10.48,6.35,6.56,5.79,4.61,6.75,4.61,7.3,7.3,7.3,7.3,7.3,7.3,7,6.72,7.3,7.43,7.43,7.43,7.43,3.7,7.3];
const DIGIT = 7.43;

function table(widths: number[]): Map<string, number> {
  return new Map([...CHARS].map((ch, i) => [ch, widths[i]]));
}
const FONTS = { regular: table(REGULAR), bold: table(BOLD), italic: table(ITALIC) };

/** Rendered width of `text` in pixels for a style (bold italic counts as bold: the wider). */
export function textPixels(text: string, style: StyleDef = {}): number {
  const t = style.bold ? FONTS.bold : style.italic ? FONTS.italic : FONTS.regular;
  const px = [...text].reduce((sum, ch) => sum + (t.get(ch) ?? DIGIT), 0);
  // An indent level is about 9 px at 11 pt.
  return (px * (style.fontSize ?? 11)) / 11 + 9 * (style.indent ?? 0);
}

/**
 * Pixels a column of `chars` characters offers its text: Excel draws it 7 px a character plus
 * 5 px, less ~2 px of cell margin each side. Generous enough for Excel's hinted glyphs (a digit
 * is 7 px there, 7.43 unhinted).
 */
export const columnPixels = (chars: number): number => chars * 7 + 5 - 4;

/** A number as a format of the plan shows it (the formats styles.ts uses, not all of Excel's). */
export function formatNumber(value: number, format = "General"): string {
  const sections = format.split(";");
  let fmt = sections[0];
  let v = value;
  if (value < 0 && sections.length > 1) {
    fmt = sections[1];
    v = -value;
  }
  fmt = fmt.replace(/\[[^\]]*\]/g, "");
  if (fmt === "General" || fmt === "@") return String(Number(v.toPrecision(10)));
  const m = /[#0,.]*[0#](?:\.0+)?%?/.exec(fmt.replace(/"[^"]*"/g, (q) => "\u0000".repeat(q.length)));
  if (!m) throw new Error(`number format ${format} has no digits`);
  const spec = m[0];
  const percent = spec.endsWith("%");
  const decimals = (/\.(0+)/.exec(spec)?.[1] ?? "").length;
  const n = percent ? v * 100 : v;
  let digits = Math.abs(n).toFixed(decimals);
  if (spec.includes(",")) digits = digits.replace(/^(\d+)/, (d) => d.replace(/\B(?=(\d{3})+$)/g, ","));
  const body = (n < 0 ? "-" : "") + digits + (percent ? "%" : "");
  return (fmt.slice(0, m.index) + body + fmt.slice(m.index + spec.length)).replace(/"([^"]*)"/g, "$1");
}

interface Placed {
  cell: PlanCell;
  row: number;
  col: number;
}

export interface CutText {
  sheet: string;
  address: string;
  shown: string;
  needs: number;
  has: number;
}

const isEmpty = (c: PlanCell | undefined): boolean => !c || (c.formula === undefined && (c.value === undefined || c.value === null || c.value === ""));

/** Every cell on a sheet whose text does not show whole, with the pixels it needs and has. */
export function cutCells(plan: WorkbookPlan, sheet: SheetPlan, ev: PlanEvaluation): CutText[] {
  const grid = new Map<string, Placed>();
  for (const b of sheet.blocks) b.cells.forEach((cells, i) => cells.forEach((cell, j) => grid.set(`${b.row + i},${b.col + j}`, { cell, row: b.row + i, col: b.col + j })));
  const at = (row: number, col: number) => grid.get(`${row},${col}`)?.cell;
  const width = (col: number) => columnPixels(sheet.columnWidths[col] ?? 8.43);
  const merges = sheet.merges.map((m) => m.split(":").map((ref) => parseCell(ref)));
  const area = sheet.print.area?.split(":").map((ref) => parseCell(ref));
  const rightEdge = area ? area[1].col : Infinity;
  /** The first column a chart covers on this row, if any (text must stop before it). */
  const walls = (row: number) => sheet.charts.map((c) => [parseCell(c.from), parseCell(c.to)]).filter(([f, t]) => row >= f.row && row <= t.row).map(([f]) => f.col);

  const cut: CutText[] = [];
  for (const { cell, row, col } of grid.values()) {
    if (isEmpty(cell)) continue;
    const value: EvalValue = cell.formula !== undefined ? ev.cell(sheet.key, { row, col }) : (cell.value as EvalValue);
    if (value === null || value === "" || typeof value === "boolean") continue;
    if (typeof value === "object") continue; // errors are another test's business
    const style = (cell.style ? plan.styles[cell.style] : undefined) ?? {};
    const fmt = cell.numFmt ?? style.numFmt;
    const shown = typeof value === "number" ? formatNumber(value, fmt) : value;
    const needs = textPixels(shown, style);
    const merge = merges.find(([f, t]) => row >= f.row && row <= t.row && col >= f.col && col <= t.col);
    let has: number;
    if (merge) {
      has = 0;
      for (let c = merge[0].col; c <= merge[1].col; c++) has += width(c);
    } else if (typeof value === "number" || style.wrap) {
      has = width(col);
    } else {
      const align = style.hAlign ?? "left";
      // Past the print area's edge text is cut on paper; a cell outside it only ever shows on screen.
      const stop = Math.min(area && col <= rightEdge ? rightEdge : col + 30, ...walls(row).filter((w) => w > col).map((w) => w - 1));
      let right = 0;
      for (let c = col + 1; c <= stop && isEmpty(at(row, c)); c++) right += width(c);
      let left = 0;
      for (let c = col - 1; c >= 0 && isEmpty(at(row, c)); c--) left += width(c);
      has = align === "left" ? width(col) + right : align === "right" ? width(col) + left : width(col) + 2 * Math.min(left, right);
    }
    if (needs > has) cut.push({ sheet: sheet.name, address: a1(row, col), shown, needs: Math.round(needs), has: Math.round(has) });
  }
  return cut;
}
