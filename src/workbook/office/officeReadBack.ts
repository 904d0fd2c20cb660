/// <reference types="office-js" />
/**
 * Reads a built workbook's inputs back into a profile, so the pane reopens on what the workbook
 * holds (including inputs the CFO changed in the sheet). The input names and the profile paths
 * they hold come from one static list (plan/inputNames.ts, derived from the field catalog), the
 * one the plan writes them from. Two round trips: the names that exist, then their cells' values.
 */
import { setPath } from "../../model/path";
import { ProfileInput } from "../../model/profile";
import { INPUT_NAMES } from "../plan/inputNames";
import { OfficeTaskError } from "../../office/taskError";
import { excelNamespace } from "../../office/excelHost";

type Cell = unknown;

export async function readProfileFromWorkbook(opts: { excel?: typeof Excel } = {}): Promise<ProfileInput | null> {
  const excel = excelNamespace(opts.excel);
  if (!excel) throw new OfficeTaskError("Excel is not available here: open Smartsource from Excel's ribbon to read a workbook.");

  return excel.run(async (context) => {
    const names = context.workbook.names.load("items/name,items/type");
    await context.sync();
    const present = new Set(names.items.filter((n) => n.type === "Range").map((n) => n.name.toLowerCase()));
    const reads = INPUT_NAMES.filter((m) => present.has(m.name.toLowerCase())).map((m) => ({ ...m, range: context.workbook.names.getItem(m.name).getRange().load("values") }));
    if (reads.length === 0) return null;
    await context.sync();

    const profile: Record<string, unknown> = { schemaVersion: 1 };
    const lists: Record<string, Column[]> = {};
    for (const r of reads) {
      if (r.list) (lists[r.list.path] ??= []).push({ key: r.list.column, text: r.text, cells: r.range.values.map((row) => row[0]) });
      else {
        const v = fieldValue(r.range.values[0]?.[0], r.text);
        if (v !== undefined) setPath(profile, r.path, v);
      }
    }
    for (const [path, columns] of Object.entries(lists)) setPath(profile, path, listRows(columns));
    return profile as unknown as ProfileInput;
  });
}

/**
 * A cell as a profile value: blank → undefined (the default applies); text fields as text; a
 * number typed as text → the number. Anything else is passed through raw so that validation
 * names the field ("must be a number").
 */
function fieldValue(v: Cell, isText: boolean): unknown {
  if (v === "" || v === null || v === undefined) return undefined;
  if (isText) return typeof v === "string" ? v : String(v);
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
  return v;
}

interface Column {
  key: string;
  text: boolean;
  cells: Cell[];
}

/** One entry per row that has anything in it, in sheet order. */
function listRows(columns: Column[]): Record<string, unknown>[] {
  const length = Math.max(...columns.map((c) => c.cells.length));
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < length; i++) {
    const row: Record<string, unknown> = {};
    for (const c of columns) {
      const v = fieldValue(c.cells[i], c.text);
      if (v !== undefined) setPath(row, c.key, v);
    }
    if (Object.keys(row).length) rows.push(row);
  }
  return rows;
}
