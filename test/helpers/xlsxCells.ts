/**
 * Every cell of an .xlsx as its sheet XML holds it: formula, cached value (typed by t="…"), style
 * index. Read from the XML because ExcelJS drops a cached 0, "" or FALSE when it reads a file.
 */
import { readFileSync } from "fs";
import JSZip from "jszip";

export type XmlValue = number | string | boolean | { error: string } | undefined;

export interface XmlCell {
  /** The formula without "=", if any. */
  formula?: string;
  /** The cached (or literal) value; undefined when the cell has no <v>. */
  value: XmlValue;
  /** Index into styles.xml's cellXfs. */
  style: number;
}

const unesc = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, "&");

const textOf = (si: string): string => [...si.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>|<t\b[^>]*\/>/g)].map((m) => unesc(m[1] ?? "")).join("");

function valueOf(type: string, raw: string | undefined, body: string, shared: string[]): XmlValue {
  if (type === "inlineStr") return textOf(body);
  if (raw === undefined) return undefined;
  switch (type) {
    case "s":
      return shared[Number(raw)];
    case "str":
      return unesc(raw);
    case "b":
      return raw === "1";
    case "e":
      return { error: raw };
    default:
      return Number(raw);
  }
}

/** Sheet name → A1 address → cell. */
export async function readXmlCells(source: Uint8Array | string): Promise<Map<string, Map<string, XmlCell>>> {
  const zip = await JSZip.loadAsync(typeof source === "string" ? readFileSync(source) : source);
  const read = (path: string) => zip.file(path)?.async("string") ?? Promise.resolve("");
  const [workbook, rels, sst] = await Promise.all([read("xl/workbook.xml"), read("xl/_rels/workbook.xml.rels"), read("xl/sharedStrings.xml")]);
  const shared = [...sst.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textOf(m[1]));
  const sheets = new Map<string, Map<string, XmlCell>>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = unesc(/\bname="([^"]*)"/.exec(m[0])![1]);
    const id = /\br:id="([^"]*)"/.exec(m[0])![1];
    const target = new RegExp(`<Relationship\\b[^>]*\\bId="${id}"[^>]*>`).exec(rels)![0].match(/\bTarget="([^"]*)"/)![1];
    const xml = await read(target.startsWith("/") ? target.slice(1) : `xl/${target}`);
    const cells = new Map<string, XmlCell>();
    for (const c of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = c[1];
      const body = c[2] ?? "";
      const ref = /\br="([A-Z]+\d+)"/.exec(attrs)![1];
      const type = /\bt="(\w+)"/.exec(attrs)?.[1] ?? "n";
      const f = /<f\b[^>]*>([\s\S]*?)<\/f>/.exec(body);
      const v = /<v>([\s\S]*?)<\/v>|<v\/>/.exec(body);
      cells.set(ref, {
        ...(f && { formula: unesc(f[1]) }),
        value: valueOf(type, v ? (v[1] ?? "") : undefined, body, shared),
        style: Number(/\bs="(\d+)"/.exec(attrs)?.[1] ?? 0),
      });
    }
    sheets.set(name, cells);
  }
  return sheets;
}

/** The cell formats (<xf> of cellXfs) of a package's styles.xml, in index order. */
export async function cellFormats(source: Uint8Array): Promise<string[]> {
  const styles = await (await JSZip.loadAsync(source)).file("xl/styles.xml")!.async("string");
  const list = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1];
  return [...list.matchAll(/<xf\b[^>]*\/>|<xf\b[^>]*>[\s\S]*?<\/xf>/g)].map((m) => m[0]);
}
