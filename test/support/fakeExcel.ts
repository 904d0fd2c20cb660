/// <reference types="office-js" />
/**
 * A small recording fake of the Excel JavaScript API (the part Smartsource uses), for tests and
 * the bench; never bundled into the pane. It behaves the way Excel does where that matters to
 * the writer:
 * - commands are queued and run only at `context.sync()`, in order; a failing command rejects
 *   the sync and the commands before it stay applied (batches are not transactions);
 * - reading a property that was not loaded and synced throws PropertyNotLoaded;
 * - a string written through `values`/`formulas` that starts with = + - @ becomes a formula and a
 *   numeric-looking string becomes a number, unless the cell's number format is text ("@");
 *   a leading apostrophe is not stored but sets the cell's quote prefix (text whatever follows),
 *   as typing it does, and any other write clears the prefix;
 *   null in a 2-D array leaves that cell unchanged, "" clears it;
 * - a dynamic-array formula (seeded with `spill`) fills a block from its anchor; writing the
 *   anchor removes the block's other values, writing into the block blocks it (#SPILL!);
 * - a protected sheet refuses writes;
 * - renaming a sheet rewrites the formulas and names that refer to it; deleting one turns its
 *   references into #REF!.
 * It evaluates no formulas (tests load what it holds into HyperFormula).
 */
import { a1, parseRange, quoteSheet, Rect, rectAddress, splitReference } from "../../src/workbook/plan/a1";

export type Scalar = string | number | boolean;

export interface CellFormat {
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  hAlign?: string;
  wrap?: boolean;
  indent?: number;
  locked?: boolean;
  borders?: Record<string, string>;
}

export interface CellState {
  /** "" for an empty cell; for a formula cell the fake keeps "" (it computes nothing). */
  value: Scalar | "";
  formula: string | null;
  numberFormat: string;
  format: CellFormat;
  /** Excel's quote prefix: the value was entered with a leading apostrophe (not part of the value). */
  quotePrefix?: boolean;
  validation?: { rule: Excel.DataValidationRule; errorAlert?: Excel.DataValidationErrorAlert; prompt?: Excel.DataValidationPrompt };
}

export interface ConditionalFormatState {
  rect: Rect;
  type: string;
  rule?: Excel.ConditionalCellValueRule;
  fill?: string;
  fontColor?: string;
}

export interface ChartState {
  name: string;
  type: string;
  title?: string;
  from?: string;
  to?: string;
  series: { name: string; values: string; xValues?: string }[];
}

export interface SheetState {
  id: string;
  name: string;
  visibility: string;
  tabColor?: string;
  cells: Map<string, CellState>;
  columnWidths: Map<number, number>;
  merges: Rect[];
  conditionalFormats: ConditionalFormatState[];
  charts: ChartState[];
  notes: Map<string, string>;
  freeze: { rows: number; cols: number } | null;
  page: { orientation?: string; zoom?: Excel.PageLayoutZoomOptions; printArea?: string; printTitleRows?: string };
  /** Spilled blocks by anchor cell key ("row,col"). */
  spills: Map<string, Rect>;
  protected: boolean;
}

export interface NameState {
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
}

export interface OpRecord {
  sync: number;
  op: string;
  /** Sheet the command touched, when it touched one. */
  sheet?: string;
}

export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "OfficeExtension.Error";
  }
}

const key = (row: number, col: number): string => `${row},${col}`;
const MAX_ROWS = 1048576;
const MAX_COLS = 16384;
const intersects = (a: Rect, b: Rect): boolean =>
  a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Matches a reference to sheet `name` ('Name'! or Name!) inside a formula. */
function sheetRefPattern(name: string, withAddress: boolean): RegExp {
  const quoted = escapeRe(quoteSheet(name));
  const bare = /^[A-Za-z_][\w.]*$/.test(name) ? `|(?<![\\w.'])${escapeRe(name)}` : "";
  const address = withAddress ? "\\$?[A-Za-z]{1,3}\\$?\\d+(?::\\$?[A-Za-z]{1,3}\\$?\\d+)?" : "";
  return new RegExp(`(?:${quoted}${bare})!${address}`, "gi");
}

const INVALID_SHEET_NAME = /[[\]:*?/\\]/;

/** The whole fake workbook: state, the command log and failure injection. */
export class FakeWorkbook {
  sheets: SheetState[] = [];
  names = new Map<string, NameState>();
  activeSheetId: string | null = null;
  syncCount = 0;
  log: OpRecord[] = [];
  /** Characters of command arguments sent, a rough proxy for the request payload. */
  payloadChars = 0;
  calcSuspended = false;
  calculations: string[] = [];
  /** Whether charts.add on a range of blank cells makes no series (true) or one per column. */
  blankChartSourceMakesNoSeries = true;
  /** Highest ExcelApi minor version the fake claims to support (1.18 has notes). */
  apiVersion = 18;
  /** Throw from the first command for which this returns true (simulates Excel failing mid-batch). */
  failWhen: ((op: OpRecord) => boolean) | null = null;
  private nextId = 1;
  private queue: { record: OpRecord; run: () => void; sheet?: string | (() => SheetState | null) }[] = [];

  constructor(sheetNames: string[] = ["Sheet1"]) {
    for (const n of sheetNames) this.addSheetState(n);
    this.activeSheetId = this.sheets[0]?.id ?? null;
  }

  /** The `Excel` namespace to inject: `run` hands the batch a fresh request context. */
  get excel(): typeof Excel {
    const run = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> =>
      batch(new FakeRequestContext(this) as unknown as Excel.RequestContext);
    return { run } as unknown as typeof Excel;
  }

  readonly requirements = {
    isSetSupported: (name: string, minVersion?: string): boolean => {
      if (name !== "ExcelApi") return false;
      const minor = Number((minVersion ?? "1.1").split(".")[1] ?? 0);
      return minor <= this.apiVersion;
    },
  };

  // ---- state helpers (tests use these to seed and inspect) ----

