/**
 * Profile v1 (SPEC §2): the wizard's answers and the CLI's JSON input. This zod schema is the
 * single source of the defaults the wizard and docs show. `parseProfile` returns every problem
 * as `path: reason`.
 */
import { z } from "zod";
import { describeValue, excerpt } from "./excerpt";
import { KPIS } from "./kpiCatalog";
import { userText } from "./userText";

const finiteNumber = z.number({ invalid_type_error: "must be a number" }).finite("must be a finite number");
const money = finiteNumber.min(0, "must be 0 or more");
const count = finiteNumber.int("must be a whole number").min(0, "must be 0 or more");
/** "is 30: enter 0.3 (a fraction) for 30%"; toPrecision trims binary noise (1.1 / 100 is 0.011000000000000001). */
const percentHint = (x: number) => `is ${x}: enter ${Number((x / 100).toPrecision(12))} (a fraction) for ${x}%`;
/** A share in [0, 1]; a 30 meant as 30% says so. */
const fraction = finiteNumber.superRefine((x, ctx) => {
  if (x > 1 && x <= 100) ctx.addIssue({ code: z.ZodIssueCode.custom, message: percentHint(x) });
  else if (x > 100) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `is ${x}: must be between 0 and 1 (0% to 100%)` });
  else if (x < 0) ctx.addIssue({ code: z.ZodIssueCode.custom, message: "must be between 0 and 1 (0% to 100%)" });
});
/** Escalation and discount rates: in (-1, 1]. */
const growth = finiteNumber.superRefine((x, ctx) => {
  if (x > 1 && x <= 100) ctx.addIssue({ code: z.ZodIssueCode.custom, message: percentHint(x) });
  else if (!(x > -1 && x <= 1)) ctx.addIssue({ code: z.ZodIssueCode.custom, message: "must be above -1 (-100%) and at most 1 (100%)" });
});
/** A JSON object with exactly these fields (an unknown field is an error, not silently dropped). */
const object = <T extends z.ZodRawShape>(shape: T) => z.object(shape, { invalid_type_error: "must be an object" }).strict();
const text = userText;

const staffSchema = object({
  role: text(80).default("IT generalist"),
  salary: money.default(0),
  count: count.default(1),
});

const targetsShape = Object.fromEntries(KPIS.map((k) => [k.id, finiteNumber.optional()])) as Record<string, z.ZodOptional<typeof finiteNumber>>;

export const profileSchema = z
  .object(
    {
      schemaVersion: z.literal(1, {
        errorMap: (_issue, ctx) => ({
          message: ctx.data === undefined ? "is required: this version of Smartsource reads schemaVersion 1" : "unsupported schemaVersion: this version of Smartsource reads 1",
        }),
      }),
      company: object({
        name: text(120).default(""),
        currency: z.string({ invalid_type_error: "must be text" }).regex(/^[A-Z]{3}$/, "must be a 3-letter ISO currency code such as USD").default("USD"),
        revenue: money.default(0),
        employees: count.default(0),
      }).default({}),
      horizonYears: finiteNumber.int("must be a whole number of years").min(1, "must be 1 to 50 years").max(50, "must be 1 to 50 years").default(5),
      discountRate: growth.default(0.08),
      inHouse: object({
        staff: z.array(staffSchema, { invalid_type_error: "must be a list of staff rows" }).max(1000, "at most 1000 staff rows").default([{}]),
        benefitsRate: fraction.default(0.42),
        overheadRate: fraction.default(0.15),
        otherAnnualCosts: money.default(0),
        escalation: growth.default(0.03),
      }).default({}),
      cio: object({
        salary: money.default(0),
        tenureMonths: finiteNumber.gt(0, "must be more than 0 months").default(24),
        vcioMonthlyRetainer: money.default(0),
        vcioEscalation: growth.default(0.03),
      }).default({}),
      outsourcing: object({
        annualFee: money.default(0),
        escalation: growth.default(0.03),
        governanceRate: fraction.default(0.06),
        retainedAnnualCosts: money.default(0),
        transitionCost: money.default(0),
        exitCost: money.default(0),
      }).default({}),
      benefits: object({ annual: money.default(0) }).default({}),
      targets: object(targetsShape).default({}),
    },
    { invalid_type_error: "must be a JSON object (a Smartsource profile)" },
  )
  .strict();

export type Profile = z.output<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;

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

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let v: unknown = root;
  for (const k of path) v = v != null && typeof v === "object" ? (v as Record<string | number, unknown>)[k] : undefined;
  return v;
}

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
    const value = valueAt(input, issue.path);
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
