/**
 * The wizard's fields and steps. Each field names its profile path; its default is read from
 * the profile schema (defaultProfile) or the KPI catalog, never restated here. `source` says
 * where that default comes from (SPEC §1/§2), shown next to the field.
 */
import { KPIS, KpiDef } from "../../model/kpiCatalog";
import { defaultProfile } from "../../model/profile";

/**
 * How a field is typed and converted: `percent` is a share in [0, 1] entered as 0-100;
 * `rate` is an escalation or discount rate in (-100%, 100%]; `percentAny` is any percentage (a
 * KPI target); `number` is any finite number.
 */
export type FieldKind = "text" | "currency" | "money" | "count" | "percent" | "rate" | "percentAny" | "years" | "months" | "number";

export interface FieldDef {
  /** Profile path, e.g. "inHouse.benefitsRate" or "targets.itRoi". */
  path: string;
  label: string;
  kind: FieldKind;
  /** What the number means or where its default comes from. */
  source: string;
  /** The schema default (a fraction for percent kinds), or undefined where there is none. */
  defaultValue: string | number | undefined;
}

export type StepId = "company" | "team" | "cio" | "outsourcing" | "returns" | "review";

export interface StepDef {
  id: StepId;
  title: string;
  intro: string;
  /** Scalar fields of the step, in tab order (staff rows and KPI targets are rendered apart). */
  fields: string[];
  /** Sub-headings inside the step: each titles the run of fields starting at `from`. */
  sections?: { title: string; from: string }[];
}

const DEFAULTS = defaultProfile();

function defaultAt(path: string): string | number | undefined {
  let v: unknown = DEFAULTS;
  for (const k of path.split(".")) v = v != null && typeof v === "object" ? (v as Record<string, unknown>)[k] : undefined;
  return typeof v === "string" || typeof v === "number" ? v : undefined;
}

const field = (path: string, label: string, kind: FieldKind, source: string): FieldDef => ({
  path,
  label,
  kind,
  source,
  defaultValue: defaultAt(path),
});

const SCALAR_FIELDS: FieldDef[] = [
  field("company.name", "Company name", "text", "Shown on every sheet and in the file name."),
  field("company.currency", "Currency", "currency", "Formats every money figure."),
  field("company.revenue", "Annual revenue", "money", "For IT spend % of revenue; 0 leaves that KPI blank."),
  field("company.employees", "Employees", "count", "For IT spend per employee; 0 leaves that KPI blank."),
  field("inHouse.benefitsRate", "Benefits and payroll taxes (% of salary)", "percent", "BLS Employer Costs for Employee Compensation, private industry."),
  field("inHouse.overheadRate", "Overhead (% of salary)", "percent", "Smartsource assumption: space, equipment, seats, management time."),
  field("inHouse.otherAnnualCosts", "Other annual IT costs", "money", "Licences, hardware, cloud and contractors paid today."),
  field("inHouse.escalation", "Yearly in-house cost increase (%)", "rate", "Smartsource assumption for pay and cost growth."),
  field("cio.salary", "In-house CIO salary", "money", "Base salary; loaded with the team's benefits and overhead rates."),
  field("cio.tenureMonths", "Average CIO tenure (months)", "months", "What small-firm CFOs quote; large firms: 4.3-4.6 years (Korn Ferry)."),
  field("cio.vcioMonthlyRetainer", "Virtual CIO monthly retainer", "money", "The virtual CIO firm's monthly fee; 0 if you have no quote."),
  field("cio.vcioEscalation", "Yearly retainer increase (%)", "rate", "Smartsource assumption."),
  field("outsourcing.annualFee", "Provider's annual fee", "money", "From the provider's quote."),
  field("outsourcing.escalation", "Yearly fee increase (%)", "rate", "Smartsource assumption; use the quote's indexation clause."),
  field("outsourcing.governanceRate", "Governance (% of fee)", "percent", "Literature: 3-8% of contract value (Willcocks; Barthélemy 2001)."),
  field("outsourcing.retainedAnnualCosts", "Costs you keep in-house", "money", "Yearly costs that stay after outsourcing (licences, retained staff)."),
  field("outsourcing.transitionCost", "Transition cost", "money", "One-off cost of moving to the provider, paid today."),
  field("outsourcing.exitCost", "Exit cost", "money", "One-off cost of leaving at the end of the horizon."),
  field("horizonYears", "Horizon (years)", "years", "Contract length compared, 1 to 50 whole years."),
  field("benefits.annual", "Annual benefits from IT", "money", "Savings and revenue IT brings each year, for IT ROI."),
  field("discountRate", "Discount rate (%)", "rate", "Your cost of capital; Smartsource default."),
];

