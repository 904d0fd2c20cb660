/**
 * docs/workbook.md against the workbook plan and the KPI catalog: the sheets in order, the
 * scorecard KPIs with their ids, units, directions, default targets and value names, the target
 * names' rule, the tracking columns, the named inputs with their profile paths, the named
 * results with their sheets, and the keys of the hidden sheet marks.
 */
import { FUNCTIONS } from "../../src/model/functionTable";
import { HEADLINE_NAMES } from "../../src/model/headline";
import { KPIS } from "../../src/model/kpiCatalog";
import { defaultProfile } from "../../src/model/profile";
import { buildPlan } from "../../src/workbook/plan/buildPlan";
import { markerName, PLAN_VERSION_NAME } from "../../src/workbook/plan/plan";
import { codeSpans, readDoc, tableWithHeader, textAfter } from "./markdown";

const doc = readDoc("docs/workbook.md");
const plan = buildPlan(defaultProfile());
const sheetName = (key: string) => plan.sheets.find((s) => s.key === key)?.name;
const nameSheet = new Map(plan.names.map((n) => [n.name, n.sheet as string]));
const span = (cell: string) => codeSpans(cell)[0];

test("the sheets table lists the plan's sheets in order, and calls hidden exactly the hidden ones", () => {
  const rows = tableWithHeader(doc, ["sheet", "what it holds"]);
  expect(rows.map((r) => r[0])).toEqual(plan.sheets.map((s) => s.name));
  expect(rows.map((r) => r[1].startsWith("Hidden"))).toEqual(plan.sheets.map((s) => !!s.hidden));
});

/** "4%" → 0.04, "4.2" → 4.2, "none" → null (12 digits, so 99.5% reads as 0.995 exactly). */
const target = (text: string): number | null =>
  text === "none" ? null : text.endsWith("%") ? Number((Number(text.slice(0, -1)) / 100).toPrecision(12)) : Number(text);

test("the KPI table is the catalog: label, id, unit, direction and default target of every KPI, in order", () => {
  const rows = tableWithHeader(doc, ["KPI", "id", "unit", "better", "default target", "value"]);
  expect(rows.map(([label, id, unit, better, dflt]) => [label, span(id), unit, better, target(dflt)])).toEqual(
    KPIS.map((k) => [k.label, k.id, k.unit, k.higherIsBetter ? "higher" : "lower", k.target]),
  );
});

test("each KPI's value is a defined name of the plan, on the tracking sheet exactly for the KPIs measured from tracking", () => {
  const rows = tableWithHeader(doc, ["KPI", "id", "unit", "better", "default target", "value"]);
  for (const [, id, , , , value] of rows) {
    const k = KPIS.find((x) => x.id === span(id))!;
    expect([k.id, nameSheet.has(span(value)), nameSheet.get(span(value)) === "tracking"]).toEqual([k.id, true, k.source === "tracking"]);
  }
});

test("every KPI target is the input the doc's rule names: SS_Target_ and the id with a capital first letter, holding targets.<id>", () => {
  expect(doc).toContain("`SS_Target_SlaAttainment`");
  for (const k of KPIS) {
    const name = `SS_Target_${k.id[0].toUpperCase()}${k.id.slice(1)}`;
    expect(plan.names.filter((n) => n.name === name).map((n) => [n.sheet, n.profilePath])).toEqual([["kpi", `targets.${k.id}`]]);
  }
});

test("the tracking columns are the plan's, in order", () => {
  expect(codeSpans(textAfter(doc, "tracking-columns"))).toEqual(plan.tracking.headers);
});

test("the named inputs table is every input name of SS Inputs with the profile path it holds", () => {
  const rows = tableWithHeader(doc, ["name", "profile path"]).map(([n, p]) => [span(n), span(p)]);
  const inputs = plan.names.filter((n) => n.profilePath && n.sheet === "inputs").map((n) => [n.name, n.profilePath]);
  expect(rows.sort()).toEqual(inputs.sort());
});

test("the named results table is every other name of the plan, on its sheet, and its definitions name only real names and functions", () => {
  const rows = tableWithHeader(doc, ["name", "sheet", "definition"]);
  const results = plan.names.filter((n) => !n.profilePath);
  expect(rows.map((r) => span(r[0])).sort()).toEqual(results.map((n) => n.name).sort());
  for (const n of Object.keys(HEADLINE_NAMES)) expect(rows.some((r) => span(r[0]) === n)).toBe(true);
  for (const [name, sheet, definition] of rows) {
    expect([span(name), sheet]).toEqual([span(name), sheetName(nameSheet.get(span(name))!)]);
    for (const s of codeSpans(definition).filter((c) => c.startsWith("SS_"))) expect([name, s, nameSheet.has(s)]).toEqual([name, s, true]);
    for (const m of definition.matchAll(/\b([A-Z][A-Z.]{2,})\(/g)) expect([name, m[1], m[1] in FUNCTIONS]).toEqual([name, m[1], true]);
  }
});

test("the hidden marks are named as the writers name them, one per sheet key", () => {
  expect(codeSpans(textAfter(doc, "sheet-keys")).filter((s) => /^[a-z]+$/.test(s))).toEqual(plan.sheets.map((s) => s.key));
  expect(markerName("tco")).toBe("SS_Sheet_tco");
  expect(doc).toContain("`SS_Sheet_<key>`");
  expect(doc).toContain(`\`${PLAN_VERSION_NAME}\``);
});
