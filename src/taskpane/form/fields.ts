/**
 * The wizard's fields and steps, derived from the profile field catalog (labels, kinds, hints,
 * defaults and the step each field is asked in) and the KPI catalog (targets). Only the steps'
 * titles and intros are the wizard's own.
 */
import { FieldKind } from "../../model/fieldKinds";
import { KPIS, KpiDef } from "../../model/kpiCatalog";
import type { Profile } from "../../model/profile";
import { ChoiceOption, PROFILE_FIELDS, PROFILE_LISTS, PROFILE_SECTIONS, ScalarField, STAFF_LIST, WizardStep, fieldAt, stepOf } from "../../model/profileFields";

/**
 * How a field is typed and converted: a catalog kind (share and rate are typed as percentages,
 * 30 for 30%), or a KPI target's: `percentAny` is any percentage, `number` any finite number.
 */
export type InputKind = FieldKind | "percentAny" | "number";

export interface FieldDef {
  /** Profile path, e.g. "inHouse.benefitsRate" or "targets.itRoi". */
  path: string;
  label: string;
  kind: InputKind;
  /** What the number means or where its default comes from. */
  source: string;
  /** The default (a fraction for percent kinds), or undefined where there is none. */
  defaultValue: string | number | undefined;
  /** A list to pick from: a choice's options, or a text field's suggestions. */
  options?: readonly ChoiceOption[];
}

export type StepId = WizardStep | "review";

export interface StepDef {
  id: StepId;
  title: string;
  intro: string;
  /** Scalar fields of the step, in tab order (staff rows and KPI targets are rendered apart). */
  fields: string[];
  /** Sub-headings inside the step: each titles the run of fields starting at `from`. */
  sections?: { title: string; from: string }[];
}

const fieldDef = (f: ScalarField): FieldDef => ({
  path: f.path,
  label: f.label,
  kind: f.kind,
  source: f.paneSource ?? f.source,
  defaultValue: f.default,
  options: f.kind === "choice" ? f.options : f.kind === "text" ? f.suggestions?.map((value) => ({ value, label: value })) : undefined,
});

const TARGET_KIND: Record<KpiDef["unit"], InputKind> = {
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

export const FIELDS: Record<string, FieldDef> = Object.fromEntries([...PROFILE_FIELDS.map(fieldDef), ...TARGET_FIELDS].map((f) => [f.path, f]));

/** Staff row columns, from the catalog's staff list. */
export type StaffColumn = keyof Profile["inHouse"]["staff"][number];
export const STAFF_FIELDS = Object.fromEntries(STAFF_LIST.columns.map((c) => [c.path, { label: c.label, kind: c.kind, defaultValue: c.default }])) as Record<
  StaffColumn,
  { label: string; kind: FieldKind; defaultValue: string | number }
>;

/** The most staff rows a profile takes: the catalog's limit for the staff list. */
export const STAFF_ROW_CAP = STAFF_LIST.max;

const STEP_TEXT: Record<StepId, { title: string; intro: string }> = {
  company: { title: "Company", intro: "Who the workbook is for, and the years and discount rate the comparison uses." },
  team: { title: "In-house team", intro: "The IT staff you employ today, one row per role." },
  cio: { title: "CIO", intro: "An in-house CIO (with the cost of turnover) against a virtual CIO retainer." },
  outsourcing: { title: "Outsourcing quote", intro: "What the provider charges, and the hidden costs around it." },
  returns: { title: "Returns and targets", intro: "What IT returns, and the scorecard targets." },
  review: { title: "Review and build", intro: "The headline figures, computed as you type." },
};

/**
 * A step's fields in catalog order, with a sub-heading where a field has one and where a step
 * that spans sections reaches the next (the company step's "Horizon and discounting").
 */
function stepDef(id: StepId): StepDef {
  const fields = PROFILE_FIELDS.filter((f) => stepOf(f) === id);
  const sections = fields.flatMap((f, i) => {
    const title = f.heading ?? (i > 0 && f.section !== fields[i - 1].section ? PROFILE_SECTIONS.find((s) => s.id === f.section)!.title : undefined);
    return title ? [{ title, from: f.path }] : [];
  });
  return { id, ...STEP_TEXT[id], fields: fields.map((f) => f.path), ...(sections.length ? { sections } : {}) };
}

export const STEPS: StepDef[] = (Object.keys(STEP_TEXT) as StepId[]).map(stepDef);

/** The step a profile path belongs to (list rows to their list's step, targets to returns). */
export function stepOfPath(path: string): StepId {
  const list = PROFILE_LISTS.find((l) => path.startsWith(`${l.path}[`) || path === l.path);
  if (list) return list.step;
  if (path.startsWith("targets.")) return "returns";
  const field = fieldAt(path);
  return field ? stepOf(field) : "review";
}
