/**
 * What ExcelJS 4.4 cannot write, added to the package it wrote: the charts (charts.ts) and the
 * defined names' comments, which Excel's Name Manager shows beside each name.
 */
import JSZip from "jszip";
import type { WorkbookPlan } from "../plan";
import { addCharts, esc, readText } from "./charts";

async function addNameComments(zip: JSZip, plan: WorkbookPlan): Promise<void> {
  const withComment = plan.names.filter((n) => n.comment);
  if (withComment.length === 0) return;
  let xml = await readText(zip, "xl/workbook.xml");
  for (const n of withComment) {
    // Names are [A-Za-z_][A-Za-z0-9_.]*, so the name needs no escaping inside the pattern but its dots.
    const open = new RegExp(`<definedName name="${n.name.replace(/\./g, "\\.")}"(?![^>]*\\bcomment=)`);
    if (!open.test(xml)) throw new Error(`defined name ${n.name} is missing from the written workbook`);
    xml = xml.replace(open, (m) => `${m} comment="${esc(n.comment as string)}"`);
  }
  zip.file("xl/workbook.xml", xml, { createFolders: false });
}

export async function completePackage(bytes: Uint8Array, plan: WorkbookPlan): Promise<Uint8Array> {
  if (!plan.names.some((n) => n.comment) && !plan.sheets.some((s) => s.charts.length)) return bytes;
  // Keep the package as ExcelJS laid it out: add no folder entries of our own.
  const zip = await JSZip.loadAsync(bytes, { createFolders: false });
  await addCharts(zip, plan);
  await addNameComments(zip, plan);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
