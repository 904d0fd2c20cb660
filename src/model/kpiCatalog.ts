/**
 * The KPIs of the scorecard: one entry each, with the profile key of its target (profile
 * `targets`), the default target, direction and a one-line definition. The workbook plan, the
 * wizard and the README read this list; nothing else declares a KPI.
 */
export type KpiUnit = "%" | "currency" | "months" | "years" | "score" | "hours";

export interface KpiDef {
  readonly id: string;
  readonly label: string;
  readonly unit: KpiUnit;
  readonly higherIsBetter: boolean;
  /** Default target; null where the KPI is informational (no RAG status until a target is set). */
  readonly target: number | null;
  readonly definition: string;
  /** Where the value comes from: a headline result, or the tracking table. */
  readonly source: "headline" | "tracking";
}

export const KPIS: readonly KpiDef[] = [
  { id: "itSpendPctRevenue", label: "IT spend % of revenue", unit: "%", higherIsBetter: false, target: 0.04, source: "headline",
    definition: "Current annual IT spend (in-house team + CIO, loaded) divided by revenue." },
  { id: "itSpendPerEmployee", label: "IT spend per employee", unit: "currency", higherIsBetter: false, target: null, source: "headline",
    definition: "Current annual IT spend divided by the number of employees." },
  { id: "tcoSaving", label: "TCO saving from outsourcing", unit: "currency", higherIsBetter: true, target: 0, source: "headline",
    definition: "In-house TCO minus outsourced TCO over the horizon, discounted." },
  { id: "tcoSavingPct", label: "TCO saving %", unit: "%", higherIsBetter: true, target: 0.1, source: "headline",
    definition: "TCO saving as a share of the in-house TCO." },
  { id: "breakEvenMonths", label: "Break-even", unit: "months", higherIsBetter: false, target: 24, source: "headline",
    definition: "Months until the monthly savings have repaid the transition cost." },
  { id: "itRoi", label: "IT ROI", unit: "%", higherIsBetter: true, target: 0, source: "headline",
    definition: "(Annual benefits attributed to IT − current IT spend) ÷ current IT spend." },
  { id: "paybackYears", label: "Outsourcing payback", unit: "years", higherIsBetter: false, target: 2, source: "headline",
    definition: "Years until cumulative nominal savings cover the transition cost (interpolated)." },
  { id: "governancePct", label: "Governance cost %", unit: "%", higherIsBetter: false, target: 0.08, source: "headline",
    definition: "Retained governance and vendor management as a share of the outsourcing fee (literature: 3-8%)." },
  { id: "cioContinuityCost", label: "CIO continuity cost", unit: "currency", higherIsBetter: false, target: null, source: "headline",
    definition: "Expected cost of in-house CIO turnover over the horizon, discounted." },
  { id: "slaAttainment", label: "SLA attainment", unit: "%", higherIsBetter: true, target: 0.95, source: "tracking",
    definition: "Share of tracked periods in which the provider met its SLA target." },
  { id: "firstContactResolution", label: "First-contact resolution", unit: "%", higherIsBetter: true, target: 0.7, source: "tracking",
    definition: "Share of tickets resolved at first contact, average of tracked periods." },
  { id: "customerSatisfaction", label: "Customer satisfaction", unit: "score", higherIsBetter: true, target: 4.2, source: "tracking",
    definition: "Average user satisfaction score (1-5) over tracked periods." },
  { id: "availability", label: "Availability", unit: "%", higherIsBetter: true, target: 0.995, source: "tracking",
    definition: "Average service availability over tracked periods." },
  { id: "costVariance", label: "Invoiced vs contracted cost", unit: "%", higherIsBetter: false, target: 0.02, source: "tracking",
    definition: "(Total invoiced − total contracted) ÷ total contracted over tracked periods." },
  { id: "p1ResolveHours", label: "P1 time to resolve", unit: "hours", higherIsBetter: false, target: 4, source: "tracking",
    definition: "Average hours to resolve priority-1 incidents over tracked periods." },
];

export const KPI_IDS = KPIS.map((k) => k.id);
