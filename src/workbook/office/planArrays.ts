/// <reference types="office-js" />
/**
 * Pure translation of plan pieces into what the Excel JavaScript API takes: one `formulas` and
 * one `numberFormat` 2-D array per block, style rectangles, column widths in points, data
 * validation rules. No Office calls here, so it is tested directly.
 */
import { Block, Literal, PlanCell, StyleDef, ValidationRule } from "../plan/plan";
import { Rect } from "../plan/a1";

/** Excel's text number format: a value written into such a cell stays text, even "=1+1". */
export const TEXT_FORMAT = "@";

export interface BlockArrays {
  /** Formulas ("=…"), literals, "" to clear, null to leave the cell as it is. */
  formulas: (Literal | "")[][];
  numberFormat: (string | null)[][];
}

/**
 * A plan block as 2-D arrays. Strings are literals, so their cells get the text format first
 * (Excel parses a value starting with = + - @ as a formula otherwise). `keep(row, col)` marks
 * cells whose content must not change (the user's tracked data): null content, and a number
 * format only where the plan sets one explicitly.
 */
export function blockArrays(block: Block, styles: Readonly<Record<string, StyleDef>>, keep: (row: number, col: number) => boolean = () => false): BlockArrays {
  const formulas: (Literal | "")[][] = [];
  const numberFormat: (string | null)[][] = [];
  block.cells.forEach((cells, i) => {
    const fRow: (Literal | "")[] = [];
    const nRow: (string | null)[] = [];
    cells.forEach((cell, j) => {
      const planned = cell.numFmt ?? (cell.style ? styles[cell.style]?.numFmt : undefined);
      if (keep(block.row + i, block.col + j)) {
        fRow.push(null);
        nRow.push(planned ?? null);
        return;
      }
      const { content, text } = cellContent(cell, cell.style ? styles[cell.style] : undefined);
      fRow.push(content);
      // A formula in a text-formatted cell would be stored as text and never calculate.
      nRow.push(text ? TEXT_FORMAT : cell.formula !== undefined && planned === TEXT_FORMAT ? "General" : (planned ?? "General"));
    });
    formulas.push(fRow);
    numberFormat.push(nRow);
  });
  return { formulas, numberFormat };
}

/**
 * User text (a style with quotePrefix) is written as Excel takes it typed with a leading
 * apostrophe: the apostrophe is not stored but sets the cell's quote prefix, which keeps the text
 * text when it is edited (and a text that starts with an apostrophe keeps it).
 */
function cellContent(cell: PlanCell, style: StyleDef | undefined): { content: Literal | ""; text: boolean } {
  if (cell.formula !== undefined) return { content: `=${cell.formula}`, text: false };
  const v = cell.value;
  if (v === undefined || v === null) return { content: "", text: false };
  if (typeof v === "number" && !Number.isFinite(v)) throw new Error(`a plan cell holds ${v}, which Excel cannot store`);
  if (typeof v !== "string") return { content: v, text: false };
  return { content: style?.quotePrefix ? `'${v}` : v, text: true };
}

/**
 * Maximal rectangles of cells sharing a style, per style key: each row's runs of one style are
 * merged downwards while the next row has the identical run. Few rectangles → few format calls.
 */
export function styleRects(blocks: readonly Block[]): Map<string, Rect[]> {
  const out = new Map<string, Rect[]>();
  for (const block of blocks) {
    const open = new Map<string, Rect>(); // "col:width:style" → rect still growing downwards
    block.cells.forEach((cells, i) => {
      const row = block.row + i;
      const seen = new Set<string>();
      for (let j = 0; j < cells.length; ) {
        const style = cells[j].style;
        let k = j + 1;
        while (k < cells.length && cells[k].style === style) k++;
        if (style) {
          const id = `${block.col + j}:${k - j}:${style}`;
          const rect = open.get(id);
          if (rect && rect.row + rect.rows === row) rect.rows++;
          else {
            const r = { row, col: block.col + j, rows: 1, cols: k - j };
            open.set(id, r);
            if (!out.has(style)) out.set(style, []);
            out.get(style)!.push(r);
          }
          seen.add(id);
        }
        j = k;
      }
      for (const id of [...open.keys()]) if (!seen.has(id)) open.delete(id);
    });
  }
  return out;
}

/** Column width in characters (the plan's unit) to points (Office.js's unit), Calibri 11: 7 px a character plus 5 px padding, 0.75 pt a pixel. */
export const widthPoints = (chars: number): number => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;

/** Runs of adjacent columns with the same width: [firstCol, count, chars]. */
export function widthRuns(widths: readonly number[]): [number, number, number][] {
  const runs: [number, number, number][] = [];
  widths.forEach((w, c) => {
    const last = runs[runs.length - 1];
    if (last && last[2] === w && last[0] + last[1] === c) last[1]++;
    else runs.push([c, 1, w]);
  });
  return runs;
}

export function validationRule(rule: ValidationRule): Excel.DataValidationRule {
  if (rule.kind === "list") return { list: { inCellDropDown: true, source: rule.items.join(",") } };
  const { min, max } = rule;
  const basic: Excel.BasicDataValidation =
    min !== undefined && max !== undefined
      ? { formula1: min, formula2: max, operator: "Between" }
      : min !== undefined
        ? { formula1: min, operator: "GreaterThanOrEqualTo" }
        : max !== undefined
          ? { formula1: max, operator: "LessThanOrEqualTo" }
          : { formula1: -1e307, formula2: 1e307, operator: "Between" };
  return rule.kind === "whole" ? { wholeNumber: basic } : { decimal: basic };
}

export const H_ALIGN: Record<NonNullable<StyleDef["hAlign"]>, "Left" | "Center" | "Right"> = { left: "Left", center: "Center", right: "Right" };

export type BorderEdge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";

/** Border edges a style asks for, applied to a rectangle of such cells (each cell gets its own line). */
export function borderEdges(border: StyleDef["border"]): BorderEdge[] {
  switch (border) {
    case "thin":
      return ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"];
    case "bottom":
      return ["EdgeBottom", "InsideHorizontal"];
    case "top":
      return ["EdgeTop", "InsideHorizontal"];
    default:
      return [];
  }
}
