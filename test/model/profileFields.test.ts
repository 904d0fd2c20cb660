/**
 * The profile field catalog is the one list of fields: the zod schema's keys, the wizard's
 * fields and the workbook's input names (as the plan writes them and as the read-back reads
 * them) cover exactly its paths, plus the KPI targets, which come from the KPI catalog.
 */
import { z } from "zod";
import { KPIS } from "../../src/model/kpiCatalog";
import { getPath } from "../../src/model/path";
import { defaultProfile, profileSchema } from "../../src/model/profile";
import { columnPath, PROFILE_CATALOG, PROFILE_FIELDS, PROFILE_LISTS, PROFILE_SECTIONS } from "../../src/model/profileFields";
import { FIELDS, STAFF_FIELDS, STEPS } from "../../src/taskpane/form/fields";
import { buildPlan } from "../../src/workbook/plan/buildPlan";
import { INPUT_NAMES } from "../../src/workbook/plan/inputNames";

/** Every leaf of a zod schema as a dotted path; a list's row fields as "list[].field". */
function schemaPaths(schema: z.ZodTypeAny, prefix = ""): string[] {
  if (schema instanceof z.ZodDefault || schema instanceof z.ZodOptional) return schemaPaths(schema._def.innerType, prefix);
  if (schema instanceof z.ZodObject) return Object.entries(schema.shape as z.ZodRawShape).flatMap(([k, v]) => schemaPaths(v, prefix ? `${prefix}.${k}` : k));
  if (schema instanceof z.ZodArray) return schemaPaths(schema.element, `${prefix}[]`);
  return [prefix];
}

const sorted = (xs: Iterable<string>) => [...xs].sort();
const CATALOG_PATHS = sorted([...PROFILE_FIELDS.map((f) => f.path), ...PROFILE_LISTS.flatMap((l) => l.columns.map((c) => columnPath(l, c)))]);
const TARGET_PATHS = KPIS.map((k) => `targets.${k.id}`);
const ALL_PATHS = sorted([...CATALOG_PATHS, ...TARGET_PATHS]);

test("the catalog's paths and names are unique, and each field sits in a section that exists", () => {
  expect(new Set(CATALOG_PATHS).size).toBe(CATALOG_PATHS.length);
  const names = [...PROFILE_FIELDS.map((f) => f.name), ...PROFILE_LISTS.flatMap((l) => l.columns.map((c) => c.name))];
  expect(new Set(names).size).toBe(names.length);
  for (const n of names) expect(n).toMatch(/^SS_In_[A-Za-z]+$/);
  const sections = PROFILE_SECTIONS.map((s) => s.id);
  for (const f of PROFILE_FIELDS) expect(sections).toContain(f.section);
  for (const s of sections) expect(PROFILE_FIELDS.some((f) => f.section === s)).toBe(true);
});

test("the zod schema's keys are the catalog's paths, the targets and schemaVersion", () => {
  expect(sorted(schemaPaths(profileSchema as unknown as z.ZodTypeAny))).toEqual(sorted(["schemaVersion", ...ALL_PATHS]));
});

test("each catalog default is what the schema fills in", () => {
  const d = defaultProfile();
  for (const f of PROFILE_FIELDS) expect({ path: f.path, value: getPath(d, f.path) }).toEqual({ path: f.path, value: f.default });
  for (const l of PROFILE_LISTS) {
    const rows = getPath(d, l.path) as Record<string, unknown>[];
    expect(rows).toHaveLength(l.defaultRows);
    for (const row of rows) for (const c of l.columns) expect({ path: columnPath(l, c), value: row[c.path] }).toEqual({ path: columnPath(l, c), value: c.default });
  }
});

test("the wizard asks for every catalog path and target, each scalar field on exactly one step", () => {
  const staff = PROFILE_LISTS.find((l) => l.path === "inHouse.staff")!;
  expect(sorted([...Object.keys(FIELDS), ...Object.keys(STAFF_FIELDS).map((c) => `${staff.path}[].${c}`)])).toEqual(ALL_PATHS);
  expect(sorted(STEPS.flatMap((s) => s.fields))).toEqual(sorted(PROFILE_FIELDS.map((f) => f.path)));
});

test("the workbook names every catalog path and target with the catalog's name, and the read-back reads those names", () => {
  const written = buildPlan(defaultProfile())
    .names.filter((n) => n.profilePath)
    .map((n) => ({ name: n.name, path: n.profilePath! }));
  expect(sorted(written.map((n) => n.path))).toEqual(ALL_PATHS);
  const byName = (xs: { name: string; path: string }[]) => [...xs].map(({ name, path }) => ({ name, path })).sort((a, b) => (a.name < b.name ? -1 : 1));
  expect(byName([...INPUT_NAMES])).toEqual(byName(written));
  const catalogNames = [...PROFILE_CATALOG.flatMap((e) => (e.kind === "list" ? e.columns.map((c) => ({ name: c.name, path: columnPath(e, c) })) : [{ name: e.name, path: e.path }]))];
  expect(byName(written.filter((n) => !n.path.startsWith("targets.")))).toEqual(byName(catalogNames));
});
