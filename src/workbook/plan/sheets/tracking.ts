/**
 * The Tracking sheet: the user's table of actuals, one row per period, and the operational KPIs
 * computed from it. The data area (TRACKING_HEADERS columns × capacity rows) is never part of a
 * block, so writing the plan can never overwrite a tracked row; the per-row helper columns and
 * the KPI panel sit beside it. The first build writes no rows: a CFO's workbook holds no
 * invented data.
 */
import { KPIS } from "../../../model/kpiCatalog";
import { a1 } from "../a1";
import { SheetPlan, TrackingLayout, TrackingPlan, ValidationRule } from "../plan";
import { TAB_COLORS } from "../styles";
import { addName, BlockBuilder, BuildContext, CellAt, emptySheet, fx, lit } from "./common";

const KPI_BY_ID = new Map(KPIS.map((k) => [k.id as string, k]));

/** The user's columns, from column A. */
export const TRACKING_COLUMNS = [
  { key: "period", header: "Period", width: 14, style: "inputText" },
  { key: "slaTarget", header: "SLA target", width: 11, style: "inputPct" },
  { key: "slaActual", header: "SLA actual", width: 11, style: "inputPct" },
  { key: "tickets", header: "Tickets", width: 10, style: "inputInt" },
  { key: "firstContact", header: "First-contact fixes", width: 18, style: "inputInt" },
  { key: "csat", header: "CSAT (1-5)", width: 11, style: "inputDecimal" },
  { key: "availability", header: "Availability", width: 12, style: "inputPct" },
  { key: "contracted", header: "Contracted cost", width: 16, style: "inputMoney" },
  { key: "invoiced", header: "Invoiced cost", width: 16, style: "inputMoney" },
  { key: "p1Hours", header: "P1 hours to fix", width: 15, style: "inputDecimal" },
  { key: "notes", header: "Notes", width: 28, style: "inputText" },
] as const;
export type TrackingKey = (typeof TRACKING_COLUMNS)[number]["key"];
export const TRACKING_COL = Object.fromEntries(TRACKING_COLUMNS.map((c, i) => [c.key, i])) as Record<TrackingKey, number>;

const HELPERS = ["SLA met?", "First-contact %", "Cost variance"];
const HEADER_ROW = 3;
const PANEL_COL = TRACKING_COLUMNS.length + HELPERS.length + 1; // one spacer column

/** The user's table: where a rebuild finds it, whatever the profile or the capacity. */
export const TRACKING_LAYOUT: Readonly<TrackingLayout> = {
  sheet: "tracking",
  headerRow: HEADER_ROW,
  firstDataRow: HEADER_ROW + 1,
  col: 0,
  headers: TRACKING_COLUMNS.map((c) => c.header),
  columnStyles: TRACKING_COLUMNS.map((c) => c.style),
};
export const DEFAULT_TRACKING_CAPACITY = 240;
/**
 * Periods the print area covers: four years of months or twelve of quarters, one landscape page.
 * The plan cannot know how many rows the user fills, and no print area is no better: Excel then
 * prints the used range, which runs to the end of the capacity (the helper columns hold formulas
 * on every row, and the data area's fills and borders count too). A formula (OFFSET) print area
 * would follow the data in Excel only: LibreOffice drops it and Office.js sets addresses.
 */
export const PRINTED_PERIODS = 48;

const VALIDATION: Partial<Record<TrackingKey, ValidationRule>> = {
  slaTarget: { kind: "decimal", min: 0, max: 1, message: "Enter a share from 0% to 100%." },
  slaActual: { kind: "decimal", min: 0, max: 1, message: "Enter a share from 0% to 100%." },
  tickets: { kind: "whole", min: 0, message: "Enter a whole number of tickets (0 or more)." },
  firstContact: { kind: "whole", min: 0, message: "Enter a whole number of tickets (0 or more)." },
  csat: { kind: "decimal", min: 1, max: 5, message: "Enter a score from 1 to 5." },
  availability: { kind: "decimal", min: 0, max: 1, message: "Enter availability from 0% to 100%." },
  contracted: { kind: "decimal", min: 0, message: "Enter an amount of 0 or more." },
  invoiced: { kind: "decimal", min: 0, message: "Enter an amount of 0 or more." },
  p1Hours: { kind: "decimal", min: 0, message: "Enter hours (0 or more)." },
};

