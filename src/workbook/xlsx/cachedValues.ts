/**
 * The value of every formula cell of a plan, computed by a spreadsheet engine (IronCalc) from the
 * same formulas, literals, defined names and seeded tracking rows the .xlsx will hold. The writer
 * stores them as the cells' cached results, so the figures show where nothing calculates:
 * Excel's Protected View, file previewers, and tools that read cached values (openpyxl, pandas).
 */
import type { Literal, SheetKey, WorkbookPlan } from "../plan/plan";
import { a1, quoteSheet } from "../plan/a1";
import type { IronCalc } from "./ironcalc";

/** The error values an .xlsx cell holds (ECMA-376 Part 1 §18.18.15, ST_CellError). */
const XLSX_ERRORS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"] as const;
type XlsxError = (typeof XLSX_ERRORS)[number];
const isXlsxError = (text: string): text is XlsxError => (XLSX_ERRORS as readonly string[]).includes(text);

/** A formula's result as an .xlsx caches it: a number, text, a boolean or an error value (t="e"). */
export type CachedValue = number | string | boolean | { error: XlsxError };

/** Results by sheet, then by cell. */
export interface CachedValues {
  get(sheet: SheetKey, row: number, col: number): CachedValue | undefined;
  readonly count: number;
}

// IronCalc's cell types (its CellType enum).
const NUMBER = 1;
const TEXT = 2;
const BOOLEAN = 4;
const ERROR = 16;
/**
 * The engine's API gives numbers as formatted text only. Its formatter rounds to 15 significant
 * digits (the precision Excel displays and LibreOffice caches), which a fixed format with 30
 * decimals shows in full at any magnitude (its scientific format truncates instead of rounding).
 */
const EXACT_FORMAT = `0.${"0".repeat(30)}`;
const EXACT_NUMBER = /^-?\d+\.\d{30}$/;

/** A literal as typed into a cell: the apostrophe keeps text text (never a formula, number or date). */
function typed(value: Literal | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return `'${value}`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

const cellKey = (row: number, col: number) => row * 16384 + col;

export function computeCachedValues(plan: WorkbookPlan, engine: IronCalc, trackingRows: readonly (readonly Literal[])[] = []): CachedValues {
  const model = new engine.Model("Smartsource", "en", "UTC", "en");
  try {
    // No evaluation per input: one evaluation once everything is in.
    model.pauseEvaluation();
    plan.sheets.forEach((s, i) => {
      if (i > 0) model.newSheet();
      model.renameSheet(i, s.name);
    });
    const index = new Map(plan.sheets.map((s, i) => [s.key, i]));
    for (const n of plan.names) model.newDefinedName(n.name, undefined, `${quoteSheet(plan.sheets[index.get(n.sheet)!].name)}!${n.ref}`);

    const formulas: { sheet: number; row: number; col: number }[] = [];
    const put = (sheet: number, row: number, col: number, input: string | null) => {
      if (input !== null) model.setUserInput(sheet, row + 1, col + 1, input);
    };
    plan.sheets.forEach((s, sheet) => {
      for (const block of s.blocks)
        block.cells.forEach((cells, i) =>
          cells.forEach((cell, j) => {
            const [row, col] = [block.row + i, block.col + j];
            if (cell.formula === undefined) return put(sheet, row, col, typed(cell.value));
            formulas.push({ sheet, row, col });
            put(sheet, row, col, `=${cell.formula}`);
          }),
        );
      const t = plan.tracking;
      if (s.key === t.sheet) trackingRows.forEach((values, i) => values.forEach((v, j) => put(sheet, t.firstDataRow + i, t.col + j, typed(v))));
    });
    model.resumeEvaluation();
    model.evaluate();

    // Only the blocks hold formulas: format those areas, not whole sheets (far slower).
    plan.sheets.forEach((s, sheet) => {
      for (const b of s.blocks)
        if (b.cells.length && b.cells[0].length)
          model.updateRangeStyle({ sheet, row: b.row + 1, column: b.col + 1, width: b.cells[0].length, height: b.cells.length }, "num_fmt", EXACT_FORMAT);
    });
    const values = new Map<SheetKey, Map<number, CachedValue>>(plan.sheets.map((s) => [s.key, new Map()]));
    for (const { sheet, row, col } of formulas) {
      const s = plan.sheets[sheet];
      values.get(s.key)!.set(cellKey(row, col), readResult(model, sheet, row, col, `${s.name}!${a1(row, col)}`));
    }
    return {
      get: (sheet, row, col) => values.get(sheet)?.get(cellKey(row, col)),
      count: formulas.length,
    };
  } finally {
    model.free();
  }
}

function readResult(model: InstanceType<IronCalc["Model"]>, sheet: number, row: number, col: number, where: string): CachedValue {
  const type = model.getCellType(sheet, row + 1, col + 1);
  const text = model.getFormattedCellValue(sheet, row + 1, col + 1);
  switch (type) {
    case NUMBER:
      if (!EXACT_NUMBER.test(text)) throw new Error(`${where}: the spreadsheet engine gave the number "${text}", which cannot be cached`);
      return Number(text);
    case TEXT:
      return text;
    case BOOLEAN:
      return text === "TRUE";
    case ERROR:
      // The engine's own codes (#ERROR!, #N/IMPL!, #CIRC!) mean it could not evaluate the formula: a plan bug.
      if (!isXlsxError(text)) throw new Error(`${where}: the spreadsheet engine cannot evaluate this formula (${text})`);
      return { error: text };
    default:
      throw new Error(`${where}: the spreadsheet engine gave a result of type ${type}, which an .xlsx cannot cache`);
  }
}