  addSheetState(name: string): SheetState {
    const s: SheetState = {
      id: `{${String(this.nextId++).padStart(8, "0")}-FAKE}`,
      name,
      visibility: "Visible",
      cells: new Map(),
      columnWidths: new Map(),
      merges: [],
      conditionalFormats: [],
      charts: [],
      notes: new Map(),
      freeze: null,
      page: {},
      spills: new Map(),
      protected: false,
    };
    this.sheets.push(s);
    return s;
  }

  sheet(name: string): SheetState | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  mustSheet(name: string): SheetState {
    const s = this.sheet(name);
    if (!s) throw new FakeExcelError("ItemNotFound", `The requested resource doesn't exist (worksheet "${name}").`);
    return s;
  }

  cell(sheet: SheetState, row: number, col: number): CellState | undefined {
    return sheet.cells.get(key(row, col));
  }

  cellAt(sheetName: string, address: string): CellState | undefined {
    const r = parseRange(address);
    return this.cell(this.mustSheet(sheetName), r.row, r.col);
  }

  ensureCell(sheet: SheetState, row: number, col: number): CellState {
    let c = sheet.cells.get(key(row, col));
    if (!c) {
      c = { value: "", formula: null, numberFormat: "General", format: {} };
      sheet.cells.set(key(row, col), c);
    }
    return c;
  }

  /** Types a value into a cell the way a user would (tests seed data with it). */
  typeValue(sheetName: string, address: string, value: Scalar | ""): void {
    const r = parseRange(address);
    this.writeCell(this.mustSheet(sheetName), r.row, r.col, value, "values");
  }

  /**
   * Puts a formula in a cell with the value Excel computed for it (the fake computes nothing),
   * as a user's sheet would hold it.
   */
  setFormula(sheetName: string, address: string, formula: string, value: Scalar | ""): void {
    const r = parseRange(address);
    const c = this.ensureCell(this.mustSheet(sheetName), r.row, r.col);
    c.formula = formula;
    c.value = value;
  }

  /** A dynamic-array formula at `address` whose results spill over `values` (anchor top-left). */
  spill(sheetName: string, address: string, formula: string, values: (Scalar | "")[][]): void {
    const s = this.mustSheet(sheetName);
    const r = parseRange(address);
    values.forEach((row, i) => row.forEach((v, j) => Object.assign(this.ensureCell(s, r.row + i, r.col + j), { formula: null, value: v })));
    this.setFormula(sheetName, address, formula, values[0][0]);
    s.spills.set(key(r.row, r.col), { row: r.row, col: r.col, rows: values.length, cols: values[0].length });
  }

  /** A snapshot of every cell's content (value or formula) and number format, for "untouched" checks. */
  snapshot(sheetName: string): string {
    const s = this.mustSheet(sheetName);
    const entries = [...s.cells.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
    return JSON.stringify({ name: s.name, visibility: s.visibility, tab: s.tabColor, entries, merges: s.merges, cf: s.conditionalFormats, charts: s.charts, notes: [...s.notes], freeze: s.freeze });
  }

  /** Excel's rule for a value arriving through `values` or `formulas`. */
  writeCell(sheet: SheetState, row: number, col: number, v: unknown, via: "values" | "formulas"): void {
    if (v === null || v === undefined) return; // null leaves the cell unchanged
    if (sheet.protected) throw new FakeExcelError("AccessDenied", `The cell ${a1(row, col)} is on a protected sheet.`);
    this.breakSpills(sheet, row, col);
    const c = this.ensureCell(sheet, row, col);
    c.formula = null;
    delete c.quotePrefix;
    if (typeof v === "string" && v.startsWith("'")) {
      c.value = v.slice(1);
      c.quotePrefix = true;
    } else if (typeof v === "number") {
      if (!Number.isFinite(v)) throw new FakeExcelError("InvalidArgument", `The argument is invalid: ${v} at ${a1(row, col)}.`);
      c.value = v;
    } else if (typeof v === "boolean") c.value = v;
    else if (typeof v === "string") {
      const asText = c.numberFormat === "@";
      if (v === "") c.value = "";
      else if (asText) c.value = v;
      else if (v.trim() !== "" && Number.isFinite(Number(v))) c.value = Number(v);
      else if (/^[=+\-@]./.test(v) || (via === "formulas" && v.startsWith("="))) {
        c.formula = v.startsWith("=") ? v : `=${v}`;
        c.value = "";
      } else c.value = v;
    } else throw new FakeExcelError("InvalidArgument", `Unsupported cell value ${JSON.stringify(v)} at ${a1(row, col)}.`);
  }

  /** Writing a spill's anchor removes its block; writing inside the block leaves the anchor at #SPILL!. */
  private breakSpills(sheet: SheetState, row: number, col: number): void {
    for (const [k, r] of sheet.spills) {
      if (row < r.row || row >= r.row + r.rows || col < r.col || col >= r.col + r.cols) continue;
      sheet.spills.delete(k);
      for (let i = 0; i < r.rows; i++)
        for (let j = 0; j < r.cols; j++) if (i || j) Object.assign(this.ensureCell(sheet, r.row + i, r.col + j), { value: "", formula: null });
      if (row !== r.row || col !== r.col) this.ensureCell(sheet, r.row, r.col).value = "#SPILL!";
    }
  }

  // ---- command queue ----

  /** Queues a command; `sheet` names (or finds, when the command runs) the sheet it touches. */
  enqueue(op: string, run: () => void, sheet?: string | (() => SheetState | null), payload?: unknown): void {
    this.payloadChars += op.length + (payload === undefined ? 0 : JSON.stringify(payload).length);
    this.queue.push({ record: { sync: this.syncCount + 1, op }, run, sheet });
  }

  async sync(): Promise<void> {
    this.syncCount++;
    const queue = this.queue;
    this.queue = [];
    for (const { record, run, sheet } of queue) {
      if (typeof sheet === "string") record.sheet = sheet;
      else if (sheet)
        try {
          record.sheet = sheet()?.name;
        } catch {
          record.sheet = undefined;
        }
      this.log.push(record);
      if (this.failWhen?.(record)) {
        this.failWhen = null;
        throw new FakeExcelError("GeneralException", `Simulated Excel failure at "${record.op}".`);
      }
      run();
    }
    this.calcSuspended = false;
  }

  // ---- structural changes Excel propagates through formulas ----

  renameSheet(s: SheetState, newName: string): void {
    validateSheetName(newName);
    const clash = this.sheet(newName);
    if (clash && clash !== s) throw new FakeExcelError("ItemAlreadyExists", `A sheet named "${newName}" already exists.`);
    const pattern = sheetRefPattern(s.name, false);
    const replacement = `${quoteSheet(newName)}!`;
    this.rewriteFormulas((f) => f.replace(pattern, replacement));
    s.name = newName;
  }

  deleteSheet(s: SheetState): void {
    const visible = this.sheets.filter((x) => x.visibility === "Visible");
    if (visible.length === 1 && visible[0] === s) throw new FakeExcelError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    const pattern = sheetRefPattern(s.name, true);
    this.sheets = this.sheets.filter((x) => x !== s);
    this.rewriteFormulas((f) => f.replace(pattern, "#REF!"));
    if (this.activeSheetId === s.id) this.activeSheetId = this.sheets.find((x) => x.visibility === "Visible")?.id ?? null;
  }

  /** Formulas, names and chart series all hold references Excel keeps in step with the sheets. */
  private rewriteFormulas(fn: (formula: string) => string): void {
    for (const sh of this.sheets) {
      for (const c of sh.cells.values()) if (c.formula) c.formula = fn(c.formula);
      for (const ch of sh.charts)
        for (const ser of ch.series) {
          ser.values = fn(ser.values);
          if (ser.xValues) ser.xValues = fn(ser.xValues);
        }
    }
    for (const n of this.names.values()) n.formula = fn(n.formula);
  }

  resolveName(name: string): NameState | undefined {
    return this.names.get(name.toLowerCase());
  }
}

function validateSheetName(name: string): void {
  if (!name || name.length > 31 || INVALID_SHEET_NAME.test(name) || name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === "history")
    throw new FakeExcelError("InvalidArgument", `"${name}" is not a valid sheet name.`);
}

// ---------------------------------------------------------------------------------------------
// Proxy objects. Each resolves its target when a command runs (as Excel does at sync), keeps
// the properties a load() fetched, and throws PropertyNotLoaded for any other read.
// ---------------------------------------------------------------------------------------------

type LoadArg = string | string[] | { select?: string; expand?: string } | undefined;
function loadList(arg: LoadArg): string[] {
  if (arg === undefined) return [];
  const text = Array.isArray(arg) ? arg.join(",") : typeof arg === "string" ? arg : [arg.select, arg.expand].filter(Boolean).join(",");
  return text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

abstract class FakeProxy {
  protected loaded = new Map<string, unknown>();
  private synced = false;
  protected isNull = false;
  constructor(protected readonly fake: FakeWorkbook) {}

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop))
      throw new FakeExcelError(
        "PropertyNotLoaded",
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    return this.loaded.get(prop) as T;
  }

