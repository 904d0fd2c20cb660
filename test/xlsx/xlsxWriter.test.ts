/** writeXlsx round trip: write a plan, read the bytes back with ExcelJS and JSZip, compare with the plan. */
import { Workbook } from "exceljs";
import JSZip from "jszip";
import { writeXlsx } from "../../src/workbook/xlsx/xlsxWriter";
import { readXlsx } from "../helpers/readXlsx";
import { handPlan } from "./handPlan";
import { planMismatches } from "./planCheck";

const roundTrip = readXlsx;

describe("writeXlsx with a hand-made plan", () => {
  const INJECTION = "=1+1";
  let bytes: Uint8Array;
  let wb: Workbook;
  let zip: JSZip;
  beforeAll(async () => {
    bytes = await writeXlsx(handPlan(INJECTION), { now: new Date(Date.UTC(2024, 0, 2)) });
    wb = await roundTrip(bytes);
    zip = await JSZip.loadAsync(bytes, { createFolders: false });
  });

  it("writes every block cell as planned (formulas, literals, number formats)", () => {
    expect(planMismatches(wb, handPlan(INJECTION))).toEqual([]);
  });

  it("keeps typed text as text, never a formula", async () => {
    const ws = wb.getWorksheet("SS Inputs")!;
    for (const [addr, text] of [["B1", "=1+1"], ["B6", "@SUM(A1)"], ["C6", "+cmd|' /C calc'!A0"]]) {
      expect(ws.getCell(addr).value).toBe(text);
      expect(ws.getCell(addr).formula).toBeUndefined();
    }
    // In the package itself: a shared-string cell, with no <f> element.
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml).toMatch(/<c r="B1"[^>]*t="s"[^>]*>(?:(?!<\/c>).)*<\/c>/);
    expect(/<c r="B1"[^>]*>(?:(?!<\/c>).)*<f>/.test(xml)).toBe(false);
  });

  it("writes workbook-scoped defined names, including ranges and hidden sheets", () => {
    expect(wb.definedNames.getRanges("SS_Salary").ranges).toEqual(["'SS Inputs'!$C$3"]);
    expect(wb.definedNames.getRanges("SS_Years").ranges).toEqual(["'SS TCO'!$A$2:$A$3"]);
    expect(wb.definedNames.getRanges("SS_Total").ranges).toEqual(["'SS Calc'!$A$1"]);
  });

  it("writes validations, conditional formats, notes, merges, frozen panes, tab colour, hidden state and print setup", () => {
    const ws = wb.getWorksheet("SS Inputs")!;
    expect(ws.getCell("C3").dataValidation).toMatchObject({ type: "decimal", operator: "greaterThanOrEqual", formulae: [0], error: "Salary must be 0 or more" });
    expect(ws.getCell("C4").dataValidation).toMatchObject({ type: "decimal", formulae: [0, 1] });
    expect(ws.getCell("C9").dataValidation).toMatchObject({ type: "list", formulae: ['"GREEN,AMBER,RED"'] });
    expect(ws.getCell("C10").dataValidation).toMatchObject({ type: "whole", operator: "lessThanOrEqual", formulae: [3], error: "Enter a whole number up to 3" });
    const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: { operator: string; formulae: string[] }[] }[] }).conditionalFormattings;
    expect(cf.map((c) => c.ref)).toEqual(["C8:C9"]);
    expect(cf[0].rules.map((r) => [r.operator, r.formulae[0]])).toEqual([["equal", '"GREEN"'], ["equal", '"AMBER"'], ["equal", '"RED"']]);
    const note = ws.getCell("C3").note;
    expect(typeof note === "string" ? note : note.texts?.map((t) => t.text).join("")).toBe("Source: payroll");
    expect(ws.getCell("C1").isMerged).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(ws.properties.tabColor).toEqual({ argb: "FFFFC000" });
    expect(ws.pageSetup).toMatchObject({ orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.getCell("C3").style.protection).toMatchObject({ locked: false });
    expect(ws.getCell("C3").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } });
    expect(ws.getColumn(2).width).toBe(30);
    expect(wb.getWorksheet("SS Calc")!.state).toBe("hidden");
    expect(wb.getWorksheet("SS TCO")!.pageSetup.orientation).toBe("landscape");
  });

  it("still asks for a full recalculation on load, beside the cached values", async () => {
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    expect(xml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it("adds the planned chart as a drawing linked from its sheet, reading the planned ranges", async () => {
    const types = await zip.file("[Content_Types].xml")!.async("string");
    expect(types).toContain('PartName="/xl/charts/chart1.xml"');
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml"');
    const sheet = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
    expect(sheet).toMatch(/<drawing r:id="rIdSmartsourceCharts"\/>/);
    const rels = await zip.file("xl/worksheets/_rels/sheet2.xml.rels")!.async("string");
    expect(rels).toContain('Target="../drawings/drawing1.xml"');
    const chart = await zip.file("xl/charts/chart1.xml")!.async("string");
    expect(chart).toContain("<c:barChart>");
    expect(chart).toContain("<c:f>&apos;SS TCO&apos;!$A$2:$A$3</c:f>");
    expect(chart).toContain("<c:f>&apos;SS TCO&apos;!$C$2:$C$3</c:f>");
    expect(chart).toContain("<c:v>Outsourced &amp; co</c:v>");
    const drawing = await zip.file("xl/drawings/drawing1.xml")!.async("string");
    expect(drawing).toContain("<xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row>");
    // The sheet's comments (legacy VML drawing) must still be linked on the sheet that has notes.
    const inputsRels = await zip.file("xl/worksheets/_rels/sheet1.xml.rels")!.async("string");
    expect(inputsRels).toMatch(/comments/);
  });

  it("writes each defined name's comment, escaped", async () => {
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    expect(xml).toContain(`<definedName name="SS_Salary" comment="Salary &lt;gross&gt; &amp; &quot;loaded&quot;">`);
    expect(xml).toMatch(/<definedName name="SS_Years">/);
  });

  it("writes names on a sheet whose name has an apostrophe, quoted the Excel way", async () => {
    const b = await writeXlsx(handPlan("x", "O'Brien Inputs"));
    const xml = await (await JSZip.loadAsync(b)).file("xl/workbook.xml")!.async("string");
    const names = [...xml.matchAll(/<definedName name="([^"]+)"[^>]*>([^<]*)</g)].map((m) => [m[1], m[2].replace(/&apos;/g, "'")]);
    expect(names).toEqual([
      ["SS_Salary", "'O''Brien Inputs'!$C$3"],
      ["SS_Years", "'SS TCO'!$A$2:$A$3"],
      ["SS_Total", "'SS Calc'!$A$1"],
      // The hidden sheet marks by which the pane recognises the workbook when it rebuilds it.
      ["SS_Sheet_inputs", "'O''Brien Inputs'!$A$1"],
      ["SS_Sheet_tco", "'SS TCO'!$A$1"],
      ["SS_Sheet_calc", "'SS Calc'!$A$1"],
      ["SS_PlanVersion", "1"],
      // Written by the package pass, which doubles the apostrophe (ExcelJS did not, so this sheet
      // used to get no print area at all).
      ["_xlnm.Print_Area", "'O''Brien Inputs'!$A$1:$C$9"],
      ["_xlnm.Print_Titles", "'O''Brien Inputs'!$3:$4"],
      ["_xlnm.Print_Titles", "'SS TCO'!$1:$1"],
    ]);
  });

  it("writes print areas with absolute references, scoped to their sheet (ExcelJS writes $A1:$C9)", async () => {
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    const areas = [...xml.matchAll(/<definedName name="_xlnm\.Print_Area"([^>]*)>([^<]*)</g)].map((m) => [m[1].trim(), m[2].replace(/&apos;/g, "'")]);
    // Only the sheet whose plan has an area; SS Inputs is the first sheet (localSheetId 0).
    expect(areas).toEqual([['localSheetId="0"', "'SS Inputs'!$A$1:$C$9"]]);
    expect(wb.getWorksheet("SS Inputs")!.pageSetup.printArea).toBe("A1:C9");
  });

  it("writes print title rows as whole absolute rows, a name of their own beside the sheet's print area", async () => {
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    const print = [...xml.matchAll(/<definedName name="(_xlnm\.Print_\w+)"([^>]*)>([^<]*)</g)].map((m) => [m[1], m[2].trim(), m[3].replace(/&apos;/g, "'")]);
    expect(print).toEqual([
      ["_xlnm.Print_Area", 'localSheetId="0"', "'SS Inputs'!$A$1:$C$9"],
      ["_xlnm.Print_Titles", 'localSheetId="0"', "'SS Inputs'!$3:$4"],
      ["_xlnm.Print_Titles", 'localSheetId="1"', "'SS TCO'!$1:$1"],
    ]);
    // A reader that knows print titles (ExcelJS's) finds them on the right sheets.
    expect(wb.getWorksheet("SS Inputs")!.pageSetup.printTitlesRow).toBe("3:4");
    expect(wb.getWorksheet("SS TCO")!.pageSetup.printTitlesRow).toBe("1:1");
    expect(wb.getWorksheet("SS Calc")!.pageSetup.printTitlesRow).toBeUndefined();
  });

  it("places each print area on its own sheet, whatever the sheet order", async () => {
    const plan = handPlan("x");
    plan.sheets[1].print.area = "$A$1:$L$15";
    plan.sheets.reverse();
    const xml = await (await JSZip.loadAsync(await writeXlsx(plan))).file("xl/workbook.xml")!.async("string");
    const areas = [...xml.matchAll(/<definedName name="_xlnm\.Print_Area" localSheetId="(\d+)">([^<]*)</g)].map((m) => [Number(m[1]), m[2].replace(/&apos;/g, "'")]);
    expect(areas).toEqual([
      [1, "'SS TCO'!$A$1:$L$15"],
      [2, "'SS Inputs'!$A$1:$C$9"],
    ]);
    const titles = [...xml.matchAll(/<definedName name="_xlnm\.Print_Titles" localSheetId="(\d+)">([^<]*)</g)].map((m) => [Number(m[1]), m[2].replace(/&apos;/g, "'")]);
    expect(titles).toEqual([
      [1, "'SS TCO'!$1:$1"],
      [2, "'SS Inputs'!$3:$4"],
    ]);
  });

  it("opens on the first visible sheet", async () => {
    const plan = handPlan("x");
    plan.sheets.unshift({ ...plan.sheets.pop()! });
    const back = await roundTrip(await writeXlsx(plan));
    expect(back.views[0].activeTab).toBe(1);
  });

  it("rejects plan bugs with an error naming the place", async () => {
    const badColour = handPlan("x");
    badColour.styles.title.fill = "red";
    await expect(writeXlsx(badColour)).rejects.toThrow(/style "title": colour "red" is not #RRGGBB/);
    const badFormula = handPlan("x");
    badFormula.sheets[1].blocks[0].cells[1][1] = { formula: "=1" };
    await expect(writeXlsx(badFormula)).rejects.toThrow(/SS TCO!B2: plan formula must not start with "="/);
    const badNumber = handPlan("x");
    badNumber.sheets[1].blocks[0].cells[1][2] = { value: NaN };
    await expect(writeXlsx(badNumber)).rejects.toThrow(/SS TCO!C2: NaN cannot be stored/);
    const badSheet = handPlan("x", "In[puts]");
    await expect(writeXlsx(badSheet)).rejects.toThrow(/not a valid Excel sheet name/);
    const badStyle = handPlan("x");
    badStyle.sheets[0].blocks[0].cells[0][0].style = "nope";
    await expect(writeXlsx(badStyle)).rejects.toThrow(/style "nope" is used by a cell but not defined/);
  });
});
