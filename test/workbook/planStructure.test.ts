/**
 * What the writers rely on: share-safe native formulas only, user text never inside a formula,
 * renamed sheets followed by every formula, rectangular non-overlapping blocks, valid names and
 * styles, and input names that read back into the very profile that was built.
 */
import { HyperFormula } from "hyperformula";
import { HEADLINE_NAMES } from "../../src/model/headline";
import { KPIS } from "../../src/model/kpiCatalog";
import { parseProfile, Profile } from "../../src/model/profile";
import { buildPlan } from "../../src/workbook/plan/buildPlan";
import { a1 } from "../../src/workbook/plan/a1";
import { Literal, WorkbookPlan } from "../../src/workbook/plan/plan";
import { evaluatePlanWithHyperFormula } from "../support/planEval";
import { currencyFormat } from "../../src/workbook/plan/styles";
import { allCells, expectClose, LARGE_LONG, NEAR_EMPTY, profile, PROFILES, SMALL_FIRM } from "./fixtures";

const HF = HyperFormula as unknown as Parameters<typeof evaluatePlanWithHyperFormula>[1];

/** Excel 2010 functions that HyperFormula, LibreOffice Calc, Gnumeric and IronCalc all evaluate: all the plan may use. */
const ALLOWED_FUNCTIONS = new Set(["SUM", "SUMPRODUCT", "SUMIFS", "IF", "IFERROR", "MATCH", "AND", "OR", "NOT", "ISNUMBER", "COUNT", "COUNTA", "COUNTIF", "AVERAGE", "MIN", "ABS", "LN", "TRUE", "FALSE"]);
const FORBIDDEN = /\b(XIRR|LAMBDA|LET|INDIRECT|AVERAGEIFS|SEQUENCE|FILTER|UNIQUE|SORT|XLOOKUP|IFS|SWITCH|TEXTJOIN|CONCAT|IFNA|MAXIFS|MINIFS|OFFSET)\s*\(/i;

const withoutStrings = (f: string) => f.replace(/"(?:[^"]|"")*"/g, '""');
const formulas = (plan: WorkbookPlan) => [...allCells(plan)].filter((c) => c.cell.formula !== undefined).map((c) => ({ at: `${c.sheet}!${a1(c.row, c.col)}`, f: c.cell.formula! }));