/**
 * The KPIs use only forms every engine evaluates alike (COUNT, COUNTIF, SUMIFS, AVERAGE): Gnumeric
 * and IronCalc read ISNUMBER(range) inside SUMPRODUCT as an implicit intersection with the
 * formula's row, not as an array, and gave another SLA attainment and cost variance than Excel.
 *
 * SLA attainment counts the "SLA met?" helper column: periods with both an actual and a target
 * are "Met" (actual ≥ target, as SLAATTAINMENT with higher_is_better TRUE) or "Missed"; a period
 * missing either is blank, not met (SLAATTAINMENT's native form would count a blank target as 0).
 */
function slaFormula(helper: string): string {
  const met = `COUNTIF(${helper},"Met")`;
  const measured = `(${met}+COUNTIF(${helper},"Missed"))`;
  return `IF(${measured}=0,"",${met}/${measured})`;
}

/**
 * Invoiced vs contracted over the periods with both amounts (0 or more, as their validation asks;
 * a blank or text cell leaves the period out): (Σ invoiced − Σ contracted) ÷ Σ contracted.
 */
function costVarianceFormula(contracted: string, invoiced: string): string {
  const both = `${contracted},">=0",${invoiced},">=0"`;
  const sum = (range: string) => `SUMIFS(${range},${both})`;
  return `IF(${sum(contracted)}=0,"",(${sum(invoiced)}-${sum(contracted)})/${sum(contracted)})`;
}

/** The operational KPI cells, by KPI id of kpiCatalog.ts. */
export type TrackingRefs = Record<"slaAttainment" | "firstContactResolution" | "customerSatisfaction" | "availability" | "costVariance" | "p1ResolveHours", CellAt>;