const TARGET_KIND: Record<KpiDef["unit"], FieldKind> = {
  "%": "percentAny",
  currency: "money",
  months: "number",
  years: "number",
  score: "number",
  hours: "number",
};

export const TARGET_FIELDS: FieldDef[] = KPIS.map((k) => ({
  path: `targets.${k.id}`,
  // The unit in brackets, unless the label already ends with it ("TCO saving %").
  label: k.unit === "currency" || k.label.endsWith(k.unit) ? k.label : `${k.label} (${k.unit})`,
  kind: TARGET_KIND[k.unit],
  source: k.definition,
  defaultValue: k.target ?? undefined,
}));

export const FIELDS: Record<string, FieldDef> = Object.fromEntries([...SCALAR_FIELDS, ...TARGET_FIELDS].map((f) => [f.path, f]));

/** Staff row columns; defaults from the schema's staff row default. */
const STAFF_DEFAULT = DEFAULTS.inHouse.staff[0];
/** The most staff rows a profile takes (the schema's limit; a test keeps the two equal). */
export const STAFF_ROW_CAP = 1000;

export const STAFF_FIELDS = {
  role: { label: "Role", defaultValue: STAFF_DEFAULT.role },
  salary: { label: "Annual salary (each)", defaultValue: STAFF_DEFAULT.salary },
  count: { label: "Headcount", defaultValue: STAFF_DEFAULT.count },
} as const;
export type StaffColumn = keyof typeof STAFF_FIELDS;

export const STEPS: StepDef[] = [
  { id: "company", title: "Company", intro: "Who the workbook is for.", fields: ["company.name", "company.currency", "company.revenue", "company.employees"] },
  {
    id: "team",
    title: "In-house team",
    intro: "The IT staff you employ today, one row per role.",
    fields: ["inHouse.benefitsRate", "inHouse.overheadRate", "inHouse.otherAnnualCosts", "inHouse.escalation"],
  },
  {
    id: "cio",
    title: "CIO",
    intro: "An in-house CIO (with the cost of turnover) against a virtual CIO retainer.",
    fields: ["cio.salary", "cio.tenureMonths", "cio.vcioMonthlyRetainer", "cio.vcioEscalation"],
    sections: [
      { title: "In-house CIO", from: "cio.salary" },
      { title: "Virtual CIO", from: "cio.vcioMonthlyRetainer" },
    ],
  },
  {
    id: "outsourcing",
    title: "Outsourcing quote",
    intro: "What the provider charges, and the hidden costs around it.",
    fields: [
      "outsourcing.annualFee",
      "outsourcing.escalation",
      "outsourcing.governanceRate",
      "outsourcing.retainedAnnualCosts",
      "outsourcing.transitionCost",
      "outsourcing.exitCost",
      "horizonYears",
    ],
  },
  { id: "returns", title: "Returns and targets", intro: "What IT returns, and the scorecard targets.", fields: ["benefits.annual", "discountRate"] },
  { id: "review", title: "Review and build", intro: "The headline figures, computed as you type.", fields: [] },
];

/** The step a profile path belongs to (staff rows to the team step, targets to returns). */
export function stepOfPath(path: string): StepId {
  if (path.startsWith("inHouse.staff")) return "team";
  if (path.startsWith("targets.")) return "returns";
  return STEPS.find((s) => s.fields.includes(path))?.id ?? "review";
}

/** Common ISO 4217 codes offered in the currency list (a read-back code outside it is added). */
export const CURRENCIES = ["USD", "EUR", "GBP", "CAD", "AUD", "NZD", "CHF", "SEK", "NOK", "DKK", "JPY", "SGD", "INR", "ZAR"];
