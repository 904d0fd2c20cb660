/**
 * What ExcelJS 4.4 cannot write, added to the package it wrote: the charts (charts.ts) and the
 * defined names' comments, which Excel's Name Manager shows beside each name, and the hidden
 * sheet marks (plan.ts) that let the pane recognise a downloaded or CLI-built workbook.
 */
import JSZip from "jszip";
import { PLAN_VERSION_NAME, WorkbookPlan, markerName, quoteSheet } from "../plan";
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

/** The hidden ownership marks (plan.ts), which ExcelJS cannot write hidden or as a constant. */
async function addSheetMarks(zip: JSZip, plan: WorkbookPlan): Promise<void> {
  let xml = await readText(zip, "xl/workbook.xml");
  const marks = plan.sheets.map(
    (s) => `<definedName name="${markerName(s.key)}" hidden="1" comment="Marks a sheet Smartsource created (do not delete)">${esc(quoteSheet(s.name))}!$A$1</definedName>`,
  );
  marks.push(`<definedName name="${PLAN_VERSION_NAME}" hidden="1" comment="Smartsource workbook plan version">${plan.version}</definedName>`);
  if (xml.includes("</definedNames>")) xml = xml.replace("</definedNames>", `${marks.join("")}</definedNames>`);
  else if (xml.includes("<calcPr")) xml = xml.replace("<calcPr", `<definedNames>${marks.join("")}</definedNames><calcPr`);
  else throw new Error("xl/workbook.xml has neither definedNames nor calcPr: cannot add the sheet marks");
  zip.file("xl/workbook.xml", xml, { createFolders: false });
}

export async function completePackage(bytes: Uint8Array, plan: WorkbookPlan): Promise<Uint8Array> {
  // Keep the package as ExcelJS laid it out: add no folder entries of our own.
  const zip = await JSZip.loadAsync(bytes, { createFolders: false });
  await addCharts(zip, plan);
  await addNameComments(zip, plan);
  await addSheetMarks(zip, plan);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
