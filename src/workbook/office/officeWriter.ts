/// <reference types="office-js" />
/**
 * Renders the workbook plan into the open Excel workbook through the Excel JavaScript API, in a
 * constant number of round trips whatever the horizon, staff rows or tracked periods:
 *   1. read the sheet list and the defined names (which sheets Smartsource made);
 *   2. read the tracking table's header and data area, and the charts/notes to replace;
 *   3. write everything: one `numberFormat` and one `formulas` 2-D assignment per plan block,
 *      formats, names, validation, conditional formats, charts (calculation suspended);
 *   4. rename the new sheets from their temporary names, set the charts' series, mark the
 *      sheets, recalculate, activate.
 * A failure in 3 or 4 deletes what this build created (2 more round trips) and rethrows.
 * Sheets Smartsource did not create are never touched; the tracked rows are never written.
 */
import { formatErrors, parseProfile, Profile } from "../../model/profile";
import { buildPlan, DEFAULT_SHEET_NAMES, DEFAULT_TRACKING_CAPACITY, TRACKING_LAYOUT } from "../plan/buildPlan";
import { parseRange, quoteSheet, rectAddress, rowsA1 } from "../plan/a1";
import { ChartPlan, markerName, PLAN_VERSION_NAME, SheetKey, SheetPlan, StyleDef, TrackingPlan, WorkbookPlan } from "../plan/plan";
import { describeError, OfficeTaskError } from "../../office/taskError";
import { ExcelRequirements, excelApiSupport, excelNamespace } from "../../office/excelHost";
import { chooseSheetNames, ownedSheets } from "./ownership";
import { blockArrays, borderEdges, H_ALIGN, styleRects, validationRule, widthPoints, widthRuns } from "./planArrays";

export interface BuildReport {
  /** Every Smartsource sheet after the build, in plan order. */
  sheets: { key: SheetKey; name: string; status: "created" | "updated" }[];
  created: string[];
  updated: string[];
  /** Sheets created under another name because a sheet Smartsource did not make holds the planned one. (A sheet the user renamed is simply updated under its name.) */
  renamed: { key: SheetKey; planned: string; actual: string }[];
  /** Non-empty rows found in the tracking table and left exactly as they were. */
  trackedRowsKept: number;
  /** Data rows the tracking formulas cover. */
  trackingCapacity: number;
  /** `context.sync()` round trips this build made. */
  syncs: number;
  /** Things left out because this Excel lacks the API (e.g. cell notes before ExcelApi 1.18). */
  warnings: string[];
}

export interface BuildOptions {
  onProgress?: (message: string, fraction: number) => void;
  /** The Excel namespace (tests pass a fake); defaults to the global one office.js defines. */
  excel?: typeof Excel;
  /** Requirement-set check; defaults to Office.context.requirements. */
  requirements?: ExcelRequirements;
}

const MAX_ROWS = 1048576;
/** Rows the trend charts show beyond the last tracked period, so new rows appear without a rebuild. */
const CHART_HEADROOM_ROWS = 12;

/** The ExcelApi set below which the build cannot run (data validation is 1.8). */
const MIN_API = "1.8";