describe.each(Object.entries(PROFILES))("formulas of %s", (_l, p: Profile) => {
  const plan = buildPlan(p);
  const all = formulas(plan);

  test("are native Excel 2010 formulas: no SMARTSOURCE.*, no structured references, no leading =", () => {
    expect(all.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const { at, f } of all) {
      const code = withoutStrings(f);
      if (/SMARTSOURCE\./i.test(f)) problems.push(`${at}: SMARTSOURCE.*`);
      if (/[[\]{}]/.test(code)) problems.push(`${at}: structured reference or array constant`);
      if (FORBIDDEN.test(code)) problems.push(`${at}: forbidden function in ${f}`);
      if (f.startsWith("=")) problems.push(`${at}: leading =`);
      if (/SUMPRODUCT\(/.test(code) && /ISNUMBER\([^()]*:/.test(code)) problems.push(`${at}: ISNUMBER(range) inside SUMPRODUCT, which Gnumeric and IronCalc intersect with the row`);
      for (const m of code.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g)) if (!ALLOWED_FUNCTIONS.has(m[1].toUpperCase())) problems.push(`${at}: ${m[1]}`);
    }
    expect(problems).toEqual([]);
  });

  test("blocks are rectangular and never overlap on a sheet", () => {
    const problems: string[] = [];
    for (const s of plan.sheets) {
      const taken = new Map<string, number>();
      s.blocks.forEach((b, i) => {
        if (b.cells.length === 0) problems.push(`${s.key} block ${i} is empty`);
        const width = b.cells[0]?.length ?? 0;
        for (const [r, row] of b.cells.entries()) {
          if (row.length !== width) problems.push(`${s.key} block ${i} row ${r} has ${row.length} cells, not ${width}`);
          for (let c = 0; c < row.length; c++) {
            const key = a1(b.row + r, b.col + c);
            if (taken.has(key)) problems.push(`${s.key}!${key} is in blocks ${taken.get(key)} and ${i}`);
            taken.set(key, i);
          }
        }
      });
    }
    expect(problems).toEqual([]);
  });
});

describe("the plan's shape", () => {
  const plan = buildPlan(SMALL_FIRM);

  test("has the six sheets in order, the helper sheet hidden", () => {
    expect(plan.sheets.map((s) => [s.key, s.name, !!s.hidden])).toEqual([
      ["inputs", "SS Inputs", false],
      ["tco", "SS TCO", false],
      ["cio", "SS CIO", false],
      ["kpi", "SS KPIs", false],
      ["tracking", "SS Tracking", false],
      ["calc", "SS Calc", true],
    ]);
    expect(plan.version).toBe(1);
  });

  test("defines every headline name once, each on a formula cell; names are unique and valid", () => {
    const names = plan.names.map((n) => n.name);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const n of Object.keys(HEADLINE_NAMES)) expect(names).toContain(n);
    const cells = new Map([...allCells(plan)].map((c) => [`${c.sheet}!${a1(c.row, c.col, true)}`, c.cell]));
    for (const n of plan.names) {
      expect(n.name).toMatch(/^SS_[A-Za-z0-9_]+$/);
      expect(n.ref).toMatch(/^\$[A-Z]+\$\d+(:\$[A-Z]+\$\d+)?$/);
      if (!n.ref.includes(":") && n.sheet !== "tracking") expect({ name: n.name, inBlock: cells.has(`${n.sheet}!${n.ref}`) }).toEqual({ name: n.name, inBlock: true });
    }
    for (const n of Object.keys(HEADLINE_NAMES)) {
      const np = plan.names.find((x) => x.name === n)!;
      expect(cells.get(`${np.sheet}!${np.ref}`)!.formula).toBeDefined();
    }
  });

  test("each headline name carries its definition: name comment (≤ 255 characters, Excel's limit) and cell note", () => {
    for (const name of Object.keys(HEADLINE_NAMES)) {
      const n = plan.names.find((x) => x.name === name)!;
      expect(n.comment!.length).toBeGreaterThan(10);
      expect(n.comment!.length).toBeLessThanOrEqual(255);
      const notes = plan.sheets.find((s) => s.key === n.sheet)!.notes;
      expect(notes.filter((x) => x.cell === n.ref.replace(/\$/g, "")).map((x) => x.text)).toEqual([`${name}: ${n.comment}`]);
    }
  });

  test("every style a cell uses is defined, money styles use the currency format", () => {
    expect([...allCells(plan)].filter(({ cell }) => cell.style && !plan.styles[cell.style])).toEqual([]);
    for (const s of plan.tracking.columnStyles ?? []) expect(plan.styles[s]).toBeDefined();
    expect(plan.styles.inputMoney.numFmt).toBe(currencyFormat("USD"));
    expect(plan.styles.inputMoney.unlocked).toBe(true);
  });

  test("every numeric input has data validation; every KPI has a target input and a status", () => {
    const inputs = plan.sheets[0];
    for (const n of plan.names.filter((x) => x.profilePath && x.sheet === "inputs" && !/name|currency|role/.test(x.profilePath!))) {
      const local = n.ref.replace(/\$/g, "");
      expect({ name: n.name, validated: inputs.validations.some((v) => v.range === local) }).toEqual({ name: n.name, validated: true });
    }
    for (const k of KPIS) expect(plan.names.some((n) => n.profilePath === `targets.${k.id}`)).toBe(true);
    const kpi = plan.sheets.find((s) => s.key === "kpi")!;
    expect(kpi.conditionalFormats).toHaveLength(1);
    expect(kpi.conditionalFormats[0].kind).toBe("ragText");
  });

  test("charts, frozen headers and print setup are declared", () => {
    const sheet = (k: string) => plan.sheets.find((s) => s.key === k)!;
    expect(sheet("tco").charts.length).toBeGreaterThan(0);
    expect(sheet("cio").charts.length).toBeGreaterThan(0);
    expect(sheet("tracking").charts.length).toBeGreaterThan(0);
    expect(sheet("inputs").freeze).toBeDefined();
    expect(sheet("tracking").freeze).toEqual({ rows: plan.tracking.firstDataRow, cols: 1 });
    for (const s of plan.sheets) {
      expect(s.print.fitToWidth).toBe(true);
      expect(s.columnWidths.length).toBeGreaterThan(0);
    }
  });
});

