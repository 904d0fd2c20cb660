/**
 * The BUILT functions runtime, loaded the way Excel loads it: dist/functions.js alone in a fresh
 * VM context whose only host global is CustomFunctions. Every function is then called through
 * the ids in dist/functions.json and checked against an independent computation.
 * `npm test` builds first; run `npm run build` before running this file on its own.
 */
import fs from "fs";
import path from "path";
import vm from "vm";
import zlib from "zlib";
import { FakeCustomFunctionError, fakeCustomFunctions } from "./support/fakeCustomFunctions";

// The bench's parser of taskpane.html (first-load <script src>, minus the office.js CDN).
const { firstLoadScripts } = require("../../scripts/bench/functions.js") as { firstLoadScripts: (html: string) => string[] };

const DIST = path.resolve(process.env.SMARTSOURCE_DIST ?? path.join(__dirname, "..", "..", "dist"));
const read = (file: string): string => {
  const p = path.join(DIST, file);
  if (!fs.existsSync(p)) throw new Error(`${p} is missing: run \`npm run build\` first (npm test does)`);
  return fs.readFileSync(p, "utf8");
};

interface Metadata {
  functions: {
    id: string;
    name: string;
    description?: string;
    helpUrl?: string;
    result: { type: string; dimensionality?: string };
    parameters: { name: string; description?: string; type: string; dimensionality?: string; optional?: boolean }[];
  }[];
}

let code: string;
let metadata: Metadata;
let fake: ReturnType<typeof fakeCustomFunctions>;

beforeAll(() => {
  code = read("functions.js");
  metadata = JSON.parse(read("functions.json"));
  fake = fakeCustomFunctions();
  // Nothing but the runtime's CustomFunctions: no window, document or webpack chunk loader.
  vm.runInContext(code, vm.createContext({ CustomFunctions: fake }), { filename: "functions.js" });
});

/** docs/spec.md §1: names, parameters and their order; "?" marks an optional one. */
const SPEC: Record<string, string[]> = {
  LOADEDCOST: ["salary", "benefits_rate?", "overhead_rate?"],
  OUTSOURCEDCOST: ["annual_fee", "governance_rate?"],
  TCO: ["annual_cost", "years", "escalation?", "discount_rate?", "upfront_cost?", "exit_cost?"],
  TCOSCHEDULE: ["annual_cost", "years", "escalation?", "discount_rate?", "upfront_cost?", "exit_cost?"],
  BREAKEVEN: ["inhouse_annual", "outsourced_annual", "upfront_cost?", "inhouse_escalation?", "outsourced_escalation?", "discount_rate?"],
  "CIO.TRANSITIONCOST": ["annual_cost", "search_fee_rate?", "vacancy_months?", "ramp_months?", "severance_months?", "knowledge_loss?"],
  "CIO.CONTINUITYCOST": ["annual_cost", "horizon_months", "tenure_months?", "transition_cost?", "discount_rate?"],
  "CIO.DEPARTURES": ["horizon_months", "tenure_months?", "probability?"],
  "TRIANGULAR.INV": ["probability", "low", "mode", "high"],
  ROI: ["benefits", "costs"],
  PAYBACK: ["cashflows"],
  SLAATTAINMENT: ["actuals", "targets", "higher_is_better?"],
  KPISTATUS: ["value", "target", "higher_is_better?", "amber_band?"],
};
const RANGES = new Set(["salary", "benefits", "costs", "cashflows", "actuals", "targets"]);

