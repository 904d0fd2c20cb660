/// <reference types="office-js" />
/**
 * Reads a built workbook's inputs back into a profile, so the pane reopens on what the workbook
 * holds (including inputs the CFO changed in the sheet). The plan's input names carry the
 * profile path of the cell they name (NamePlan.profilePath), so the mapping is never written
 * twice. Two round trips: the names that exist, then their cells' values.
 */
import { defaultProfile, ProfileInput } from "../../model/profile";
import { buildPlan } from "../plan/buildPlan";
import { WorkbookBuildError } from "../../office/buildError";
import { excelNamespace } from "../../office/excelHost";

const STAFF = /^inHouse\.staff\[\]\.(\w+)$/;

type Cell = unknown;

export async function readProfileFromWorkbook(opts: { excel?: typeof Excel } = {}): Promise<ProfileInput | null> {
  const excel = excelNamespace(opts.excel);
  if (!excel) throw new WorkbookBuildError("Excel is not available here: open Smartsource from Excel's ribbon to read a workbook.");
  const defaults = defaultProfile();
  // Names are the same for every profile; a default plan lists them with their profile paths.
  const mapped = buildPlan(defaults)
    .names.filter((n) => n.profilePath)
    .map((n) => ({ name: n.name, path: n.profilePath! }));

  return excel.run(async (context) => {
    const names = context.workbook.names.load("items/name,items/type");
    await context.sync();
    const present = new Set(names.items.filter((n) => n.type === "Range").map((n) => n.name.toLowerCase()));
    const reads = mapped.filter((m) => present.has(m.name.toLowerCase())).map((m) => ({ ...m, range: context.workbook.names.getItem(m.name).getRange().load("values") }));
    if (reads.length === 0) return null;
    await context.sync();

    const profile: Record<string, unknown> = { schemaVersion: 1 };
    const staffColumns: Record<string, Cell[]> = {};
    for (const r of reads) {
      const staff = STAFF.exec(r.path);
      if (staff) staffColumns[staff[1]] = r.range.values.map((row) => row[0]);
      else {
        const v = fieldValue(r.range.values[0]?.[0], typeof valueAt(defaults, r.path) === "string");
        if (v !== undefined) setAt(profile, r.path, v);
      }
    }
    if (Object.keys(staffColumns).length) setAt(profile, "inHouse.staff", staffRows(staffColumns));
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

/** One staff entry per row that has anything in it, in sheet order. */
function staffRows(columns: Record<string, Cell[]>): Record<string, unknown>[] {
  const length = Math.max(...Object.values(columns).map((c) => c.length));
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < length; i++) {
    const row: Record<string, unknown> = {};
    for (const [field, cells] of Object.entries(columns)) {
      const v = fieldValue(cells[i], field === "role");
      if (v !== undefined) row[field] = v;
    }
    if (Object.keys(row).length) rows.push(row);
  }
  return rows;
}

function valueAt(obj: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((o, k) => (o == null ? undefined : (o as Record<string, unknown>)[k]), obj);
}

function setAt(obj: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let o = obj;
  for (const k of keys.slice(0, -1)) o = (o[k] ??= {}) as Record<string, unknown>;
  o[keys[keys.length - 1]] = value;
}