  get isNullObject(): boolean {
    if (!this.synced) return this.read<boolean>("isNullObject");
    return this.isNull;
  }

  /** Snapshot `props` at sync time; `get(prop)` reads the live state. */
  protected queueLoad(what: string, props: string[], get: (prop: string) => unknown, isNull: () => boolean = () => false): void {
    this.fake.enqueue(`load ${what} [${props.join(",")}]`, () => {
      this.synced = true;
      this.isNull = isNull();
      if (this.isNull) return;
      for (const p of props) this.loaded.set(p, get(p));
    });
  }
}

interface FakeApplication {
  suspendApiCalculationUntilNextSync(): void;
  suspendScreenUpdatingUntilNextSync(): void;
  calculate(type: string): void;
}

class FakeRequestContext {
  readonly workbook: FakeWorkbookProxy;
  readonly application: FakeApplication;
  constructor(private readonly fake: FakeWorkbook) {
    this.application = {
      suspendApiCalculationUntilNextSync: () => fake.enqueue("suspendApiCalculationUntilNextSync", () => (fake.calcSuspended = true)),
      suspendScreenUpdatingUntilNextSync: () => fake.enqueue("suspendScreenUpdatingUntilNextSync", () => undefined),
      calculate: (type: string) => fake.enqueue(`calculate ${type}`, () => fake.calculations.push(type)),
    };
    this.workbook = new FakeWorkbookProxy(fake, this.application);
  }
  sync(): Promise<void> {
    return this.fake.sync();
  }
}

class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  constructor(
    fake: FakeWorkbook,
    readonly application: FakeApplication,
  ) {
    this.worksheets = new FakeWorksheetCollection(fake);
    this.names = new FakeNamedItemCollection(fake);
  }
}

class FakeWorksheetCollection extends FakeProxy {
  private itemsList: FakeWorksheet[] | null = null;
  get items(): FakeWorksheet[] {
    if (!this.itemsList) return this.read("items");
    return this.itemsList;
  }
  load(arg?: LoadArg): this {
    const props = loadList(arg).map((p) => p.replace(/^items\//, ""));
    this.fake.enqueue(`load worksheets [${props.join(",")}]`, () => {
      this.itemsList = this.fake.sheets.map((s) => FakeWorksheet.loadedFrom(this.fake, s, props));
    });
    return this;
  }
  add(name?: string): FakeWorksheet {
    const n = name ?? `Sheet${this.fake.sheets.length + 1}`;
    let created: SheetState | undefined;
    this.fake.enqueue(
      `worksheets.add ${n}`,
      () => {
        validateSheetName(n);
        if (this.fake.sheet(n)) throw new FakeExcelError("ItemAlreadyExists", `A sheet named "${n}" already exists.`);
        created = this.fake.addSheetState(n);
      },
      n,
    );
    return new FakeWorksheet(this.fake, () => {
      if (!created) throw new FakeExcelError("ItemNotFound", `Worksheet "${n}" was not created.`);
      if (!this.fake.sheets.includes(created)) throw new FakeExcelError("ItemNotFound", `Worksheet "${n}" no longer exists.`);
      return created;
    });
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.fake, () => this.fake.mustSheet(name));
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.fake, () => this.fake.sheet(name) ?? null);
  }
}