export async function buildWorkbookInExcel(profile: Profile, opts: BuildOptions = {}): Promise<BuildReport> {
  const parsed = parseProfile(profile);
  if (!parsed.ok) throw new OfficeTaskError(`The profile is not valid, so nothing was written:\n${formatErrors(parsed.errors).join("\n")}`);
  const p = parsed.profile;
  const excel = excelNamespace(opts.excel);
  if (!excel) throw new OfficeTaskError("Excel is not available here: open Smartsource from Excel's ribbon to build in the workbook.");
  const supports = excelApiSupport(opts.requirements);
  if (!supports(MIN_API))
    throw new OfficeTaskError(`This version of Excel is too old for Smartsource (it needs ExcelApi ${MIN_API}: Excel 2019, 2021, Microsoft 365 or Excel on the web).`);
  const api = { pageLayout: supports("1.9"), notes: supports("1.18") };
  const progress = (message: string, fraction: number) => opts.onProgress?.(message, fraction);
  const keys = Object.keys(DEFAULT_SHEET_NAMES) as SheetKey[];

  return excel.run(async (context) => {
    let syncs = 0;
    const sync = async () => {
      syncs++;
      await context.sync();
    };
    const wb = context.workbook;

    // ---- 1. What is in the workbook ----
    progress("Reading the workbook", 0.05);
    const sheetList = wb.worksheets.load("items/name");
    const nameList = wb.names.load("items/name,items/formula");
    try {
      await sync();
    } catch (e) {
      throw new OfficeTaskError(`Smartsource could not read the workbook (${describeError(e)}); nothing was changed.`, e);
    }
    const existingSheets = sheetList.items.map((s) => s.name);
    const existingNames = nameList.items.map((n) => ({ name: n.name, formula: String(n.formula) }));
    const existingNameSet = new Set(existingNames.map((n) => n.name.toLowerCase()));
    const version = existingNames.find((n) => n.name.toLowerCase() === PLAN_VERSION_NAME.toLowerCase());
    const builtBy = version ? Number(version.formula.replace(/^=/, "")) : 0;
    if (builtBy > 1)
      throw new OfficeTaskError(`This workbook was built by a newer Smartsource (plan version ${builtBy}); update the add-in before rebuilding. Nothing was changed.`);
    const owned = ownedSheets(keys, existingSheets, existingNames);
    const choice = chooseSheetNames(DEFAULT_SHEET_NAMES, owned, existingSheets, Math.random().toString(36).slice(2, 6));

    // ---- 2. The tracked data and the objects a rebuild replaces ----
    progress("Reading your tracked data", 0.15);
    const ownedSheet = (key: SheetKey) => wb.worksheets.getItem(owned[key]!);
    const charts: Partial<Record<SheetKey, Excel.ChartCollection>> = {};
    const notes: Partial<Record<SheetKey, Excel.NoteCollection>> = {};
    for (const key of keys) {
      if (!owned[key]) continue;
      charts[key] = ownedSheet(key).charts.load("items/name");
      if (api.notes) notes[key] = ownedSheet(key).notes.load("items");
    }
    const t = TRACKING_LAYOUT;
    let header: Excel.Range | null = null;
    let used: Excel.Range | null = null;
    if (owned.tracking) {
      const ws = ownedSheet("tracking");
      header = ws.getRangeByIndexes(t.headerRow, t.col, 1, t.headers.length).load("values");
      used = ws
        .getRangeByIndexes(t.firstDataRow, t.col, MAX_ROWS - t.firstDataRow, t.headers.length)
        .getUsedRangeOrNullObject(true)
        .load("values,rowIndex,rowCount");
    }
    try {
      await sync();
    } catch (e) {
      throw new OfficeTaskError(`Smartsource could not read the workbook (${describeError(e)}); nothing was changed.`, e);
    }
    let usedRows = 0;
    let trackedRowsKept = 0;
    if (header && used) {
      const found = header.values[0].map((v) => String(v).trim());
      const mismatch = t.headers.findIndex((h, i) => found[i] !== h);
      if (mismatch >= 0)
        throw new OfficeTaskError(
          `The columns of the tracking sheet "${owned.tracking}" have changed (column ${mismatch + 1} is "${found[mismatch]}", Smartsource expects "${t.headers[mismatch]}"). ` +
            `To keep your tracked rows safe nothing was changed: restore the column headers, or rename that sheet to build a fresh one.`,
        );
      if (!used.isNullObject) {
        usedRows = used.rowIndex + used.rowCount - t.firstDataRow;
        trackedRowsKept = used.values.filter((row) => row.some((v) => v !== "" && v !== null)).length;
      }
    }
    const capacity = usedRows <= DEFAULT_TRACKING_CAPACITY ? DEFAULT_TRACKING_CAPACITY : usedRows + Math.ceil(DEFAULT_TRACKING_CAPACITY / 2);

    // ---- 3. Write ----
    const writeNames = {} as Record<SheetKey, string>;
    for (const key of keys) writeNames[key] = choice.temp[key] ?? choice.final[key];
    const plan = buildPlan(p, { sheetNames: writeNames, trackingCapacity: capacity });
    const created = keys.filter((k) => !owned[k]);
    const addedNames = new Set<string>();
    progress(`Writing ${plan.sheets.length} sheets`, 0.35);
    try {
      wb.application.suspendApiCalculationUntilNextSync();
      if (api.pageLayout) wb.application.suspendScreenUpdatingUntilNextSync();
      const ws = {} as Record<SheetKey, Excel.Worksheet>;
      for (const sheet of plan.sheets) ws[sheet.key] = owned[sheet.key] ? ownedSheet(sheet.key) : wb.worksheets.add(choice.temp[sheet.key]);
      for (const n of plan.names) {
        const formula = `=${quoteSheet(writeNames[n.sheet])}!${n.ref}`;
        if (existingNameSet.has(n.name.toLowerCase())) {
          const item = wb.names.getItem(n.name);
          item.formula = formula;
          if (n.comment !== undefined) item.comment = n.comment;
        } else {
          wb.names.add(n.name, formula, n.comment);
          addedNames.add(n.name);
        }
      }
      const newCharts: PendingChart[] = [];
      for (const sheet of plan.sheets) {
        const isNew = !owned[sheet.key];
        if (!isNew) clearForRebuild(ws[sheet.key], sheet, plan.tracking, charts[sheet.key], notes[sheet.key]);
        newCharts.push(...writeSheet(ws[sheet.key], sheet, plan, { isNew, api, usedRows }));
      }
      await sync();

      // ---- 4. Finish: names, marks, recalculation ----
      progress("Finishing", 0.85);
      for (const key of created) wb.worksheets.getItem(choice.temp[key]!).name = choice.final[key];
      for (const c of newCharts) addSeries(c);
      // Plans never carry the marks (the .xlsx writer adds them in its package pass): this writer adds its own.
      for (const key of created) {
        const formula = `=${quoteSheet(choice.final[key])}!$A$1`;
        const marker = markerName(key);
        if (existingNameSet.has(marker.toLowerCase())) wb.names.getItem(marker).formula = formula;
        else {
          wb.names.add(marker, formula, "Marks a sheet Smartsource created (do not delete)").visible = false;
          addedNames.add(marker);
        }
      }
      if (version) wb.names.getItem(PLAN_VERSION_NAME).formula = `=${plan.version}`;
      else {
        wb.names.add(PLAN_VERSION_NAME, `=${plan.version}`, "Smartsource workbook plan version").visible = false;
        addedNames.add(PLAN_VERSION_NAME);
      }
      // Calculation was suspended during the write; recalculating is then ours to do.
      wb.application.calculate("Full");
      if (created.includes("inputs")) wb.worksheets.getItem(choice.final.inputs).activate();
      await sync();
    } catch (e) {
      progress("The build failed; removing what it created", 0.9);
      let cleanup = "no new sheet was left behind";
      try {
        syncs += await removeCreated(context, created, choice, [...addedNames]);
      } catch (ce) {
        cleanup = `removing the half-built sheets failed too (${describeError(ce)}): delete the sheets named "~SS build …" by hand`;
      }
      const partial = keys.some((k) => owned[k])
        ? " The Smartsource sheets that already existed may be partly updated; your tracked rows were not touched. Run Build again."
        : "";
      throw new OfficeTaskError(`Smartsource could not build the workbook (${describeError(e)}); ${cleanup}.${partial}`, e);
    }

    progress("Done", 1);
    const sheets = plan.sheets.map((s) => ({ key: s.key, name: choice.final[s.key], status: (owned[s.key] ? "updated" : "created") as "created" | "updated" }));
    return {
      sheets,
      created: sheets.filter((s) => s.status === "created").map((s) => s.name),
      updated: sheets.filter((s) => s.status === "updated").map((s) => s.name),
      renamed: created.filter((k) => choice.final[k] !== DEFAULT_SHEET_NAMES[k]).map((k) => ({ key: k, planned: DEFAULT_SHEET_NAMES[k], actual: choice.final[k] })),
      trackedRowsKept,
      trackingCapacity: capacity,
      syncs,
      warnings: api.notes || !plan.sheets.some((s) => s.notes.length) ? [] : ["Cell notes were left out: this Excel has no notes API (ExcelApi 1.18)."],
    };
  });
}

