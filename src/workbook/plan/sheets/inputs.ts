/**
 * The Inputs sheet: every assumption of the profile in a yellow input cell with a defined name,
 * data validation, its default and its source. User text (company name, roles) is written as
 * literal values only. Staff sit at the bottom so their count never moves the other inputs.
 */
import { defaultProfile, Profile } from "../../../model/profile";
import { SheetPlan, ValidationRule } from "../plan";
import { StyleKey, TAB_COLORS } from "../styles";
import { addName, BlockBuilder, BuildContext, CellAt, emptySheet, fx, lit, localRange, rangeText } from "./common";

type InputKind = "text" | "money" | "fraction" | "growth" | "count" | "years" | "tenure";

interface InputSpec {
  readonly path: string;
  readonly name: string;
  readonly label: string;
  readonly kind: InputKind;
  readonly source: string;
}

interface Section {
  readonly title: string;
  readonly inputs: readonly InputSpec[];
}

/** The scalar inputs, grouped as the wizard groups them. Sources are SPEC §1/§2's. */
export const INPUT_SECTIONS: readonly Section[] = [
  {
    title: "Company",
    inputs: [
      { path: "company.name", name: "SS_In_CompanyName", label: "Company name", kind: "text", source: "Shown on every sheet." },
      { path: "company.currency", name: "SS_In_Currency", label: "Currency (ISO code)", kind: "text", source: "Number formats follow the currency chosen at build; rebuild from the Smartsource pane to change it." },
      { path: "company.revenue", name: "SS_In_Revenue", label: "Annual revenue", kind: "money", source: "For IT spend % of revenue (shown blank while 0)." },
      { path: "company.employees", name: "SS_In_Employees", label: "Employees (whole firm)", kind: "count", source: "For IT spend per employee (shown blank while 0)." },
    ],
  },
  {
    title: "Horizon and discounting",
    inputs: [
      { path: "horizonYears", name: "SS_In_HorizonYears", label: "Horizon (whole years, 1-50)", kind: "years", source: "Length of the comparison, usually the contract term." },
      { path: "discountRate", name: "SS_In_DiscountRate", label: "Discount rate (per year)", kind: "growth", source: "Cost of capital. Costs are paid at each year's end (Excel's NPV convention); the transition cost at the start, undiscounted." },
    ],
  },
  {
    title: "In-house IT team",
    inputs: [
      { path: "inHouse.benefitsRate", name: "SS_In_BenefitsRate", label: "Benefits (share of wages)", kind: "fraction", source: "BLS Employer Costs for Employee Compensation (private industry): benefits ≈30% of total compensation ≈42% of wages." },
      { path: "inHouse.overheadRate", name: "SS_In_OverheadRate", label: "Overhead (share of wages)", kind: "fraction", source: "Space, equipment, software seats, management time. 15% is a Smartsource assumption, not a published benchmark." },
      { path: "inHouse.otherAnnualCosts", name: "SS_In_OtherAnnualCosts", label: "Other annual in-house IT costs", kind: "money", source: "Tools, licences, hardware and contractors the in-house team needs each year." },
      { path: "inHouse.escalation", name: "SS_In_InHouseEscalation", label: "In-house cost escalation (per year)", kind: "growth", source: "Expected yearly growth of wages and prices." },
    ],
  },
  {
    title: "CIO",
    inputs: [
      { path: "cio.salary", name: "SS_In_CIOSalary", label: "In-house CIO salary", kind: "money", source: "Loaded with the same benefits and overhead rates as the team." },
      { path: "cio.tenureMonths", name: "SS_In_CIOTenureMonths", label: "Mean CIO tenure (months)", kind: "tenure", source: "Small firms ≈24 months (the figure CFOs quote). Large firms: Korn Ferry 4.3-4.6 yrs, Gartner ≈4.3 yrs; Nash Squared 2024: ≈40% of CIOs ≤2 yrs in post." },
      { path: "cio.vcioMonthlyRetainer", name: "SS_In_VCIOMonthlyRetainer", label: "Virtual CIO monthly retainer", kind: "money", source: "Monthly fee of a virtual (fractional) CIO firm." },
      { path: "cio.vcioEscalation", name: "SS_In_VCIOEscalation", label: "Virtual CIO escalation (per year)", kind: "growth", source: "Yearly increase of the retainer." },
    ],
  },
  {
    title: "Outsourcing quote",
    inputs: [
      { path: "outsourcing.annualFee", name: "SS_In_OutsourcingFee", label: "Annual outsourcing fee", kind: "money", source: "From the provider's quote." },
      { path: "outsourcing.escalation", name: "SS_In_OutsourcingEscalation", label: "Fee escalation (per year)", kind: "growth", source: "Contract indexation." },
      { path: "outsourcing.governanceRate", name: "SS_In_GovernanceRate", label: "Governance (share of fee)", kind: "fraction", source: "Retained vendor management: 3-8% of contract value (Willcocks 4-8%; risk-management texts 3-6%); a hidden cost (Barthélemy 2001)." },
      { path: "outsourcing.retainedAnnualCosts", name: "SS_In_RetainedAnnualCosts", label: "Retained in-house costs (per year)", kind: "money", source: "Costs that stay in-house after outsourcing (licences, a coordinator)." },
      { path: "outsourcing.transitionCost", name: "SS_In_TransitionCost", label: "Transition cost (one-off)", kind: "money", source: "Moving to the provider; paid at the start." },
      { path: "outsourcing.exitCost", name: "SS_In_ExitCost", label: "Exit cost (end of horizon)", kind: "money", source: "Leaving or switching provider at the end of the horizon." },
    ],
  },
  {
    title: "Returns",
    inputs: [
      { path: "benefits.annual", name: "SS_In_AnnualBenefits", label: "Annual benefits attributed to IT", kind: "money", source: "Savings and revenue IT enables; for IT ROI." },
    ],
  },
];