test("functions.json: the 13 SPEC functions with their parameters in order, all described, each with a help URL", () => {
  expect(metadata.functions.map((f) => f.id).sort()).toEqual(Object.keys(SPEC).sort());
  for (const f of metadata.functions) {
    expect(f.name).toBe(f.id);
    expect(f.description?.length).toBeGreaterThan(20);
    expect(f.helpUrl).toMatch(/^https:\/\/[^#]+\/help\.html#[a-z-]+$/);
    expect(f.parameters.map((p) => p.name + (p.optional ? "?" : ""))).toEqual(SPEC[f.id]);
    for (const p of f.parameters) {
      expect([f.id, p.name, (p.description ?? "").length > 15]).toEqual([f.id, p.name, true]);
      expect([f.id, p.name, p.dimensionality === "matrix"]).toEqual([f.id, p.name, RANGES.has(p.name)]);
    }
  }
  const byId = Object.fromEntries(metadata.functions.map((f) => [f.id, f]));
  expect(byId.TCOSCHEDULE.result.dimensionality).toBe("matrix");
  expect(byId.KPISTATUS.result.type).toBe("string");
});

test("functions.js runs alone and associates every id in functions.json exactly once", () => {
  expect([...fake.registered.keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
});

test("every function, called through its functions.json id, matches an independent computation", () => {
  const call = (id: string, ...args: unknown[]) => fake.registered.get(id)!(...args);
  const close = (id: string, got: unknown, expected: number) => expect([id, Math.abs((got as number) - expected) <= 1e-9 * Math.abs(expected)]).toEqual([id, true]);
  close("LOADEDCOST", call("LOADEDCOST", [[50_000], [70_000]], 0.3, 0.1), 120_000 * 1.4);
  close("OUTSOURCEDCOST", call("OUTSOURCEDCOST", 100_000, null), 100_000 * 1.06);
  close("TCO", call("TCO", 1000, 3, 0.05, 0.1, 500, 200), 500 + 1000 / 1.1 + 1050 / 1.21 + (1102.5 + 200) / 1.331);
  expect(call("TCOSCHEDULE", 1000, 2, null, null, null, null)).toEqual([
    [0, 0, 0, 0],
    [1, 1000, 1000, 1000],
    [2, 1000, 1000, 2000],
  ]);
  expect(call("BREAKEVEN", 120_000, 96_000, 10_000, null, null, null)).toBe(5); // 2,000 a month
  close("CIO.TRANSITIONCOST", call("CIO.TRANSITIONCOST", 120_000, null, null, null, null, null), 120_000 * (0.33 + 0.5 * 4 / 12 + 0.5 * 6 / 12 + 2 / 12));
  close("CIO.CONTINUITYCOST", call("CIO.CONTINUITYCOST", 120_000, 48, 24, 50_000, null), 2 * 50_000);
  close("CIO.DEPARTURES", call("CIO.DEPARTURES", 48, 16, null), 3);
  expect(call("CIO.DEPARTURES", 4, 2, 0.5)).toBe(2); // 4 months at 1 in 2: CDF(1) = 5/16 < 0.5 ≤ CDF(2) = 11/16
  close("TRIANGULAR.INV", call("TRIANGULAR.INV", 0.125, 0, 5, 10), Math.sqrt(0.125 * 10 * 5));
  close("ROI", call("ROI", [[150]], [[100]]), 0.5);
  close("PAYBACK", call("PAYBACK", [[-100], [60], [60]]), 1 + 40 / 60);
  close("SLAATTAINMENT", call("SLAATTAINMENT", [[1], [2], [null]], [[1.5]], null), 1 / 2);
  expect(call("KPISTATUS", 95, 100, null, null)).toBe("AMBER");
});

test("errors leave as the runtime's CustomFunctions.Error with Excel's codes", () => {
  const thrown = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      return e;
    }
    throw new Error("did not throw");
  };
  const num = thrown(() => fake.registered.get("TCO")!(1000, 2.5)) as FakeCustomFunctionError;
  expect(num).toBeInstanceOf(FakeCustomFunctionError);
  expect([num.code, num.message]).toEqual(["#NUM!", ""]);
  const value = thrown(() => fake.registered.get("LOADEDCOST")!([[100_000]], 30)) as FakeCustomFunctionError;
  expect([value.code, value.message]).toEqual(["#VALUE!", "benefits_rate is 30: enter 30% or 0.3"]);
});

test("functions.js is self-contained and carries no React, Fluent UI or ExcelJS code", () => {
  expect(code).not.toMatch(/webpackChunk|importScripts|document\.createElement\("script"\)/);
  expect(code).not.toMatch(/react\.(element|transitional|fragment|portal)|__SECRET_INTERNALS|useState/);
  expect(code).not.toMatch(/FluentProvider|fui-|@fluentui/);
  expect(code).not.toMatch(/exceljs|ExcelJS|xl\/workbook\.xml|sharedStrings/);
  // Guard the detector itself: the pane's React build does carry the React marker.
  const html = read("taskpane.html");
  const scripts = firstLoadScripts(html);
  expect(scripts).toContain("functions.js"); // the shared runtime: the pane loads the functions too
  expect(scripts.map((s) => read(s)).join("\n")).toMatch(/react\.(element|transitional)/);
});

test("the functions bundle stays under its 30 KB gzipped budget", () => {
  expect(zlib.gzipSync(code).length).toBeLessThan(30 * 1024);
});

test("the first-load parser takes quoted, single-quoted and bare src attributes and drops the office.js CDN", () => {
  const html = `<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script><script defer src=functions.js></script><script src="a.js"></script><script type="module" src='b.js'></script><script>inline()</script>`;
  expect(firstLoadScripts(html)).toEqual(["functions.js", "a.js", "b.js"]);
});

test("the built help page has a section for every function's help URL", () => {
  const help = read("help.html");
  for (const f of metadata.functions) {
    const anchor = new URL(f.helpUrl!).hash.slice(1);
    expect([f.id, new RegExp(`id="?${anchor}[" >]`).test(help)]).toEqual([f.id, true]);
  }
});
