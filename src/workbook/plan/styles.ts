/**
 * The workbook's look, as StyleDef entries keyed by name (finance convention: inputs are blue on
 * light yellow; formulas black; totals bold over a rule). Number formats follow the profile's
 * currency, so every style that shows money is derived from `currencyFormat`.
 */
import { PREFIX_SYMBOLS } from "../../model/moneyText";
import { StyleDef } from "./plan";

/** Money format for a currency: `"$"#,##0` style for known symbols, `#,##0 "SEK"` for the rest; negatives in red. */
export function currencyFormat(code: string): string {
  const symbol = PREFIX_SYMBOLS[code];
  const positive = symbol ? `"${symbol}"#,##0` : `#,##0 "${code}"`;
  return `${positive};[Red]-${positive}`;
}

export const FMT = {
  pct: "0.0%",
  pctSigned: "0.0%;[Red]-0.0%",
  int: "#,##0",
  decimal: "#,##0.00",
  months: '0 "months"',
  monthsDecimal: '0.0 "months"',
  years: '0.0 "years"',
  hours: '0.0 "h"',
  score: "0.00",
  factor: "0.0000",
  text: "@",
} as const;

const INPUT_FILL = "#FFF2CC";
const INPUT_FONT = "#0000FF";
const NAVY = "#1F3864";
const HEADER_FILL = "#1F3864";
const SECTION_FILL = "#D9E1F2";
const RESULT_FILL = "#E2EFDA";
const MUTED = "#595959";
const COMPUTED_FILL = "#F2F2F2";

export const RAG_COLORS = {
  GREEN: { fill: "#C6EFCE", font: "#006100" },
  AMBER: { fill: "#FFEB9C", font: "#9C5700" },
  RED: { fill: "#FFC7CE", font: "#9C0006" },
} as const;

export const TAB_COLORS = { inputs: "#FFC000", tco: "#1F3864", cio: "#2F5597", kpi: "#548235", tracking: "#7F6000", calc: "#A6A6A6" } as const;

/** Style keys the sheets use; the writers read the StyleDef from WorkbookPlan.styles. */
export type StyleKey =
  | "title"
  | "subtitle"
  | "section"
  | "header"
  | "headerLeft"
  | "headerGroup"
  | "computedText"
  | "computedPct"
  | "label"
  | "labelIndent"
  | "note"
  | "inputText"
  | "inputMoney"
  | "inputPct"
  | "inputInt"
  | "inputDecimal"
  | "inputYears"
  | "inputMonths"
  | "defaultText"
  | "defaultMoney"
  | "defaultPct"
  | "defaultNumber"
  | "assumption"
  | "money"
  | "moneyBold"
  | "pct"
  | "number"
  | "int"
  | "factor"
  | "months"
  | "years"
  | "text"
  | "textCenter"
  | "result"
  | "resultPct"
  | "resultMonths"
  | "resultYears"
  | "totalLabel"
  | "totalMoney"
  | "status"
  | "yearCell";

export function buildStyles(money: string): Record<StyleKey, StyleDef> {
  const input: StyleDef = { fill: INPUT_FILL, fontColor: INPUT_FONT, border: "thin", unlocked: true };
  const dflt: StyleDef = { fontColor: MUTED, italic: true, hAlign: "right" };
  const result: StyleDef = { bold: true, fill: RESULT_FILL, border: "thin", numFmt: money };
  return {
    title: { bold: true, fontSize: 16, fontColor: NAVY },
    subtitle: { italic: true, fontColor: MUTED },
    section: { bold: true, fontSize: 12, fontColor: NAVY, fill: SECTION_FILL },
    // Headers never wrap: writers set no row heights, so a wrapped header would spill over the row below.
    header: { bold: true, fontColor: "#FFFFFF", fill: HEADER_FILL, hAlign: "center" },
    headerLeft: { bold: true, fontColor: "#FFFFFF", fill: HEADER_FILL, hAlign: "left" },
    headerGroup: { bold: true, fontColor: NAVY, fill: SECTION_FILL, hAlign: "center", border: "bottom" },
    computedText: { fill: COMPUTED_FILL, hAlign: "center" },
    computedPct: { fill: COMPUTED_FILL, numFmt: FMT.pct },
    label: {},
    labelIndent: { fontColor: MUTED },
    // Indented: a note sits right of a right-aligned number, which it would otherwise touch.
    note: { italic: true, fontColor: MUTED, wrap: false, hAlign: "left", indent: 1 },
    // User text (company name, currency, staff roles, tracked periods and notes).
    inputText: { ...input, numFmt: FMT.text, hAlign: "left", quotePrefix: true },
    inputMoney: { ...input, numFmt: money },
    inputPct: { ...input, numFmt: FMT.pct },
    inputInt: { ...input, numFmt: FMT.int },
    inputDecimal: { ...input, numFmt: FMT.decimal },
    inputYears: { ...input, numFmt: '0 "years"' },
    inputMonths: { ...input, numFmt: '0.0 "months"' },
    defaultText: { ...dflt, numFmt: FMT.text },
    defaultMoney: { ...dflt, numFmt: money },
    defaultPct: { ...dflt, numFmt: FMT.pct },
    defaultNumber: { ...dflt, numFmt: "General" },
    assumption: { fill: "#EDEDED", fontColor: "#000000", border: "thin", numFmt: "General" },
    money: { numFmt: money },
    moneyBold: { bold: true, numFmt: money },
    pct: { numFmt: FMT.pct },
    number: { numFmt: FMT.decimal },
    int: { numFmt: FMT.int },
    factor: { numFmt: FMT.factor },
    months: { numFmt: FMT.months },
    years: { numFmt: FMT.years },
    text: {},
    textCenter: { hAlign: "center" },
    result,
    resultPct: { ...result, numFmt: FMT.pctSigned },
    resultMonths: { ...result, numFmt: FMT.months, hAlign: "right" },
    resultYears: { ...result, numFmt: FMT.years, hAlign: "right" },
    totalLabel: { bold: true, border: "top" },
    totalMoney: { bold: true, border: "top", numFmt: money },
    status: { bold: true, hAlign: "center", border: "thin" },
    yearCell: { hAlign: "center", numFmt: "0" },
  };
}
