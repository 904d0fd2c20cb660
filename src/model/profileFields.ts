/**
 * The profile's fields: one entry each, with its path, the defined name of its input cell, its
 * kind and bounds, label, source note, Inputs section (which sets its wizard step) and
 * default. The zod schema (profile.ts), the Profile type, the wizard (taskpane/form), the
 * Inputs sheet and the Office read-back derive from this list; nothing else declares a field.
 * KPI targets (profile `targets`) come from kpiCatalog.ts.
 *
 * Adding a field is one entry here plus the maths that reads it. Labels and notes are the
 * Inputs sheet's; the wizard shows the same label, and the note as its hint unless `paneSource`
 * gives one (where the note speaks of the sheet itself).
 */
import { Bounds, KIND_BOUNDS } from "./fieldKinds";

/** The wizard's steps that ask for profile fields (its last step, review, asks for none). */
export type WizardStep = "company" | "team" | "cio" | "outsourcing" | "returns";

/**
 * The Inputs sheet's sections, in sheet order, each asked in one wizard step. Horizon and
 * discount rate are asked with the company, before any step shows a total.
 */
export const PROFILE_SECTIONS = [
  { id: "company", title: "Company", step: "company" },
  { id: "horizon", title: "Horizon and discounting", step: "company" },
  { id: "team", title: "In-house IT team", step: "team" },
  { id: "cio", title: "CIO", step: "cio" },
  { id: "outsourcing", title: "Outsourcing quote", step: "outsourcing" },
  { id: "returns", title: "Returns", step: "returns" },
] as const satisfies readonly { id: string; title: string; step: WizardStep }[];
export type SectionId = (typeof PROFILE_SECTIONS)[number]["id"];

export interface ChoiceOption {
  /** What the profile and the input cell hold. */
  readonly value: string;
  /** What the wizard's list shows. */
  readonly label: string;
}

/** A field's kind, with the bounds and default that go with it. */
export type KindSpec =
  | { readonly kind: "money" | "share" | "rate" | "count"; readonly default: number }
  | { readonly kind: "years"; readonly default: number; readonly min: number; readonly max: number }
  /** `noun` names what the months measure, in the input cell's message. */
  | { readonly kind: "months"; readonly default: number; readonly above: number; readonly noun: string }
  | {
      readonly kind: "text";
      readonly default: string;
      readonly maxLength?: number;
      readonly pattern?: { readonly regex: RegExp; readonly message: string };
      /** Offered as a list in the wizard; a value outside it stays valid. */
      readonly suggestions?: readonly string[];
    }
  | { readonly kind: "choice"; readonly default: string; readonly options: readonly ChoiceOption[] };

export type ColumnField = {
  /** Dotted path in the profile; for a list's column, the path inside one row. */
  readonly path: string;
  /** The defined name of the input cell (for a list's column, of its range). */
  readonly name: string;
  /** On the Inputs sheet and in the wizard (a list column's header). */
  readonly label: string;
  /** What the number means or where its default comes from: the Inputs note, the wizard hint. */
  readonly source: string;
} & KindSpec;

export type ScalarField = ColumnField & {
  readonly section: SectionId;
  /** A wizard sub-heading above this field, inside its section. */
  readonly heading?: string;
  /** The wizard's hint where `source` speaks of the sheet. */
  readonly paneSource?: string;
};

/** A list of rows (staff), each row the same columns. */
export interface ListField {
  readonly kind: "list";
  readonly path: string;
  /** "staff": "must be a list of staff rows", "at most 1000 staff rows". */
  readonly noun: string;
  readonly max: number;
  /** Rows (each all defaults) in a profile that leaves the list out. */
  readonly defaultRows: number;
  readonly step: WizardStep;
  readonly columns: readonly ColumnField[];
}

export type CatalogEntry = ScalarField | ListField;

/** Common ISO 4217 codes offered in the wizard's currency list. */
const CURRENCIES = ["USD", "EUR", "GBP", "CAD", "AUD", "NZD", "CHF", "SEK", "NOK", "DKK", "JPY", "SGD", "INR", "ZAR"];

