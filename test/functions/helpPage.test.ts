/** @jest-environment jsdom */
/*
 * The help page must stay true to the functions: every help URL lands on a section, each
 * signature matches the function table, each example formula really returns what the page says,
 * each native equivalent is what nativeFormula writes, and the page makes no outside request.
 */
import fs from "fs";
import path from "path";
import { FUNCTIONS, invoke, nativeFormula } from "../../src/model/functionTable";

const ROOT = path.resolve(__dirname, "..", "..");
const html = fs.readFileSync(path.join(ROOT, "src", "help", "help.html"), "utf8");
const doc = new DOMParser().parseFromString(html, "text/html");
const anchor = (id: string) => id.toLowerCase().replace(".", "-");

/** Parses one literal argument the way Excel reads it: 3% → 0.03, {1;2} → a column, empty → omitted. */
function literal(text: string): unknown {
  const t = text.trim();
  if (t === "") return null;
  if (/^(TRUE|FALSE)$/i.test(t)) return t.toUpperCase() === "TRUE";
  if (t.startsWith("{")) return t.slice(1, -1).split(";").map((row) => row.split(",").map((c) => literal(c)));
  const m = /^(-?\d+(?:\.\d+)?)(%?)$/.exec(t);
  if (!m) throw new Error(`cannot read argument ${t}`);
  return m[2] ? Number(m[1]) / 100 : Number(m[1]);
}
/** Splits "=SMARTSOURCE.ID(a, {1,2;3,4}, , 8%)" into the id and its argument values. */
function parseCall(formula: string): [string, unknown[]] {
  const m = /^=SMARTSOURCE\.([A-Z.]+)\((.*)\)$/.exec(formula.trim());
  if (!m) throw new Error(`not a SMARTSOURCE call: ${formula}`);
  const args: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of m[2]) {
    if (ch === "{") depth++;
    if (ch === "}") depth--;
    if (ch === "," && depth === 0) {
      args.push(current);
      current = "";
    } else current += ch;
  }
  args.push(current);
  return [m[1], args.map(literal)];
}
const decimals = (s: string) => (s.includes(".") ? s.split(".")[1].length : 0);

test("every help URL in functions.ts lands on a section of the page", () => {
  const source = fs.readFileSync(path.join(ROOT, "src", "functions", "functions.ts"), "utf8");
  const urls = [...source.matchAll(/@helpurl (\S+)/g)].map((m) => m[1]);
  expect(urls).toHaveLength(Object.keys(FUNCTIONS).length);
  for (const url of urls) {
    const [file, id] = new URL(url).pathname.endsWith("/help.html") ? ["help.html", new URL(url).hash.slice(1)] : ["?", ""];
    expect([url, file, doc.getElementById(id)?.tagName]).toEqual([url, "help.html", "SECTION"]);
  }
});

test("each section gives the signature with the table's parameter names, optional ones in brackets", () => {
  for (const [id, fn] of Object.entries(FUNCTIONS)) {
    const section = doc.getElementById(anchor(id))!;
    const params = fn.params.map((p) => (p.default === undefined ? p.name : `[${p.name}]`)).join(", ");
    expect(section.querySelector(".signature")?.textContent).toBe(`SMARTSOURCE.${id}(${params})`);
    expect(section.querySelector("h2")?.textContent).toBe(id);
  }
});

test("every example returns what the page says it returns", () => {
  const examples = [...doc.querySelectorAll("p.example")].filter((p) => p.querySelector("output"));
  expect(examples.length).toBeGreaterThanOrEqual(Object.keys(FUNCTIONS).length - 1); // TCOSCHEDULE spills a table instead
  for (const p of examples) {
    const formula = p.querySelector("code")!.textContent!;
    const shown = p.querySelector("output")!.getAttribute("data-value")!;
    const [id, args] = parseCall(formula);
    const result = invoke(id, args);
    if (typeof result === "string") expect([formula, result]).toEqual([formula, shown]);
    else expect([formula, Math.abs((result as number) - Number(shown)) <= 0.5 * 10 ** -decimals(shown)]).toEqual([formula, true]);
  }
});

test("the TCOSCHEDULE example's spilled table is what the function spills", () => {
  const table = doc.querySelector("table.spill")!;
  const [id, args] = parseCall(table.getAttribute("data-formula")!);
  const rows = invoke(id, args) as number[][];
  const shown = [...table.querySelectorAll("tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => Number(td.textContent!.replace(/,/g, ""))));
  expect(shown).toHaveLength(rows.length);
  rows.forEach((row, r) => row.forEach((x, c) => expect(Math.abs(x - shown[r][c])).toBeLessThanOrEqual(0.005)));
});

test("each native equivalent is what nativeFormula writes for the parameter names; the others say why there is none", () => {
  for (const [id, fn] of Object.entries(FUNCTIONS)) {
    const shown = doc.querySelector(`code.native[data-fn="${id}"]`);
    if (fn.native) expect([id, shown?.textContent]).toEqual([id, "=" + nativeFormula(id, fn.params.map((p) => p.name))]);
    else expect([id, shown, /None as one formula/.test(doc.getElementById(anchor(id))!.textContent!)]).toEqual([id, null, true]);
  }
});

test("defaults cite the sources docs/spec.md §1 names, and the overhead default is called an assumption", () => {
  const text = doc.body.textContent!.replace(/\s+/g, " ");
  for (const needle of [
    "Employer Costs for Employee Compensation",
    "Willcocks 4–8%",
    "3–6%",
    "Barthélemy (2001)",
    "one third of the hire's first-year pay",
    "about four months to fill",
    "Watkins",
    "about six months",
    "a third of CIO departures are involuntary",
    "Korn Ferry finds 4.3–4.6 years",
    "Gartner about 4.3 years",
    "Nash Squared's 2024",
    "about 40% of CIOs",
    "This is our assumption, not a sourced figure",
  ])
    expect([needle, text.includes(needle)]).toEqual([needle, true]);
});

test("the page makes no request to any other origin: no scripts, stylesheets, fonts, images or frames", () => {
  expect(doc.querySelectorAll("script, link, img, iframe, object, embed, source, video, audio")).toHaveLength(0);
  expect(doc.querySelectorAll("[src]")).toHaveLength(0);
  const css = [...doc.querySelectorAll("style")].map((s) => s.textContent).join("\n");
  expect(css).not.toMatch(/url\(|@import|@font-face/);
  for (const a of doc.querySelectorAll("a[href]")) expect(a.getAttribute("href")).toMatch(/^#[a-z-]+$/);
});
