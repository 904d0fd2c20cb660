/** The acceptance profiles: a small firm, a long-horizon large firm, one that never breaks even, an empty one. */
import { exampleProfile } from "../../src/cli/example";
import { ProfileInput } from "../../src/model/profile";

const largeStaff = Array.from({ length: 200 }, (_, i) => ({ role: `Engineer ${i + 1}`, salary: 60_000 + 500 * i, count: 1 + (i % 3) }));

export const ACCEPTANCE_PROFILES: Record<string, ProfileInput> = {
  "small-firm": exampleProfile(),
  "large-50y": {
    schemaVersion: 1,
    company: { name: "Northwind Industrial Group", currency: "EUR", revenue: 2_500_000_000, employees: 12_000 },
    horizonYears: 50,
    discountRate: 0.1,
    inHouse: { staff: largeStaff, benefitsRate: 0.35, overheadRate: 0.2, otherAnnualCosts: 2_500_000, escalation: 0.04 },
    cio: { salary: 350_000, tenureMonths: 54, vcioMonthlyRetainer: 25_000, vcioEscalation: 0.025 },
    outsourcing: { annualFee: 18_000_000, escalation: 0.05, governanceRate: 0.05, retainedAnnualCosts: 1_200_000, transitionCost: 4_000_000, exitCost: 1_500_000 },
    benefits: { annual: 40_000_000 },
  },
  // Outsourcing costs more every month than it saves: BREAKEVEN is #N/A, the workbook says "never".
  "never-breaks-even": {
    schemaVersion: 1,
    company: { name: "Quayside Dental", revenue: 3_000_000, employees: 22 },
    horizonYears: 3,
    discountRate: 0,
    inHouse: { staff: [{ role: "IT generalist", salary: 60_000, count: 1 }] },
    cio: { salary: 0, vcioMonthlyRetainer: 1_500 },
    outsourcing: { annualFee: 150_000, transitionCost: 30_000, exitCost: 5_000 },
  },
  // Every amount 0: each ratio's denominator is 0, so those results are "".
  empty: { schemaVersion: 1 },
};