/**
 * Before an in-place update: a generated sheet is cleared completely (content, formats, merges,
 * rules); on the tracking sheet only the plan's own ranges are refreshed, never the data area.
 */
function clearForRebuild(
  w: Excel.Worksheet,
  sheet: SheetPlan,
  tracking: TrackingPlan,
  charts: Excel.ChartCollection | undefined,
  notes: Excel.NoteCollection | undefined,
): void {
  for (const c of charts?.items ?? []) c.delete();
  for (const n of notes?.items ?? []) n.delete();
  if (sheet.key !== tracking.sheet) {
    const all = w.getRange();
    all.conditionalFormats.clearAll();
    all.dataValidation.clear();
    all.unmerge();
    all.clear("All");
    return;
  }
  for (const m of sheet.merges) w.getRange(m).unmerge();
  for (const cf of sheet.conditionalFormats) w.getRange(cf.range).conditionalFormats.clearAll();
  for (const v of sheet.validations) w.getRange(v.range).dataValidation.clear();
}

interface SheetWriteOptions {
  isNew: boolean;
  api: { pageLayout: boolean; notes: boolean };
  /** Tracked rows already in the sheet (for the trend charts' extent). */
  usedRows: number;
}

/** Writes one sheet's content and look; returns its new charts, whose series are set in the next batch. */
function writeSheet(w: Excel.Worksheet, sheet: SheetPlan, plan: WorkbookPlan, o: SheetWriteOptions): PendingChart[] {
  const t = plan.tracking;
  const isTracking = sheet.key === t.sheet;
  const inData = (row: number, col: number) => isTracking && row >= t.firstDataRow && col >= t.col && col < t.col + t.headers.length;

  w.visibility = sheet.hidden ? "Hidden" : "Visible";
  if (sheet.tabColor) w.tabColor = sheet.tabColor;
  for (const [col, count, chars] of widthRuns(sheet.columnWidths)) w.getRangeByIndexes(0, col, 1, count).format.columnWidth = widthPoints(chars);

  for (const block of sheet.blocks) {
    const rows = block.cells.length;
    const cols = rows ? block.cells[0].length : 0;
    if (!rows || !cols) continue;
    // On a rebuild, a cell in the tracked data area is never written (no block covers it anyway).
    const arrays = blockArrays(block, plan.styles, o.isNew ? undefined : inData);
    const range = w.getRangeByIndexes(block.row, block.col, rows, cols);
    range.numberFormat = arrays.numberFormat; // text format first, so literal strings stay text
    range.formulas = arrays.formulas;
  }

  for (const [style, rects] of styleRects(sheet.blocks)) {
    const def = plan.styles[style];
    if (!def) throw new Error(`the plan uses style "${style}", which it does not define`);
    for (const r of rects) applyStyle(w.getRangeByIndexes(r.row, r.col, r.rows, r.cols), def, false, o.api);
  }
  if (isTracking && t.columnStyles) {
    // The data area gets its column's look (input fill, number format), never a value.
    t.columnStyles.forEach((style, j) => {
      const def = plan.styles[style];
      if (def) applyStyle(w.getRangeByIndexes(t.firstDataRow, t.col + j, t.capacity, 1), def, true, o.api, t.capacity);
    });
  }

  for (const m of sheet.merges) w.getRange(m).merge(false);
  for (const v of sheet.validations) {
    const dv = w.getRange(v.range).dataValidation;
    dv.rule = validationRule(v.rule);
    dv.errorAlert = { showAlert: true, style: "Stop", title: "Smartsource", message: v.rule.message };
  }
  for (const cf of sheet.conditionalFormats) {
    const range = w.getRange(cf.range);
    for (const [rag, color] of Object.entries(cf.colors)) {
      const f = range.conditionalFormats.add("CellValue");
      f.cellValue.format.fill.color = color.fill;
      f.cellValue.format.font.color = color.font;
      f.cellValue.rule = { formula1: `="${rag}"`, operator: "EqualTo" };
    }
  }
  const pending = sheet.charts.map((c) => addChart(w, c, isTracking ? Math.min(t.capacity, o.usedRows + CHART_HEADROOM_ROWS) : null));
  if (o.api.notes) for (const n of sheet.notes) w.notes.add(w.getRange(n.cell), n.text);

  if (sheet.freeze && sheet.freeze.rows && sheet.freeze.cols) w.freezePanes.freezeAt(w.getRangeByIndexes(0, 0, sheet.freeze.rows, sheet.freeze.cols));
  else if (sheet.freeze?.rows) w.freezePanes.freezeRows(sheet.freeze.rows);
  else if (sheet.freeze?.cols) w.freezePanes.freezeColumns(sheet.freeze.cols);
  else if (!o.isNew) w.freezePanes.unfreeze();

  if (o.api.pageLayout) {
    w.pageLayout.orientation = sheet.print.orientation === "landscape" ? "Landscape" : "Portrait";
    if (sheet.print.fitToWidth) w.pageLayout.zoom = { horizontalFitToPages: 1 };
    if (sheet.print.area) w.pageLayout.setPrintArea(sheet.print.area);
    if (sheet.print.titleRows) w.pageLayout.setPrintTitleRows(rowsA1(sheet.print.titleRows));
  }
  return pending.filter((c): c is PendingChart => c !== null);
}

