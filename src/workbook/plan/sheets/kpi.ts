/**
 * The KPI scorecard: every KPI of kpiCatalog.ts with its value (a formula), target (an input
 * cell), unit, RAG status (KPISTATUS's native formula, blank without a value or target, RED for
 * "never") and one-line definition. Below it, the basis of the IT-spend KPIs.
 */
import { nativeFormula } from "../../../model/functionTable";
import { KpiDef, KPIS, KpiUnit } from "../../../model/kpiCatalog";
import { SheetPlan, ValidationRule } from "../plan";
import { FMT, RAG_COLORS, StyleKey, TAB_COLORS } from "../styles";
import { addName, BlockBuilder, bool, BuildContext, CellAt, emptySheet, fx, lit, localRange, refText } from "./common";
import { CioRefs } from "./cio";
import { InputRefs } from "./inputs";
import { companySubtitle, section } from "./layout";
import { TcoRefs } from "./tco";
import { TrackingRefs } from "./tracking";

const COL = { label: 0, value: 1, target: 2, unit: 3, status: 4, better: 5, definition: 6 } as const;
const WIDTH = 7;

/** Defined name of each KPI's target input cell. */
export const targetName = (id: string): string => `SS_Target_${id[0].toUpperCase()}${id.slice(1)}`;

function unitFormat(unit: KpiUnit, money: string): { fmt: string; label: (currency: string) => string; rule: ValidationRule } {
  switch (unit) {
    case "%":
      return { fmt: FMT.pctSigned, label: () => "%", rule: { kind: "decimal", min: -10, max: 10, message: "Enter a percentage from -1000% to 1000% (5% or 0.05)." } };
    case "currency":
      return { fmt: money, label: (c) => c, rule: { kind: "decimal", message: "Enter an amount." } };
    case "months":
      return { fmt: FMT.months, label: () => "months", rule: { kind: "decimal", min: 0, max: 1200, message: "Enter months (0 to 1200)." } };
    case "years":
      return { fmt: FMT.years, label: () => "years", rule: { kind: "decimal", min: 0, max: 100, message: "Enter years (0 to 100)." } };
    case "score":
      return { fmt: FMT.score, label: () => "score 1-5", rule: { kind: "decimal", min: 1, max: 5, message: "Enter a score from 1 to 5." } };
    case "hours":
      return { fmt: FMT.hours, label: () => "hours", rule: { kind: "decimal", min: 0, max: 10000, message: "Enter hours (0 to 10000)." } };
  }
}

