/**
 * Renders a WorkbookPlan to .xlsx bytes with ExcelJS, for the command-line tool (Node) and the
 * task pane's download outside Office (browser): no fs/path here, only writeBuffer().
 *
 * ExcelJS computes nothing: every formula cell's cached result comes from a spreadsheet engine
 * (cachedValues.ts), so the figures show before anything recalculates (Excel's Protected View,
 * previewers, openpyxl/pandas); the workbook still asks Excel to recalculate fully on load.
 * ExcelJS cannot write charts, name comments, distinct note-shape blocks or quote prefixes;
 * xlsx/package.ts adds them to the finished package.
 */
import { DataValidation, Workbook, Worksheet } from "exceljs";
import { a1, quoteSheet } from "../plan/a1";
import { Block, Literal, SheetPlan, TrackingPlan, WorkbookPlan } from "../plan/plan";
import { CachedValues, computeCachedValues } from "./cachedValues";
import { loadIronCalc } from "./ironcalc";
import { completePackage } from "./package";
import { plainRange, toConditionalFormat, toDataValidation } from "./rules";
import { StyleCache, argb } from "./styles";

export interface WriteOptions {
  /** Stored as the file's author. */
  creator?: string;
  /** Creation/modification time stored in the file (fixed in tests for reproducible output). */
  now?: Date;
  /**
   * Rows to put in the tracking table, in its columns' order (periods carried over from another
   * workbook, a sample, a benchmark's history). None by default: a new workbook holds no
   * invented data.
   */
  trackingRows?: readonly (readonly Literal[])[];
}

// Excel's own limits on sheet names.
const BAD_SHEET_CHARS = /[\\/?*[\]:]/;

function checkSheetNames(plan: WorkbookPlan): void {
  const seen = new Set<string>();
  for (const s of plan.sheets) {
    if (!s.name || s.name.length > 31 || BAD_SHEET_CHARS.test(s.name) || /^'|'$/.test(s.name)) {
      throw new Error(`sheet name ${JSON.stringify(s.name)} (${s.key}) is not a valid Excel sheet name`);
    }
    const folded = s.name.toLowerCase();
    if (seen.has(folded)) throw new Error(`sheet name ${JSON.stringify(s.name)} is used twice`);
    seen.add(folded);
  }
}

/** A literal exactly as typed: text stays text (ExcelJS never parses a string as a formula). */
function literal(value: Literal | undefined, where: string): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "number" && !Number.isFinite(value)) throw new Error(`${where}: ${value} cannot be stored in a cell`);
  return value;
}

/** Plan formulas carry no "=": checked before anything evaluates them. */
function checkFormulas(plan: WorkbookPlan): void {
  for (const s of plan.sheets)
    for (const b of s.blocks)
      b.cells.forEach((cells, i) =>
        cells.forEach((pc, j) => {
          if (pc.formula?.startsWith("=")) throw new Error(`${s.name}!${a1(b.row + i, b.col + j)}: plan formula must not start with "="`);
        }),
      );
}

function writeBlock(ws: Worksheet, sp: SheetPlan, block: Block, styles: StyleCache, results: CachedValues): void {
  block.cells.forEach((rowCells, i) => {
    const row = ws.getRow(block.row + i + 1);
    rowCells.forEach((pc, j) => {
      const cell = row.getCell(block.col + j + 1);
      const where = `${ws.name}!${cell.address}`;
      if (pc.formula !== undefined) {
        const result = results.get(sp.key, block.row + i, block.col + j);
        if (result === undefined) throw new Error(`${where}: no cached value was computed for this formula`);
        cell.value = { formula: pc.formula, result, date1904: false };
      } else {
        cell.value = literal(pc.value, where);
      }
      const style = styles.get(pc.style, pc.numFmt);
      if (style) cell.style = style;
    });
  });
}

