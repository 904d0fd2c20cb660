/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// jsdom for its DOMParser; the node export conditions so ExcelJS and uuid load their Node builds.
/** Every XML part of a written workbook, including the chart parts added after ExcelJS, parses as XML. */
import JSZip from "jszip";
import { exampleProfile } from "../../src/cli/example";
import { buildPlan } from "../../src/workbook/plan/buildPlan";
import { writeXlsx } from "../../src/workbook/xlsx/xlsxWriter";
import { handPlan } from "./handPlan";

async function malformedParts(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const bad: string[] = [];
  for (const [name, file] of Object.entries(zip.files)) {
    if (file.dir || !/\.(xml|rels|vml)$/.test(name)) continue;
    const doc = new DOMParser().parseFromString(await file.async("string"), "application/xml");
    const error = doc.getElementsByTagName("parsererror")[0];
    if (error) bad.push(`${name}: ${error.textContent}`);
  }
  return bad;
}

it("the hand-made plan's package is well-formed XML throughout", async () => {
  expect(await malformedParts(await writeXlsx(handPlan("<b>&'\"", "O'Brien Inputs")))).toEqual([]);
});

it("the example workbook's package is well-formed XML throughout", async () => {
  const plan = buildPlan(exampleProfile());
  expect(await malformedParts(await writeXlsx(plan))).toEqual([]);
});

it("the check itself catches a broken part", async () => {
  const zip = new JSZip();
  zip.file("xl/broken.xml", "<a><b></a>");
  expect(await malformedParts(await zip.generateAsync({ type: "uint8array" }))).toHaveLength(1);
});
