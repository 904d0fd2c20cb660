/**
 * Test and bench helper: evaluates a WorkbookPlan with HyperFormula, the way Excel would
 * compute the written workbook. The HyperFormula class is passed in, so nothing under src/
 * imports that GPL dev dependency.
 */
import { a1, parseCell, quoteSheet } from "../../src/workbook/plan/a1";
import { Literal, SheetKey, WorkbookPlan } from "../../src/workbook/plan/plan";

type RawCell = string | number | boolean | null;

/** The slice of HyperFormula's API this helper uses. */
export interface HyperFormulaInstanceLike {
  getSheetId(name: string): number | undefined;
  getNamedExpressionValue(name: string): unknown;
  getCellValue(address: { sheet: number; row: number; col: number }): unknown;
  destroy(): void;
}
export interface HyperFormulaClassLike {
  buildFromSheets(
    sheets: Record<string, RawCell[][]>,
    config?: Record<string, unknown>,
    namedExpressions?: { name: string; expression: string }[],
  ): HyperFormulaInstanceLike;
}

/** An evaluated cell: a value, or an Excel error code. */
export type EvalValue = number | string | boolean | null | { error: string; message?: string };

export interface PlanEvaluation {
  /** The value of a workbook-scoped defined name of the plan. */
  (name: string): EvalValue;
  /** A cell's value: sheet key and A1 address ("C5") or 0-based row/col. */
  cell(sheet: SheetKey, address: string | { row: number; col: number }): EvalValue;
  /** Every formula cell that evaluated to an error (#NAME?, #VALUE!, …) with its address. */
  errors(): { sheet: SheetKey; address: string; error: string; message?: string }[];
  readonly engine: HyperFormulaInstanceLike;
}

export interface PlanEvalOptions {
  /** Rows of tracked data written into the tracking area (as a user would type them). */
  trackingRows?: Literal[][];
  /** Extra HyperFormula config. */
  config?: Record<string, unknown>;
}

/** HyperFormula reads a leading apostrophe as "this is text", so literal strings never parse as formulas or numbers. */
const literal = (v: Literal | undefined): RawCell => (typeof v === "string" ? `'${v}` : v === undefined ? null : v);

function normalise(v: unknown): EvalValue {
  if (v !== null && typeof v === "object") {
    const e = v as { value?: string; message?: string };
    return { error: String(e.value ?? "#ERROR!"), message: e.message };
  }
  return v as EvalValue;
}

export function evaluatePlanWithHyperFormula(plan: WorkbookPlan, HyperFormula: HyperFormulaClassLike, options: PlanEvalOptions = {}): PlanEvaluation {
  const grids: Record<string, RawCell[][]> = {};
  const formulaCells: { sheet: SheetKey; row: number; col: number }[] = [];
  const put = (grid: RawCell[][], row: number, col: number, v: RawCell) => {
    while (grid.length <= row) grid.push([]);
    const r = grid[row];
    while (r.length < col) r.push(null);
    r[col] = v;
  };
  for (const sheet of plan.sheets) {
    const grid: RawCell[][] = [];
    for (const block of sheet.blocks)
      block.cells.forEach((cells, i) =>
        cells.forEach((cell, j) => {
          const row = block.row + i;
          const col = block.col + j;
          if (cell.formula !== undefined) {
            put(grid, row, col, `=${cell.formula}`);
            formulaCells.push({ sheet: sheet.key, row, col });
          } else put(grid, row, col, literal(cell.value));
        }),
      );
    if (sheet.key === plan.tracking.sheet && options.trackingRows) {
      const t = plan.tracking;
      if (options.trackingRows.length > t.capacity) throw new Error(`trackingRows: ${options.trackingRows.length} rows exceed the capacity ${t.capacity}`);
      options.trackingRows.forEach((values, i) => values.forEach((v, j) => put(grid, t.firstDataRow + i, t.col + j, literal(v))));
    }
    grids[sheet.name] = grid;
  }
  const nameOf = Object.fromEntries(plan.sheets.map((s) => [s.key, s.name])) as Record<SheetKey, string>;
  const named = plan.names.map((n) => ({ name: n.name, expression: `=${quoteSheet(nameOf[n.sheet])}!${n.ref}` }));
  const engine = HyperFormula.buildFromSheets(grids, { licenseKey: "gpl-v3", precisionRounding: 14, useArrayArithmetic: true, ...options.config }, named);

  const sheetId = (key: SheetKey) => {
    const id = engine.getSheetId(nameOf[key]);
    if (id === undefined) throw new Error(`no sheet ${key}`);
    return id;
  };
  const read = ((name: string) => {
    if (!plan.names.some((n) => n.name === name)) throw new Error(`the plan defines no name ${name}`);
    return normalise(engine.getNamedExpressionValue(name));
  }) as PlanEvaluation;
  read.cell = (sheet, address) => {
    const { row, col } = typeof address === "string" ? parseCell(address) : address;
    return normalise(engine.getCellValue({ sheet: sheetId(sheet), row, col }));
  };
  read.errors = () =>
    formulaCells.flatMap(({ sheet, row, col }) => {
      const v = read.cell(sheet, { row, col });
      return v !== null && typeof v === "object" ? [{ sheet, address: a1(row, col), error: v.error, message: v.message }] : [];
    });
  Object.defineProperty(read, "engine", { value: engine });
  return read;
}
