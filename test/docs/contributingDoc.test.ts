/**
 * CONTRIBUTING.md against the tree: the layout table lists every folder of src/ and only
 * files that exist there; the test table lists every folder of test/ and only test files that
 * exist; the sample benchmark's figures are ones the bench scripts produce, and each is explained.
 */
import fs from "fs";
import path from "path";
import { blocksAfter, codeSpans, readDoc, ROOT, tableWithHeader } from "./markdown";

const doc = readDoc("CONTRIBUTING.md");
const folders = (dir: string) =>
  fs
    .readdirSync(path.join(ROOT, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => `${dir}/${e.name}/`)
    .sort();
const filesUnder = (dir: string): string[] =>
  fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(`${dir}/${e.name}`) : [`${dir}/${e.name}`]));

test("the layout table lists every folder of src/, and every file or folder it names is there", () => {
  const rows = tableWithHeader(doc, ["folder", "what it is"]);
  expect(rows.map((r) => codeSpans(r[0])[0]).sort()).toEqual(folders("src"));
  const missing: string[] = [];
  for (const [folderCell, what] of rows) {
    const folder = codeSpans(folderCell)[0].replace(/\/$/, "");
    const files = filesUnder(folder);
    for (const name of codeSpans(what)) {
      if (name.endsWith("/")) {
        if (!fs.existsSync(path.join(ROOT, folder, name))) missing.push(`${folder}/${name}`);
      } else if (/\.(ts|tsx|html)$/.test(name) && !files.some((f) => f === `${folder}/${name}` || f.endsWith(`/${name}`))) missing.push(`${folder}: ${name}`);
    }
  }
  expect(missing).toEqual([]);
});

test("the test table lists every folder of test/, and the test files it names in test/functions/ exist", () => {
  const rows = tableWithHeader(doc, ["folder", "proves"]);
  expect(rows.map((r) => codeSpans(r[0])[0]).sort()).toEqual(folders("test"));
  const functionsRow = rows.find((r) => codeSpans(r[0])[0] === "test/functions/")!;
  const named = codeSpans(functionsRow[1]).filter((s) => /^[a-z][A-Za-z]+$/.test(s));
  expect(named.length).toBeGreaterThan(5);
  for (const n of named) expect([n, fs.existsSync(path.join(ROOT, "test", "functions", `${n}.test.ts`))]).toEqual([n, true]);
});

test("every figure of the sample benchmark is one the bench scripts produce, and each top-level figure is explained", () => {
  const [sample] = blocksAfter(doc, "bench-sample");
  const figures = JSON.parse(sample) as Record<string, unknown>;
  const keys = Object.entries(figures).flatMap(([k, v]) => (v !== null && typeof v === "object" ? [k, ...Object.keys(v)] : [k]));
  const bench = fs
    .readdirSync(path.join(ROOT, "scripts", "bench"))
    .map((f) => fs.readFileSync(path.join(ROOT, "scripts", "bench", f), "utf8"))
    .join("\n");
  expect(keys.filter((k) => !new RegExp(`\\b${k}\\b`).test(bench))).toEqual([]);
  const explained = new Set(doc.split("\n").filter((l) => l.startsWith("- `")).flatMap((l) => codeSpans(l.split(":")[0])));
  expect(Object.keys(figures).filter((k) => !explained.has(k))).toEqual([]);
});
