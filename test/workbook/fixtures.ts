/** Profiles the plan tests evaluate, and small helpers shared by them. */
import { parseProfile, Profile, ProfileInput } from "../../src/model/profile";
import { PlanCell, WorkbookPlan } from "../../src/workbook/plan/plan";

export function profile(input: ProfileInput): Profile {
  const r = parseProfile(input);
  if (!r.ok) throw new Error(`fixture profile invalid: ${JSON.stringify(r.errors)}`);
  return r.profile;
}

/** A typical small firm: 3 roles, a CIO, an outsourcing quote with transition and exit costs. */
export const SMALL_FIRM = profile({
  schemaVersion: 1,
  company: { name: "Acme Dental Group", currency: "USD", revenue: 12_000_000, employees: 85 },
  horizonYears: 5,
  discountRate: 0.08,
  inHouse: {
    staff: [
      { role: "IT manager", salary: 95_000, count: 1 },
      { role: "Systems administrator", salary: 72_000, count: 2 },
      { role: "Help desk technician", salary: 48_000, count: 1 },
    ],
    otherAnnualCosts: 60_000,
  },
  cio: { salary: 160_000, tenureMonths: 24, vcioMonthlyRetainer: 6_000 },
  outsourcing: { annualFee: 310_000, retainedAnnualCosts: 25_000, transitionCost: 45_000, exitCost: 20_000 },
  benefits: { annual: 900_000 },
  targets: { slaAttainment: 0.9, itSpendPerEmployee: 9_000 },
});

const ROLES = ["Engineer", "Analyst", "Administrator", "Architect", "Technician"];
/** A long-horizon large firm: 30 years, 200 staff rows, discount rate equal to escalation (TCO's r = g branch). */
export const LARGE_LONG = profile({
  schemaVersion: 1,
  company: { name: "Globex Manufacturing", currency: "EUR", revenue: 450_000_000, employees: 2_400 },
  horizonYears: 30,
  discountRate: 0.03,
  inHouse: {
    staff: Array.from({ length: 200 }, (_, i) => ({ role: `${ROLES[i % 5]} ${i + 1}`, salary: 50_000 + 750 * i, count: 1 + (i % 3) })),
    benefitsRate: 0.38,
    overheadRate: 0.2,
    otherAnnualCosts: 2_500_000,
    escalation: 0.03,
  },
  cio: { salary: 320_000, tenureMonths: 52, vcioMonthlyRetainer: 22_000, vcioEscalation: 0.025 },
  outsourcing: { annualFee: 26_000_000, escalation: 0.045, governanceRate: 0.05, retainedAnnualCosts: 1_200_000, transitionCost: 3_500_000, exitCost: 2_000_000 },
  benefits: { annual: 60_000_000 },
});

/** Outsourcing costs more every year: never breaks even (and never pays back). */
export const NEVER_BREAKS_EVEN = profile({
  schemaVersion: 1,
  company: { name: "Initech", currency: "GBP", revenue: 3_000_000, employees: 25 },
  horizonYears: 7,
  discountRate: 0.1,
  inHouse: { staff: [{ role: "IT generalist", salary: 55_000, count: 1 }] },
  cio: { salary: 0, vcioMonthlyRetainer: 1_500 },
  outsourcing: { annualFee: 120_000, transitionCost: 30_000 },
});

/** Everything defaulted. */
export const NEAR_EMPTY = profile({ schemaVersion: 1 });

/**
 * Undiscounted (CIO.CONTINUITYCOST's r = 0 branch), a falling virtual-CIO retainer, in-house
 * costs outgrowing a flat fee (break-even in year 3, so the year index matters), no staff rows.
 */
export const UNDISCOUNTED = profile({
  schemaVersion: 1,
  company: { name: "Soylent", currency: "SEK", revenue: 0, employees: 12 },
  horizonYears: 12,
  discountRate: 0,
  inHouse: { staff: [], otherAnnualCosts: 100_000, escalation: 0.05 },
  cio: { salary: 90_000, tenureMonths: 18, vcioMonthlyRetainer: 2_000, vcioEscalation: -0.01 },
  outsourcing: { annualFee: 92_000, escalation: 0, governanceRate: 0.03, transitionCost: 25_000 },
  benefits: { annual: 50_000 },
});

export const PROFILES: Record<string, Profile> = { SMALL_FIRM, LARGE_LONG, NEVER_BREAKS_EVEN, NEAR_EMPTY, UNDISCOUNTED };

/** |a − b| ≤ 1e-9 · max(1, |b|): relative for large figures, absolute near zero. */
export function expectClose(actual: unknown, expected: number, what: string): void {
  if (typeof actual !== "number") throw new Error(`${what}: expected the number ${expected}, got ${JSON.stringify(actual)}`);
  const tol = 1e-9 * Math.max(1, Math.abs(expected));
  if (!(Math.abs(actual - expected) <= tol)) throw new Error(`${what}: ${actual} differs from ${expected} by more than ${tol}`);
}

/** Every cell of the plan with its sheet and absolute position. */
export function* allCells(plan: WorkbookPlan): Generator<{ sheet: string; row: number; col: number; cell: PlanCell }> {
  for (const s of plan.sheets)
    for (const b of s.blocks) for (const [i, cells] of b.cells.entries()) for (const [j, cell] of cells.entries()) yield { sheet: s.key, row: b.row + i, col: b.col + j, cell };
}
