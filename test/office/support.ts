/**
 * Shared by the Office writer tests: the profiles, typed tracking rows, and HyperFormula
 * evaluation of what the Excel fake received (its cells and defined names, not the plan).
 */
import { HyperFormula } from "hyperformula";
import { computeHeadline, HEADLINE_NAMES } from "../../src/model/headline";
import { parseProfile, Profile, ProfileInput } from "../../src/model/profile";
import { FakeWorkbook } from "../support/fakeExcel";
import { buildWorkbookInExcel, BuildReport } from "../../src/workbook/office/officeWriter";
import { DEFAULT_SHEET_NAMES } from "../../src/workbook/plan/buildPlan";

export function profile(input: ProfileInput): Profile {
  const r = parseProfile(input);
  if (!r.ok) throw new Error(`test profile invalid: ${JSON.stringify(r.errors)}`);
  return r.profile;
}

/** 3 years, one person. */
export const SMALL = profile({
  schemaVersion: 1,
  company: { name: "Acme Dental", currency: "USD", revenue: 4_000_000, employees: 30 },
  horizonYears: 3,
  discountRate: 0.07,
  inHouse: { staff: [{ role: "IT generalist", salary: 68_000, count: 1 }], otherAnnualCosts: 12_000 },
  cio: { salary: 0, vcioMonthlyRetainer: 2_500 },
  outsourcing: { annualFee: 90_000, transitionCost: 15_000, exitCost: 5_000 },
  benefits: { annual: 150_000 },
});

/** 30 years, 200 staff rows. */
export const LARGE = profile({
  schemaVersion: 1,
  company: { name: "Globex Manufacturing", currency: "EUR", revenue: 450_000_000, employees: 2_400 },
  horizonYears: 30,
  discountRate: 0.06,
  inHouse: {
    staff: Array.from({ length: 200 }, (_, i) => ({ role: `Engineer ${i + 1}`, salary: 50_000 + 750 * i, count: 1 + (i % 3) })),
    benefitsRate: 0.38,
    overheadRate: 0.2,
    otherAnnualCosts: 2_500_000,
  },
  cio: { salary: 320_000, tenureMonths: 52, vcioMonthlyRetainer: 22_000, vcioEscalation: 0.025 },
  outsourcing: { annualFee: 26_000_000, escalation: 0.045, governanceRate: 0.05, retainedAnnualCosts: 1_200_000, transitionCost: 3_500_000, exitCost: 2_000_000 },
  benefits: { annual: 60_000_000 },
  targets: { slaAttainment: 0.97, itSpendPerEmployee: 15_000 },
});

export const TRACKING = DEFAULT_SHEET_NAMES.tracking;

/** One tracked period as a user types it: period, SLA target, SLA actual, tickets, first contact, CSAT, availability, contracted, invoiced, P1 hours, notes. */
export type TrackedRow = [string, number, number, number, number, number, number, number, number, number, string];

/** `n` periods of plausible actuals, varied so the KPIs are not trivial. */
export function trackedRows(n: number): TrackedRow[] {
  return Array.from({ length: n }, (_, i) => [
    `2024-${String((i % 12) + 1).padStart(2, "0")} #${i + 1}`,
    0.95,
    [0.97, 0.93, 0.99, 0.95, 0.9][i % 5],
    100 + 7 * i,
    60 + 5 * i,
    [4.1, 4.5, 3.9, 4.8][i % 4],
    [0.999, 0.995, 0.98][i % 3],
    10_000,
    [10_000, 10_400, 9_800][i % 3],
    [3, 5.5, 2, 8][i % 4],
    i === 2 ? "=1+1 (typed as text)" : "",
  ]);
}

/** Types rows into the tracking table the way a user would (the Period/Notes columns are text-formatted by the build). */
export function typeTrackedRows(fake: FakeWorkbook, sheetName: string, firstDataRow: number, rows: readonly TrackedRow[]): void {
  rows.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v === "") return;
      fake.writeCell(fake.mustSheet(sheetName), firstDataRow + i, j, v, "values");
    }),
  );
}

/** Builds into `fake` and returns the report. */
export function build(fake: FakeWorkbook, p: Profile, onProgress?: (m: string, f: number) => void): Promise<BuildReport> {
  return buildWorkbookInExcel(p, { excel: fake.excel, requirements: fake.requirements, onProgress });
}

type RawCell = string | number | boolean | null;

export interface FakeEvaluation {
  name(name: string): unknown;
  cell(sheet: string, row: number, col: number): unknown;
  destroy(): void;
}

/**
 * Loads every cell the fake holds (formulas as formulas, text with HyperFormula's apostrophe
 * prefix so it stays text) and every workbook name into HyperFormula.
 */
export function evaluateFake(fake: FakeWorkbook): FakeEvaluation {
  const sheets: Record<string, RawCell[][]> = {};
  for (const s of fake.sheets) {
    const grid: RawCell[][] = [];
    for (const [k, c] of s.cells) {
      const [row, col] = k.split(",").map(Number);
      while (grid.length <= row) grid.push([]);
      const raw: RawCell = c.formula ?? (c.value === "" ? null : typeof c.value === "string" ? `'${c.value}` : c.value);
      grid[row][col] = raw;
    }
    for (const r of grid) for (let j = 0; j < r.length; j++) if (r[j] === undefined) r[j] = null;
    sheets[s.name] = grid;
  }
  const named = [...fake.names.values()].map((n) => ({ name: n.name, expression: n.formula }));
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", precisionRounding: 14, useArrayArithmetic: true }, named);
  const norm = (v: unknown) => (v !== null && typeof v === "object" ? { error: String((v as { value?: string }).value) } : v);
  return {
    name: (n) => norm(hf.getNamedExpressionValue(n)),
    cell: (sheet, row, col) => {
      const id = hf.getSheetId(sheet);
      if (id === undefined) throw new Error(`HyperFormula has no sheet ${sheet}`);
      return norm(hf.getCellValue({ sheet: id, row, col }));
    },
    destroy: () => hf.destroy(),
  };
}

/** |a − b| ≤ 1e-9 · max(1, |b|). */
export function expectClose(actual: unknown, expected: number, what: string): void {
  if (typeof actual !== "number") throw new Error(`${what}: expected the number ${expected}, got ${JSON.stringify(actual)}`);
  const tol = 1e-9 * Math.max(1, Math.abs(expected));
  if (!(Math.abs(actual - expected) <= tol)) throw new Error(`${what}: ${actual} differs from ${expected} by more than ${tol}`);
}

/** Every headline defined name in the fake equals the model (docs/spec.md §2.2: "" or "never" where the model has no number). */
export function expectHeadlineNames(fake: FakeWorkbook, p: Profile): void {
  const ev = evaluateFake(fake);
  try {
    const h = computeHeadline(p);
    for (const [name, field] of Object.entries(HEADLINE_NAMES)) {
      const expected = h[field];
      if (expected === null) expect({ name, value: ev.name(name) }).toEqual({ name, value: field === "breakEvenMonths" ? "never" : "" });
      else expectClose(ev.name(name), expected, name);
    }
  } finally {
    ev.destroy();
  }
}