/** Direct formatting of one rectangle. In the tracking data area only the look changes: its number format stays unless the style sets one. */
function applyStyle(range: Excel.Range, def: StyleDef, dataArea: boolean, api: { pageLayout: boolean }, rows = 0): void {
  const f = range.format;
  if (def.fill) f.fill.color = def.fill;
  if (def.bold !== undefined) f.font.bold = def.bold;
  if (def.italic !== undefined) f.font.italic = def.italic;
  if (def.fontSize !== undefined) f.font.size = def.fontSize;
  if (def.fontColor) f.font.color = def.fontColor;
  if (def.hAlign) f.horizontalAlignment = H_ALIGN[def.hAlign];
  if (def.wrap !== undefined) f.wrapText = def.wrap;
  // indentLevel arrived with ExcelApi 1.9 (as page layout did); older Excel shows notes unindented.
  if (def.indent !== undefined && api.pageLayout) f.indentLevel = def.indent;
  for (const edge of borderEdges(def.border)) f.borders.getItem(edge).style = "Continuous";
  if (def.unlocked) f.protection.locked = false;
  if (dataArea && def.numFmt) range.numberFormat = Array.from({ length: rows }, () => [def.numFmt]);
}

/** A chart created in the write batch, with the number of series Excel made from its source range. */
interface PendingChart {
  w: Excel.Worksheet;
  chart: Excel.Chart;
  plan: ChartPlan;
  autoSeries: OfficeExtension.ClientResult<number>;
  trim: (address: string) => string;
}