// In schema order (the order of keys in a profile and of its error report). Sources are docs/spec.md §1 and §2.1's.
const CATALOG = [
  { path: "company.name", name: "SS_In_CompanyName", section: "company", kind: "text", maxLength: 120, default: "",
    label: "Company name", source: "Shown on every sheet." },
  { path: "company.currency", name: "SS_In_Currency", section: "company", kind: "text", default: "USD", suggestions: CURRENCIES,
    pattern: { regex: /^[A-Z]{3}$/, message: "must be a 3-letter ISO currency code such as USD" },
    label: "Currency (ISO code)", source: "Number formats follow the currency chosen at build; rebuild from the Smartsource pane to change it.",
    paneSource: "Formats every money figure." },
  { path: "company.revenue", name: "SS_In_Revenue", section: "company", kind: "money", default: 0,
    label: "Annual revenue", source: "For IT spend % of revenue (shown blank while 0)." },
  { path: "company.employees", name: "SS_In_Employees", section: "company", kind: "count", default: 0,
    label: "Employees (whole firm)", source: "For IT spend per employee (shown blank while 0)." },
  { path: "horizonYears", name: "SS_In_HorizonYears", section: "horizon", kind: "years", min: 1, max: 50, default: 5,
    label: "Horizon (whole years, 1-50)", source: "Length of the comparison, usually the contract term." },
  { path: "discountRate", name: "SS_In_DiscountRate", section: "horizon", kind: "rate", default: 0.08,
    label: "Discount rate (per year)", source: "Cost of capital. Costs are paid at each year's end (Excel's NPV convention); the transition cost at the start, undiscounted." },
  { path: "inHouse.staff", kind: "list", noun: "staff", max: 1000, defaultRows: 1, step: "team", columns: [
    { path: "role", name: "SS_In_StaffRole", kind: "text", maxLength: 80, default: "IT generalist", label: "Role", source: "Staff roles, one row each" },
    { path: "salary", name: "SS_In_StaffSalary", kind: "money", default: 0, label: "Salary (each)", source: "Annual salary of each staff row" },
    { path: "count", name: "SS_In_StaffCount", kind: "count", default: 1, label: "Headcount", source: "Headcount of each staff row" },
  ] },
  { path: "inHouse.benefitsRate", name: "SS_In_BenefitsRate", section: "team", kind: "share", default: 0.42,
    label: "Benefits (share of wages)", source: "BLS Employer Costs for Employee Compensation (private industry): benefits ≈30% of total compensation ≈42% of wages." },
  { path: "inHouse.overheadRate", name: "SS_In_OverheadRate", section: "team", kind: "share", default: 0.15,
    label: "Overhead (share of wages)", source: "Space, equipment, software seats, management time. 15% is a Smartsource assumption, not a published benchmark." },
  { path: "inHouse.otherAnnualCosts", name: "SS_In_OtherAnnualCosts", section: "team", kind: "money", default: 0,
    label: "Other annual in-house IT costs", source: "Tools, licences, hardware and contractors the in-house team needs each year." },
  { path: "inHouse.escalation", name: "SS_In_InHouseEscalation", section: "team", kind: "rate", default: 0.03,
    label: "In-house cost escalation (per year)", source: "Expected yearly growth of wages and prices." },
  { path: "cio.salary", name: "SS_In_CIOSalary", section: "cio", heading: "In-house CIO", kind: "money", default: 0,
    label: "In-house CIO salary", source: "Loaded with the same benefits and overhead rates as the team." },
  { path: "cio.tenureMonths", name: "SS_In_CIOTenureMonths", section: "cio", kind: "months", above: 0, noun: "tenure", default: 24,
    label: "Mean CIO tenure (months)", source: "Small firms ≈24 months (the figure CFOs quote). Large firms: Korn Ferry 4.3-4.6 yrs, Gartner ≈4.3 yrs; Nash Squared 2024: ≈40% of CIOs ≤2 yrs in post." },
  { path: "cio.vcioMonthlyRetainer", name: "SS_In_VCIOMonthlyRetainer", section: "cio", heading: "Virtual CIO", kind: "money", default: 0,
    label: "Virtual CIO monthly retainer", source: "Monthly fee of a virtual (fractional) CIO firm." },
  { path: "cio.vcioEscalation", name: "SS_In_VCIOEscalation", section: "cio", kind: "rate", default: 0.03,
    label: "Virtual CIO escalation (per year)", source: "Yearly increase of the retainer." },
  { path: "outsourcing.annualFee", name: "SS_In_OutsourcingFee", section: "outsourcing", kind: "money", default: 0,
    label: "Annual outsourcing fee", source: "From the provider's quote." },
  { path: "outsourcing.escalation", name: "SS_In_OutsourcingEscalation", section: "outsourcing", kind: "rate", default: 0.03,
    label: "Fee escalation (per year)", source: "Contract indexation." },
  { path: "outsourcing.governanceRate", name: "SS_In_GovernanceRate", section: "outsourcing", kind: "share", default: 0.06,
    label: "Governance (share of fee)", source: "Retained vendor management: 3-8% of contract value (Willcocks 4-8%; risk-management texts 3-6%); a hidden cost (Barthélemy 2001)." },
  { path: "outsourcing.retainedAnnualCosts", name: "SS_In_RetainedAnnualCosts", section: "outsourcing", kind: "money", default: 0,
    label: "Retained in-house costs (per year)", source: "Costs that stay in-house after outsourcing (licences, a coordinator)." },
  { path: "outsourcing.transitionCost", name: "SS_In_TransitionCost", section: "outsourcing", kind: "money", default: 0,
    label: "Transition cost (one-off)", source: "Moving to the provider; paid at the start." },
  { path: "outsourcing.exitCost", name: "SS_In_ExitCost", section: "outsourcing", kind: "money", default: 0,
    label: "Exit cost (end of horizon)", source: "Leaving or switching provider at the end of the horizon." },
  { path: "benefits.annual", name: "SS_In_AnnualBenefits", section: "returns", kind: "money", default: 0,
    label: "Annual benefits attributed to IT", source: "Savings and revenue IT enables; for IT ROI." },
] as const satisfies readonly CatalogEntry[];