class FakeWorksheet extends FakeProxy {
  readonly freezePanes: {
    freezeRows(count?: number): void;
    freezeColumns(count?: number): void;
    freezeAt(range: FakeRange | string): void;
    unfreeze(): void;
  };
  readonly pageLayout: {
    orientation: string;
    zoom: Excel.PageLayoutZoomOptions;
    setPrintArea(area: string | FakeRange): void;
    /** Whole rows only: the fake has no whole-row ranges, so only the A1 text form. */
    setPrintTitleRows(rows: string): void;
  };
  readonly charts: FakeChartCollection;
  readonly notes: FakeNoteCollection;

  constructor(
    fake: FakeWorkbook,
    readonly resolve: () => SheetState | null,
  ) {
    super(fake);
    const must = (): SheetState => {
      const s = this.resolve();
      if (!s) throw new FakeExcelError("ItemNotFound", "The requested worksheet doesn't exist.");
      return s;
    };
    this.must = must;
    const freeze = (rows: number, cols: number) => (must().freeze = rows || cols ? { rows, cols } : null);
    this.freezePanes = {
      freezeRows: (count = 1) => fake.enqueue(`freezeRows ${count}`, () => freeze(count, 0)),
      freezeColumns: (count = 1) => fake.enqueue(`freezeColumns ${count}`, () => freeze(0, count)),
      freezeAt: (range) =>
        fake.enqueue("freezeAt", () => {
          const r = typeof range === "string" ? parseRange(range) : range.rect();
          if (r.row !== 0 || r.col !== 0) throw new FakeExcelError("InvalidArgument", "freezeAt needs a range that starts at A1.");
          freeze(r.rows, r.cols);
        }),
      unfreeze: () => fake.enqueue("unfreeze", () => freeze(0, 0)),
    };
    const page = { orientation: "", zoom: {} as Excel.PageLayoutZoomOptions };
    // Page layout is ExcelApi 1.9: an older Excel fails the call, so a writer must gate it.
    const pageApi = () => {
      if (fake.apiVersion < 9) throw new FakeExcelError("ApiNotFound", "Page layout needs ExcelApi 1.9.");
    };
    this.pageLayout = {
      get orientation() {
        return page.orientation;
      },
      set orientation(v: string) {
        pageApi();
        fake.enqueue(`pageLayout.orientation ${v}`, () => (must().page.orientation = v));
      },
      get zoom() {
        return page.zoom;
      },
      set zoom(v: Excel.PageLayoutZoomOptions) {
        pageApi();
        fake.enqueue("pageLayout.zoom", () => (must().page.zoom = v), undefined, v);
      },
      setPrintArea: (area) => {
        pageApi();
        fake.enqueue("setPrintArea", () => (must().page.printArea = typeof area === "string" ? area : rectAddress(area.rect())));
      },
      // Excel rejects title rows that are not whole rows ("$6:$7", or a range spanning every column).
      setPrintTitleRows: (rows) => {
        pageApi();
        fake.enqueue("setPrintTitleRows", () => {
          if (!/^\$?\d+:\$?\d+$/.test(rows)) throw new FakeExcelError("InvalidArgument", "The print title rows must span entire rows.");
          must().page.printTitleRows = rows;
        });
      },
    };
    this.charts = new FakeChartCollection(fake, must);
    this.notes = new FakeNoteCollection(fake, must);
  }
  private readonly must: () => SheetState;

  static loadedFrom(fake: FakeWorkbook, s: SheetState, props: string[]): FakeWorksheet {
    const w = new FakeWorksheet(fake, () => (fake.sheets.includes(s) ? s : null));
    for (const p of props) w.loaded.set(p, p === "protection/protected" ? s.protected : (s as unknown as Record<string, unknown>)[p]);
    return w;
  }

  /** WorksheetProtection as far as `protected` goes (loaded as "protection/protected"). */
  get protection(): { readonly protected: boolean } {
    const read = () => this.read<boolean>("protection/protected");
    return {
      get protected() {
        return read();
      },
    };
  }

  load(arg?: LoadArg): this {
    this.queueLoad("worksheet", loadList(arg), (p) => (this.must() as unknown as Record<string, unknown>)[p], () => this.resolve() === null);
    return this;
  }

  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.fake.enqueue(`rename to ${v}`, () => this.fake.renameSheet(this.must(), v), v);
  }
  get id(): string {
    return this.read("id");
  }
  get visibility(): string {
    return this.read("visibility");
  }
  set visibility(v: string) {
    this.fake.enqueue(`visibility ${v}`, () => {
      const s = this.must();
      if (v !== "Visible" && this.fake.sheets.filter((x) => x.visibility === "Visible" && x !== s).length === 0)
        throw new FakeExcelError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      s.visibility = v;
    });
  }
  set tabColor(v: string) {
    this.fake.enqueue(`tabColor ${v}`, () => (this.must().tabColor = v));
  }
  get tabColor(): string {
    return this.read("tabColor");
  }
  delete(): void {
    this.fake.enqueue("delete worksheet", () => this.fake.deleteSheet(this.must()));
  }
  activate(): void {
    this.fake.enqueue("activate", () => {
      const s = this.must();
      if (s.visibility !== "Visible") throw new FakeExcelError("InvalidOperation", "A hidden sheet cannot be activated.");
      this.fake.activeSheetId = s.id;
    });
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.fake, this.must, () => (address ? parseRange(address) : { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS }));
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.fake, this.must, () => {
      if (rows < 1 || cols < 1 || row < 0 || col < 0 || row + rows > MAX_ROWS || col + cols > MAX_COLS)
        throw new FakeExcelError("InvalidArgument", `getRangeByIndexes(${row}, ${col}, ${rows}, ${cols}) is out of bounds.`);
      return { row, col, rows, cols };
    });
  }
  getCell(row: number, col: number): FakeRange {
    return this.getRangeByIndexes(row, col, 1, 1);
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.getRange().getUsedRangeOrNullObject(valuesOnly);
  }
}

