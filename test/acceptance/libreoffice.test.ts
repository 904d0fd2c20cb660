/**
 * Acceptance (docs/spec.md §2, §8): the CLI builds workbooks, LibreOffice Calc recalculates them
 * from their native formulas, and every headline defined name equals the model's computeHeadline;
 * every formula cell's cached value in the written file equals Calc's recalculation; Gnumeric,
 * Calc and HyperFormula agree on every named result and tracking KPI.
 */
import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { CellValue, Workbook } from "exceljs";
import { HyperFormula } from "hyperformula";
import JSZip from "jszip";
import { computeHeadline, Headline, HEADLINE_NAMES } from "../../src/model/headline";
import { parseProfile, Profile } from "../../src/model/profile";
import { buildPlan, TRACKING_LAYOUT } from "../../src/workbook/plan/buildPlan";
import { Literal, WorkbookPlan } from "../../src/workbook/plan/plan";
import { TRACKING_COLUMNS } from "../../src/workbook/plan/sheets/tracking";
import { writeXlsx } from "../../src/workbook/xlsx/xlsxWriter";
import { ensureNodeBuild, runCli } from "../cli/runCli";
import { gnumericRecalculate, requireSsconvert } from "../helpers/gnumeric";
import { recalculateXlsx, requireSoffice, sofficeConvert } from "../helpers/libreoffice";
import { readXlsx } from "../helpers/readXlsx";
import { readXmlCells, XmlCell } from "../helpers/xlsxCells";
import { evaluatePlanWithHyperFormula } from "../support/planEval";
import { formulaCells, namedCells, sameValue, valueAt } from "./agreement";
import { ACCEPTANCE_PROFILES, TRACKED_PERIODS, TRACKED_KPIS } from "./profiles";

const haveSoffice = requireSoffice("LibreOffice acceptance test");
const haveSsconvert = haveSoffice && requireSsconvert("Gnumeric acceptance test");
const HF = HyperFormula as unknown as Parameters<typeof evaluatePlanWithHyperFormula>[1];

/** One workbook's cells as written, as Calc recalculated them and as Gnumeric did (read from the sheet XML). */
interface Engines {
  plan: WorkbookPlan;
  /** The tracked rows written into the workbook (none for the CLI-built files). */
  trackingRows: Literal[][];
  written: Map<string, Map<string, XmlCell>>;
  calc: Map<string, Map<string, XmlCell>>;
  gnumeric?: Map<string, Map<string, XmlCell>>;
}

/** Further names the workbook publishes, checked where the model has a number for them. */
const EXTRA_NAMES: Record<string, keyof Headline> = {
  SS_InHouseAnnual: "inHouseAnnual",
  SS_OutsourcedAnnual: "outsourcedAnnual",
  SS_PaybackYears: "paybackYears",
  SS_CIO_Loaded: "cioLoaded",
  SS_CIO_TransitionCost: "cioTransitionCost",
  SS_CurrentITSpend: "currentSpend",
  SS_GovernancePct: "governancePct",
};

interface Recalculated {
  wb: Workbook;
  zip: JSZip;
}

