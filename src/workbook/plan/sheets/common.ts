/**
 * Shared plumbing for the sheet builders: the build context (sheet names, names registry,
 * profile) and a block builder that hands out absolute row numbers as rows are added, so a
 * sheet can refer to a cell it has just placed.
 */
import { Profile } from "../../../model/profile";
import { a1, quoteSheet } from "../a1";
import { Block, ChartPlan, ConditionalFormatPlan, Literal, NamePlan, NotePlan, PlanCell, SheetKey, SheetPlan, ValidationPlan } from "../plan";
import { StyleKey } from "../styles";
import { headlineDefinition } from "./definitions";

export const DEFAULT_SHEET_NAMES: Readonly<Record<SheetKey, string>> = {
  inputs: "SS Inputs",
  tco: "SS TCO",
  cio: "SS CIO",
  kpi: "SS KPIs",
  tracking: "SS Tracking",
  calc: "SS Calc",
};

export interface BuildContext {
  readonly profile: Profile;
  readonly sheetNames: Readonly<Record<SheetKey, string>>;
  readonly trackingCapacity: number;
  readonly currencyFormat: string;
  /** Every defined name, in the order sheets add them. */
  readonly names: NamePlan[];
}

/** A cell location on a sheet of the plan. */
export interface CellAt {
  readonly sheet: SheetKey;
  readonly row: number;
  readonly col: number;
}

/** Formula text for a cell seen from sheet `from`: local refs unqualified, others 'Sheet'!$C$5. */
export function refText(ctx: BuildContext, at: CellAt, from: SheetKey): string {
  const local = a1(at.row, at.col, true);
  return at.sheet === from ? local : `${quoteSheet(ctx.sheetNames[at.sheet])}!${local}`;
}

/** Formula text for a vertical/rectangular range between two cells of one sheet. */
export function rangeText(ctx: BuildContext, first: CellAt, last: CellAt, from: SheetKey): string {
  const local = `${a1(first.row, first.col, true)}:${a1(last.row, last.col, true)}`;
  return first.sheet === from ? local : `${quoteSheet(ctx.sheetNames[first.sheet])}!${local}`;
}

/**
 * Adds a defined name. A headline name's comment is its definition (definitions.ts), the one
 * text for it; any other name may carry its own comment.
 */
export function addName(ctx: BuildContext, name: string, first: CellAt, last?: CellAt, extra?: Pick<NamePlan, "comment" | "profilePath">): void {
  const ref = last ? `${a1(first.row, first.col, true)}:${a1(last.row, last.col, true)}` : a1(first.row, first.col, true);
  const definition = headlineDefinition(name);
  if (definition && extra?.comment !== undefined) throw new Error(`${name} is a headline name: its comment is its definition in definitions.ts`);
  ctx.names.push({ name, sheet: first.sheet, ref, ...extra, ...(definition && { comment: definition }) });
}

/** Cell constructors: literals stay literals (strings are never formulas), formulas carry no "=". */
export const lit = (value: Literal, style?: StyleKey, numFmt?: string): PlanCell => ({ value, ...(style && { style }), ...(numFmt && { numFmt }) });
export const fx = (formula: string, style?: StyleKey, numFmt?: string): PlanCell => ({ formula, ...(style && { style }), ...(numFmt && { numFmt }) });

/**
 * Rows of one rectangular block anchored at (row, col); short rows are padded with empty cells
 * so every row has `width` cells.
 */
export class BlockBuilder {
  private readonly rows: PlanCell[][] = [];
  constructor(
    readonly sheet: SheetKey,
    readonly row: number,
    readonly col: number,
    readonly width: number,
  ) {}

  /** Absolute row the next `add` will fill. */
  get nextRow(): number {
    return this.row + this.rows.length;
  }

  /** Adds a row of cells (from the block's first column) and returns its absolute row. */
  add(cells: PlanCell[] = []): number {
    if (cells.length > this.width) throw new Error(`row of ${cells.length} cells exceeds block width ${this.width}`);
    this.rows.push([...cells, ...Array.from({ length: this.width - cells.length }, () => ({}))]);
    return this.nextRow - 1;
  }

  /** The cell at absolute `row` and block-relative column `c`. */
  at(row: number, c: number): CellAt {
    return { sheet: this.sheet, row, col: this.col + c };
  }

  build(): Block {
    return { row: this.row, col: this.col, cells: this.rows };
  }
}

/** A sheet plan with empty collections, ready to fill. */
export function emptySheet(ctx: BuildContext, key: SheetKey, columnWidths: number[], tabColor?: string): SheetPlan {
  return {
    key,
    name: ctx.sheetNames[key],
    tabColor,
    columnWidths,
    blocks: [],
    merges: [],
    validations: [] as ValidationPlan[],
    conditionalFormats: [] as ConditionalFormatPlan[],
    charts: [] as ChartPlan[],
    notes: [] as NotePlan[],
    print: { orientation: "landscape", fitToWidth: true },
  };
}

/** "$B$5" → "B5" style (validations and conditional formats use plain local ranges). */
export const localRange = (first: CellAt, last?: CellAt): string => (last ? `${a1(first.row, first.col)}:${a1(last.row, last.col)}` : a1(first.row, first.col));

export const bool = (b: boolean): string => (b ? "TRUE()" : "FALSE()");