type FormatTarget = (apply: (c: CellFormat) => void, op: string, payload?: unknown) => void;

/** Range.format as far as the writer uses it. */
function makeFormat(forEach: FormatTarget, onColumnWidth: (points: number) => void) {
  const fill = {
    set color(v: string) {
      forEach((c) => (c.fill = v), "fill.color", v);
    },
    clear: () => forEach((c) => delete c.fill, "fill.clear"),
  };
  const font = {
    set bold(v: boolean) {
      forEach((c) => (c.bold = v), "font.bold", v);
    },
    set italic(v: boolean) {
      forEach((c) => (c.italic = v), "font.italic", v);
    },
    set size(v: number) {
      forEach((c) => (c.fontSize = v), "font.size", v);
    },
    set color(v: string) {
      forEach((c) => (c.fontColor = v), "font.color", v);
    },
  };
  return {
    fill,
    font,
    set horizontalAlignment(v: string) {
      forEach((c) => (c.hAlign = v), "horizontalAlignment", v);
    },
    set wrapText(v: boolean) {
      forEach((c) => (c.wrap = v), "wrapText", v);
    },
    set indentLevel(v: number) {
      forEach((c) => (c.indent = v), "indentLevel", v);
    },
    set columnWidth(v: number) {
      onColumnWidth(v);
    },
    protection: {
      set locked(v: boolean) {
        forEach((c) => (c.locked = v), "protection.locked", v);
      },
    },
    borders: {
      getItem: (edge: string) => ({
        set style(v: string) {
          forEach((c) => (c.borders = { ...c.borders, [edge]: v }), `border ${edge}`, v);
        },
        set color(v: string) {
          forEach(() => undefined, `border ${edge} color`, v);
        },
      }),
    },
  };
}

class FakeRange extends FakeProxy {
  private cachedRect: Rect | null | undefined;
  readonly format: ReturnType<typeof makeFormat>;
  readonly dataValidation: {
    rule: Excel.DataValidationRule;
    errorAlert: Excel.DataValidationErrorAlert;
    prompt: Excel.DataValidationPrompt;
    clear(): void;
  };
  readonly conditionalFormats: { add(type: string): FakeConditionalFormat; clearAll(): void };

  constructor(
    fake: FakeWorkbook,
    private readonly sheetOf: () => SheetState,
    private readonly rectOf: () => Rect | null,
  ) {
    super(fake);
    const each: FormatTarget = (apply, op, payload) =>
      fake.enqueue(
        `format ${op}`,
        () => this.cells((r, c) => apply(fake.ensureCell(this.sheetOf(), r, c).format)),
        this.sheetOf,
        payload,
      );
    this.format = makeFormat(each, (points) =>
      fake.enqueue(`columnWidth ${points}`, () => {
        const r = this.rect();
        for (let c = r.col; c < r.col + r.cols; c++) this.sheetOf().columnWidths.set(c, points);
      }),
    );
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    const validationOf = (r: number, c: number) => fake.cell(this.sheetOf(), r, c)?.validation;
    const dv = {
      set rule(rule: Excel.DataValidationRule) {
        fake.enqueue(
          `dataValidation.rule`,
          () => {
            // Excel wants existing validation cleared before a new rule goes on.
            self.cells((r, c) => {
              if (validationOf(r, c)) throw new FakeExcelError("InvalidOperation", `${a1(r, c)} already has data validation: clear it first.`);
            });
            self.cells((r, c) => {
              fake.ensureCell(self.sheetOf(), r, c).validation = { rule };
            });
          },
          undefined,
          rule,
        );
      },
      set errorAlert(alert: Excel.DataValidationErrorAlert) {
        fake.enqueue(`dataValidation.errorAlert`, () =>
          self.cells((r, c) => {
            const v = validationOf(r, c);
            if (v) v.errorAlert = alert;
          }),
        );
      },
      set prompt(prompt: Excel.DataValidationPrompt) {
        fake.enqueue(`dataValidation.prompt`, () =>
          self.cells((r, c) => {
            const v = validationOf(r, c);
            if (v) v.prompt = prompt;
          }),
        );
      },
      clear: () =>
        fake.enqueue(`dataValidation.clear`, () =>
          self.cellsPresent((cell) => {
            delete cell.validation;
          }),
        ),
    } as FakeRange["dataValidation"];
    this.dataValidation = dv;
    this.conditionalFormats = {
      add: (type: string) => {
        const state: ConditionalFormatState = { rect: { row: 0, col: 0, rows: 0, cols: 0 }, type };
        fake.enqueue(`conditionalFormats.add ${type}`, () => {
          state.rect = this.rect();
          this.sheetOf().conditionalFormats.push(state);
        });
        return new FakeConditionalFormat(fake, state);
      },
      clearAll: () =>
        fake.enqueue(`conditionalFormats.clearAll`, () => {
          const r = this.rect();
          const s = this.sheetOf();
          s.conditionalFormats = s.conditionalFormats.filter((cf) => !intersects(cf.rect, r));
        }),
    };
  }

  rect(): Rect {
    if (this.cachedRect === undefined) this.cachedRect = this.rectOf();
    if (!this.cachedRect) throw new FakeExcelError("ItemNotFound", "The range is a null object.");
    return this.cachedRect;
  }

