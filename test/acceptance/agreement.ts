/**
 * Comparing what engines computed for a plan's cells (docs/spec.md §8): numbers to 1e-9 × max(1, |value|),
 * text, booleans and error values exactly; an empty cell reads as "".
 */
import { a1 } from "../../src/workbook/plan/a1";
import { SheetKey, WorkbookPlan } from "../../src/workbook/plan/plan";
import { XmlCell } from "../helpers/xlsxCells";

type Value = unknown;

function normal(v: Value): Value {
  if (v === null || v === undefined) return "";
  if (typeof v === "object" && "error" in v) return { error: (v as { error: string }).error };
  return v;
}

export function sameValue(a: Value, b: Value): boolean {
  const [x, y] = [normal(a), normal(b)];
  if (typeof x === "number" && typeof y === "number") return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(y));
  return JSON.stringify(x) === JSON.stringify(y);
}

/** Every formula cell of the plan: its sheet and A1 address. */
export function formulaCells(plan: WorkbookPlan): { sheet: SheetKey; name: string; at: string; formula: string }[] {
  return plan.sheets.flatMap((s) =>
    s.blocks.flatMap((b) =>
      b.cells.flatMap((row, i) => row.flatMap((c, j) => (c.formula === undefined ? [] : [{ sheet: s.key, name: s.name, at: a1(b.row + i, b.col + j), formula: c.formula }]))),
    ),
  );
}

/** The plan's single-cell defined names with their sheet and A1 address. */
export function namedCells(plan: WorkbookPlan): { name: string; sheet: SheetKey; sheetName: string; at: string }[] {
  return plan.names
    .filter((n) => !n.ref.includes(":"))
    .map((n) => ({ name: n.name, sheet: n.sheet, sheetName: plan.sheets.find((s) => s.key === n.sheet)!.name, at: n.ref.replace(/\$/g, "") }));
}

/** The value an XML-read workbook holds at a sheet's cell. */
export const valueAt = (cells: Map<string, Map<string, XmlCell>>, sheet: string, at: string): Value => cells.get(sheet)?.get(at)?.value;
