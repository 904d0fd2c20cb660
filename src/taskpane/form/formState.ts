/**
 * The wizard's form: the texts the user typed, and their conversion to and from a profile.
 * A blank field means "use the default" (the field is omitted, so the schema fills it in);
 * percentages are typed as percentages (30 means 30%) and stored as fractions.
 */
import { isPercentKind, PERCENT_RANGE } from "../../model/fieldKinds";
import { getPath, setPath } from "../../model/path";
import { parseProfile, Profile, ProfileInput } from "../../model/profile";
import { STAFF_LIST } from "../../model/profileFields";
import { FIELDS, FieldDef, InputKind, STAFF_FIELDS, STAFF_ROW_CAP, StaffColumn } from "./fields";

export interface StaffRowState {
  /** Stable key for React and for focus, unchanged when rows above are removed. */
  key: number;
  role: string;
  salary: string;
  count: string;
}

export interface FormState {
  /** Scalar fields by profile path. */
  values: Record<string, string>;
  staff: StaffRowState[];
}

/** Typed as a percentage (30 for 30%), stored as a fraction. */
export const isPercentInput = (kind: InputKind): boolean => isPercentKind(kind) || kind === "percentAny";

let nextKey = 1;
export const newStaffRow = (role = "", salary = "", count = ""): StaffRowState => ({ key: nextKey++, role, salary, count });

/** Text shown for a stored value: fractions as percentages, money and counts of 0 left blank. */
export function displayValue(kind: InputKind, value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value !== "number") return String(value);
  if (isPercentInput(kind)) return String(Number((value * 100).toPrecision(12)));
  if ((kind === "money" || kind === "count") && value === 0) return "";
  return String(value);
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
const GROUPED = /^[-+]?\d{1,3}(,\d{3})+(\.\d*)?$/;

/**
 * The number a typed text stands for, or the text itself when it is not a number (so the
 * schema reports "must be a number" and names the field). Accepts 1,234.5 and a trailing %.
 */
export function parseTyped(kind: InputKind, text: string): number | string {
  let t = text.trim().replace(/[\s\u00a0\u202f]/g, "");
  if (isPercentInput(kind) && t.endsWith("%")) t = t.slice(0, -1);
  if (GROUPED.test(t)) t = t.replace(/,/g, "");
  if (!NUMBER.test(t)) return text;
  const n = Number(t);
  return isPercentInput(kind) ? n / 100 : n;
}

/** Text and choices are kept as typed; numbers are parsed. */
const typedValue = (kind: InputKind, text: string): unknown => (kind === "text" || kind === "choice" ? text : parseTyped(kind, text));

/** The profile input the form stands for: blank fields omitted, so their defaults apply. */
export function toProfileInput(form: FormState): ProfileInput {
  const out: Record<string, unknown> = { schemaVersion: 1 };
  for (const [path, text] of Object.entries(form.values)) {
    const def = FIELDS[path];
    if (!def || text.trim() === "") continue;
    setPath(out, path, typedValue(def.kind, text));
  }
  const staff = form.staff.map((row) => {
    const o: Record<string, unknown> = {};
    for (const col of Object.keys(STAFF_FIELDS) as StaffColumn[]) {
      if (row[col].trim() !== "") o[col] = typedValue(STAFF_FIELDS[col].kind, row[col]);
    }
    return o;
  });
  setPath(out, STAFF_LIST.path, staff);
  return out as ProfileInput;
}

/**
 * The form for a stored profile (the schema default, or one read back from a workbook). Where
 * the input is invalid its raw values are kept, so the user sees and fixes them.
 */
export function formFromProfileInput(input: unknown): FormState {
  const parsed = parseProfile(input);
  const source: unknown = parsed.ok ? parsed.profile : input;
  const values: Record<string, string> = {};
  for (const def of Object.values(FIELDS)) {
    let v = getPath(source, def.path);
    if (v === undefined && !parsed.ok) v = def.path.startsWith("targets.") ? undefined : def.defaultValue;
    values[def.path] = displayValue(def.kind, v);
  }
  const rawStaff = getPath(source, STAFF_LIST.path);
  const staffList: unknown[] = Array.isArray(rawStaff) ? rawStaff : [{}];
  const staff = staffList.map((r) => {
    const row = (r && typeof r === "object" ? r : {}) as Record<string, unknown>;
    const role = row.role ?? STAFF_FIELDS.role.defaultValue;
    return newStaffRow(displayValue("text", role), displayValue("money", row.salary), displayValue("number", row.count ?? STAFF_FIELDS.count.defaultValue));
  });
  return { values, staff };
}

/** The form a new wizard starts with: every default from the schema. */
export const initialForm = (): FormState => formFromProfileInput({ schemaVersion: 1 });

/** Where an error is shown: a scalar field's path, or `staff:<key>:<column>` for a staff cell. */
export type FieldKey = string;
export const staffKey = (rowKey: number, col: StaffColumn): FieldKey => `staff:${rowKey}:${col}`;

export interface Validation {
  profile: Profile | null;
  /** Inline message per field (already names the field). */
  errors: Map<FieldKey, string>;
}

/** Percentage wording for a share or rate error the schema words in fractions. */
function percentReason(def: FieldDef, reason: string, typed: string): string {
  if (!isPercentKind(def.kind)) return reason;
  const range = PERCENT_RANGE[def.kind];
  if (!reason.startsWith("is ") && !reason.startsWith(`must be ${range.fractions}`)) return reason;
  return `must be ${range.percents} (you entered ${typed.trim().replace(/%$/, "")}%)`;
}

/** Where an error about the staff list as a whole is shown (above the team step's Add button). */
export const STAFF_LIST_KEY: FieldKey = "staff:list";

/** "inHouse.staff[2].salary": the row and the column. */
const ROW_PATH = /^(.+)\[(\d+)\]\.(\w+)$/;

/** Validates the form through parseProfile and puts each `path: reason` on its field. */
export function validate(form: FormState): Validation {
  const result = parseProfile(toProfileInput(form));
  if (result.ok) return { profile: result.profile, errors: new Map() };
  const errors = new Map<FieldKey, string>();
  for (const { path, reason } of result.errors) {
    const cell = ROW_PATH.exec(path);
    if (cell && cell[1] === STAFF_LIST.path && cell[3] in STAFF_FIELDS) {
      const row = form.staff[Number(cell[2])];
      const col = cell[3] as StaffColumn;
      if (row) errors.set(staffKey(row.key, col), `${STAFF_FIELDS[col].label} ${reason}`);
      continue;
    }
    if (path === STAFF_LIST.path) {
      // The list itself (too many rows, read back from a workbook): words, not the schema's dump.
      errors.set(STAFF_LIST_KEY, `Staff rows: at most ${STAFF_ROW_CAP.toLocaleString("en-US")} (there are ${form.staff.length.toLocaleString("en-US")}). Remove rows or combine roles paid the same.`);
      continue;
    }
    const def = FIELDS[path];
    if (def) {
      errors.set(path, `${def.label} ${percentReason(def, reason, form.values[path] ?? "")}`);
    } else {
      errors.set(path, `${path}: ${reason}`);
    }
  }
  return { profile: null, errors };
}
