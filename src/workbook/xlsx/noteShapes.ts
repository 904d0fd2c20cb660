/**
 * Cell notes are VML shapes, one VML drawing part per sheet with notes. Excel allocates their
 * shape ids workbook-wide in blocks of 1024: a part declares its blocks in <o:idmap data="…">
 * and its shapes take ids inside them (ISO/IEC 29500-1 §14.2.2.14). ExcelJS 4.4 gives every part
 * block 1 and ids from _x0000_s1025, so with notes on two or more sheets Excel offers to repair
 * the file. Here each part gets blocks of its own and renumbers its shapes inside them.
 */
import JSZip from "jszip";
import { readText } from "./charts";

const BLOCK = 1024;
const partNumber = (path: string) => Number(/(\d+)\.vml$/.exec(path)?.[1] ?? 0);

export async function withDistinctShapeBlocks(zip: JSZip): Promise<void> {
  const parts = Object.keys(zip.files)
    .filter((p) => /^xl\/drawings\/vmlDrawing\d+\.vml$/.test(p))
    .sort((a, b) => partNumber(a) - partNumber(b));
  let nextBlock = 1; // Excel starts at block 1 (ids 1025 …), as ExcelJS does
  for (const part of parts) {
    const xml = await readText(zip, part);
    if (!/<o:idmap\b[^>]*\bdata="[^"]*"/.test(xml)) throw new Error(`${part} has no <o:idmap> block declaration`);
    const shapes = (xml.match(/<v:shape\b[^>]*\bid="_x0000_s\d+"/g) ?? []).length;
    // Ids run from first*1024 + 1; a part with 1024 or more notes spans the next blocks too.
    const blocks = Math.max(1, Math.ceil((shapes + 1) / BLOCK));
    const first = nextBlock;
    nextBlock += blocks;
    let n = 0;
    const renumbered = xml
      .replace(/(<o:idmap\b[^>]*\bdata=")[^"]*"/, (_, open: string) => `${open}${Array.from({ length: blocks }, (_x, i) => first + i).join(",")}"`)
      .replace(/(<v:shape\b[^>]*\bid="_x0000_s)\d+"/g, (_, open: string) => `${open}${first * BLOCK + ++n}"`);
    zip.file(part, renumbered, { createFolders: false });
  }
}