/** The package part of each sheet, from the workbook and its relationships. */
async function sheetPart(zip: JSZip, sheet: string): Promise<string> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const escaped = sheet.replace(/&/g, "&amp;").replace(/'/g, "&apos;");
  const id = new RegExp(`<sheet [^>]*name="${escaped.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target = id && new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  if (!target) throw new Error(`no part for sheet ${sheet}`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

/** The value a single-cell defined name shows after recalculation. */
async function valueOfName({ wb, zip }: Recalculated, name: string): Promise<CellValue> {
  const ranges = wb.definedNames.getRanges(name).ranges;
  if (ranges.length !== 1) throw new Error(`${name}: defined as ${JSON.stringify(ranges)}`);
  const m = /^'?(.*?)'?!\$([A-Z]+)\$(\d+)$/.exec(ranges[0]);
  if (!m) throw new Error(`${name}: ${ranges[0]} is not one cell`);
  const sheet = m[1].replace(/''/g, "'");
  const cell = wb.getWorksheet(sheet)!.getCell(`${m[2]}${m[3]}`);
  if (cell.formula === undefined) return cell.value;
  // ExcelJS reads an empty text result (<c t="str"><v></v></c>) as no result: look at the XML.
  if (cell.result === undefined) {
    const xml = await zip.file(await sheetPart(zip, sheet))!.async("string");
    const c = new RegExp(`<c r="${m[2]}${m[3]}"[^>]*>(?:(?!</c>).)*</c>`).exec(xml)?.[0] ?? "";
    return / t="str"/.test(c) && /<v><\/v>|<v\/>/.test(c) ? "" : undefined;
  }
  return cell.result as CellValue;
}

const close = (got: number, want: number): boolean => Math.abs(got - want) <= 1e-9 * Math.abs(want) || Math.abs(got - want) <= 1e-12;

(haveSoffice ? describe : describe.skip)("LibreOffice recalculates CLI-built workbooks to the model's headline results", () => {
  const work = mkdtempSync(join(tmpdir(), "ss-accept-"));
  const recalculated = new Map<string, Recalculated>();
  const profiles = new Map<string, Profile>();
  const engines = new Map<string, Engines>();

  beforeAll(async () => {
    ensureNodeBuild();
    mkdirSync(join(work, "in"));
    for (const [name, input] of Object.entries(ACCEPTANCE_PROFILES)) {
      const parsed = parseProfile(input);
      if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.errors)}`);
      profiles.set(name, parsed.profile);
      writeFileSync(join(work, "in", `${name}.json`), JSON.stringify(input, null, 2));
    }
    const r = runCli(["build", join("in", "*.json"), "--out-dir", "built"], work);
    if (r.code !== 0) throw new Error(`smartsource build failed: ${r.stdout}${r.stderr}`);
    // The tracking KPIs need tracked rows, which the CLI never invents: write them into the small
    // firm's workbook, in the tracking columns' order.
    const tracked = buildPlan(profiles.get("small-firm")!);
    const trackingRows: Literal[][] = TRACKED_PERIODS.map((p) => TRACKING_COLUMNS.map((c) => (p as Record<string, string | number>)[c.key] ?? null));
    writeFileSync(join(work, "built", "tracked.xlsx"), await writeXlsx(tracked, { trackingRows }));
    const names = [...profiles.keys(), "tracked"];
    const built = names.map((n) => join(work, "built", `${n}.xlsx`));
    // One soffice start for all files; Gnumeric recalculates the same files.
    const outputs = recalculateXlsx(built, join(work, "recalculated"));
    const gnumeric = haveSsconvert ? gnumericRecalculate(built, join(work, "gnumeric")) : [];
    for (const [i, n] of names.entries()) {
      recalculated.set(n, { wb: await readXlsx(outputs[i]), zip: await JSZip.loadAsync(readFileSync(outputs[i])) });
      engines.set(n, {
        plan: n === "tracked" ? tracked : buildPlan(profiles.get(n)!),
        trackingRows: n === "tracked" ? trackingRows : [],
        written: await readXmlCells(built[i]),
        calc: await readXmlCells(outputs[i]),
        ...(gnumeric[i] && { gnumeric: await readXmlCells(gnumeric[i]) }),
      });
    }
  }, 300_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  describe.each(Object.keys(ACCEPTANCE_PROFILES))("%s", (name) => {
    it("every SPEC headline name equals computeHeadline to 1e-9 relative ('' or 'never' where the model has none)", async () => {
      const file = recalculated.get(name)!;
      const h = computeHeadline(profiles.get(name)!);
      for (const [defined, field] of Object.entries(HEADLINE_NAMES)) {
        const got = await valueOfName(file, defined);
        const want = h[field];
        if (want === null) {
          expect([defined, got]).toEqual([defined, defined === "SS_BreakEvenMonths" ? "never" : ""]);
        } else {
          expect([defined, typeof got]).toEqual([defined, "number"]);
          if (!close(got as number, want)) expect([defined, got]).toEqual([defined, want]);
        }
      }
    });

    it("the other published results agree with the model too", async () => {
      const file = recalculated.get(name)!;
      const h = computeHeadline(profiles.get(name)!);
      for (const [defined, field] of Object.entries(EXTRA_NAMES)) {
        const got = await valueOfName(file, defined);
        const want = h[field];
        if (want === null) expect([defined, typeof got]).toEqual([defined, "string"]);
        else if (typeof got !== "number" || !close(got, want)) expect([defined, got]).toEqual([defined, want]);
      }
    });

    it("no formula anywhere evaluates to an error in Calc", () => {
      const errors: string[] = [];
      recalculated.get(name)!.wb.eachSheet((ws) =>
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            const result = cell.formula !== undefined ? cell.result : undefined;
            if (result && typeof result === "object" && "error" in result) errors.push(`${ws.name}!${cell.address} =${cell.formula} -> ${result.error}`);
          }),
        ),
      );
      expect(errors).toEqual([]);
    });
  });

  describe.each([...Object.keys(ACCEPTANCE_PROFILES), "tracked"])("%s as written", (name) => {
    it("every formula cell's cached value equals Calc's recalculation", () => {
      const { plan, written, calc } = engines.get(name)!;
      const cells = formulaCells(plan);
      const differ = cells.filter((c) => !sameValue(valueAt(written, c.name, c.at), valueAt(calc, c.name, c.at)));
      const cached = cells.filter((c) => written.get(c.name)?.get(c.at)?.value !== undefined).length;
      // Every planned formula cell carries a cached value and was compared: 4,000 and more a workbook.
      expect(cached).toBe(cells.length);
      expect(cells.length).toBeGreaterThan(4000);
      expect(differ.slice(0, 5).map((c) => `${c.name}!${c.at} =${c.formula}: written ${JSON.stringify(valueAt(written, c.name, c.at))}, Calc ${JSON.stringify(valueAt(calc, c.name, c.at))}`)).toEqual([]);
    });

    (haveSsconvert ? it : it.skip)("Calc, Gnumeric and HyperFormula agree on every named result and tracking KPI", () => {
      const { plan, trackingRows, calc, gnumeric } = engines.get(name)!;
      const ev = evaluatePlanWithHyperFormula(plan, HF, { trackingRows });
      try {
        const names = namedCells(plan);
        expect(names.map((n) => n.name)).toEqual(expect.arrayContaining(Object.keys(TRACKED_KPIS)));
        const disagree = names.flatMap(({ name: defined, sheet, sheetName, at }) => {
          const [lo, gn, hf] = [valueAt(calc, sheetName, at), valueAt(gnumeric!, sheetName, at), ev.cell(sheet, at)];
          return sameValue(gn, lo) && sameValue(hf, lo) ? [] : [`${defined}: Calc ${JSON.stringify(lo)}, Gnumeric ${JSON.stringify(gn)}, HyperFormula ${JSON.stringify(hf)}`];
        });
        expect(disagree).toEqual([]);
      } finally {
        ev.engine.destroy();
      }
    });
  });

  it("the tracked workbook's KPIs are numbers in every engine (the tracked rows reach the KPIs)", () => {
    const { plan, calc, gnumeric } = engines.get("tracked")!;
    for (const { name: defined, sheetName, at } of namedCells(plan).filter((n) => n.name in TRACKED_KPIS)) {
      expect([defined, typeof valueAt(calc, sheetName, at)]).toEqual([defined, "number"]);
      if (gnumeric) expect([defined, typeof valueAt(gnumeric, sheetName, at)]).toEqual([defined, "number"]);
    }
  });

  it("the tracking KPIs of six tracked periods equal the hand-worked values", async () => {
    const file = recalculated.get("tracked")!;
    for (const [defined, want] of Object.entries(TRACKED_KPIS)) {
      const got = await valueOfName(file, defined);
      if (typeof got !== "number" || !close(got, want)) expect([defined, got]).toEqual([defined, want]);
    }
    // A typed note that looks like a formula is still the text typed, after Calc's round trip.
    const t = TRACKING_LAYOUT;
    const notes = file.wb.getWorksheet(buildPlan(profiles.get("small-firm")!).sheets.find((x) => x.key === "tracking")!.name)!
      .getCell(t.firstDataRow + TRACKED_PERIODS.length, t.col + TRACKING_COLUMNS.findIndex((c) => c.key === "notes") + 1);
    expect([notes.value, notes.formula]).toEqual([TRACKED_PERIODS[5].notes, undefined]);
  });

  /** The small firm's and the 50-year workbook as printed by Calc, converted in one soffice start. */
  let pdfs: { small: string; long: string } | undefined;
  const printed = () => {
    if (!pdfs) {
      const [small, long] = sofficeConvert([join(work, "built", "small-firm.xlsx"), join(work, "built", "large-50y.xlsx")], join(work, "pdf"), "pdf", "pdf");
      pdfs = { small, long };
    }
    return pdfs;
  };

  it("Calc prints each sheet's print area: the small firm's workbook is one page a visible sheet", () => {
    // ExcelJS's own print areas ('SS Inputs'!$A1:$E38) are not print ranges to Calc, which then
    // printed the whole used range: 4 pages of empty tracking rows, the KPI panel squeezed in.
    const pages = readFileSync(printed().small).toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBe(5);
  });

  it("a 50-year horizon's year tables repeat their headers on the next printed page", () => {
    // Pages in layout mode, each told apart by its footer: the sheet name, then "Page n of N".
    const pages = execFileSync("pdftotext", ["-layout", printed().long, "-"], { encoding: "utf8" }).split("\f");
    const bySheet = new Map<string, string[]>();
    for (const page of pages) {
      const sheet = /^\s*(SS [A-Za-z]+)\s+Page \d+ of \d+\s*$/m.exec(page)?.[1];
      if (sheet) bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), page]);
    }
    const words = (...ws: string[]) => new RegExp(ws.map((w) => w.replace(/ /g, "\\s+")).join("\\s+"));
    const tables = {
      "SS TCO": { group: words("Nominal", "Discounted"), header: words("Year", "In-house", "Outsourced", "Saving", "Cumulative", "Factor", "In-house", "Outsourced", "Saving", "Cumulative"), lastYear: /^\s*50\s+€/m },
      "SS CIO": { group: words("Each year", "Cumulative"), header: words("Year", "In-house CIO", "Turnover", "In-house total", "Virtual CIO", "In-house", "Virtual", "Saving"), lastYear: /^\s*50\s+€/m },
    };
    for (const [sheet, t] of Object.entries(tables)) {
      const got = bySheet.get(sheet) ?? [];
      // Two pages, so page 2 holds only years: without title rows it has no header text at all.
      expect([sheet, got.length]).toEqual([sheet, 2]);
      const second = got[1];
      expect([sheet, t.lastYear.test(second), t.group.test(second), t.header.test(second)]).toEqual([sheet, true, true, true]);
      // The headers come first on the page, above the years.
      expect(second.search(t.header)).toBeLessThan(second.search(/^\s*\d+\s+€/m));
    }
  });

  it("the scenarios cover what they claim", () => {
    expect(computeHeadline(profiles.get("never-breaks-even")!).breakEvenMonths).toBeNull();
    expect(profiles.get("large-50y")!.horizonYears).toBe(50);
    expect(computeHeadline(profiles.get("empty")!).tcoSavingPct).toBeNull();
  });
});
