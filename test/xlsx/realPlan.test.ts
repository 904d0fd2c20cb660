/** writeXlsx on buildPlan's real plan: the file read back with ExcelJS says what the plan says. */
import { Workbook } from "exceljs";
import JSZip from "jszip";
import { exampleProfile } from "../../src/cli/example";
import { parseProfile } from "../../src/model/profile";
import { buildPlan } from "../../src/workbook/plan/buildPlan";
import { quoteSheet } from "../../src/workbook/plan/a1";
import { WorkbookPlan } from "../../src/workbook/plan/plan";
import { writeXlsx } from "../../src/workbook/xlsx/xlsxWriter";
import { readXlsx } from "../helpers/readXlsx";
import { planMismatches } from "./planCheck";

/** Every cell address of an A1 range ("B3:C4" → B3, B4, C3, C4). */
function cellsOf(ws: Workbook["worksheets"][number], range: string): string[] {
  const [a, b = a] = range.replace(/\$/g, "").split(":");
  const tl = ws.getCell(a);
  const br = ws.getCell(b);
  const out: string[] = [];
  for (let r = Number(tl.row); r <= Number(br.row); r++) for (let c = Number(tl.col); c <= Number(br.col); c++) out.push(ws.getCell(r, c).address);
  return out;
}

describe("writeXlsx(buildPlan(example))", () => {
  let plan: WorkbookPlan;
  let wb: Workbook;
  let bytes: Uint8Array;
  beforeAll(async () => {
    const parsed = parseProfile(exampleProfile());
    if (!parsed.ok) throw new Error("example profile is invalid");
    plan = buildPlan(parsed.profile);
    bytes = await writeXlsx(plan);
    wb = await readXlsx(bytes);
  });

  it("has the plan's sheets in order, hidden where planned", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(plan.sheets.map((s) => s.name));
    expect(wb.worksheets.map((w) => w.state)).toEqual(plan.sheets.map((s) => (s.hidden ? "hidden" : "visible")));
  });

  it("every block cell: formula == plan formula, literal == plan literal, number format as planned", () => {
    expect(planMismatches(wb, plan)).toEqual([]);
  });

  it("every plan name is a workbook-scoped defined name with the planned range", () => {
    const sheetName = new Map(plan.sheets.map((s) => [s.key, s.name]));
    for (const n of plan.names) {
      const want = `${quoteSheet(sheetName.get(n.sheet)!)}!${n.ref.includes(":") ? n.ref : n.ref}`;
      expect([n.name, wb.definedNames.getRanges(n.name).ranges]).toEqual([n.name, [want]]);
    }
  });

  it("every planned name comment is in the workbook", async () => {
    const xml = await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string");
    const comments = new Map([...xml.matchAll(/<definedName name="([^"]+)" comment="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
    for (const n of plan.names) expect([n.name, comments.get(n.name)]).toEqual([n.name, n.comment === undefined ? undefined : esc(n.comment)]);
  });

  it("every planned validation covers its whole range with the planned rule", () => {
    for (const sp of plan.sheets) {
      const ws = wb.getWorksheet(sp.name)!;
      for (const v of sp.validations) {
        for (const addr of cellsOf(ws, v.range)) {
          expect([sp.name, addr, ws.getCell(addr).dataValidation?.type, ws.getCell(addr).dataValidation?.error]).toEqual([sp.name, addr, v.rule.kind, v.rule.message]);
        }
      }
    }
  });

  it("frozen panes, tab colours, column widths and RAG formats as planned", () => {
    for (const sp of plan.sheets) {
      const ws = wb.getWorksheet(sp.name)!;
      if (sp.freeze) expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: sp.freeze.cols, ySplit: sp.freeze.rows });
      if (sp.tabColor) expect(ws.properties.tabColor).toEqual({ argb: "FF" + sp.tabColor.slice(1).toUpperCase() });
      sp.columnWidths.forEach((w, i) => expect([sp.name, i, ws.getColumn(i + 1).width]).toEqual([sp.name, i, w]));
      const cf = (ws as unknown as { conditionalFormattings?: { ref: string }[] }).conditionalFormattings ?? [];
      expect(cf.map((c) => c.ref)).toEqual(sp.conditionalFormats.map((c) => c.range.replace(/\$/g, "")));
    }
  });

  it("formats the whole tracking data area as input columns", () => {
    const t = plan.tracking;
    const ws = wb.getWorksheet(plan.sheets.find((s) => s.key === "tracking")!.name)!;
    (t.columnStyles ?? []).forEach((key, c) => {
      const want = plan.styles[key];
      for (const r of [0, t.capacity - 1]) {
        const cell = ws.getCell(t.firstDataRow + r + 1, t.col + c + 1);
        expect(cell.value).toBeNull();
        if (want.numFmt) expect(cell.numFmt).toBe(want.numFmt);
        if (want.unlocked) expect(cell.style.protection).toMatchObject({ locked: false });
      }
    });
  });

  it("tracking rows given to the writer land in the data area as typed, text never a formula", async () => {
    const rows = [
      ["2025-01", 0.95, 0.97, 200, 150, 4.5, 0.999, 10_000, 10_000, 3, "=1+1"],
      ["2025-02", null, 0.93],
    ];
    const t = plan.tracking;
    const tracked = await readXlsx(await writeXlsx(plan, { trackingRows: rows }));
    const ws = tracked.getWorksheet(plan.sheets.find((s) => s.key === "tracking")!.name)!;
    const read = (r: number, c: number) => ws.getCell(t.firstDataRow + r + 1, t.col + c + 1).value;
    rows.forEach((row, r) => row.forEach((v, c) => expect([r, c, read(r, c)]).toEqual([r, c, v])));
    expect(read(1, 3)).toBeNull();
    expect(read(2, 0)).toBeNull();
  });

  it("indents notes, so a note never touches the right-aligned number beside it", () => {
    const tco = plan.sheets.find((s) => s.key === "tco")!;
    const noteRow = tco.blocks[0].cells.findIndex((r) => r[4]?.value === "From the staff table on SS Inputs.");
    expect(wb.getWorksheet(tco.name)!.getCell(noteRow + 1, 5).alignment).toMatchObject({ horizontal: "left", indent: 1 });
  });

  it("writes every planned print area on its sheet with absolute references, as Excel does", async () => {
    const xml = await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string");
    const written = [...xml.matchAll(/<definedName name="_xlnm\.Print_Area" localSheetId="(\d+)">([^<]*)</g)].map((m) => [Number(m[1]), m[2].replace(/&apos;/g, "'")]);
    const planned = plan.sheets.flatMap((s, i) => (s.print.area ? [[i, `${quoteSheet(s.name)}!${s.print.area.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`]] : []));
    expect(planned.map(([, ref]) => ref)).toContain("'SS Tracking'!$A$1:$N$52");
    expect(written).toEqual(planned);
  });

  it("writes each sheet's print title rows, absolute, on its own sheet: the year tables' and tracking headers", async () => {
    const xml = await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string");
    const written = [...xml.matchAll(/<definedName name="_xlnm\.Print_Titles" localSheetId="(\d+)">([^<]*)</g)].map((m) => [Number(m[1]), m[2].replace(/&apos;/g, "'")]);
    const index = (key: string) => plan.sheets.findIndex((s) => s.key === key);
    const rowOf = (key: string, text: string) => plan.sheets[index(key)].blocks[0].cells.findIndex((r) => r[0]?.value === text) + 1;
    // The "Year" header row of each year table, with the group header row above it.
    const tco = rowOf("tco", "Year");
    const cio = rowOf("cio", "Year");
    expect(written).toEqual([
      [index("tco"), `'SS TCO'!$${tco - 1}:$${tco}`],
      [index("cio"), `'SS CIO'!$${cio - 1}:$${cio}`],
      [index("tracking"), "'SS Tracking'!$4:$4"],
    ]);
  });

  it("writes one chart part per planned chart", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    const planned = plan.sheets.flatMap((s) => s.charts.map((c) => c.title));
    expect(charts).toHaveLength(planned.length);
    const texts = await Promise.all(charts.map((f) => zip.file(f)!.async("string")));
    for (const title of planned) expect(texts.some((t) => t.includes(`<a:t>${title.replace(/&/g, "&amp;")}</a:t>`))).toBe(true);
  });
});