describe.each([["SMALL_FIRM", SMALL_FIRM], ["LARGE_LONG", LARGE_LONG]])("print title rows (%s)", (_l, p: Profile) => {
  const plan = buildPlan(p);
  const sheet = (k: string) => plan.sheets.find((s) => s.key === k)!;
  /** The texts of one sheet row, by column (empty cells left out). */
  const rowTexts = (key: string, row: number): (string | number | boolean)[] =>
    [...allCells(plan)].filter((c) => c.sheet === key && c.row === row && c.cell.value != null).sort((a, b) => a.col - b.col).map((c) => c.cell.value!);

  test("only the sheets whose tables can run over several pages repeat rows", () => {
    expect(plan.sheets.filter((s) => s.print.titleRows).map((s) => s.key)).toEqual(["tco", "cio", "tracking"]);
  });

  test("the TCO and CIO sheets repeat their year table's group and column headers, right above year one's row", () => {
    const expected = {
      tco: { group: ["Nominal", "Discounted"], header: ["Year", "In-house", "Outsourced", "Saving", "Cumulative", "Factor", "In-house", "Outsourced", "Saving", "Cumulative"], firstYear: 0 },
      cio: { group: ["Each year", "Cumulative"], header: ["Year", "In-house CIO", "Turnover", "In-house total", "Virtual CIO", "In-house", "Virtual", "Saving"], firstYear: 1 },
    };
    for (const [key, want] of Object.entries(expected)) {
      const rows = sheet(key).print.titleRows!;
      expect([key, rows.last - rows.first]).toEqual([key, 1]);
      expect(rowTexts(key, rows.first)).toEqual(want.group);
      expect(rowTexts(key, rows.last)).toEqual(want.header);
      // The first data row follows, so a page break can never fall between headers and years.
      expect(rowTexts(key, rows.last + 1)[0]).toBe(want.firstYear);
      expect(rowTexts(key, rows.last + 1 + p.horizonYears - want.firstYear)[0]).toBe(p.horizonYears);
    }
  });

  test("the Tracking sheet repeats its column header row, the one above the data area", () => {
    const rows = sheet("tracking").print.titleRows!;
    expect(rows).toEqual({ first: plan.tracking.headerRow, last: plan.tracking.headerRow });
    expect(rows.last + 1).toBe(plan.tracking.firstDataRow);
    expect(rowTexts("tracking", rows.first).slice(0, plan.tracking.headers.length)).toEqual(["Period", "SLA target", "SLA actual", "Tickets", "First-contact fixes", "CSAT (1-5)", "Availability", "Contracted cost", "Invoiced cost", "P1 hours to fix", "Notes"]);
  });

  test("no chart crosses a title row, where its slice would print on every page", () => {
    const row = (cell: string) => Number(/(\d+)$/.exec(cell)![1]) - 1;
    for (const s of plan.sheets.filter((x) => x.print.titleRows)) {
      const { first, last } = s.print.titleRows!;
      for (const c of s.charts) expect([s.key, c.title, row(c.to) < first || row(c.from) > last]).toEqual([s.key, c.title, true]);
    }
  });

  test("title rows lie inside the print area", () => {
    for (const s of plan.sheets.filter((x) => x.print.titleRows)) {
      const lastRow = Number(/(\d+)$/.exec(s.print.area!)![1]) - 1;
      expect(s.print.titleRows!.last).toBeLessThan(lastRow);
    }
  });
});

describe("user text", () => {
  const HOSTILE = ["=1+1", "@SUM(A1)", "+cmd|' /C calc'!A0", "-2+3", "=HYPERLINK(\"http://x\")"];
  const p = profile({
    schemaVersion: 1,
    company: { name: HOSTILE[0], revenue: 1_000_000 },
    inHouse: { staff: HOSTILE.slice(1).map((role, i) => ({ role, salary: 50_000 + i, count: 1 })) },
  });
  const plan = buildPlan(p);

  test("appears only as a literal value, never inside a formula", () => {
    expect(formulas(plan).filter(({ f }) => HOSTILE.some((h) => f.includes(h)))).toEqual([]);
    const literals = [...allCells(plan)].filter((c) => typeof c.cell.value === "string" && c.cell.formula === undefined).map((c) => c.cell.value);
    for (const h of HOSTILE) expect(literals).toContain(h);
  });

  test("evaluates as the same text (HyperFormula), through its defined names", () => {
    const ev = evaluatePlanWithHyperFormula(plan, HF);
    expect(ev("SS_In_CompanyName")).toBe(HOSTILE[0]);
    const roles = plan.names.find((n) => n.name === "SS_In_StaffRole")!;
    const first = Number(/\d+/.exec(roles.ref)![0]) - 1;
    HOSTILE.slice(1).forEach((h, i) => expect(ev.cell("inputs", { row: first + i, col: 0 })).toBe(h));
    expect(ev.errors()).toEqual([]);
    ev.engine.destroy();
  });
});