const INPUT_STYLE: Record<InputKind, StyleKey> = {
  text: "inputText",
  money: "inputMoney",
  fraction: "inputPct",
  growth: "inputPct",
  count: "inputInt",
  years: "inputYears",
  tenure: "inputMonths",
};
const DEFAULT_STYLE: Record<InputKind, StyleKey> = {
  text: "defaultText",
  money: "defaultMoney",
  fraction: "defaultPct",
  growth: "defaultPct",
  count: "defaultNumber",
  years: "defaultNumber",
  tenure: "defaultNumber",
};

/** Defaults shown like their inputs (the default styles carry the generic formats). */
const DEFAULT_FORMAT: Partial<Record<InputKind, string>> = { years: '0 "years"', tenure: '0.0 "months"', count: "#,##0" };

/** SPEC §2 bounds as Excel data validation (Excel's bounds are inclusive, hence -99.99% and 0.01 months). */
const RULES: Record<Exclude<InputKind, "text">, ValidationRule> = {
  money: { kind: "decimal", min: 0, message: "Enter an amount of 0 or more." },
  fraction: { kind: "decimal", min: 0, max: 1, message: "Enter a percentage from 0% to 100% (30% or 0.3, not 30)." },
  growth: { kind: "decimal", min: -0.9999, max: 1, message: "Enter a yearly rate above -100% and at most 100% (3% or 0.03)." },
  count: { kind: "whole", min: 0, message: "Enter a whole number of 0 or more." },
  years: { kind: "whole", min: 1, max: 50, message: "Enter a whole number of years from 1 to 50." },
  tenure: { kind: "decimal", min: 0.01, message: "Enter a tenure of more than 0 months." },
};

export function valueAtPath(obj: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((o, k) => (o == null ? undefined : (o as Record<string, unknown>)[k]), obj);
}

/** Where the other sheets find the inputs. */
export interface InputRefs {
  /** Scalar input cells by profile path. */
  readonly at: Readonly<Record<string, CellAt>>;
  /** Σ salary × headcount over the staff rows. */
  readonly salaryTotal: CellAt;
  readonly companyName: CellAt;
}

const COLS = { label: 0, value: 1, dflt: 2, source: 3 } as const;

