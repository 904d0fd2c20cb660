/**
 * docs/spec.md §8 on the written package: cached values for every formula cell, one VML shape-id block
 * per note drawing, and the quote prefix on user text. (LibreOffice and Gnumeric recalculate the
 * same files in test/acceptance.)
 */
import { HyperFormula } from "hyperformula";
import JSZip from "jszip";
import { exampleProfile } from "../../src/cli/example";
import { parseProfile, Profile } from "../../src/model/profile";
import { buildPlan } from "../../src/workbook/plan/buildPlan";
import { a1 } from "../../src/workbook/plan/a1";
import { Block, Literal, SheetKey, SheetPlan, WorkbookPlan } from "../../src/workbook/plan/plan";
import { TRACKING_COLUMNS } from "../../src/workbook/plan/sheets/tracking";
import { writeXlsx } from "../../src/workbook/xlsx/xlsxWriter";
import { TRACKED_PERIODS } from "../acceptance/profiles";
import { cellFormats, readXmlCells, XmlCell } from "../helpers/xlsxCells";
import { evaluatePlanWithHyperFormula } from "../support/planEval";

const HF = HyperFormula as unknown as Parameters<typeof evaluatePlanWithHyperFormula>[1];

function profileOf(input: unknown): Profile {
  const parsed = parseProfile(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.profile;
}

const sheet = (key: SheetKey, name: string, blocks: Block[]): SheetPlan => ({
  key,
  name,
  columnWidths: [],
  blocks,
  merges: [],
  validations: [],
  conditionalFormats: [],
  charts: [],
  notes: [],
  print: { orientation: "portrait", fitToWidth: false },
});

/** Six tracked periods, in the tracking columns' order, as the writer's tracked rows. */
const TRACKED_ROWS: Literal[][] = TRACKED_PERIODS.map((p) => TRACKING_COLUMNS.map((c) => (p as Record<string, string | number>)[c.key] ?? null));

/** The example workbook with a hostile company name (written with TRACKED_ROWS). */
const trackedExample = (): WorkbookPlan => buildPlan(profileOf({ ...exampleProfile(), company: { ...exampleProfile().company, name: "=1+1" } }));
const writeTracked = (plan: WorkbookPlan) => writeXlsx(plan, { trackingRows: TRACKED_ROWS });

describe("cached values", () => {
  test("every result type as an .xlsx caches it, worked by hand", async () => {
    const plan: WorkbookPlan = {
      version: 1,
      styles: {},
      names: [{ name: "SS_Salary", sheet: "inputs", ref: "$B$1" }],
      tracking: { sheet: "tracking", headerRow: 0, firstDataRow: 1, col: 0, headers: [], capacity: 0 },
      sheets: [
        sheet("inputs", "O'Brien Inputs", [{ row: 0, col: 0, cells: [[{ value: "=1+1" }, { value: 100_000 }], [{ value: "rate" }, { value: 0.42 }]] }]),
        sheet("calc", "Calc", [
          {
            row: 0,
            col: 0,
            cells: [
              [{ formula: "'O''Brien Inputs'!B1*(1+'O''Brien Inputs'!B2)" }], // 142,000
              [{ formula: "1/0" }],
              [{ formula: "NA()" }],
              [{ formula: "SS_Salary>0" }],
              [{ formula: "SS_Salary<0" }],
              [{ formula: 'IF(SS_Salary>0,"","x")' }],
              [{ formula: "'O''Brien Inputs'!A1&\"!\"" }],
              [{ formula: "SS_Salary*2" }], // 200,000
              [{ formula: "1/3" }],
              [{ formula: "'O''Brien Inputs'!Z99" }], // an empty cell reads as 0
            ],
          },
        ]),
      ],
    };
    const cells = (await readXmlCells(await writeXlsx(plan))).get("Calc")!;
    const got = Array.from({ length: 10 }, (_, i) => cells.get(`A${i + 1}`)!.value);
    expect(got).toEqual([142_000, { error: "#DIV/0!" }, { error: "#N/A" }, true, false, "", "=1+1!", 200_000, expect.closeTo(1 / 3, 15), 0]);
  });

  test("every formula cell of the example workbook (tracked periods included) carries its value, as HyperFormula computes it", async () => {
    const plan = trackedExample();
    const cells = await readXmlCells(await writeTracked(plan));
    const ev = evaluatePlanWithHyperFormula(plan, HF, { trackingRows: TRACKED_ROWS });
    let formulas = 0;
    const wrong: string[] = [];
    for (const s of plan.sheets)
      for (const b of s.blocks)
        b.cells.forEach((row, i) =>
          row.forEach((c, j) => {
            if (c.formula === undefined) return;
            formulas++;
            const at = a1(b.row + i, b.col + j);
            const cached = cells.get(s.name)!.get(at)!.value;
            const want = ev.cell(s.key, at);
            const same =
              typeof want === "number" && typeof cached === "number"
                ? Math.abs(cached - want) <= 1e-9 * Math.max(1, Math.abs(want))
                : JSON.stringify(cached) === JSON.stringify(want === null ? 0 : want);
            if (!same) wrong.push(`${s.name}!${at} =${c.formula}: cached ${JSON.stringify(cached)}, HyperFormula ${JSON.stringify(want)}`);
          }),
        );
    ev.engine.destroy();
    expect(formulas).toBeGreaterThan(4000);
    expect(wrong.slice(0, 10)).toEqual([]);
  });
});

describe("note drawings", () => {
  test("each VML part has its own o:idmap block and its shape ids inside it, distinct across the workbook", async () => {
    const plan = buildPlan(profileOf(exampleProfile()));
    const withNotes = plan.sheets.filter((s) => s.notes.length > 0);
    expect(withNotes.length).toBeGreaterThanOrEqual(3);
    const zip = await JSZip.loadAsync(await writeXlsx(plan));
    const parts = Object.keys(zip.files).filter((p) => /^xl\/drawings\/vmlDrawing\d+\.vml$/.test(p));
    expect(parts).toHaveLength(withNotes.length);
    const blocks = new Set<number>();
    const ids = new Set<number>();
    let shapes = 0;
    for (const part of parts) {
      const xml = await zip.file(part)!.async("string");
      const mine = /<o:idmap\b[^>]*\bdata="([^"]*)"/.exec(xml)![1].split(",").map(Number);
      for (const b of mine) {
        expect({ part, block: b, taken: blocks.has(b) }).toEqual({ part, block: b, taken: false });
        blocks.add(b);
      }
      for (const m of xml.matchAll(/<v:shape\b[^>]*\bid="_x0000_s(\d+)"/g)) {
        const id = Number(m[1]);
        shapes++;
        // ISO/IEC 29500-1 §14.2.2.14: a shape id n lies in block floor(n / 1024).
        expect({ part, id, inItsBlocks: mine.includes(Math.floor(id / 1024)), unique: !ids.has(id) }).toEqual({ part, id, inItsBlocks: true, unique: true });
        ids.add(id);
      }
    }
    expect(shapes).toBe(withNotes.reduce((n, s) => n + s.notes.length, 0));
  });
});