export function buildTrackingSheet(ctx: BuildContext): { sheet: SheetPlan; refs: TrackingRefs; tracking: TrackingPlan } {
  const cap = ctx.trackingCapacity;
  const widths = [...TRACKING_COLUMNS.map((c) => c.width), 12, 16, 15, 3, 30, 14];
  const sheet = emptySheet(ctx, "tracking", widths, TAB_COLORS.tracking);
  const first = TRACKING_LAYOUT.firstDataRow;
  const last = HEADER_ROW + cap;
  const col = (key: TrackingKey) => {
    const letter = a1(0, TRACKING_COL[key]).replace(/\d+$/, "");
    return { range: `$${letter}$${first + 1}:$${letter}$${last + 1}`, cell: (row: number) => `${letter}${row + 1}` };
  };
  const helperCol = (i: number) => a1(0, TRACKING_COLUMNS.length + i).replace(/\d+$/, "");
  const helperRange = (i: number) => `$${helperCol(i)}$${first + 1}:$${helperCol(i)}$${last + 1}`;

  // Title and header rows (above the data area, full width).
  const top = new BlockBuilder("tracking", 0, 0, TRACKING_COLUMNS.length + HELPERS.length);
  top.add([lit("Tracking: provider performance by period", "title")]);
  const printed = Math.min(cap, PRINTED_PERIODS);
  top.add([
    lit(
      `Add one row per month or quarter (up to ${cap} rows); leave a cell blank when it was not measured. Grey columns and the KPI panel are calculated. The print area covers the first ${printed} rows: extend it (Page Layout > Print Area) when you track more.`,
      "subtitle",
    ),
  ]);
  top.add();
  top.add([...TRACKING_COLUMNS.map((c) => lit(c.header, "header")), ...HELPERS.map((h) => lit(h, "header"))]);
  sheet.blocks.push(top.build());

  // Per-row helper columns beside the data area (never inside it).
  const helpers = new BlockBuilder("tracking", first, TRACKING_COLUMNS.length, HELPERS.length);
  const { slaTarget, slaActual, tickets, firstContact, contracted, invoiced } = {
    slaTarget: col("slaTarget"),
    slaActual: col("slaActual"),
    tickets: col("tickets"),
    firstContact: col("firstContact"),
    contracted: col("contracted"),
    invoiced: col("invoiced"),
  };
  for (let row = first; row <= last; row++) {
    const [t, a, n, f, k, i] = [slaTarget, slaActual, tickets, firstContact, contracted, invoiced].map((x) => x.cell(row));
    helpers.add([
      fx(`IF(AND(ISNUMBER(${a}),ISNUMBER(${t})),IF(${a}>=${t},"Met","Missed"),"")`, "computedText"),
      fx(`IF(AND(ISNUMBER(${n}),ISNUMBER(${f})),IF(${n}>0,${f}/${n},""),"")`, "computedPct"),
      fx(`IF(AND(ISNUMBER(${k}),ISNUMBER(${i})),IF(${k}>0,(${i}-${k})/${k},""),"")`, "computedPct"),
    ]);
  }
  sheet.blocks.push(helpers.build());

  // KPI panel to the right.
  const panel = new BlockBuilder("tracking", HEADER_ROW, PANEL_COL, 2);
  panel.add([lit("Period KPIs", "headerLeft"), lit("Value", "header")]);
  const avg = (range: string) => `IF(COUNT(${range})=0,"",AVERAGE(${range}))`;
  panel.add([lit("Periods tracked", "label"), fx(`COUNTA(${col("period").range})`, "int")]);
  const kpi = (label: string, formula: string, style: "pct" | "number" | "int") => panel.add([lit(label, "label"), fx(formula, style)]);
  const rows = {
    slaAttainment: kpi("SLA attainment", slaFormula(helperRange(0)), "pct"),
    firstContactResolution: kpi("First-contact resolution", avg(helperRange(1)), "pct"),
    customerSatisfaction: kpi("Customer satisfaction (1-5)", avg(col("csat").range), "number"),
    availability: kpi("Availability", avg(col("availability").range), "pct"),
    costVariance: kpi("Invoiced vs contracted cost", costVarianceFormula(contracted.range, invoiced.range), "pct"),
    p1ResolveHours: kpi("P1 time to resolve (hours)", avg(col("p1Hours").range), "number"),
  };
  panel.add([lit("Rows with an SLA actual and target count toward attainment; averages ignore blank cells.", "note")]);
  sheet.blocks.push(panel.build());

  const refs = Object.fromEntries(Object.entries(rows).map(([id, row]) => [id, panel.at(row, 1)])) as TrackingRefs;
  const NAMES: Record<keyof TrackingRefs, string> = {
    slaAttainment: "SS_KPI_SLAAttainment",
    firstContactResolution: "SS_KPI_FirstContactResolution",
    customerSatisfaction: "SS_KPI_CustomerSatisfaction",
    availability: "SS_KPI_Availability",
    costVariance: "SS_KPI_CostVariance",
    p1ResolveHours: "SS_KPI_P1ResolveHours",
  };
  for (const id of Object.keys(NAMES) as (keyof TrackingRefs)[]) addName(ctx, NAMES[id], refs[id], undefined, { comment: KPI_BY_ID.get(id)!.definition });
  addName(ctx, "SS_Tracking_Data", { sheet: "tracking", row: first, col: 0 }, { sheet: "tracking", row: last, col: TRACKING_COLUMNS.length - 1 }, { comment: "The tracked periods (user data)" });

  for (const [key, rule] of Object.entries(VALIDATION) as [TrackingKey, ValidationRule][]) sheet.validations.push({ range: col(key).range.replace(/\$/g, ""), rule });

  const chartRange = (letterRange: string) => letterRange.replace(/\$/g, "");
  sheet.charts.push(
    {
      title: "Service levels by period",
      type: "line",
      categories: chartRange(col("period").range),
      series: [
        { name: "SLA actual", values: chartRange(slaActual.range) },
        { name: "Availability", values: chartRange(col("availability").range) },
        { name: "First-contact %", values: chartRange(helperRange(1)) },
      ],
      from: `${a1(HEADER_ROW + 10, PANEL_COL)}`,
      to: `${a1(HEADER_ROW + 28, PANEL_COL + 7)}`,
      trimToData: true,
    },
    {
      title: "Contracted vs invoiced cost",
      type: "column",
      categories: chartRange(col("period").range),
      series: [
        { name: "Contracted", values: chartRange(contracted.range) },
        { name: "Invoiced", values: chartRange(invoiced.range) },
      ],
      from: `${a1(HEADER_ROW + 30, PANEL_COL)}`,
      to: `${a1(HEADER_ROW + 48, PANEL_COL + 7)}`,
      trimToData: true,
    },
  );
  sheet.freeze = { rows: HEADER_ROW + 1, cols: 1 };
  sheet.print.area = `A1:${a1(HEADER_ROW + printed, TRACKING_COLUMNS.length + HELPERS.length - 1)}`;
  // The column headers repeat on every page once the user extends the print area past one page.
  sheet.print.titleRows = { first: HEADER_ROW, last: HEADER_ROW };

  return { sheet, refs, tracking: { ...TRACKING_LAYOUT, capacity: cap } };
}
