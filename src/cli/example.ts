/**
 * The profile `smartsource example` prints: a realistic small firm with every field present,
 * so a user edits numbers rather than guessing field names. Figures are illustrative, not
 * benchmarks (the sourced defaults live in the profile schema and the docs).
 */
import { KPIS } from "../model/kpiCatalog";
import type { Profile } from "../model/profile";

/** Targets for every KPI: the catalogue default, or a sensible figure for informational KPIs. */
const INFORMATIONAL_TARGETS: Record<string, number> = { itSpendPerEmployee: 9000, cioContinuityCost: 150000 };

export function exampleProfile(): Profile {
  return {
    schemaVersion: 1,
    company: { name: "Harbor & Pine Logistics", currency: "USD", revenue: 18_000_000, employees: 85 },
    horizonYears: 5,
    discountRate: 0.08,
    inHouse: {
      staff: [
        { role: "IT manager", salary: 95_000, count: 1 },
        { role: "Systems administrator", salary: 72_000, count: 1 },
        { role: "Help desk technician", salary: 52_000, count: 2 },
      ],
      benefitsRate: 0.42,
      overheadRate: 0.15,
      otherAnnualCosts: 60_000,
      escalation: 0.03,
    },
    cio: { salary: 165_000, tenureMonths: 24, vcioMonthlyRetainer: 6_500, vcioEscalation: 0.03 },
    outsourcing: {
      annualFee: 310_000,
      escalation: 0.03,
      governanceRate: 0.06,
      retainedAnnualCosts: 25_000,
      transitionCost: 45_000,
      exitCost: 20_000,
    },
    benefits: { annual: 900_000 },
    targets: Object.fromEntries(KPIS.map((k) => [k.id, k.target ?? INFORMATIONAL_TARGETS[k.id]])),
  };
}
