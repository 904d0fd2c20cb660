/**
 * The BUILT functions.json (generated from the JSDoc in src/functions/functions.ts) against the
 * function table (src/model/functionTable.ts), which the runtime actually calls: two
 * declarations of the same functions that nothing else ties together. Same ids, same
 * parameters in order; optional in Excel exactly where the table has a default; a range
 * (matrix) exactly where the table's kind takes one; boolean exactly where the kind is bool.
 * `npm test` builds first; run `npx webpack --mode development` before running this file alone.
 */
import fs from "fs";
import path from "path";
import { RANGE_KINDS } from "../../src/model/args";
import { FUNCTIONS } from "../../src/model/functionTable";

interface MetaParam {
  name: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
}
interface MetaFunction {
  id: string;
  parameters: MetaParam[];
}

const DIST = path.resolve(process.env.SMARTSOURCE_DIST ?? path.join(__dirname, "..", "..", "dist"));

let metadata: MetaFunction[];
beforeAll(() => {
  const file = path.join(DIST, "functions.json");
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npx webpack --mode development\` first (npm test builds)`);
  metadata = (JSON.parse(fs.readFileSync(file, "utf8")) as { functions: MetaFunction[] }).functions;
});

const byId = () => new Map(metadata.map((f) => [f.id, f]));

test("functions.json declares exactly the table's functions", () => {
  expect(metadata.map((f) => f.id).sort()).toEqual(Object.keys(FUNCTIONS).sort());
});

test("each function's parameters are the table's, in order", () => {
  const meta = byId();
  for (const [id, fn] of Object.entries(FUNCTIONS)) {
    expect([id, meta.get(id)?.parameters.map((p) => p.name)]).toEqual([id, fn.params.map((p) => p.name)]);
  }
});

test("a parameter is optional in functions.json exactly when the table gives it a default", () => {
  const meta = byId();
  const mismatches: string[] = [];
  for (const [id, fn] of Object.entries(FUNCTIONS)) {
    fn.params.forEach((p, i) => {
      const optional = meta.get(id)?.parameters[i]?.optional === true;
      if (optional !== (p.default !== undefined)) mismatches.push(`${id}.${p.name}: optional ${optional}, default ${String(p.default)}`);
    });
  }
  expect(mismatches).toEqual([]);
});

test("a parameter takes a range (matrix) exactly when its kind in the table is a range kind, and is boolean exactly when the kind is bool", () => {
  const meta = byId();
  const mismatches: string[] = [];
  for (const [id, fn] of Object.entries(FUNCTIONS)) {
    fn.params.forEach((p, i) => {
      const m = meta.get(id)?.parameters[i];
      const matrix = m?.dimensionality === "matrix";
      if (matrix !== RANGE_KINDS.has(p.kind)) mismatches.push(`${id}.${p.name}: matrix ${matrix}, kind ${p.kind}`);
      const expectedType = p.kind === "bool" ? "boolean" : "number";
      if (m?.type !== expectedType) mismatches.push(`${id}.${p.name}: type ${m?.type}, kind ${p.kind}`);
    });
  }
  expect(mismatches).toEqual([]);
});

test("the comparison is not vacuous: the metadata has optional, range and boolean parameters", () => {
  const params = metadata.flatMap((f) => f.parameters);
  expect(params.length).toBe(Object.values(FUNCTIONS).reduce((n, fn) => n + fn.params.length, 0));
  expect(params.filter((p) => p.optional).length).toBeGreaterThan(10);
  expect(params.filter((p) => p.dimensionality === "matrix").length).toBeGreaterThan(3);
  expect(params.filter((p) => p.type === "boolean").length).toBeGreaterThan(1);
});
