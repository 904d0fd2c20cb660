/**
 * Excel's quote prefix (what typing a leading ' sets) on every user-text cell: every cell whose
 * planned style has `quotePrefix`, in the blocks and over the tracking data area's columns.
 * ExcelJS 4.4 has no such style property, so each cell format (xf) those cells use gets a copy
 * with quotePrefix="1" in styles.xml, and the cells point to the copy.
 */
import JSZip from "jszip";
import { a1 } from "../plan/a1";
import { SheetPlan, WorkbookPlan } from "../plan/plan";
import { readText, sheetParts } from "./charts";

/** A1 addresses of a sheet's cells whose style carries the quote prefix. */
function prefixedCells(sheet: SheetPlan, plan: WorkbookPlan, prefixed: (style?: string) => boolean, trackedRows: number): Set<string> {
  const cells = new Set<string>();
  for (const b of sheet.blocks) b.cells.forEach((row, i) => row.forEach((c, j) => prefixed(c.style) && cells.add(a1(b.row + i, b.col + j))));
  const t = plan.tracking;
  if (sheet.key === t.sheet)
    (t.columnStyles ?? []).forEach((style, j) => {
      // The rows the writer formats: the capacity, or the tracked rows if there are more.
      if (prefixed(style)) for (let r = 0; r < Math.max(t.capacity, trackedRows); r++) cells.add(a1(t.firstDataRow + r, t.col + j));
    });
  return cells;
}

export async function withQuotePrefixes(zip: JSZip, plan: WorkbookPlan, trackedRows = 0): Promise<void> {
  const prefixed = (style?: string) => style !== undefined && plan.styles[style]?.quotePrefix === true;
  if (!Object.keys(plan.styles).some(prefixed)) return;
  const styles = await readText(zip, "xl/styles.xml");
  const list = /<cellXfs count="\d+">([\s\S]*?)<\/cellXfs>/.exec(styles);
  if (!list) throw new Error("xl/styles.xml has no cellXfs: cannot set quote prefixes");
  const xfs = [...list[1].matchAll(/<xf\b[^>]*\/>|<xf\b[^>]*>[\s\S]*?<\/xf>/g)].map((m) => m[0]);
  const copies = new Map<number, number>(); // xf index → its quote-prefixed copy
  const copyOf = (index: number): number => {
    const xf = xfs[index];
    if (xf === undefined) throw new Error(`a cell uses cell format ${index}, which xl/styles.xml does not have`);
    if (/\bquotePrefix="1"/.test(xf)) return index;
    if (!copies.has(index)) {
      copies.set(index, xfs.length);
      xfs.push(xf.replace(/^<xf\b([^>]*?)(\/?)>/, '<xf$1 quotePrefix="1"$2>'));
    }
    return copies.get(index)!;
  };

  const parts = await sheetParts(zip);
  for (const sheet of plan.sheets) {
    const cells = prefixedCells(sheet, plan, prefixed, trackedRows);
    if (cells.size === 0) continue;
    const part = parts.get(sheet.name);
    if (!part) throw new Error(`sheet "${sheet.name}" is missing from the written package`);
    let found = 0;
    const xml = (await readText(zip, part)).replace(/<c r="([A-Z]+\d+)" s="(\d+)"/g, (m, ref: string, s: string) => {
      if (!cells.has(ref)) return m;
      found++;
      return `<c r="${ref}" s="${copyOf(Number(s))}"`;
    });
    if (found !== cells.size) throw new Error(`${sheet.name}: ${cells.size - found} user-text cells are missing from the written sheet, so they cannot get the quote prefix`);
    zip.file(part, xml, { createFolders: false });
  }
  zip.file("xl/styles.xml", styles.replace(list[0], `<cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs>`), { createFolders: false });
}
