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

/** Six tracked months (every field filled, so each KPI definition has one reading). */
export const TRACKED_PERIODS = [
  { period: "2025-01", slaTarget: 0.95, slaActual: 0.97, tickets: 400, firstContact: 300, csat: 4.1, availability: 0.998, contracted: 25_000, invoiced: 25_000, p1Hours: 3.5 },
  { period: "2025-02", slaTarget: 0.95, slaActual: 0.93, tickets: 380, firstContact: 266, csat: 4.3, availability: 0.993, contracted: 25_000, invoiced: 26_500, p1Hours: 5.0 },
  { period: "2025-03", slaTarget: 0.95, slaActual: 0.96, tickets: 420, firstContact: 315, csat: 4.0, availability: 0.999, contracted: 25_000, invoiced: 25_000, p1Hours: 2.5 },
  { period: "2025-04", slaTarget: 0.95, slaActual: 0.95, tickets: 350, firstContact: 245, csat: 4.4, availability: 0.996, contracted: 25_000, invoiced: 25_800, p1Hours: 4.0 },
  { period: "2025-05", slaTarget: 0.95, slaActual: 0.91, tickets: 410, firstContact: 287, csat: 3.9, availability: 0.99, contracted: 25_000, invoiced: 25_000, p1Hours: 6.5 },
  { period: "2025-06", slaTarget: 0.95, slaActual: 0.98, tickets: 390, firstContact: 312, csat: 4.5, availability: 0.999, contracted: 25_000, invoiced: 25_200, p1Hours: 3.0, notes: "=HYPERLINK(\"x\")" },
];

/** Worked by hand from TRACKED_PERIODS with the definitions in kpiCatalog.ts. */
export const TRACKED_KPIS: Record<string, number> = {
  // Met when actual >= target: months 1, 3, 4 (0.95 = 0.95), 6 → 4 of 6.
  SS_KPI_SLAAttainment: 4 / 6,
  // Per-month first-contact rates .75, .70, .75, .70, .70, .80 → mean 4.4 / 6.
  SS_KPI_FirstContactResolution: 4.4 / 6,
  // (4.1 + 4.3 + 4.0 + 4.4 + 3.9 + 4.5) / 6 = 25.2 / 6.
  SS_KPI_CustomerSatisfaction: 4.2,
  // (.998 + .993 + .999 + .996 + .990 + .999) / 6 = 5.975 / 6.
  SS_KPI_Availability: 5.975 / 6,
  // Invoiced 152,500 against contracted 150,000: 2,500 / 150,000.
  SS_KPI_CostVariance: 2_500 / 150_000,
  // (3.5 + 5 + 2.5 + 4 + 6.5 + 3) / 6 = 24.5 / 6.
  SS_KPI_P1ResolveHours: 24.5 / 6,
};
