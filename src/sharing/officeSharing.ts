/// <reference types="office-js" />
/**
 * "Prepare for sharing" in the open workbook: every SMARTSOURCE.* formula on every worksheet
 * becomes its native Excel equivalent, or (by choice, or where none exists) its current value.
 * At most four round trips whatever the number of sheets and cells:
 *   1. the worksheets (names, protection);
 *   2. every used range's formulas and values;
 *   3. where cells are frozen: the block each one spills into (a TCOSCHEDULE result);
 *   4. the writes: one command per changed cell or frozen block, nothing else touched.
 */
import { ExcelRequirements, excelApiSupport, excelNamespace } from "../office/excelHost";
import { describeError, OfficeTaskError } from "../office/taskError";
import { a1 } from "../workbook/plan/a1";
import { frozenEntry } from "./frozenValue";
import { CellNote, SharingMode, SharingReport, SheetSharingReport } from "./report";
import { hasSmartsourceCall, rewriteFormula } from "./rewriteFormula";

export interface SharingOptions {
  mode: SharingMode;
  /** The Excel namespace (tests pass a fake); the global one office.js defines otherwise. */
  excel?: typeof Excel;
  /** Requirement-set check; Office.context.requirements otherwise. */
  requirements?: ExcelRequirements;
  onProgress?: (message: string, fraction: number) => void;
}

/** getUsedRangeOrNullObject is ExcelApi 1.4. */
const MIN_API = "1.4";
/** getSpillingToRangeOrNullObject (dynamic arrays) is ExcelApi 1.12. */
const SPILL_API = "1.12";

/** Values that are not a result: freezing them would keep an error instead of a number. */
function notAResult(v: unknown): string | null {
  if (typeof v !== "string" || !v.startsWith("#")) return null;
  const code = v.toUpperCase();
  if (code === "#NAME?") return "it shows #NAME? (Smartsource's functions are not loaded in this Excel), so there is no value to keep";
  if (code === "#BUSY!" || code === "#GETTING_DATA") return "it is still calculating: run Prepare for sharing again in a moment";
  if (code === "#SPILL!") return "its results cannot spill (#SPILL!): clear the cells in the way and run again";
  if (/^#(CALC|CONNECT|BLOCKED|UNKNOWN|FIELD|PYTHON)!$/.test(code)) return `it shows ${v}, which is not a result to keep`;
  return null;
}

interface Freeze {
  row: number; // in the sheet
  col: number;
  reason: string;
  spill?: Excel.Range;
}

/** One sheet's decisions; its report is derived from them at the end. */
interface SheetWork {
  ws: Excel.Worksheet;
  name: string;
  protected: boolean;
  used: Excel.Range;
  rewrites: { row: number; col: number; formula: string }[];
  freezes: Freeze[];
  left: CellNote[];
}

export async function prepareForSharing(opts: SharingOptions): Promise<SharingReport> {
  const excel = excelNamespace(opts.excel);
  if (!excel) throw new OfficeTaskError("Excel is not available here: open Smartsource from Excel's ribbon to prepare a workbook for sharing.");
  const supports = excelApiSupport(opts.requirements);
  if (!supports(MIN_API)) throw new OfficeTaskError(`This version of Excel is too old to prepare the workbook (it needs ExcelApi ${MIN_API}). Nothing was changed.`);
  const progress = (message: string, fraction: number) => opts.onProgress?.(message, fraction);

  try {
    return await excel.run(async (context) => {
      let syncs = 0;
      const read = async () => {
        syncs++;
        try {
          await context.sync();
        } catch (e) {
          throw new OfficeTaskError(`Smartsource could not read the workbook (${describeError(e)}); nothing was changed.`, e);
        }
      };

      // ---- 1. The worksheets ----
      progress("Reading the workbook", 0.05);
      const sheetList = context.workbook.worksheets.load("items/name,items/protection/protected");
      await read();

      // ---- 2. Every used range's formulas and values ----
      progress("Looking for SMARTSOURCE formulas", 0.2);
      const sheets: SheetWork[] = sheetList.items.map((ws) => ({
        ws,
        name: ws.name,
        protected: ws.protection.protected,
        used: ws.getUsedRangeOrNullObject().load("formulas,values,rowIndex,columnIndex"),
        rewrites: [],
        freezes: [],
        left: [],
      }));
      await read();

      progress("Working out the native formulas", 0.45);
      for (const sheet of sheets) plan(sheet, opts.mode);

      // ---- 3. The blocks that frozen cells spill into ----
      const freezes = sheets.flatMap((s) => s.freezes.map((f) => ({ sheet: s, f })));
      if (freezes.length > 0 && supports(SPILL_API)) {
        progress("Checking spilled results", 0.6);
        for (const { sheet, f } of freezes)
          f.spill = sheet.ws.getCell(f.row, f.col).getSpillingToRangeOrNullObject().load("rowIndex,columnIndex,rowCount,columnCount");
        await read();
      }

      // ---- 4. Write what changed ----
      const writes = sheets.reduce((n, s) => n + s.rewrites.length + s.freezes.length, 0);
      if (writes > 0) {
        progress(`Writing ${writes} ${writes === 1 ? "cell" : "cells"}`, 0.75);
        if (supports("1.8")) context.application.suspendApiCalculationUntilNextSync();
        for (const sheet of sheets) {
          const ws = sheet.ws;
          for (const r of sheet.rewrites) ws.getCell(r.row, r.col).formulas = [[r.formula]];
          for (const f of sheet.freezes) {
            const block = f.spill && !f.spill.isNullObject ? f.spill : null;
            const rows = block ? block.rowCount : 1;
            const cols = block ? block.columnCount : 1;
            // The used range holds the spilled values too (they are cells with values).
            const values = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => frozenEntry(valueAt(sheet.used, f.row + i, f.col + j))));
            ws.getRangeByIndexes(f.row, f.col, rows, cols).formulas = values;
          }
        }
        syncs++;
        try {
          await context.sync();
        } catch (e) {
          throw new OfficeTaskError(
            `Excel stopped while writing the changes (${describeError(e)}). Excel applies a batch in order, so some cells may already be changed; ` +
              "run Prepare for sharing again to finish (it only touches cells that still call SMARTSOURCE). Nothing outside those cells was touched.",
            e,
          );
        }
      }
      progress("Done", 1);

      const reports = sheets.map(sheetReport).filter((r) => r.rewritten + r.frozen.length + r.left.length > 0);
      const total = (f: (r: SheetSharingReport) => number) => reports.reduce((n, r) => n + f(r), 0);
      return {
        mode: opts.mode,
        sheets: reports,
        rewritten: total((r) => r.rewritten),
        frozen: total((r) => r.frozen.length),
        left: total((r) => r.left.length),
        sheetsSearched: sheets.length,
        syncs,
      };
    });
  } catch (e) {
    if (e instanceof OfficeTaskError) throw e;
    throw new OfficeTaskError(`Smartsource could not prepare the workbook (${describeError(e)}); nothing was changed.`, e);
  }
}