function writeSheet(wb: Workbook, sp: SheetPlan, styles: StyleCache, results: CachedValues): void {
  const ws = wb.addWorksheet(sp.name, {
    state: sp.hidden ? "hidden" : "visible",
    properties: sp.tabColor ? { tabColor: { argb: argb(sp.tabColor, `tab colour of ${sp.name}`) } } : {},
    views: sp.freeze && (sp.freeze.rows || sp.freeze.cols) ? [{ state: "frozen", xSplit: sp.freeze.cols, ySplit: sp.freeze.rows }] : [{}],
  });
  sp.columnWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (const block of sp.blocks) writeBlock(ws, sp, block, styles, results);
  for (const range of sp.merges) ws.mergeCells(plainRange(range));
  // Range validations: ExcelJS has worksheet.dataValidations but its typings omit it.
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: DataValidation): void } }).dataValidations;
  for (const v of sp.validations) validations.add(plainRange(v.range), toDataValidation(v, sp.name));
  for (const cf of sp.conditionalFormats) ws.addConditionalFormatting(toConditionalFormat(cf, sp.name));
  for (const n of sp.notes) ws.getCell(plainRange(n.cell)).note = n.text;
  ws.pageSetup = {
    orientation: sp.print.orientation,
    fitToPage: sp.print.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    // No printArea or printTitlesRow here: xlsx/package.ts writes them with absolute references
    // and Excel's quoting (ExcelJS's are neither).
  };
  ws.headerFooter = { oddFooter: "&L&A&RPage &P of &N" };
}

/**
 * The tracking data area: the given rows, and the column formats over the whole capacity, so
 * rows the user adds later look like inputs and pass validation.
 */
function writeTrackingArea(ws: Worksheet, t: TrackingPlan, styles: StyleCache, given: readonly (readonly Literal[])[]): void {
  const columns = t.columnStyles ?? [];
  const rows = Math.max(t.capacity, given.length);
  for (let r = 0; r < rows; r++) {
    const row = ws.getRow(t.firstDataRow + r + 1);
    const values = given[r] ?? [];
    for (let c = 0; c < Math.max(columns.length, values.length); c++) {
      const cell = row.getCell(t.col + c + 1);
      if (c < values.length) cell.value = literal(values[c], `${ws.name}!${cell.address}`);
      const style = styles.get(columns[c], undefined);
      if (style) cell.style = style;
    }
  }
}

export async function writeXlsx(plan: WorkbookPlan, opts: WriteOptions = {}): Promise<Uint8Array> {
  checkSheetNames(plan);
  checkFormulas(plan);
  const results = computeCachedValues(plan, await loadIronCalc(), opts.trackingRows);
  const wb = new Workbook();
  const now = opts.now ?? new Date();
  wb.creator = opts.creator ?? "Smartsource";
  wb.lastModifiedBy = wb.creator;
  wb.created = now;
  wb.modified = now;
  wb.calcProperties = { fullCalcOnLoad: true };

  const styles = new StyleCache(plan.styles);
  for (const sp of plan.sheets) writeSheet(wb, sp, styles, results);
  const trackingSheet = plan.sheets.find((s) => s.key === plan.tracking.sheet);
  if (trackingSheet) writeTrackingArea(wb.getWorksheet(trackingSheet.name)!, plan.tracking, styles, opts.trackingRows ?? []);

  const sheetName = new Map(plan.sheets.map((s) => [s.key, s.name]));
  for (const n of plan.names) {
    const name = sheetName.get(n.sheet);
    if (!name) throw new Error(`defined name ${n.name} refers to sheet "${n.sheet}", which the plan does not have`);
    // ExcelJS keeps the quoted name's doubled apostrophes and re-quotes it: 'O''Brien'!$C$3.
    wb.definedNames.add(`${quoteSheet(name)}!${n.ref}`, n.name);
  }

  // Open on the first visible sheet (a hidden active sheet confuses Excel).
  const firstVisible = Math.max(0, plan.sheets.findIndex((s) => !s.hidden));
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: firstVisible, visibility: "visible" }];

  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return completePackage(bytes, plan, opts.trackingRows?.length ?? 0);
}