export function buildKpiSheet(ctx: BuildContext, inputs: InputRefs, tco: TcoRefs, cio: CioRefs, tracking: TrackingRefs): SheetPlan {
  // Value and target show billions in any currency format (the CIO continuity cost, the IT spend).
  const sheet = emptySheet(ctx, "kpi", [30, 18, 18, 11, 11, 13, 100], TAB_COLORS.kpi);
  const inp = (path: string) => refText(ctx, inputs.at[path], "kpi");
  const loc = (c: CellAt) => refText(ctx, c, "kpi");
  const b = new BlockBuilder("kpi", 0, 0, WIDTH);
  b.add([lit("KPI scorecard", "title")]);
  b.add([companySubtitle(ctx, inputs, "kpi")]);
  b.add([lit("Targets (yellow) are inputs. Status: GREEN meets the target, AMBER misses it by at most 10%, RED otherwise; blank without a value or target.", "note")]);
  const header = b.add(["KPI", "Value", "Target", "Unit", "Status", "Better when", "Definition"].map((h) => lit(h, h === "KPI" || h === "Definition" ? "headerLeft" : "header")));

  const firstKpiRow = b.nextRow;
  // The IT-spend basis sits below the scorecard; its rows are fixed by the catalog's length.
  const basisTop = firstKpiRow + KPIS.length + 1;
  const basis = {
    spend: { sheet: "kpi", row: basisTop + 1, col: COL.value } as CellAt,
    revenue: { sheet: "kpi", row: basisTop + 2, col: COL.value } as CellAt,
    employees: { sheet: "kpi", row: basisTop + 3, col: COL.value } as CellAt,
    benefits: { sheet: "kpi", row: basisTop + 4, col: COL.value } as CellAt,
  };
  const spend = loc(basis.spend);

  const valueFormula: Record<string, string> = {
    itSpendPctRevenue: `IF(${loc(basis.revenue)}=0,"",${spend}/${loc(basis.revenue)})`,
    itSpendPerEmployee: `IF(${loc(basis.employees)}=0,"",${spend}/${loc(basis.employees)})`,
    tcoSaving: loc(tco.saving),
    tcoSavingPct: loc(tco.savingPct),
    breakEvenMonths: loc(tco.breakEven),
    itRoi: `IF(${spend}=0,"",${nativeFormula("ROI", [loc(basis.benefits), spend])})`,
    paybackYears: loc(tco.payback),
    governancePct: `IF(${inp("outsourcing.annualFee")}=0,"",${inp("outsourcing.governanceRate")})`,
    cioContinuityCost: loc(cio.continuityCost),
    ...Object.fromEntries(Object.entries(tracking).map(([id, cell]) => [id, loc(cell)])),
  };

  const valueCell: Record<string, CellAt> = {};
  for (const k of KPIS) {
    const formula = valueFormula[k.id];
    if (!formula) throw new Error(`KPI ${k.id} has no value formula in the plan`);
    const unit = unitFormat(k.unit, ctx.currencyFormat);
    const row = b.nextRow;
    const value = b.at(row, COL.value);
    const target = b.at(row, COL.target);
    const v = localRange(value);
    const t = localRange(target);
    const status = `IF(NOT(ISNUMBER(${t})),"",IF(ISNUMBER(${v}),${nativeFormula("KPISTATUS", [v, t, bool(k.higherIsBetter)])},IF(${v}="","","RED")))`;
    const targetValue = (ctx.profile.targets as Record<string, number | undefined>)[k.id] ?? k.target;
    b.add([
      lit(k.label, "label"),
      fx(formula, "money", unit.fmt),
      lit(targetValue, inputStyleFor(k), unit.fmt),
      lit(unit.label(ctx.profile.company.currency), "textCenter"),
      fx(status, "status"),
      lit(k.higherIsBetter ? "higher" : "lower", "textCenter"),
      lit(k.definition, "note"),
    ]);
    valueCell[k.id] = value;
    addName(ctx, targetName(k.id), target, undefined, { profilePath: `targets.${k.id}`, comment: `Target for ${k.label}` });
    sheet.validations.push({ range: t, rule: unit.rule });
  }
  const lastKpiRow = b.nextRow - 1;
  b.add();
  section(b, "Basis of the IT-spend KPIs");
  if (b.nextRow - 1 !== basisTop) throw new Error("KPI basis rows out of place");
  const line = (label: string, cell: ReturnType<typeof fx>, note: string) => b.add([lit(label, "label"), cell, lit(note, "note")]);
  line(
    "Current annual IT spend",
    fx(`${loc(tco.inHouseAnnual)}+${loc(cio.loaded)}`, "moneyBold"),
    "In-house annual cost (loaded team + other costs) + CIO loaded cost. SS_CurrentITSpend.",
  );
  line("Annual revenue", fx(inp("company.revenue"), "money"), "From SS Inputs.");
  line("Employees", fx(inp("company.employees"), "int"), "From SS Inputs.");
  line("Annual benefits attributed to IT", fx(inp("benefits.annual"), "money"), "From SS Inputs.");
  sheet.blocks.push(b.build());

  addName(ctx, "SS_CurrentITSpend", basis.spend, undefined, { comment: "Current annual IT spend: in-house annual + CIO loaded" });
  // Headline names: their comment is their definition (definitions.ts).
  addName(ctx, "SS_ITSpendPctRevenue", valueCell.itSpendPctRevenue);
  addName(ctx, "SS_ITSpendPerEmployee", valueCell.itSpendPerEmployee);
  addName(ctx, "SS_IT_ROI", valueCell.itRoi);
  addName(ctx, "SS_GovernancePct", valueCell.governancePct, undefined, { comment: "Governance rate when there is an outsourcing fee" });

  sheet.conditionalFormats.push({
    range: localRange(b.at(firstKpiRow, COL.status), b.at(lastKpiRow, COL.status)),
    kind: "ragText",
    colors: RAG_COLORS,
  });
  sheet.freeze = { rows: header + 1, cols: 1 };
  sheet.print.area = `A1:G${b.nextRow}`;
  return sheet;
}

function inputStyleFor(k: KpiDef): StyleKey {
  return k.unit === "currency" ? "inputMoney" : k.unit === "%" ? "inputPct" : "inputDecimal";
}