/**
 * Creates a chart from its first series' range and asks how many series Excel made of it: a range
 * of blank cells (a new tracking table) may give none, so the series are set in the next batch.
 * `rows` trims tracking charts to the tracked rows plus headroom.
 */
function addChart(w: Excel.Worksheet, c: ChartPlan, rows: number | null): PendingChart | null {
  if (!c.series.length) return null;
  const trim = (address: string) => {
    if (!c.trimToData || rows === null) return address;
    const r = parseRange(address);
    return rectAddress({ ...r, rows: Math.max(1, Math.min(r.rows, rows)) });
  };
  const chart = w.charts.add(c.type === "line" ? "Line" : "ColumnClustered", w.getRange(trim(c.series[0].values)), "Columns");
  chart.title.text = c.title;
  chart.setPosition(c.from, c.to);
  return { w, chart, plan: c, autoSeries: chart.series.getCount(), trim };
}

/** Names the series Excel made, adds the others, and gives them all the plan's category labels. */
function addSeries({ w, chart, plan, autoSeries, trim }: PendingChart): void {
  const categories = w.getRange(trim(plan.categories));
  plan.series.forEach((s, i) => {
    const reuse = i === 0 && autoSeries.value > 0;
    const series = reuse ? chart.series.getItemAt(0) : chart.series.add(s.name);
    if (reuse) series.name = s.name;
    else series.setValues(w.getRange(trim(s.values)));
    series.setXAxisValues(categories);
  });
}

/** Deletes the sheets and names this build created (2 round trips); returns the syncs used. */
async function removeCreated(
  context: Excel.RequestContext,
  created: SheetKey[],
  choice: ReturnType<typeof chooseSheetNames>,
  addedNames: string[],
): Promise<number> {
  const wb = context.workbook;
  const sheets = created.flatMap((k) => [choice.temp[k]!, choice.final[k]]).map((n) => wb.worksheets.getItemOrNullObject(n).load("name"));
  const names = addedNames.map((n) => wb.names.getItemOrNullObject(n).load("name"));
  await context.sync();
  for (const n of names) if (!n.isNullObject) n.delete();
  for (const s of sheets) if (!s.isNullObject) s.delete();
  await context.sync();
  return 2;
}
