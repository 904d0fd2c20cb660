/**
 * Just enough of GitHub-flavoured Markdown to check the project's own docs against the code:
 * pipe tables, fenced blocks after a marker comment, headings with GitHub's anchors, links and
 * code spans. The docs are written to stay inside this subset (no pipes inside table cells).
 */
import fs from "fs";
import path from "path";

export const ROOT = path.resolve(__dirname, "..", "..");

export const readDoc = (rel: string): string => fs.readFileSync(path.join(ROOT, rel), "utf8");

/** The Markdown files the project keeps: README, CONTRIBUTING and docs/*.md. */
export const DOC_FILES = ["README.md", "CONTRIBUTING.md", ...fs.readdirSync(path.join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];

/** Text with fenced code blocks blanked out (their lines kept, so nothing in them reads as Markdown). */
export function withoutFences(md: string): string {
  let inFence = false;
  return md
    .split("\n")
    .map((line) => {
      if (/^\s*```/.test(line)) {
        inFence = !inFence;
        return "";
      }
      return inFence ? "" : line;
    })
    .join("\n");
}

const cells = (line: string): string[] =>
  line
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split("|")
    .map((c) => c.trim());

export interface Table {
  header: string[];
  rows: string[][];
}

/** Every pipe table, in order. */
export function tables(md: string): Table[] {
  const lines = withoutFences(md).split("\n");
  const found: Table[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i].trim().startsWith("|") || !/^\s*\|(\s*:?-+:?\s*\|)+\s*$/.test(lines[i + 1])) continue;
    const header = cells(lines[i]);
    const rows: string[][] = [];
    let j = i + 2;
    for (; j < lines.length && lines[j].trim().startsWith("|"); j++) rows.push(cells(lines[j]));
    found.push({ header, rows });
    i = j - 1;
  }
  return found;
}

/** The one table whose header row is exactly `header`; throws if there is none or several. */
export function tableWithHeader(md: string, header: readonly string[]): string[][] {
  const matches = tables(md).filter((t) => t.header.join("|") === header.join("|"));
  if (matches.length !== 1) throw new Error(`expected one table headed ${header.join(" | ")}, found ${matches.length}`);
  return matches[0].rows;
}

/** The text of each fenced block that follows a `<!-- marker -->` or `<!-- marker: note -->` line (blank lines between allowed). */
export function blocksAfter(md: string, marker: string): string[] {
  const lines = md.split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].trim();
    if (!t.startsWith(`<!-- ${marker} -->`) && !t.startsWith(`<!-- ${marker}:`)) continue;
    let j = i + 1;
    while (j < lines.length && lines[j].trim() === "") j++;
    if (!/^```/.test(lines[j] ?? "")) throw new Error(`no fenced block after <!-- ${marker} --> at line ${i + 1}`);
    const end = lines.indexOf("```", j + 1);
    out.push(lines.slice(j + 1, end).join("\n"));
  }
  return out;
}

/** The inline text that follows a `<!-- marker -->` comment, up to the next blank line. */
export function textAfter(md: string, marker: string): string {
  const at = md.indexOf(`<!-- ${marker} -->`);
  if (at < 0) throw new Error(`no <!-- ${marker} --> marker`);
  const rest = md.slice(at + `<!-- ${marker} -->`.length);
  return rest.split(/\n\s*\n/)[0];
}

/** The contents of the code spans in a piece of text. */
export const codeSpans = (text: string): string[] => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]);

/** GitHub's heading anchor: lower case, punctuation and symbols dropped, spaces to hyphens. */
export const slug = (heading: string): string =>
  heading
    .replace(/`/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\p{Pc} -]/gu, "")
    .replace(/ /g, "-");

/** The heading texts of a Markdown file (fenced blocks ignored). */
export const headings = (md: string): string[] => [...withoutFences(md).matchAll(/^#{1,6} (.+)$/gm)].map((m) => m[1].trim());

/** Link and image targets: [text](target), ![alt](target) and <img src="target">. */
export function linkTargets(md: string): string[] {
  const text = withoutFences(md);
  return [...[...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]), ...[...text.matchAll(/<img [^>]*src="([^"]+)"/g)].map((m) => m[1])];
}
