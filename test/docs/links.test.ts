/**
 * The docs hold together: the README stays short with the two commands on its first screen,
 * every relative link and anchor resolves, every repository path a doc names exists, and every
 * "§" reference in code, tests and docs names a section that docs/spec.md has.
 */
import fs from "fs";
import path from "path";
import { codeSpans, DOC_FILES, headings, linkTargets, readDoc, ROOT, slug, withoutFences } from "./markdown";

test("the README is at most 15 KB and shows the two commands on its first screen", () => {
  expect(fs.statSync(path.join(ROOT, "README.md")).size).toBeLessThanOrEqual(15 * 1024);
  const firstScreen = readDoc("README.md").split("\n").slice(0, 25).join("\n");
  expect(firstScreen).toContain("| `npm ci && npm start` |");
  expect(firstScreen).toContain("| `npm ci && npm test` |");
});

/** Anchors a target file offers: heading slugs for Markdown, id attributes for HTML. */
function anchorsOf(file: string): Set<string> {
  const text = fs.readFileSync(file, "utf8");
  if (file.endsWith(".md")) return new Set(headings(text).map(slug));
  return new Set([...text.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]));
}

test("every relative link and image in the docs points at a file that exists, and every anchor at a heading or id in it", () => {
  const broken: string[] = [];
  let checked = 0;
  for (const doc of DOC_FILES) {
    for (const target of linkTargets(readDoc(doc))) {
      if (/^[a-z]+:/i.test(target)) continue; // https:, mailto:
      const [file, anchor] = target.split("#");
      const resolved = file === "" ? path.join(ROOT, doc) : path.resolve(path.dirname(path.join(ROOT, doc)), decodeURI(file));
      checked++;
      if (!fs.existsSync(resolved)) broken.push(`${doc}: ${target} (no such file)`);
      else if (anchor !== undefined && !anchorsOf(resolved).has(anchor)) broken.push(`${doc}: ${target} (no such anchor)`);
    }
  }
  expect(broken).toEqual([]);
  expect(checked).toBeGreaterThan(40);
});

/** A code span that names a file or folder of the repository (build outputs dist/ and lib/ aside). */
const REPO_PATH = /^(src|test|scripts|docs|bin|\.ci)\/[\w./*-]*$|^(README|CONTRIBUTING)\.md$|^manifest\.xml$/;

function exists(rel: string): boolean {
  if (!rel.includes("*")) return fs.existsSync(path.join(ROOT, rel));
  // One wildcard level, in the last segment (docs/workbook-*.png, scripts/bench/*.js).
  const dir = path.join(ROOT, path.dirname(rel));
  const pattern = new RegExp(`^${path.basename(rel).replace(/[.]/g, "\\.").replace(/\*/g, ".*")}$`);
  return fs.existsSync(dir) && fs.readdirSync(dir).some((f) => pattern.test(f));
}

test("every repository path a doc names in a code span exists", () => {
  const missing: string[] = [];
  let checked = 0;
  for (const doc of DOC_FILES) {
    for (const span of codeSpans(withoutFences(readDoc(doc)))) {
      if (!REPO_PATH.test(span)) continue;
      checked++;
      if (!exists(span)) missing.push(`${doc}: ${span}`);
    }
  }
  expect(missing).toEqual([]);
  expect(checked).toBeGreaterThan(30);
});

/** Every file under a folder, recursively, that may hold a comment. */
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return sourceFiles(rel);
    return /\.(ts|tsx|js|mjs|html)$/.test(e.name) ? [rel] : [];
  });
}

const SPEC_SECTIONS = new Set(headings(readDoc("docs/spec.md")).flatMap((h) => (/^§(\d+(?:\.\d+)?) /.exec(h) ?? []).slice(1)));

test("docs/spec.md is sectioned §1-§9", () => {
  for (let n = 1; n <= 9; n++) expect([n, SPEC_SECTIONS.has(String(n))]).toEqual([n, true]);
});

test("every docs/spec.md § reference in the code, tests, scripts and docs names a section that exists; no code cites an absent SPEC", () => {
  const problems: string[] = [];
  let refs = 0;
  const files = [...sourceFiles("src"), ...sourceFiles("test"), ...sourceFiles("scripts"), ...DOC_FILES];
  for (const file of files) {
    const text = fs.readFileSync(path.join(ROOT, file), "utf8");
    if (!file.endsWith(".md") && /\bSPEC\s§/.test(text)) problems.push(`${file}: cites a § of a SPEC that is not in the repository (write docs/spec.md §N)`);
    // "docs/spec.md §2.2", "spec §2.2", and the "and §2.1" that may follow either.
    for (const m of text.matchAll(/(?:docs\/spec\.md|\bspec) (§\d+(?:\.\d+)?(?:(?:\s*(?:,|and|\/)\s*)§\d+(?:\.\d+)?)*)/g)) {
      for (const s of m[1].matchAll(/§(\d+(?:\.\d+)?)/g)) {
        refs++;
        if (!SPEC_SECTIONS.has(s[1])) problems.push(`${file}: ${m[0]} (docs/spec.md has no §${s[1]})`);
      }
    }
  }
  expect(problems).toEqual([]);
  expect(refs).toBeGreaterThan(20);
});
