/**
 * Profile v1 (docs/spec.md §2.1): the wizard's answers and the CLI's JSON input. The zod schema is built
 * from the field catalog (profileFields.ts), which holds every field's kind, bounds and
 * default; `parseProfile` returns every problem as `path: reason`.
 */
import { z } from "zod";
import { describeValue, excerpt } from "./excerpt";
import { Bounds, fractionMeant, KIND_BOUNDS, PERCENT_RANGE, PercentKind, percentTypo } from "./fieldKinds";
import { KPIS } from "./kpiCatalog";
import { getPath } from "./path";
import { boundsOf, CatalogEntry, ColumnField, PROFILE_CATALOG, ProfileFields, ProfileFieldsInput } from "./profileFields";
import { userText } from "./userText";

const finiteNumber = z.number({ invalid_type_error: "must be a number" }).finite("must be a finite number");
const inBounds = (x: number, b: Bounds) => (b.min === undefined || x >= b.min) && (b.above === undefined || x > b.above) && (b.max === undefined || x <= b.max);

/** A share or rate: a 30 meant as 30% says so; any other number out of range gets the range in fractions. */
const percent = (kind: PercentKind) =>
  finiteNumber.superRefine((x, ctx) => {
    const fail = (message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, message });
    const meant = fractionMeant(x);
    const range = `must be ${PERCENT_RANGE[kind].fractions}`;
    if (meant !== undefined) fail(percentTypo(x, meant, "profile"));
    // A share far above 100% leads with the value; parseProfile adds "(got …)" to the others.
    else if (kind === "share" && x > 100) fail(`is ${x}: ${range}`);
    else if (!inBounds(x, KIND_BOUNDS[kind])) fail(range);
  });

/** A JSON object with exactly these fields (an unknown field is an error, not silently dropped). */
const object = <T extends z.ZodRawShape>(shape: T) => z.object(shape, { invalid_type_error: "must be an object" }).strict();

/** One field's validator, its default filled in when the field is left out. */
function fieldSchema(f: ColumnField): z.ZodTypeAny {
  const { min = 0, above = 0, max = 0 } = boundsOf(f);
  switch (f.kind) {
    case "money":
      return finiteNumber.min(min, `must be ${min} or more`).default(f.default);
    case "count":
      return finiteNumber.int("must be a whole number").min(min, `must be ${min} or more`).default(f.default);
    case "share":
    case "rate":
      return percent(f.kind).default(f.default);
    case "years": {
      const range = `must be ${min} to ${max} years`;
      return finiteNumber.int("must be a whole number of years").min(min, range).max(max, range).default(f.default);
    }
    case "months":
      return finiteNumber.gt(above, `must be more than ${above} months`).default(f.default);
    case "text": {
      // Free text (a name) is user text (userText.ts): what a workbook can hold, lengths as people count them.
      if (!f.pattern) return userText(f.maxLength ?? Infinity).default(f.default);
      let s = z.string({ invalid_type_error: "must be text" }).regex(f.pattern.regex, f.pattern.message);
      if (f.maxLength !== undefined) s = s.max(f.maxLength, `must be at most ${f.maxLength} characters`);
      return s.default(f.default);
    }
    case "choice": {
      const values = f.options.map((o) => o.value) as [string, ...string[]];
      const message = `must be one of ${values.join(", ")}`;
      return z.enum(values, { errorMap: () => ({ message }) }).default(f.default);
    }
  }
}

/** The shape of the entries' object: a field per leaf, a defaulted object per path prefix ("company"). */
function shapeOf(entries: readonly (CatalogEntry | ColumnField)[]): z.ZodRawShape {
  const shape: z.ZodRawShape = {};
  for (const head of new Set(entries.map((e) => e.path.split(".")[0]))) {
    const leaf = entries.find((e) => e.path === head);
    if (leaf?.kind === "list") {
      const rows = z.array(object(shapeOf(leaf.columns)), { invalid_type_error: `must be a list of ${leaf.noun} rows` });
      shape[head] = rows.max(leaf.max, `at most ${leaf.max} ${leaf.noun} rows`).default(Array.from({ length: leaf.defaultRows }, () => ({})));
    } else if (leaf) {
      shape[head] = fieldSchema(leaf);
    } else {
      const under = entries.filter((e) => e.path.startsWith(`${head}.`)).map((e) => ({ ...e, path: e.path.slice(head.length + 1) }));
      shape[head] = object(shapeOf(under)).default({});
    }
  }
  return shape;
}

const targetsShape = Object.fromEntries(KPIS.map((k) => [k.id, finiteNumber.optional()]));

type Targets = Record<string, number | undefined>;
type Flat<T> = { [K in keyof T]: T[K] } & {};
export type Profile = Flat<{ schemaVersion: 1 } & ProfileFields & { targets: Targets }>;
export type ProfileInput = Flat<{ schemaVersion: 1 } & ProfileFieldsInput & { targets?: Targets }>;

export const profileSchema: z.ZodType<Profile, z.ZodTypeDef, ProfileInput> = z
  .object(
    {
      schemaVersion: z.literal(1, {
        errorMap: (_issue, ctx) => ({
          message: ctx.data === undefined ? "is required: this version of Smartsource reads schemaVersion 1" : "unsupported schemaVersion: this version of Smartsource reads 1",
        }),
      }),
      ...shapeOf(PROFILE_CATALOG),
      targets: object(targetsShape).default({}),
    },
    { invalid_type_error: "must be a JSON object (a Smartsource profile)" },
  )
  .strict() as unknown as z.ZodType<Profile, z.ZodTypeDef, ProfileInput>;

export interface ProfileError {
  path: string;
  reason: string;
}

export type ParseResult = { ok: true; profile: Profile } | { ok: false; errors: ProfileError[] };

/** "inHouse.staff[0].salary" from ["inHouse","staff",0,"salary"]. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((acc, k) => (typeof k === "number" ? `${acc}[${k}]` : acc ? `${acc}.${k}` : k), "") || "(profile)";
}

/** An unknown key as given, quoted and cut short unless it is a plain short name. */
const keyText = (key: string): string => (/^[A-Za-z_$][\w$]{0,39}$/.test(key) ? key : excerpt(key));

/** Validates and fills defaults. Every problem is reported, each as path, value and reason. */
export function parseProfile(input: unknown): ParseResult {
  const r = profileSchema.safeParse(input);
  if (r.success) return { ok: true, profile: r.data };
  const errors: ProfileError[] = [];
  for (const issue of r.error.issues) {
    if (issue.code === z.ZodIssueCode.unrecognized_keys) {
      for (const key of issue.keys) errors.push({ path: formatPath([...issue.path, keyText(key)]), reason: "unknown field" });
      continue;
    }
    const value = getPath(input, issue.path);
    const reason =
      issue.code === z.ZodIssueCode.invalid_type && issue.received === "undefined"
        ? "is required"
        : value === undefined || issue.message.startsWith("is ")
          ? issue.message
          : `${issue.message} (got ${describeValue(value)})`;
    errors.push({ path: formatPath(issue.path), reason });
  }
  return { ok: false, errors };
}

/** The complete default profile (what a near-empty profile builds with). */
export function defaultProfile(): Profile {
  return profileSchema.parse({ schemaVersion: 1 });
}

/** `path: reason` lines, as the CLI prints them. */
export const formatErrors = (errors: readonly ProfileError[]): string[] => errors.map((e) => `${e.path}: ${e.reason}`);