function sheetReport(s: SheetWork): SheetSharingReport {
  return { sheet: s.name, rewritten: s.rewrites.length, frozen: s.freezes.map((f) => ({ address: a1(f.row, f.col), reason: f.reason })), left: s.left };
}

function valueAt(used: Excel.Range, row: number, col: number): unknown {
  return used.values[row - used.rowIndex]?.[col - used.columnIndex] ?? "";
}

/** Decides each SMARTSOURCE cell of one sheet: rewrite, freeze, or leave (with the reason). */
function plan(sheet: SheetWork, mode: SharingMode): void {
  const used = sheet.used;
  if (used.isNullObject) return;
  const { formulas, values, rowIndex, columnIndex } = used;
  const leave = (row: number, col: number, reason: string) => sheet.left.push({ address: a1(row, col), reason });
  for (let i = 0; i < formulas.length; i++)
    for (let j = 0; j < formulas[i].length; j++) {
      const f = formulas[i][j];
      // A text cell that merely reads "=…" (formatted as text) holds that text as its value too.
      if (typeof f !== "string" || !/SMARTSOURCE/i.test(f) || f === values[i][j] || !hasSmartsourceCall(f)) continue;
      const row = rowIndex + i;
      const col = columnIndex + j;
      if (sheet.protected) {
        leave(row, col, "the sheet is protected: unprotect it and run again");
        continue;
      }
      let freezeWhy = "";
      if (mode === "native") {
        const rw = rewriteFormula(f);
        if (rw.ok) {
          sheet.rewrites.push({ row, col, formula: rw.formula });
          continue;
        }
        if (!rw.freezable) {
          leave(row, col, rw.reason);
          continue;
        }
        freezeWhy = rw.reason;
      }
      const bad = notAResult(values[i][j]);
      if (bad) {
        leave(row, col, bad);
        continue;
      }
      sheet.freezes.push({ row, col, reason: freezeWhy });
    }
}