  /** Visits every cell position of the range (all of them: writers keep ranges small). */
  private cells(fn: (row: number, col: number) => void): void {
    const r = this.rect();
    if (r.rows * r.cols > 5_000_000) throw new Error("fake: range too large to visit cell by cell");
    for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) fn(r.row + i, r.col + j);
  }

  /** Visits only cells that hold some state (for whole-sheet clears). */
  private cellsPresent(fn: (cell: CellState, row: number, col: number) => void): void {
    const r = this.rect();
    for (const [k, cell] of this.sheetOf().cells) {
      const [row, col] = k.split(",").map(Number);
      if (row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols) fn(cell, row, col);
    }
  }

  private write2d(prop: "values" | "formulas" | "numberFormat", data: unknown[][]): void {
    const label = `${prop}`;
    this.fake.enqueue(
      label,
      () => {
        const r = this.rect();
        if (!Array.isArray(data) || data.length !== r.rows || data.some((row) => !Array.isArray(row) || row.length !== r.cols))
          throw new FakeExcelError("InvalidArgument", "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
        const s = this.sheetOf();
        data.forEach((row, i) =>
          row.forEach((v, j) => {
            if (prop === "numberFormat") {
              if (v === null || v === undefined) return;
              this.fake.ensureCell(s, r.row + i, r.col + j).numberFormat = v === "" ? "General" : String(v);
            } else this.fake.writeCell(s, r.row + i, r.col + j, v, prop);
          }),
        );
      },
      this.sheetOf,
      data,
    );
  }

  set values(v: unknown[][]) {
    this.write2d("values", v);
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set formulas(v: unknown[][]) {
    this.write2d("formulas", v);
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set numberFormat(v: unknown[][]) {
    this.write2d("numberFormat", v);
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }

  load(arg?: LoadArg): this {
    this.queueLoad(
      "range",
      loadList(arg),
      (p) => {
        const r = this.rect();
        const s = this.sheetOf();
        const grid = (f: (c: CellState | undefined) => unknown) =>
          Array.from({ length: r.rows }, (_, i) => Array.from({ length: r.cols }, (_, j) => f(this.fake.cell(s, r.row + i, r.col + j))));
        switch (p) {
          case "values":
            return grid((c) => c?.value ?? "");
          case "formulas":
            return grid((c) => c?.formula ?? c?.value ?? "");
          case "numberFormat":
            return grid((c) => c?.numberFormat ?? "General");
          case "address":
            return `${quoteSheet(s.name)}!${rectAddress(r)}`;
          case "rowIndex":
            return r.row;
          case "columnIndex":
            return r.col;
          case "rowCount":
            return r.rows;
          case "columnCount":
            return r.cols;
          default:
            throw new FakeExcelError("InvalidArgument", `fake: loading "${p}" of a range is not modelled`);
        }
      },
      () => {
        this.sheetOf();
        return (this.cachedRect === undefined ? (this.cachedRect = this.rectOf()) : this.cachedRect) === null;
      },
    );
    return this;
  }

  /** The block a dynamic-array formula in this single cell spills into (ExcelApi 1.12), or a null object. */
  getSpillingToRangeOrNullObject(): FakeRange {
    if (this.fake.apiVersion < 12) throw new FakeExcelError("ApiNotFound", "getSpillingToRangeOrNullObject needs ExcelApi 1.12.");
    return new FakeRange(this.fake, this.sheetOf, () => {
      const r = this.rect();
      if (r.rows !== 1 || r.cols !== 1) throw new FakeExcelError("InvalidArgument", "getSpillingToRange needs a single cell.");
      return this.sheetOf().spills.get(key(r.row, r.col)) ?? null;
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.fake, this.sheetOf, () => {
      const r = this.rect();
      let minR = Infinity,
        minC = Infinity,
        maxR = -1,
        maxC = -1;
      for (const [k, c] of this.sheetOf().cells) {
        const used = c.formula !== null || c.value !== "" || (!valuesOnly && (c.numberFormat !== "General" || Object.keys(c.format).length > 0));
        if (!used) continue;
        const [row, col] = k.split(",").map(Number);
        if (row < r.row || row >= r.row + r.rows || col < r.col || col >= r.col + r.cols) continue;
        minR = Math.min(minR, row);
        maxR = Math.max(maxR, row);
        minC = Math.min(minC, col);
        maxC = Math.max(maxC, col);
      }
      return maxR < 0 ? null : { row: minR, col: minC, rows: maxR - minR + 1, cols: maxC - minC + 1 };
    });
  }

  clear(applyTo: string = "All"): void {
    this.fake.enqueue(`clear ${applyTo}`, () => {
      const s = this.sheetOf();
      const r = this.rect();
      this.cellsPresent((cell, row, col) => {
        if (applyTo === "All" || applyTo === "Contents") {
          cell.value = "";
          cell.formula = null;
          delete cell.quotePrefix;
        }
        if (applyTo === "All" || applyTo === "Formats") {
          cell.numberFormat = "General";
          cell.format = {};
          delete cell.quotePrefix;
        }
        if (cell.value === "" && cell.formula === null && cell.numberFormat === "General" && !cell.validation && Object.keys(cell.format).length === 0)
          s.cells.delete(key(row, col));
      });
      if (applyTo === "All" || applyTo === "Formats") s.merges = s.merges.filter((m) => !intersects(m, r));
    });
  }

  merge(across = false): void {
    this.fake.enqueue(`merge`, () => {
      const r = this.rect();
      const s = this.sheetOf();
      if (s.merges.some((m) => intersects(m, r))) throw new FakeExcelError("InvalidOperation", `${rectAddress(r)} overlaps a merged area.`);
      if (across) for (let i = 0; i < r.rows; i++) s.merges.push({ row: r.row + i, col: r.col, rows: 1, cols: r.cols });
      else s.merges.push(r);
    });
  }

  unmerge(): void {
    this.fake.enqueue(`unmerge`, () => {
      const r = this.rect();
      const s = this.sheetOf();
      s.merges = s.merges.filter((m) => !intersects(m, r));
    });
  }

  /** Sheet-qualified absolute address, computed now (commands run in order, so this is the rect at use time). */
  qualified(): string {
    return `${quoteSheet(this.sheetOf().name)}!${rectAddress(this.rect(), true)}`;
  }
}

class FakeConditionalFormat {
  readonly cellValue: { format: { fill: { color: string }; font: { color: string } }; rule: Excel.ConditionalCellValueRule };
  constructor(fake: FakeWorkbook, state: ConditionalFormatState) {
    this.cellValue = {
      format: {
        fill: {
          set color(v: string) {
            fake.enqueue("cf fill", () => (state.fill = v), undefined, v);
          },
          get color() {
            return state.fill ?? "";
          },
        },
        font: {
          set color(v: string) {
            fake.enqueue("cf font", () => (state.fontColor = v), undefined, v);
          },
          get color() {
            return state.fontColor ?? "";
          },
        },
      },
      set rule(v: Excel.ConditionalCellValueRule) {
        fake.enqueue("cf rule", () => (state.rule = v), undefined, v);
      },
      get rule() {
        return state.rule as Excel.ConditionalCellValueRule;
      },
    };
  }
}

class FakeChartCollection extends FakeProxy {
  private itemsList: FakeChart[] | null = null;
  constructor(
    fake: FakeWorkbook,
    private readonly sheetOf: () => SheetState,
  ) {
    super(fake);
  }
  get items(): FakeChart[] {
    if (!this.itemsList) return this.read("items");
    return this.itemsList;
  }
  load(arg?: LoadArg): this {
    void arg;
    this.fake.enqueue("load charts", () => {
      const s = this.sheetOf();
      this.itemsList = s.charts.map((c) => new FakeChart(this.fake, () => s, c));
    });
    return this;
  }
  add(type: string, source: FakeRange, seriesBy: string = "Auto"): FakeChart {
    const state: ChartState = { name: "", type, series: [] };
    this.fake.enqueue(`charts.add ${type}`, () => {
      const s = this.sheetOf();
      const r = source.rect();
      state.name = `Chart ${s.charts.length + 1}`;
      void seriesBy;
      // One series per column of the source (what Excel does for a tall range); a source of
      // blank cells may give none (whether Excel makes one is not documented: the fake does not).
      const blank = ![...s.cells].some(([k, c]) => {
        const [row, col] = k.split(",").map(Number);
        return (c.value !== "" || c.formula) && row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;
      });
      if (!(blank && this.fake.blankChartSourceMakesNoSeries))
        for (let j = 0; j < r.cols; j++)
        state.series.push({ name: `Series${j + 1}`, values: `${quoteSheet(s.name)}!${rectAddress({ row: r.row, col: r.col + j, rows: r.rows, cols: 1 }, true)}` });
      s.charts.push(state);
    }, this.sheetOf);
    return new FakeChart(this.fake, this.sheetOf, state);
  }
}

class FakeChart {
  readonly title: { text: string };
  readonly series: { add(name?: string): FakeChartSeries; getItemAt(i: number): FakeChartSeries; getCount(): { readonly value: number } };
  constructor(
    private readonly fake: FakeWorkbook,
    private readonly sheetOf: () => SheetState,
    private readonly state: ChartState,
  ) {
    const st = state;
    this.title = {
      set text(v: string) {
        fake.enqueue("chart title", () => (st.title = v), undefined, v);
      },
      get text() {
        return st.title ?? "";
      },
    };
    this.series = {
      add: (name?: string) => {
        const ser = { name: name ?? "", values: "" };
        fake.enqueue(`chart series.add ${name ?? ""}`, () => st.series.push(ser));
        return new FakeChartSeries(fake, () => ser);
      },
      getCount: () => {
        const result = { loaded: false, count: 0 };
        fake.enqueue("chart series.getCount", () => {
          result.loaded = true;
          result.count = st.series.length;
        });
        return {
          get value(): number {
            if (!result.loaded) throw new FakeExcelError("PropertyNotLoaded", "The value of the result object has not been loaded yet. Before reading the value property, call context.sync().");
            return result.count;
          },
        };
      },
      getItemAt: (i: number) =>
        new FakeChartSeries(fake, () => {
          const ser = st.series[i];
          if (!ser) throw new FakeExcelError("ItemNotFound", `Chart series ${i} doesn't exist.`);
          return ser;
        }),
    };
  }
  set name(v: string) {
    this.fake.enqueue(`chart name ${v}`, () => (this.state.name = v));
  }
  get name(): string {
    return this.state.name;
  }
  setPosition(from: string, to?: string): void {
    this.fake.enqueue(`chart setPosition ${from}:${to ?? ""}`, () => {
      parseRange(from);
      if (to) parseRange(to);
      this.state.from = from;
      this.state.to = to;
    });
  }
  delete(): void {
    this.fake.enqueue("chart delete", () => {
      const s = this.sheetOf();
      s.charts = s.charts.filter((c) => c !== this.state);
    });
  }
}

class FakeChartSeries {
  constructor(
    private readonly fake: FakeWorkbook,
    private readonly state: () => ChartState["series"][number],
  ) {}
  set name(v: string) {
    this.fake.enqueue(`series name ${v}`, () => (this.state().name = v));
  }
  setValues(range: FakeRange): void {
    this.fake.enqueue("series setValues", () => (this.state().values = range.qualified()));
  }
  setXAxisValues(range: FakeRange): void {
    this.fake.enqueue("series setXAxisValues", () => (this.state().xValues = range.qualified()));
  }
}

class FakeNoteCollection extends FakeProxy {
  private itemsList: { delete(): void; content: string }[] | null = null;
  constructor(
    fake: FakeWorkbook,
    private readonly sheetOf: () => SheetState,
  ) {
    super(fake);
  }
  private requireApi(): void {
    if (this.fake.apiVersion < 18) throw new FakeExcelError("ApiNotFound", "Notes need ExcelApi 1.18.");
  }
  get items(): { delete(): void; content: string }[] {
    if (!this.itemsList) return this.read("items");
    return this.itemsList;
  }
  load(arg?: LoadArg): this {
    void arg;
    this.fake.enqueue("load notes", () => {
      this.requireApi();
      const s = this.sheetOf();
      this.itemsList = [...s.notes.entries()].map(([cell, content]) => ({
        content,
        delete: () => this.fake.enqueue("note delete", () => s.notes.delete(cell)),
      }));
    });
    return this;
  }
  add(cellAddress: string | FakeRange, content: string): void {
    this.fake.enqueue(
      `notes.add`,
      () => {
        this.requireApi();
        const r = typeof cellAddress === "string" ? parseRange(cellAddress) : cellAddress.rect();
        if (r.rows !== 1 || r.cols !== 1) throw new FakeExcelError("InvalidArgument", "A note goes on a single cell.");
        const s = this.sheetOf();
        const k = a1(r.row, r.col);
        if (s.notes.has(k)) throw new FakeExcelError("InvalidOperation", `${k} already has a note.`);
        s.notes.set(k, content);
      },
      undefined,
      content,
    );
  }
}

const NAME_RE = /^[A-Za-z_\\][\w.\\]*$/;
const CELL_LIKE = /^[A-Za-z]{1,3}\d+$/;

class FakeNamedItemCollection extends FakeProxy {
  private itemsList: FakeNamedItem[] | null = null;
  get items(): FakeNamedItem[] {
    if (!this.itemsList) return this.read("items");
    return this.itemsList;
  }
  load(arg?: LoadArg): this {
    const props = loadList(arg).map((p) => p.replace(/^items\//, ""));
    this.fake.enqueue(`load names [${props.join(",")}]`, () => {
      this.itemsList = [...this.fake.names.values()].map((n) => FakeNamedItem.loadedFrom(this.fake, n, props));
    });
    return this;
  }
  add(name: string, reference: string | FakeRange, comment?: string): FakeNamedItem {
    let created: NameState | undefined;
    this.fake.enqueue(
      `names.add ${name}`,
      () => {
        if (!NAME_RE.test(name) || CELL_LIKE.test(name) || name.length > 255) throw new FakeExcelError("InvalidArgument", `"${name}" is not a valid name.`);
        if (this.fake.resolveName(name)) throw new FakeExcelError("ItemAlreadyExists", `The name "${name}" already exists.`);
        const formula = typeof reference === "string" ? (reference.startsWith("=") ? reference : `=${reference}`) : `=${reference.qualified()}`;
        created = { name, formula, comment: comment ?? "", visible: true };
        this.fake.names.set(name.toLowerCase(), created);
      },
      undefined,
      reference,
    );
    return new FakeNamedItem(this.fake, () => created ?? null);
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.fake, () => {
      const n = this.fake.resolveName(name);
      if (!n) throw new FakeExcelError("ItemNotFound", `The name "${name}" doesn't exist.`);
      return n;
    });
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.fake, () => this.fake.resolveName(name) ?? null);
  }
}

function nameType(n: NameState): string {
  if (splitReference(n.formula)) return "Range";
  if (/#REF!/i.test(n.formula)) return "Error";
  const body = n.formula.slice(1);
  if (/^(TRUE|FALSE)$/i.test(body)) return "Boolean";
  if (/^-?\d+$/.test(body)) return "Integer";
  if (Number.isFinite(Number(body))) return "Double";
  if (/^".*"$/.test(body)) return "String";
  return "Array"; // any other formula; Excel reports the computed type, unknown to the fake
}

class FakeNamedItem extends FakeProxy {
  constructor(
    fake: FakeWorkbook,
    private readonly resolve: () => NameState | null,
  ) {
    super(fake);
  }
  private must(): NameState {
    const n = this.resolve();
    if (!n) throw new FakeExcelError("ItemNotFound", "The name doesn't exist.");
    return n;
  }
  static loadedFrom(fake: FakeWorkbook, n: NameState, props: string[]): FakeNamedItem {
    const item = new FakeNamedItem(fake, () => (fake.resolveName(n.name) === n ? n : null));
    for (const p of props) item.loaded.set(p, FakeNamedItem.prop(n, p));
    return item;
  }
  private static prop(n: NameState, p: string): unknown {
    switch (p) {
      case "type":
        return nameType(n);
      case "name":
      case "formula":
      case "comment":
      case "visible":
        return n[p];
      default:
        throw new FakeExcelError("InvalidArgument", `fake: loading "${p}" of a name is not modelled`);
    }
  }
  load(arg?: LoadArg): this {
    this.queueLoad("name", loadList(arg), (p) => FakeNamedItem.prop(this.must(), p), () => this.resolve() === null);
    return this;
  }
  get name(): string {
    return this.read("name");
  }
  get type(): string {
    return this.read("type");
  }
  get formula(): string {
    return this.read("formula");
  }
  set formula(v: string) {
    this.fake.enqueue(`name formula ${v}`, () => (this.must().formula = v.startsWith("=") ? v : `=${v}`), undefined, v);
  }
  set comment(v: string) {
    this.fake.enqueue("name comment", () => (this.must().comment = v), undefined, v);
  }
  get visible(): boolean {
    return this.read("visible");
  }
  set visible(v: boolean) {
    this.fake.enqueue(`name visible ${v}`, () => (this.must().visible = v));
  }
  delete(): void {
    this.fake.enqueue("name delete", () => this.fake.names.delete(this.must().name.toLowerCase()));
  }
  getRange(): FakeRange {
    return this.rangeOf(true);
  }
  getRangeOrNullObject(): FakeRange {
    return this.rangeOf(false);
  }
  private rangeOf(must: boolean): FakeRange {
    let ref: { sheet: string; address: string } | null | undefined;
    const target = () => {
      if (ref === undefined) {
        const n = this.resolve();
        ref = n ? splitReference(n.formula) : null;
        if (ref && !this.fake.sheet(ref.sheet)) ref = null;
        if (!ref && must) throw new FakeExcelError("InvalidArgument", "The name does not refer to a range.");
      }
      return ref;
    };
    return new FakeRange(
      this.fake,
      () => this.fake.mustSheet(target()?.sheet ?? this.fake.sheets[0].name),
      () => {
        const t = target();
        return t ? parseRange(t.address) : null;
      },
    );
  }
}
