/**
 * docs/functions.md against the function table: the index lists exactly the table's functions,
 * each linked to its own help section, with "none" exactly where no native equivalent exists;
 * each error message shown is what the model returns for that call; each native formula shown
 * is what nativeFormula writes for it.
 */
import { evaluate, FUNCTIONS, nativeFormula } from "../../src/model/functionTable";
import { ModelError } from "../../src/model/errors";
import { codeSpans, readDoc, tableWithHeader } from "./markdown";

const doc = readDoc("docs/functions.md");
const help = readDoc("src/help/help.html");

/** Splits an argument list at its top-level commas (not inside {…}, (…) or "…"). */
function splitArgs(list: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const ch of list) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && (ch === "{" || ch === "(")) depth++;
    if (!quoted && (ch === "}" || ch === ")")) depth--;
    if (ch === "," && depth === 0 && !quoted) {
      args.push(current.trim());
      current = "";
    } else current += ch;
  }
  args.push(current.trim());
  return args;
}

/** "=SMARTSOURCE.ID(a, b)" → the id and the argument texts. */
function parseCall(formula: string): [string, string[]] {
  const m = /^=SMARTSOURCE\.([A-Z.]+)\((.*)\)$/.exec(formula);
  if (!m) throw new Error(`not a SMARTSOURCE call: ${formula}`);
  return [m[1], splitArgs(m[2])];
}

/** One literal argument as Excel hands it to a function: 3% → 0.03, {1;2} → a column, "" → omitted. */
function literal(text: string): unknown {
  if (text === "") return null;
  if (/^"(.*)"$/.test(text)) return text.slice(1, -1);
  if (/^(TRUE|FALSE)$/i.test(text)) return text.toUpperCase() === "TRUE";
  if (text.startsWith("{")) return text.slice(1, -1).split(";").map((row) => row.split(",").map((c) => literal(c.trim())));
  const m = /^(-?\d+(?:\.\d+)?)(%?)$/.exec(text);
  if (!m) throw new Error(`cannot read argument ${text}`);
  return m[2] ? Number(m[1]) / 100 : Number(m[1]);
}

test("the index lists every function of the table, in its order, each linked to its own help section, 'none' exactly where there is no native equivalent", () => {
  const rows = tableWithHeader(doc, ["function", "help section", "native equivalent"]);
  expect(rows.map((r) => codeSpans(r[0])[0])).toEqual(Object.keys(FUNCTIONS));
  for (const [cell, link, native] of rows) {
    const id = codeSpans(cell)[0];
    const anchor = /\(\.\.\/src\/help\/help\.html#([\w-]+)\)/.exec(link)?.[1];
    // The section with that id is this function's: its heading is the function's name.
    const section = help.split(/<section /).find((s) => s.startsWith(`id="${anchor}"`)) ?? "";
    expect([id, /<h2>([^<]+)<\/h2>/.exec(section)?.[1]]).toEqual([id, id]);
    expect([id, native]).toEqual([id, FUNCTIONS[id].native === null ? "none" : "yes"]);
  }
});

test("each error message shown is the one the model gives for that call", () => {
  const rows = tableWithHeader(doc, ["call", "result"]);
  expect(rows.length).toBeGreaterThan(5);
  for (const [callCell, resultCell] of rows) {
    const [id, texts] = parseCall(codeSpans(callCell)[0]);
    const shown = /^`(#[A-Z0-9/!?]+)` (.+)$/.exec(resultCell);
    const got = evaluate(id, texts.map(literal));
    expect(got).toBeInstanceOf(ModelError);
    expect([callCell, (got as ModelError).code, (got as ModelError).message]).toEqual([callCell, shown?.[1], shown?.[2]]);
  }
});

test("each native formula shown is what nativeFormula writes for that call", () => {
  const rows = tableWithHeader(doc, ["call", "native formula written"]);
  expect(rows.length).toBeGreaterThan(3);
  for (const [callCell, formulaCell] of rows) {
    const [id, texts] = parseCall(codeSpans(callCell)[0]);
    expect([callCell, `=${nativeFormula(id, texts)}`]).toEqual([callCell, codeSpans(formulaCell)[0]]);
  }
});
