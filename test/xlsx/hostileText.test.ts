/**
 * Hostile text in every text field of a profile (the company name and each staff role): what the
 * profile accepts, the .xlsx writer must turn into a package whose every XML part a strict
 * parser (libxml2's xmllint) accepts, with the text kept as typed; what XML cannot hold, the
 * profile refuses with the field and the position. Without xmllint (libxml2-utils) the test
 * skips with a warning, except under CI.
 */
import { spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { dirname, join } from "path";
import { formatErrors, parseProfile, Profile } from "../../src/model/profile";
import { characterCount } from "../../src/model/userText";
import { buildPlan } from "../../src/workbook/plan/buildPlan";
import { writeXlsx } from "../../src/workbook/xlsx/xlsxWriter";

const FAMILY = "👨‍👩‍👧‍👦";

/** Text XML can carry, however awkward for XML, Excel, a terminal or a reader. */
const ACCEPTED = [
  "<b>&amp;</b>",
  "]]> and <![CDATA[x]]>",
  `"quotes" 'apostrophes' <angles> & ampersands`,
  "<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'b'>]>&a;",
  "&#0; &#xFFFF; &lt; (typed literally)",
  "=1+1",
  "@SUM(A1)",
  "+cmd|' /C calc'!A0",
  "'O''Brien'!A1",
  "tab\there",
  "two\nlines",
  "🦊 fox",
  `${FAMILY} family`,
  "e\u0301 combining accent",
  "\u202eright-to-left override",
  "zero\u200bwidth",
  "\ufeffbyte order mark",
  "max \u{10ffff} and \u{1fffe} (allowed non-characters beyond the BMP)",
  "replacement \ufffd",
  "no-break\u00a0space, soft\u00adhyphen",
  "separators \u2028\u2029",
  "${x} %s %n {0} \\ \\\\",
  " leading and trailing spaces ",
];

/** Text XML 1.0 cannot carry: the profile must refuse it. */
const REFUSED: [string, string][] = [
  ["Acme\ufffe", "has U+FFFE, a non-character, at character 5"],
  ["Acme\uffff", "has U+FFFF, a non-character, at character 5"],
  [`${FAMILY}\ud800`, "has U+D800, half of a character without its other half, at character 2"],
  ["\udfffx", "has U+DFFF, half of a character without its other half, at character 1"],
  ["nul\u0000", "has U+0000, a control character, at character 4"],
  ["bell\u0007", "has U+0007, a control character, at character 5"],
  ["vertical\u000btab", "has U+000B, a control character, at character 9"],
  ["escape\u001b[31m", "has U+001B, a control character, at character 7"],
  ["carriage\rreturn", "has U+000D, a control character, at character 9"],
  // Legal XML, but ExcelJS drops them without a word: refused rather than lost.
  ["DEL\u007f", "has U+007F, a control character, at character 4"],
  ["next line\u0085", "has U+0085, a control character, at character 10"],
];

const hasXmllint = spawnSync("xmllint", ["--version"]).status === 0;
if (!hasXmllint) {
  if (process.env.CI) throw new Error("xmllint is missing: install libxml2-utils to run the hostile-text test");
  console.warn("Skipping the hostile-text well-formedness test: xmllint is not installed (apt-get install libxml2-utils).");
}
const itIf = hasXmllint ? it : it.skip;

jest.setTimeout(300_000);

function profileWith(company: string, roles: string[]): Profile {
  const r = parseProfile({ schemaVersion: 1, company: { name: company }, inHouse: { staff: roles.map((role, i) => ({ role, salary: 40_000 + i, count: 1 })) } });
  if (!r.ok) throw new Error(`refused: ${formatErrors(r.errors).join("; ")}`);
  return r.profile;
}

/** xmllint's complaints about any XML part of the package (every part is written to disk and checked in one run). */
async function malformedParts(bytes: Uint8Array, dir: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const files: string[] = [];
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir || !/\.(xml|rels|vml)$/.test(name)) continue;
    const file = join(dir, name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, await entry.async("uint8array"));
    files.push(file);
  }
  expect(files.length).toBeGreaterThan(10);
  const r = spawnSync("xmllint", ["--noout", "--nonet", ...files], { encoding: "utf8" });
  return r.status === 0 ? "" : r.stderr || `xmllint exited ${r.status}`;
}

/** Every text cell of the package, as ExcelJS reads it back. */
async function cellTexts(bytes: Uint8Array): Promise<Set<string>> {
  const { Workbook } = await import("exceljs");
  const wb = new Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const texts = new Set<string>();
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === "string" && texts.add(cell.value)))));
  return texts;
}

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "ss-hostile-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

itIf("every XML part is well-formed, whatever accepted text the company name and the roles hold, and the text is kept", async () => {
  const problems: string[] = [];
  // The longest names allowed, counted in characters as people see them (a family emoji is one).
  // Company names packed with as many hostile strings as fit in 120 characters (fewer workbooks to write).
  const companies: string[] = [];
  for (const text of ACCEPTED) {
    const joined = companies.length ? `${companies[companies.length - 1]} | ${text}` : text;
    if (companies.length && characterCount(joined) <= 120) companies[companies.length - 1] = joined;
    else companies.push(text);
  }
  const cases: [string, string[]][] = [...companies.map((c): [string, string[]] => [c, ACCEPTED]), [FAMILY.repeat(120), [FAMILY.repeat(80), "🦊".repeat(80)]]];
  for (const [i, [company, roles]] of cases.entries()) {
    const bytes = await writeXlsx(buildPlan(profileWith(company, roles)));
    const bad = await malformedParts(bytes, join(dir, String(i)));
    if (bad) problems.push(`company ${JSON.stringify(company)}: ${bad}`);
    const texts = await cellTexts(bytes);
    for (const s of [company, ...roles]) if (s.trim() && !texts.has(s)) problems.push(`${JSON.stringify(s)} is not in any cell as typed`);
  }
  expect(problems).toEqual([]);
});

it.each(REFUSED)("%j is refused in the company name and in a role, naming the field and the position", (text, reason) => {
  for (const [input, path] of [
    [{ company: { name: text } }, "company.name"],
    [{ inHouse: { staff: [{ role: "ok" }, { role: text }] } }, "inHouse.staff[1].role"],
  ] as const) {
    const r = parseProfile({ schemaVersion: 1, ...input });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formatErrors(r.errors).map((line) => line.slice(0, line.indexOf(" (got ")))).toEqual([`${path}: ${reason}: a workbook cannot hold it`]);
  }
});

itIf("the check itself catches what the profile refuses: a raw U+FFFF in a shared string is malformed for xmllint", async () => {
  const zip = new JSZip();
  zip.file("xl/sharedStrings.xml", '<?xml version="1.0" encoding="UTF-8"?><sst><si><t>Acme\uffff</t></si></sst>');
  zip.file("[Content_Types].xml", "<Types/>");
  for (let i = 0; i < 10; i++) zip.file(`xl/ok${i}.xml`, "<ok/>");
  expect(await malformedParts(await zip.generateAsync({ type: "uint8array" }), join(dir, "broken"))).toMatch(/sharedStrings\.xml/);
});
