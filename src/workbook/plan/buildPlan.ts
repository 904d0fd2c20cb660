/**
 * buildPlan: the whole Smartsource workbook as a pure, declarative WorkbookPlan, from a profile.
 * Both writers (ExcelJS and Office.js) render this; nothing here touches Office or ExcelJS.
 */
import { Profile } from "../../model/profile";
import { SheetKey, WorkbookPlan } from "./plan";
import { buildCalcSheet } from "./sheets/calc";
import { buildCioSheet } from "./sheets/cio";
import { BuildContext, DEFAULT_SHEET_NAMES } from "./sheets/common";
import { headlineDefinition } from "./sheets/definitions";
import { buildInputsSheet } from "./sheets/inputs";
import { buildKpiSheet } from "./sheets/kpi";
import { buildTcoSheet } from "./sheets/tco";
import { buildTrackingSheet, DEFAULT_TRACKING_CAPACITY } from "./sheets/tracking";
import { buildStyles, currencyFormat } from "./styles";

export { DEFAULT_SHEET_NAMES } from "./sheets/common";
export { DEFAULT_TRACKING_CAPACITY, TRACKING_LAYOUT } from "./sheets/tracking";

export interface BuildPlanOptions {
  /** Replacement sheet names (e.g. when a foreign sheet already uses one); formulas follow them. */
  sheetNames?: Partial<Record<SheetKey, string>>;
  /** Data rows the tracking formulas cover (default 240); pass more when more rows are tracked. */
  trackingCapacity?: number;
}

/** Excel's sheet-name rules: 1-31 characters, none of : \ / ? * [ ], not starting or ending with '. */
function checkSheetName(key: string, name: string): void {
  if (name.length < 1 || name.length > 31) throw new Error(`sheetNames.${key} must be 1 to 31 characters`);
  if (/[:\\/?*[\]]/.test(name)) throw new Error(`sheetNames.${key} must not contain : \\ / ? * [ or ]`);
  if (name.startsWith("'") || name.endsWith("'")) throw new Error(`sheetNames.${key} must not start or end with an apostrophe`);
}

export function buildPlan(profile: Profile, options: BuildPlanOptions = {}): WorkbookPlan {
  const sheetNames = { ...DEFAULT_SHEET_NAMES, ...options.sheetNames };
  for (const [key, name] of Object.entries(sheetNames)) checkSheetName(key, name);
  const lower = Object.values(sheetNames).map((n) => n.toLowerCase());
  if (new Set(lower).size !== lower.length) throw new Error("sheetNames must all differ (Excel ignores case)");
  const trackingCapacity = options.trackingCapacity ?? DEFAULT_TRACKING_CAPACITY;
  if (!Number.isInteger(trackingCapacity) || trackingCapacity < 1 || trackingCapacity > 100000)
    throw new Error("trackingCapacity must be a whole number from 1 to 100000");

  const money = currencyFormat(profile.company.currency);
  const ctx: BuildContext = { profile, sheetNames, trackingCapacity, currencyFormat: money, names: [] };
  const inputs = buildInputsSheet(ctx);
  const tco = buildTcoSheet(ctx, inputs.refs);
  const calc = buildCalcSheet(ctx, {
    inHouseAnnual: tco.refs.inHouseAnnual,
    outsourcedAnnual: tco.refs.outsourcedAnnual,
    transitionCost: inputs.refs.at["outsourcing.transitionCost"],
    inHouseEscalation: inputs.refs.at["inHouse.escalation"],
    outsourcedEscalation: inputs.refs.at["outsourcing.escalation"],
    discountRate: inputs.refs.at["discountRate"],
    yearSaving: tco.refs.yearSaving,
    yearCumulative: tco.refs.yearCumulative,
  });
  const cio = buildCioSheet(ctx, inputs.refs);
  const tracking = buildTrackingSheet(ctx);
  const kpi = buildKpiSheet(ctx, inputs.refs, tco.refs, cio.refs, tracking.refs);

  const sheets = [inputs.sheet, tco.sheet, cio.sheet, kpi, tracking.sheet, calc];
  // Each headline result carries docs/spec.md §2.2's definition as a cell note too (its name's comment is it already).
  for (const n of ctx.names) {
    const definition = headlineDefinition(n.name);
    if (definition) sheets.find((s) => s.key === n.sheet)!.notes.push({ cell: n.ref.replace(/\$/g, ""), text: `${n.name}: ${definition}` });
  }

  return {
    version: 1,
    sheets,
    names: ctx.names,
    styles: buildStyles(money),
    tracking: tracking.tracking,
  };
}