describe("quote prefix", () => {
  test("every user-text cell, and no other, points to a cell format with quotePrefix=\"1\"", async () => {
    const plan = trackedExample();
    const bytes = await writeTracked(plan);
    const [cells, xfs] = await Promise.all([readXmlCells(bytes), cellFormats(bytes)]);
    const prefixed = (c: XmlCell | undefined) => c !== undefined && /\bquotePrefix="1"/.test(xfs[c.style]);
    // User text: the company name and currency, the staff roles, the tracking table's period and notes columns.
    const inputs = plan.sheets.find((s) => s.key === "inputs")!;
    const named = (name: string) => plan.names.find((n) => n.name === name)!.ref.replace(/\$/g, "");
    const roles = named("SS_In_StaffRole").split(":");
    const roleCells = Array.from({ length: Number(roles[1].slice(1)) - Number(roles[0].slice(1)) + 1 }, (_, i) => `A${Number(roles[0].slice(1)) + i}`);
    const t = plan.tracking;
    const textColumns = TRACKING_COLUMNS.flatMap((c, j) => (c.key === "period" || c.key === "notes" ? [j] : []));
    const trackingCells = Array.from({ length: t.capacity }, (_, r) => textColumns.map((j) => a1(t.firstDataRow + r, t.col + j))).flat();
    const expected = new Map<string, string[]>([
      [inputs.name, [named("SS_In_CompanyName"), named("SS_In_Currency"), ...roleCells]],
      [plan.sheets.find((s) => s.key === "tracking")!.name, trackingCells],
    ]);
    for (const [sheetName, sheetCells] of cells) {
      const got = [...sheetCells].filter(([, c]) => prefixed(c)).map(([ref]) => ref);
      expect({ sheetName, got: got.sort() }).toEqual({ sheetName, got: [...(expected.get(sheetName) ?? [])].sort() });
    }
    // The text is stored as typed (no apostrophe in the value), and a tracked note that looks like a formula is text.
    expect(cells.get(inputs.name)!.get(named("SS_In_CompanyName"))!.value).toBe("=1+1");
    const notes = a1(t.firstDataRow + 5, t.col + TRACKING_COLUMNS.findIndex((c) => c.key === "notes"));
    expect(cells.get(plan.sheets.find((s) => s.key === "tracking")!.name)!.get(notes)).toMatchObject({ value: TRACKED_PERIODS[5].notes });
  });

  test("the prefixed copy of a cell format differs from the original by the quote prefix only", async () => {
    const bytes = await writeTracked(trackedExample());
    const xfs = await cellFormats(bytes);
    const copies = xfs.filter((x) => /\bquotePrefix="1"/.test(x));
    expect(copies.length).toBeGreaterThan(0);
    for (const copy of copies) expect(xfs).toContain(copy.replace(' quotePrefix="1"', ""));
  });
});
