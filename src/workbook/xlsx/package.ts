/**
 * What ExcelJS 4.4 cannot write, added to the package it wrote: the charts (charts.ts) and the
 * defined names' comments, which Excel's Name Manager shows beside each name, the hidden
 * sheet marks (plan.ts) that let the pane recognise a downloaded or CLI-built workbook, and the
 * print areas and titles (ExcelJS writes them wrong, see withPrintNames); and it gives each
 * note drawing its own shape-id block (noteShapes.ts) and user-text cells the quote prefix
 * (quotePrefix.ts).
 */
import JSZip from "jszip";
import { absoluteRange, quoteSheet, rowsA1 } from "../plan/a1";
import { PLAN_VERSION_NAME, WorkbookPlan, markerName } from "../plan/plan";
import { addCharts, esc, readText, unesc } from "./charts";
import { withDistinctShapeBlocks } from "./noteShapes";
import { withQuotePrefixes } from "./quotePrefix";

/** Each planned name's comment, on the <definedName> ExcelJS wrote for it. */
function withNameComments(xml: string, plan: WorkbookPlan): string {
  for (const n of plan.names) {
    if (!n.comment) continue;
    // Names are [A-Za-z_][A-Za-z0-9_.]*, so the name needs no escaping inside the pattern but its dots.
    const open = new RegExp(`<definedName name="${n.name.replace(/\./g, "\\.")}"(?![^>]*\\bcomment=)`);
    if (!open.test(xml)) throw new Error(`defined name ${n.name} is missing from the written workbook`);
    xml = xml.replace(open, (m) => `${m} comment="${esc(n.comment as string)}"`);
  }
  return xml;
}

/** Appends <definedName> elements to workbook.xml's definedNames (creating it before calcPr). */
function appendDefinedNames(xml: string, names: string[], what: string): string {
  if (names.length === 0) return xml;
  if (xml.includes("</definedNames>")) return xml.replace("</definedNames>", `${names.join("")}</definedNames>`);
  if (xml.includes("<calcPr")) return xml.replace("<calcPr", `<definedNames>${names.join("")}</definedNames><calcPr`);
  throw new Error(`xl/workbook.xml has neither definedNames nor calcPr: cannot add the ${what}`);
}

/** The hidden ownership marks (plan.ts), which ExcelJS cannot write hidden or as a constant. */
function withSheetMarks(xml: string, plan: WorkbookPlan): string {
  const marks = plan.sheets.map(
    (s) => `<definedName name="${markerName(s.key)}" hidden="1" comment="Marks a sheet Smartsource created (do not delete)">${esc(quoteSheet(s.name))}!$A$1</definedName>`,
  );
  marks.push(`<definedName name="${PLAN_VERSION_NAME}" hidden="1" comment="Smartsource workbook plan version">${plan.version}</definedName>`);
  return appendDefinedNames(xml, marks, "sheet marks");
}

/**
 * Each sheet's print area and print titles as the sheet-scoped _xlnm.Print_Area and
 * _xlnm.Print_Titles names, written here rather than by ExcelJS: ExcelJS 4.4 writes
 * 'Sheet'!$A1:$E38 (it only prefixes "$" to what it is given), a row-relative name that
 * LibreOffice does not take for a print range at all (it prints the whole used range instead),
 * and that Excel evaluates relative to the active cell; Excel itself always writes $A$1:$E$38.
 * ExcelJS also leaves an apostrophe in a sheet name undoubled in both names. Excel keeps the two
 * as separate names with the same localSheetId, the sheet's 0-based position in <sheets>.
 */
function withPrintNames(xml: string, plan: WorkbookPlan): string {
  if (/name="_xlnm\.Print_(Area|Titles)"/.test(xml)) throw new Error("xl/workbook.xml already has print names: the writer must leave them to withPrintNames");
  const order = [...xml.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => unesc(m[1]));
  const names = plan.sheets.flatMap((s) => {
    if (!s.print.area && !s.print.titleRows) return [];
    const index = order.indexOf(s.name);
    if (index < 0) throw new Error(`sheet ${s.name} is missing from the written workbook: cannot set its print area or titles`);
    const name = (kind: string, ref: string) => `<definedName name="_xlnm.${kind}" localSheetId="${index}">${esc(`${quoteSheet(s.name)}!${ref}`)}</definedName>`;
    return [
      ...(s.print.area ? [name("Print_Area", absoluteRange(s.print.area))] : []),
      ...(s.print.titleRows ? [name("Print_Titles", rowsA1(s.print.titleRows))] : []),
    ];
  });
  return appendDefinedNames(xml, names, "print names");
}

export async function completePackage(bytes: Uint8Array, plan: WorkbookPlan, trackedRows = 0): Promise<Uint8Array> {
  // Keep the package as ExcelJS laid it out: add no folder entries of our own.
  const zip = await JSZip.loadAsync(bytes, { createFolders: false });
  await addCharts(zip, plan);
  await withDistinctShapeBlocks(zip);
  await withQuotePrefixes(zip, plan, trackedRows);
  // The defined names: one read and one write of workbook.xml for all three additions.
  const workbook = await readText(zip, "xl/workbook.xml");
  zip.file("xl/workbook.xml", withPrintNames(withSheetMarks(withNameComments(workbook, plan), plan), plan), { createFolders: false });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
