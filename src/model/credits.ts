/**
 * docs/spec.md §9.2 service credits and §9.3 spend after the switch, from the Tracking sheet's rows
 * (src/workbook/plan/sheets/tracking.ts columns; a blank cell is null here).
 *
 * Per period: credit = contracted × atRiskRate × MIN(1, Σ allocation of the measures missed).
 * Missed: SLA actual < that row's SLA target; availability < SS_Target_Availability; P1 hours >
 * SS_Target_P1ResolveHours. A blank actual or target is never a miss, and met means reaching the
 * target as the KPI statuses compare (kpi.ts `meets`, the workbook's >=). A period without a
 * contracted cost has no credit (null, the workbook's ""). Workbook, per row:
 *   IF(K="","",K*atRisk*MIN(1,IF(AND(ISNUMBER(A),ISNUMBER(T)),IF(A<T,aSla,0),0)
 *     +IF(AND(ISNUMBER(V),ISNUMBER(SS_Target_Availability)),IF(V<SS_Target_Availability,aAvail,0),0)
 *     +IF(AND(ISNUMBER(P),ISNUMBER(SS_Target_P1ResolveHours)),IF(P>SS_Target_P1ResolveHours,aP1,0),0)))
 */
import { meets } from "./kpi";

export interface CreditAllocation {
  sla: number;
  availability: number;
  p1Resolution: number;
}

/** One tracked row (the columns credits and spend read). */
export interface TrackedPeriod {
  slaTarget: number | null;
  slaActual: number | null;
  availability: number | null;
  p1Hours: number | null;
  contracted: number | null;
  invoiced: number | null;
}

export interface CreditInputs {
  /** outsourcing.serviceCredits.atRiskRate: the share of each period's contracted cost at risk. */
  atRiskRate: number;
  allocation: CreditAllocation;
  /** targets.availability (SS_Target_Availability); null when blank. */
  availabilityTarget: number | null;
  /** targets.p1ResolveHours (SS_Target_P1ResolveHours); null when blank. */
  p1TargetHours: number | null;
  periods: readonly TrackedPeriod[];
}

export interface PeriodCredit {
  missed: Record<keyof CreditAllocation, boolean>;
  /** MIN(1, Σ allocation of the measures missed). */
  share: number;
  /** null when the period has no contracted cost. */
  credit: number | null;
}

export interface Credits {
  periods: PeriodCredit[];
  /** SS_Credits_Total: Σ credits (0 with none). */
  total: number;
  /** SS_Credits_ShareOfContracted: total ÷ Σ contracted; null when nothing is contracted. */
  shareOfContracted: number | null;
}

/** Missed only when both figures are there and the actual falls short. */
const missed = (actual: number | null, target: number | null, higherIsBetter: boolean) =>
  actual !== null && target !== null && !meets(actual, target, higherIsBetter);

export function serviceCredits(i: CreditInputs): Credits {
  let total = 0;
  let contracted = 0;
  const periods = i.periods.map((p): PeriodCredit => {
    const miss = {
      sla: missed(p.slaActual, p.slaTarget, true),
      availability: missed(p.availability, i.availabilityTarget, true),
      p1Resolution: missed(p.p1Hours, i.p1TargetHours, false),
    };
    const sum = (miss.sla ? i.allocation.sla : 0) + (miss.availability ? i.allocation.availability : 0) + (miss.p1Resolution ? i.allocation.p1Resolution : 0);
    const share = Math.min(1, sum);
    if (p.contracted === null) return { missed: miss, share, credit: null };
    const credit = p.contracted * i.atRiskRate * share;
    total += credit;
    contracted += p.contracted;
    return { missed: miss, share, credit };
  });
  return { periods, total, shareOfContracted: contracted === 0 ? null : total / contracted };
}

export interface TrackedSpendInputs {
  /** Invoiced cost per tracked period (null = blank). */
  invoiced: readonly (number | null)[];
  /** 12 for months, 4 for quarters (a visible input in the workbook). */
  periodsPerYear: number;
  retainedAnnualCosts: number;
  /** The current CIO's annual cost (§6.2: CIO loaded, 12 × retainer, or 0, by cio.current). */
  currentCioAnnual: number;
  revenue: number;
}

/**
 * §9.3 "IT spend % of revenue (tracked)": (average invoiced per period × periods per year +
 * retained + current CIO) ÷ revenue. null when no period has an invoiced amount or revenue is 0.
 * Workbook: IF(OR(COUNT(invoiced)=0,revenue=0),"",(AVERAGE(invoiced)*ppy+retained+cio)/revenue).
 */
export function trackedSpendPctRevenue(i: TrackedSpendInputs): number | null {
  const amounts = i.invoiced.filter((x): x is number => x !== null);
  if (amounts.length === 0 || i.revenue === 0) return null;
  const average = amounts.reduce((s, x) => s + x, 0) / amounts.length;
  return (average * i.periodsPerYear + i.retainedAnnualCosts + i.currentCioAnnual) / i.revenue;
}