export function buildInputsSheet(ctx: BuildContext): { sheet: SheetPlan; refs: InputRefs } {
  const p: Profile = ctx.profile;
  const defaults = defaultProfile();
  // B holds the company name and the roles' salaries: 31 characters show a 36-character name
  // (proportional text is narrower than digits) and billions in any currency format.
  const sheet = emptySheet(ctx, "inputs", [38, 31, 14, 18, 110], TAB_COLORS.inputs);
  const b = new BlockBuilder("inputs", 0, 0, 5);
  b.add([lit("Smartsource: inputs", "title")]);
  b.add([lit("Yellow cells are inputs. Change them here, or in the Smartsource pane and rebuild: every result in this workbook recalculates from them.", "subtitle")]);
  b.add();
  b.add([lit("Assumption", "headerLeft"), lit("Value", "header"), lit("Default", "header"), lit("Source / note", "headerLeft"), lit(null, "header")]);

  const at: Record<string, CellAt> = {};
  for (const section of INPUT_SECTIONS) {
    b.add([lit(section.title, "section"), lit(null, "section"), lit(null, "section"), lit(null, "section"), lit(null, "section")]);
    for (const spec of section.inputs) {
      const value = valueAtPath(p, spec.path) as string | number;
      const dflt = valueAtPath(defaults, spec.path) as string | number;
      const row = b.add([
        lit(spec.label, "label"),
        lit(value, INPUT_STYLE[spec.kind]),
        lit(spec.kind === "text" && dflt === "" ? "(blank)" : dflt, DEFAULT_STYLE[spec.kind], DEFAULT_FORMAT[spec.kind]),
        lit(spec.source, "note"),
      ]);
      const cell = b.at(row, COLS.value);
      at[spec.path] = cell;
      addName(ctx, spec.name, cell, undefined, { profilePath: spec.path, comment: spec.label });
      if (spec.kind !== "text") sheet.validations.push({ range: localRange(cell), rule: RULES[spec.kind] });
    }
  }
  b.add();

  // Staff: one row per profile row; at least one (blank) row so the named ranges always exist.
  b.add([lit("In-house IT staff (one row per role)", "section"), lit(null, "section"), lit(null, "section"), lit(null, "section"), lit(null, "section")]);
  b.add([lit("Role", "headerLeft"), lit("Salary (each)", "header"), lit("Headcount", "header"), lit("Salary × headcount", "header"), lit("Note", "headerLeft")]);
  const staff = p.inHouse.staff.length > 0 ? p.inHouse.staff : [null];
  let first = -1;
  let last = -1;
  for (const [i, s] of staff.entries()) {
    const row = b.nextRow;
    const product = `${localRange(b.at(row, COLS.value))}*${localRange(b.at(row, COLS.dflt))}`;
    b.add([
      lit(s ? s.role : null, "inputText"),
      lit(s ? s.salary : null, "inputMoney"),
      lit(s ? s.count : null, "inputInt"),
      fx(product, "money"),
      lit(i === 0 ? `Default role "${defaults.inHouse.staff[0].role}", salary ${defaults.inHouse.staff[0].salary}, headcount ${defaults.inHouse.staff[0].count}. Insert rows inside the table to add roles.` : null, "note"),
    ]);
    if (first < 0) first = row;
    last = row;
  }
  const col = (c: number) => [b.at(first, c), b.at(last, c)] as const;
  const [salaryFirst, salaryLast] = col(COLS.value);
  const [countFirst, countLast] = col(COLS.dflt);
  const totalRow = b.nextRow;
  b.add([
    lit("Total", "totalLabel"),
    lit(null, "totalLabel"),
    fx(`SUM(${rangeText(ctx, countFirst, countLast, "inputs")})`, "totalLabel", "#,##0"),
    fx(`SUMPRODUCT(${rangeText(ctx, salaryFirst, salaryLast, "inputs")},${rangeText(ctx, countFirst, countLast, "inputs")})`, "totalMoney"),
    lit(null, "totalLabel"),
  ]);
  addName(ctx, "SS_In_StaffRole", ...col(COLS.label), { profilePath: "inHouse.staff[].role", comment: "Staff roles, one row each" });
  addName(ctx, "SS_In_StaffSalary", salaryFirst, salaryLast, { profilePath: "inHouse.staff[].salary", comment: "Annual salary of each staff row" });
  addName(ctx, "SS_In_StaffCount", countFirst, countLast, { profilePath: "inHouse.staff[].count", comment: "Headcount of each staff row" });
  sheet.validations.push(
    { range: localRange(salaryFirst, salaryLast), rule: RULES.money },
    { range: localRange(countFirst, countLast), rule: RULES.count },
  );
  const salaryTotal = b.at(totalRow, COLS.source);
  addName(ctx, "SS_StaffSalaryTotal", salaryTotal, undefined, { comment: "Σ salary × headcount of the in-house team" });

  sheet.blocks.push(b.build());
  sheet.merges.push("A1:E1", "A2:E2");
  sheet.freeze = { rows: 4, cols: 0 };
  sheet.print.area = `A1:E${b.nextRow}`;
  return { sheet, refs: { at, salaryTotal, companyName: at["company.name"] } };
}
