/**
 * The workbook plan: a pure, declarative description of every Smartsource sheet, built from a
 * profile (buildPlan.ts) and rendered by two writers (Office.js and ExcelJS). Nothing here
 * touches Office or ExcelJS. Coordinates are 0-based (row, col); A1 texts are absolute refs.
 */
import type { Rag } from "../../model/kpi";

/** A literal value. Strings are ALWAYS written as text, never parsed as formulas. */
export type Literal = string | number | boolean | null;

export interface PlanCell {
  /** Literal value; ignored when `formula` is set. */
  value?: Literal;
  /** Native Excel formula without the leading "=" (no SMARTSOURCE.*, no structured refs). */
  formula?: string;
  /** Key into WorkbookPlan.styles. */
  style?: string;
  /** Overrides the style's number format. */
  numFmt?: string;
}

/** A rectangular 2-D block of cells written in one call. Every row has the same length. */
export interface Block {
  row: number;
  col: number;
  cells: PlanCell[][];
}

export interface StyleDef {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string; // "#RRGGBB"
  fill?: string; // "#RRGGBB"
  numFmt?: string;
  hAlign?: "left" | "center" | "right";
  wrap?: boolean;
  /** Indent levels from the aligned edge (Excel: about one character each). */
  indent?: number;
  border?: "thin" | "bottom" | "top";
  /** Input cells are unlocked; everything else stays locked if the sheet is protected. */
  unlocked?: boolean;
  /**
   * User text: the cell carries Excel's quote prefix (what typing a leading ' sets), so editing
   * it (F2, Enter) keeps text such as "=1+1" text even if its number format is changed.
   */
  quotePrefix?: boolean;
}

export type ValidationRule =
  | { kind: "decimal"; min?: number; max?: number; message: string }
  | { kind: "whole"; min?: number; max?: number; message: string }
  /** An in-cell list (the field catalog's "choice" kind). */
  | { kind: "list"; items: string[]; message: string };

export interface ValidationPlan {
  range: string; // e.g. "C5" or "C5:C9" on the sheet
  rule: ValidationRule;
}

/** Cells whose text equals a RAG word get its fill (conditional format, so it follows the formula). */
export interface ConditionalFormatPlan {
  range: string;
  kind: "ragText";
  colors: Record<Rag, { fill: string; font: string }>;
}

export interface ChartPlan {
  title: string;
  type: "line" | "column";
  /** Category labels range (A1, same sheet), e.g. "B10:B15". */
  categories: string;
  series: { name: string; values: string }[];
  /** Where the chart sits: top-left and bottom-right cells (A1). */
  from: string;
  to: string;
  /**
   * The series cover the whole tracking capacity (empty rows included); a writer that knows
   * which rows hold data may end the ranges at the last non-empty category.
   */
  trimToData?: boolean;
}

export interface NotePlan {
  cell: string;
  text: string;
}

export type SheetKey = "inputs" | "tco" | "cio" | "kpi" | "tracking" | "calc";

export interface SheetPlan {
  key: SheetKey;
  /** The sheet name the plan wants; a writer may rename on a clash with a foreign sheet. */
  name: string;
  hidden?: boolean;
  tabColor?: string;
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  blocks: Block[];
  merges: string[];
  freeze?: { rows: number; cols: number };
  validations: ValidationPlan[];
  conditionalFormats: ConditionalFormatPlan[];
  charts: ChartPlan[];
  notes: NotePlan[];
  print: {
    orientation: "portrait" | "landscape";
    fitToWidth: boolean;
    area?: string;
    /**
     * Rows repeated at the top of every printed page (0-based, inclusive): the column headers of
     * a table that can run over several pages (a 50-year horizon, a long tracking history).
     */
    titleRows?: { first: number; last: number };
  };
}

export interface NamePlan {
  name: string;
  sheet: SheetKey;
  /** Absolute A1 reference on that sheet, e.g. "$C$5" or "$B$10:$B$20". */
  ref: string;
  comment?: string;
  /**
   * For input names: the profile field the cell holds, so a built workbook can be read back
   * into a profile. Dotted path ("inHouse.benefitsRate", "targets.slaAttainment"); a staff
   * column is a range named with "inHouse.staff[].salary" (one cell per staff row, in order).
   */
  profilePath?: string;
}

/** Where the user's data area sits on the tracking sheet: the same for every profile. */
export interface TrackingLayout {
  sheet: "tracking";
  headerRow: number; // 0-based row of the column headers
  firstDataRow: number;
  /** Column headers, from column `col`. */
  col: number;
  headers: string[];
  /**
   * Style key per header column, for formatting the data area's cells (format only: the data
   * area is in no block, so its values are never written by the plan).
   */
  columnStyles?: string[];
}

/** The user's data area on the tracking sheet, which a rebuild must keep. */
export interface TrackingPlan extends TrackingLayout {
  /** Rows reserved for data (formulas read this whole area). */
  capacity: number;
}

export interface WorkbookPlan {
  /** Plan format version, stored in the workbook so a rebuild knows what it made. */
  version: 1;
  sheets: SheetPlan[];
  names: NamePlan[];
  styles: Record<string, StyleDef>;
  tracking: TrackingPlan;
}

/**
 * Hidden names that mark a workbook as Smartsource's: SS_Sheet_<key> = 'Sheet'!$A$1 on each sheet
 * it created, SS_PlanVersion = the plan version. Both writers add them, so a workbook built by the
 * CLI or downloaded from the web app is recognised when the pane rebuilds it in Excel.
 */
export const PLAN_VERSION_NAME = "SS_PlanVersion";
export const markerName = (key: SheetKey): string => `SS_Sheet_${key}`;
