/** What "Prepare for sharing" did, as data (types only: the pane imports them without the adapter). */

/** "native": rewrite to native Excel formulas (freeze what has none); "values": freeze every cell. */
export type SharingMode = "native" | "values";

export interface CellNote {
  /** A1 address on its sheet, e.g. "C7" (the anchor of a spilled block). */
  address: string;
  reason: string;
}

export interface SheetSharingReport {
  sheet: string;
  /** Cells whose SMARTSOURCE formula became a native formula. */
  rewritten: number;
  /** Cells (or spilled blocks, by anchor) replaced by their current values. */
  frozen: CellNote[];
  /** Cells still calling SMARTSOURCE, with why they were left. */
  left: CellNote[];
}

export interface SharingReport {
  mode: SharingMode;
  /** Only the sheets that held SMARTSOURCE formulas, in workbook order. */
  sheets: SheetSharingReport[];
  rewritten: number;
  frozen: number;
  left: number;
  /** Worksheets searched. */
  sheetsSearched: number;
  /** `context.sync()` round trips made. */
  syncs: number;
}