/** The lists a catalog yields: its single-value fields, its lists of rows, and a lookup by path. */
export function deriveCatalog(entries: readonly CatalogEntry[]) {
  const fields = entries.filter((e): e is ScalarField => e.kind !== "list");
  const byPath: ReadonlyMap<string, ScalarField> = new Map(fields.map((f) => [f.path, f]));
  return {
    /** Every entry, in schema order. */
    PROFILE_CATALOG: entries,
    /** The single-value fields, in schema order. */
    PROFILE_FIELDS: fields as readonly ScalarField[],
    /** The lists of rows (staff). */
    PROFILE_LISTS: entries.filter((e): e is ListField => e.kind === "list") as readonly ListField[],
    /** The single-value field at a dotted path. */
    fieldAt: (path: string): ScalarField | undefined => byPath.get(path),
  };
}

export const { PROFILE_CATALOG, PROFILE_FIELDS, PROFILE_LISTS, fieldAt } = deriveCatalog(CATALOG);
/** The in-house staff list, which the Inputs sheet and the wizard lay out as a table of their own. */
export const STAFF_LIST: ListField = PROFILE_LISTS.find((l) => l.path === "inHouse.staff")!;

/** The wizard step that asks for a field. */
export const stepOf = (f: ScalarField | ListField): WizardStep => (f.kind === "list" ? f.step : PROFILE_SECTIONS.find((s) => s.id === f.section)!.step);

/** The path a list column's range is named with: "inHouse.staff[].salary". */
export const columnPath = (list: ListField, column: ColumnField): string => `${list.path}[].${column.path}`;

/** A number field's bounds: its kind's, or (years, months) its own. */
export function boundsOf(f: ColumnField): Bounds {
  switch (f.kind) {
    case "years":
      return { min: f.min, max: f.max, whole: true };
    case "months":
      return { above: f.above };
    case "text":
    case "choice":
      return {};
    default:
      return KIND_BOUNDS[f.kind];
  }
}

// ---- The profile's shape, computed from the catalog (so a new entry needs no type of its own).

type Entry = (typeof CATALOG)[number];
type Head<P> = P extends `${infer H}.${string}` ? H : P;
/** The entries under `H`, with `H.` taken off their paths. */
type Under<E, H extends string> = E extends { path: `${H}.${infer T}` } ? Omit<E, "path"> & { path: T } : never;
type At<E, H> = Extract<E, { path: H }>;

type ValueOf<E, Optional extends boolean> = E extends { kind: "list"; columns: readonly (infer C)[] }
  ? Tree<C, Optional>[]
  : E extends { kind: "choice"; options: readonly { value: infer V }[] }
    ? V
    : E extends { kind: "text" }
      ? string
      : number;

type Tree<E, Optional extends boolean> = [E] extends [{ path: string }]
  ? Optional extends true
    ? { -readonly [H in Head<E["path"]>]?: [At<E, H>] extends [never] ? Tree<Under<E, H>, true> : ValueOf<At<E, H>, true> }
    : { -readonly [H in Head<E["path"]>]: [At<E, H>] extends [never] ? Tree<Under<E, H>, false> : ValueOf<At<E, H>, false> }
  : never;

/** The catalog's part of a parsed profile: every field present. */
export type ProfileFields = Tree<Entry, false>;
/** The catalog's part of a profile as typed: every field optional (its default applies). */
export type ProfileFieldsInput = Tree<Entry, true>;
