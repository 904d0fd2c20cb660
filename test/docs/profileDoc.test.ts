/**
 * docs/profile.md (and the default profile in docs/spec.md) against the profile schema: the
 * default profile shown is defaultProfile(); the field table covers every field, each default is
 * the schema's, and each bound is tried on both sides with parseProfile; the error examples
 * give exactly the messages shown.
 */
import { KPI_IDS } from "../../src/model/kpiCatalog";
import { defaultProfile, formatErrors, parseProfile } from "../../src/model/profile";
import { blocksAfter, codeSpans, readDoc, tableWithHeader } from "./markdown";

const doc = readDoc("docs/profile.md");
const rows = tableWithHeader(doc, ["field", "bounds", "default", "source of the default"]);

test("the default profile shown in profile.md and in spec.md §2.1 is defaultProfile()", () => {
  const shown = [...blocksAfter(doc, "default-profile"), ...blocksAfter(readDoc("docs/spec.md"), "default-profile")];
  expect(shown).toHaveLength(2);
  for (const block of shown) expect(JSON.parse(block)).toEqual(defaultProfile());
});

/** Leaf paths of a profile: staff row fields as inHouse.staff[].x, with the list itself too. */
function leafPaths(value: unknown, prefix: string): string[] {
  if (Array.isArray(value)) return [prefix, ...leafPaths(value[0], `${prefix}[]`)];
  if (value !== null && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => leafPaths(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}

const fieldsOf = (row: string[]) => codeSpans(row[0]);

test("the table lists every field of the profile once (targets as targets.<kpi id>)", () => {
  const listed = rows.flatMap(fieldsOf);
  const expected = [...leafPaths(defaultProfile(), "").filter((p) => p !== "targets"), "targets.<kpi id>"];
  expect([...listed].sort()).toEqual([...expected].sort());
});

/** The value at a documented path in a profile (a staff field is read from the first row). */
function at(profile: unknown, path: string): unknown {
  return path
    .replace(/\[\]/g, ".0")
    .split(".")
    .reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], profile);
}

test("each default shown is the schema's", () => {
  const defaults = defaultProfile();
  for (const row of rows) {
    const shown = row[2];
    for (const field of fieldsOf(row)) {
      if (field === "schemaVersion") expect(shown).toBe("required");
      else if (field === "inHouse.staff") expect([shown, defaults.inHouse.staff.length]).toEqual(["one row", 1]);
      else if (field === "targets.<kpi id>") expect([shown, defaults.targets]).toEqual(["the KPI's default", {}]);
      else expect([field, JSON.parse(codeSpans(shown)[0])]).toEqual([field, at(defaults, field)]);
    }
  }
});

/** A profile with `value` at `path` and defaults elsewhere (undefined leaves the field out). */
function profileWith(path: string, value: unknown): Record<string, unknown> {
  const root: Record<string, unknown> = { schemaVersion: 1 };
  const keys = path.replace(/\[\]/g, ".[]").split(".");
  let node: Record<string, unknown> = root;
  keys.forEach((k, i) => {
    const last = i === keys.length - 1;
    if (k === "[]") return;
    if (last) {
      if (value === undefined) delete node[k];
      else node[k] = value;
    } else if (keys[i + 1] === "[]") {
      const row: Record<string, unknown> = {};
      node[k] = [row];
      node = row;
    } else {
      node = (node[k] ??= {}) as Record<string, unknown>;
    }
  });
  return root;
}

/** Values each documented bound must accept (true) or reject (false). */
function probes(bounds: string): [unknown, boolean][] {
  let m: RegExpExecArray | null;
  if (bounds === "exactly 1") return [[1, true], [2, false], [undefined, false]];
  if ((m = /^text ≤ (\d+) characters$/.exec(bounds))) return [["x".repeat(+m[1]), true], ["x".repeat(+m[1] + 1), false], [5, false]];
  if (bounds === "3 capital letters (ISO 4217 code)") return [["EUR", true], ["eur", false], ["EURO", false], ["", false]];
  if (bounds === "≥ 0") return [[0, true], [0.5, true], [1e9, true], [-0.01, false], ["5", false]];
  if (bounds === "whole ≥ 0") return [[0, true], [3, true], [-1, false], [0.5, false]];
  if ((m = /^whole (\d+)-(\d+)$/.exec(bounds))) return [[+m[1], true], [+m[2], true], [+m[1] - 1, false], [+m[2] + 1, false], [+m[1] + 0.5, false]];
  if (bounds === "> 0") return [[0.5, true], [0, false], [-1, false]];
  if (bounds === "[0, 1]") return [[0, true], [0.5, true], [1, true], [-0.01, false], [1.01, false]];
  if (bounds === "(-1, 1]") return [[-0.99, true], [0, true], [1, true], [-1, false], [1.01, false]];
  if (bounds === "any number, optional") return [[0.5, true], [-3, true], [1e6, true], [undefined, true], ["x", false]];
  if ((m = /^list ≤ (\d+) rows$/.exec(bounds)))
    return [[Array.from({ length: +m[1] }, () => ({})), true], [Array.from({ length: +m[1] + 1 }, () => ({})), false], ["x", false]];
  throw new Error(`the test does not know the bound "${bounds}": use one of the forms it knows, or teach it the new one`);
}

test("each bound accepts what it says and rejects what lies outside, with the error on that field", () => {
  const wrong: string[] = [];
  for (const row of rows) {
    for (const documented of fieldsOf(row)) {
      const fields = documented === "targets.<kpi id>" ? KPI_IDS.map((id) => `targets.${id}`) : [documented];
      for (const field of fields) {
        for (const [value, accepted] of probes(row[1])) {
          const r = parseProfile(profileWith(field, value));
          const errorPath = field.replace(/\[\]/g, "[0]");
          const onField = !r.ok && r.errors.some((e) => e.path === errorPath || e.path.startsWith(`${errorPath}[`) || e.path.startsWith(`${errorPath}.`));
          if (accepted ? !r.ok : !onField) wrong.push(`${field} = ${JSON.stringify(value)?.slice(0, 30)}: ${accepted ? "rejected" : "accepted"} (${r.ok ? "ok" : formatErrors(r.errors).join("; ").slice(0, 120)})`);
        }
      }
    }
  }
  expect(wrong).toEqual([]);
});

test("each bad profile shown gives exactly the errors shown", () => {
  const profiles = blocksAfter(doc, "bad-profile");
  const errors = blocksAfter(doc, "bad-profile-errors");
  expect(profiles.length).toBeGreaterThan(1);
  expect(errors).toHaveLength(profiles.length);
  profiles.forEach((json, i) => {
    const r = parseProfile(JSON.parse(json));
    expect(r.ok ? [] : formatErrors(r.errors)).toEqual(errors[i].split("\n"));
  });
});
