/** docs/spec.md §9.2 service credits over six tracked periods with known misses, and §9.3 tracked spend. */
import { CreditInputs, serviceCredits, TrackedPeriod, trackedSpendPctRevenue } from "../../src/model/credits";

const row = (r: Partial<TrackedPeriod>): TrackedPeriod => ({ slaTarget: 0.95, slaActual: null, availability: null, p1Hours: null, contracted: null, invoiced: null, ...r });

/** Targets: availability 99.5%, P1 within 4 hours. At risk: 10% of the contracted cost. */
const periods: TrackedPeriod[] = [
  row({ slaActual: 0.97, availability: 0.999, p1Hours: 3, contracted: 10_000 }), // nothing missed
  row({ slaActual: 0.9, availability: 0.996, p1Hours: 4, contracted: 10_000 }), // SLA only (4 h is not over 4)
  row({ slaActual: 0.95, availability: 0.99, p1Hours: 6, contracted: 12_000 }), // SLA met exactly; availability and P1 missed
  row({ slaActual: null, availability: 0.98, p1Hours: null, contracted: 8_000 }), // availability only (blanks never miss)
  row({ slaTarget: null, slaActual: 0.5, availability: null, p1Hours: 10, contracted: 10_000 }), // no SLA target: P1 only
  row({ slaActual: 0.8, availability: 0.9, p1Hours: 12, contracted: 20_000 }), // all three
];
const inputs = (allocation: CreditInputs["allocation"], more: Partial<CreditInputs> = {}): CreditInputs => ({
  atRiskRate: 0.1,
  allocation,
  availabilityTarget: 0.995,
  p1TargetHours: 4,
  periods,
  ...more,
});

test("default allocation (SLA 50%, availability 30%, P1 20%)", () => {
  const c = serviceCredits(inputs({ sla: 0.5, availability: 0.3, p1Resolution: 0.2 }));
  expect(c.periods.map((p) => p.missed)).toEqual([
    { sla: false, availability: false, p1Resolution: false },
    { sla: true, availability: false, p1Resolution: false },
    { sla: false, availability: true, p1Resolution: true },
    { sla: false, availability: true, p1Resolution: false },
    { sla: false, availability: false, p1Resolution: true },
    { sla: true, availability: true, p1Resolution: true },
  ]);
  // At risk 1,000, 1,000, 1,200, 800, 1,000, 2,000; shares 0, 0.5, 0.5, 0.3, 0.2, 1.
  const expected = [0, 500, 600, 240, 200, 2_000];
  c.periods.forEach((p, k) => expect(p.credit).toBeCloseTo(expected[k], 9));
  // Total 3,540 of 70,000 contracted.
  expect(c.total).toBeCloseTo(3_540, 9);
  expect(c.shareOfContracted).toBeCloseTo(3_540 / 70_000, 12);
});

test("allocations adding up to more than 1 are capped at the at-risk amount", () => {
  const c = serviceCredits(inputs({ sla: 0.7, availability: 0.6, p1Resolution: 0.5 }));
  // Shares 0, 0.7, min(1, 1.1) = 1, 0.6, 0.5, min(1, 1.8) = 1.
  expect(c.periods.map((p) => p.share)).toEqual([0, 0.7, 1, 0.6, 0.5, 1]);
  // 0, 700, 1,200, 480, 500, 2,000: total 4,880.
  const expected = [0, 700, 1_200, 480, 500, 2_000];
  c.periods.forEach((p, k) => expect(p.credit).toBeCloseTo(expected[k], 9));
  expect(c.total).toBeCloseTo(4_880, 9);
});

test("blank targets miss nothing; a period without a contracted cost has no credit", () => {
  const c = serviceCredits(
    inputs(
      { sla: 0.5, availability: 0.3, p1Resolution: 0.2 },
      { availabilityTarget: null, p1TargetHours: null, periods: [...periods, row({ slaActual: 0.1, contracted: null })] },
    ),
  );
  // Only SLA misses count now: periods 2 and 6 (500 and 1,000); the seventh has no contracted cost.
  expect(c.periods.map((p) => p.credit)).toEqual([0, 500, 0, 0, 0, 1_000, null]);
  expect(c.periods[6].missed.sla).toBe(true);
  expect(c.total).toBe(1_500);
  expect(c.shareOfContracted).toBeCloseTo(1_500 / 70_000, 12);
});

test("nothing contracted: total 0, share blank", () => {
  const c = serviceCredits(inputs({ sla: 0.5, availability: 0.3, p1Resolution: 0.2 }, { periods: [] }));
  expect(c.total).toBe(0);
  expect(c.shareOfContracted).toBeNull();
});

describe("IT spend % of revenue (tracked)", () => {
  test("monthly and quarterly", () => {
    // Average of 10,000, 12,000, 11,000 = 11,000; × 12 = 132,000; + 20,000 retained + 48,000 CIO = 200,000 of 2,000,000.
    const base = { invoiced: [10_000, null, 12_000, 11_000], periodsPerYear: 12, retainedAnnualCosts: 20_000, currentCioAnnual: 48_000, revenue: 2_000_000 };
    expect(trackedSpendPctRevenue(base)).toBeCloseTo(0.1, 12);
    // Quarters: 11,000 × 4 = 44,000 + 68,000 = 112,000 of 2,000,000.
    expect(trackedSpendPctRevenue({ ...base, periodsPerYear: 4 })).toBeCloseTo(0.056, 12);
  });

  test("blank without invoices or revenue", () => {
    const base = { invoiced: [null, null], periodsPerYear: 12, retainedAnnualCosts: 20_000, currentCioAnnual: 0, revenue: 2_000_000 };
    expect(trackedSpendPctRevenue(base)).toBeNull();
    expect(trackedSpendPctRevenue({ ...base, invoiced: [5_000], revenue: 0 })).toBeNull();
  });
});
