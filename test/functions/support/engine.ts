/**
 * HyperFormula as the independent spreadsheet engine: lays arguments out in cells, evaluates a
 * native formula over them and reads the value or the error back.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { columnLetters } from "../../../src/workbook/plan/a1";

/**
 * The developers' guide config, plus useArrayArithmetic: without it HyperFormula evaluates
 * SUMPRODUCT(ISNUMBER(A1:A5)*...) on the first cell only, where Excel and LibreOffice take the
 * whole array (support.test.ts proves both).
 */
export const HF_CONFIG = { licenseKey: "gpl-v3", precisionRounding: 14, useArrayArithmetic: true } as const;

export type Cell = number | string | boolean | null;
/** One argument: omitted, one cell, or a 2-D block of cells. */
export type Arg = { omitted: true } | { cell: Cell } | { range: Cell[][] };
export type EngineResult = number | string | boolean | { error: string };

/** Puts each present argument in its own rows from A1 down; returns the grid and the argument texts. */
export function layout(args: readonly Arg[]): { grid: Cell[][]; texts: string[] } {
  const grid: Cell[][] = [];
  const texts = args.map((arg) => {
    if ("omitted" in arg) return "";
    const top = grid.length + 1;
    if ("cell" in arg) {
      grid.push([arg.cell]);
      return `A${top}`;
    }
    grid.push(...arg.range.map((row) => [...row]));
    const bottom = top + arg.range.length - 1;
    return `A${top}:${columnLetters(arg.range[0].length - 1)}${bottom}`;
  });
  return { grid, texts };
}

/** What invoke receives for the same arguments: null for omitted, the value, or the 2-D block. */
export function rawArgs(args: readonly Arg[]): unknown[] {
  return args.map((arg) => ("omitted" in arg ? null : "cell" in arg ? arg.cell : arg.range));
}

export class Engine {
  private readonly hf = HyperFormula.buildEmpty(HF_CONFIG);
  private readonly sheet: number;

  constructor() {
    this.sheet = this.hf.getSheetId(this.hf.addSheet("Args"))!;
  }

  /** Evaluates `formula` (no "=") in a fresh sheet holding `grid`. */
  evaluate(grid: readonly Cell[][], formula: string): EngineResult {
    const row = grid.length; // the formula goes in the row below the arguments
    this.hf.setSheetContent(this.sheet, [...grid.map((r) => [...r]), [`=${formula}`]]);
    return this.read(row, 0);
  }

  /** Evaluates a formula that needs no cells. */
  value(formula: string): EngineResult {
    return this.evaluate([], formula);
  }

  private read(row: number, col: number): EngineResult {
    const v = this.hf.getCellValue({ sheet: this.sheet, row, col });
    if (v instanceof DetailedCellError) return { error: v.value };
    if (v === null) throw new Error("formula cell is empty");
    return v as number | string | boolean;
  }

  destroy(): void {
    this.hf.destroy();
  }
}

/** |a − b| ≤ tol·max(|a|, |b|): the spec's "agree to 1e-9 relative". */
export function closeRel(a: number, b: number, tol = 1e-9): boolean {
  return a === b || Math.abs(a - b) <= tol * Math.max(Math.abs(a), Math.abs(b));
}

/** Relative difference, for expect(relDiff(a, b)).toBeLessThan(1e-9) with a readable failure. */
export function relDiff(a: number, b: number): number {
  return a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
}
