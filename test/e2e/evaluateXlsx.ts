/**
 * Evaluates an .xlsx file's own formulas with HyperFormula: every cell and workbook-scoped
 * defined name as ExcelJS reads them from the file (not from the plan it was built from), so a
 * test sees the figures a colleague opening the download would see.
 */
import { Workbook, Cell, ValueType } from "exceljs";
import { HyperFormula } from "hyperformula";

type Raw = string | number | boolean | null;

export interface XlsxEvaluation {
  name(name: string): unknown;
  cell(sheet: string, row: number, col: number): unknown;
  /** Formula cells that evaluate to an error, as "Sheet!A1: #ERR". */
  errors(): string[];
  destroy(): void;
}

/** Excel stores newer functions with an _xlfn. prefix; HyperFormula knows them by their plain name. */
const plainFormula = (f: string): string => f.replace(/_xlfn\.|_xlws\./g, "");

function raw(cell: Cell): Raw {
  if (cell.isMerged && cell.master !== cell) return null;
  // Shared formulas too: ExcelJS translates them into each cell's own formula.
  if (cell.formula) return `=${plainFormula(cell.formula)}`;
  switch (cell.type) {
    case ValueType.Number:
      return cell.value as number;
    case ValueType.Boolean:
      return cell.value as boolean;
    case ValueType.Null:
    case ValueType.Merge:
      return null;
    default:
      // Text (plain or rich): the apostrophe keeps HyperFormula from reading it as a formula or number.
      return `'${cell.text}`;
  }
}

export function evaluateXlsx(wb: Workbook): XlsxEvaluation {
  const sheets: Record<string, Raw[][]> = {};
  const formulaCells: { sheet: string; row: number; col: number }[] = [];
  for (const ws of wb.worksheets) {
    const grid: Raw[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const v = raw(cell);
        while (grid.length < r) grid.push([]);
        const line = grid[r - 1];
        while (line.length < c - 1) line.push(null);
        line[c - 1] = v;
        if (typeof v === "string" && v.startsWith("=")) formulaCells.push({ sheet: ws.name, row: r - 1, col: c - 1 });
      });
    });
    sheets[ws.name] = grid;
  }
  const names = wb.definedNames.model.map((n: { name: string; ranges: string[] }) => ({ name: n.name, expression: `=${n.ranges[0]}` }));
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", precisionRounding: 14, useArrayArithmetic: true }, names);
  const sheetId = (name: string) => {
    const id = hf.getSheetId(name);
    if (id === undefined) throw new Error(`no sheet "${name}" in the workbook`);
    return id;
  };
  const cell = (sheet: string, row: number, col: number) => hf.getCellValue({ sheet: sheetId(sheet), row, col });
  const isError = (v: unknown): v is { value: string } => v !== null && typeof v === "object" && "value" in v;
  return {
    name: (name) => hf.getNamedExpressionValue(name),
    cell,
    errors: () =>
      formulaCells.flatMap(({ sheet, row, col }) => {
        const v = cell(sheet, row, col);
        return isError(v) ? [`${sheet}!R${row + 1}C${col + 1}: ${v.value}`] : [];
      }),
    destroy: () => hf.destroy(),
  };
}