describe("sheetNames", () => {
  const renamed = { inputs: "SS Inputs (2)", tco: "Bob's TCO", calc: "Helper 1" };
  const plan = buildPlan(LARGE_LONG, { sheetNames: renamed });
  const base = buildPlan(LARGE_LONG);

  test("every formula refers to the given names, quoted", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual(["SS Inputs (2)", "Bob's TCO", "SS CIO", "SS KPIs", "SS Tracking", "Helper 1"]);
    const texts = formulas(plan).map((x) => x.f);
    expect(texts.some((f) => f.includes("'SS Inputs (2)'!"))).toBe(true);
    expect(texts.some((f) => f.includes("'Bob''s TCO'!"))).toBe(true);
    expect(texts.some((f) => f.includes("'Helper 1'!"))).toBe(true);
    for (const f of texts) expect(/'SS Inputs'!|'SS TCO'!|'SS Calc'!/.test(f)).toBe(false);
  });

  test("values are unchanged", () => {
    const a = evaluatePlanWithHyperFormula(plan, HF);
    const b = evaluatePlanWithHyperFormula(base, HF);
    expect(a.errors()).toEqual([]);
    for (const n of base.names.filter((x) => !x.ref.includes(":"))) {
      const [x, y] = [a(n.name), b(n.name)];
      if (typeof y === "number") expectClose(x, y, n.name);
      else expect(x).toEqual(y);
    }
    a.engine.destroy();
    b.engine.destroy();
  });

  test("bad names and options are refused with the field named", () => {
    expect(() => buildPlan(SMALL_FIRM, { sheetNames: { tco: "a/b" } })).toThrow(/sheetNames\.tco/);
    expect(() => buildPlan(SMALL_FIRM, { sheetNames: { tco: "x".repeat(32) } })).toThrow(/sheetNames\.tco/);
    expect(() => buildPlan(SMALL_FIRM, { sheetNames: { kpi: "ss inputs" } })).toThrow(/sheetNames/);
    expect(() => buildPlan(SMALL_FIRM, { trackingCapacity: 0 })).toThrow(/trackingCapacity/);
    expect(() => buildPlan(SMALL_FIRM, { trackingCapacity: 2.5 })).toThrow(/trackingCapacity/);
  });
});

/** What officeReadBack does: the literal at each input name's cell, put back at its profile path. */
function readBack(plan: WorkbookPlan): unknown {
  const cells = new Map([...allCells(plan)].map((c) => [`${c.sheet}!${a1(c.row, c.col, true)}`, c.cell]));
  const out: Record<string, unknown> = {};
  const set = (path: string, v: unknown) => {
    const keys = path.split(".");
    let o = out;
    for (const k of keys.slice(0, -1)) o = (o[k] ??= {}) as Record<string, unknown>;
    o[keys[keys.length - 1]] = v;
  };
  const staff: Record<string, Literal>[] = [];
  for (const n of plan.names.filter((x) => x.profilePath)) {
    const [first, last = first] = n.ref.split(":");
    const startRow = Number(/\d+/.exec(first)![0]);
    const endRow = Number(/\d+/.exec(last)![0]);
    const col = /[A-Z]+/.exec(first)![0];
    const values = Array.from({ length: endRow - startRow + 1 }, (_, i) => cells.get(`${n.sheet}!$${col}$${startRow + i}`)?.value ?? null);
    const m = /^inHouse\.staff\[\]\.(\w+)$/.exec(n.profilePath!);
    if (m) values.forEach((v, i) => ((staff[i] ??= {})[m[1]] = v));
    else if (values[0] !== null) set(n.profilePath!, values[0]);
  }
  set("inHouse.staff", staff.filter((s) => Object.values(s).some((v) => v !== null)));
  return { schemaVersion: 1, ...out };
}

test.each([["SMALL_FIRM", SMALL_FIRM], ["LARGE_LONG", LARGE_LONG], ["NEAR_EMPTY", NEAR_EMPTY]])("input names read back into the profile built (%s)", (_l, p) => {
  const r = parseProfile(readBack(buildPlan(p)));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const targets = Object.fromEntries(KPIS.map((k) => [k.id, (p.targets as Record<string, number | undefined>)[k.id] ?? k.target]).filter(([, v]) => v !== null));
  expect(r.profile).toEqual({ ...p, targets });
});

test("currency formats: symbol in front for known currencies, ISO code after the rest", () => {
  expect(currencyFormat("USD")).toBe('"$"#,##0;[Red]-"$"#,##0');
  expect(currencyFormat("EUR")).toBe('"€"#,##0;[Red]-"€"#,##0');
  expect(currencyFormat("SEK")).toBe('#,##0 "SEK";[Red]-#,##0 "SEK"');
  expect(buildPlan(LARGE_LONG).styles.inputMoney.numFmt).toBe(currencyFormat("EUR"));
});
