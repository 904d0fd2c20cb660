/** docs/spec.md §9.1: quotes compared side by side, on figures worked by hand. */
import { compareQuotes, QuoteComparisonInputs, QuoteInput } from "../../src/model/quotes";

const quote = (vendor: string, q: Partial<QuoteInput>): QuoteInput => ({
  vendor,
  annualFee: 0,
  escalation: 0,
  governanceRate: 0,
  transitionCost: 0,
  exitCost: 0,
  atRiskRate: 0.1,
  ...q,
});

const close = (actual: number | null, expected: number) => {
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
};

describe("five quotes, nominal (r = 0, no escalation), the best not the main one", () => {
  // In-house 200,000 a year for 2 years: 400,000. Retained 10,000 a year with every quote.
  // Governance rates are binary fractions, so equal figures are exactly equal.
  const inputs: QuoteComparisonInputs = {
    inHouseAnnual: 200_000,
    inHouseEscalation: 0,
    horizonYears: 2,
    discountRate: 0,
    retainedAnnualCosts: 10_000,
    main: quote("Main quote", { annualFee: 160_000, governanceRate: 0.0625, transitionCost: 30_000 }),
    others: [
      quote("Acme", { annualFee: 120_000, governanceRate: 0.25, transitionCost: 40_000, exitCost: 8_000, atRiskRate: 0.15 }),
      quote("Zero Ltd", { annualFee: 0, transitionCost: 5_000 }),
      quote("Beta", { annualFee: 174_000 }),
      quote("Costly", { annualFee: 300_000, transitionCost: 10_000 }),
    ],
  };
  const c = compareQuotes(inputs);

  test("TCO, saving and saving %", () => {
    expect(c.tcoInHouse).toBe(400_000);
    // Main: 160,000 × 1.0625 + 10,000 = 180,000 a year; 30,000 + 2 × 180,000 = 390,000.
    // Acme: 120,000 × 1.25 + 10,000 = 160,000; 40,000 + 320,000 + 8,000 = 368,000.
    // Beta: 174,000 + 10,000 = 184,000; 368,000: the same as Acme.
    // Costly: 310,000; 10,000 + 620,000 = 630,000.
    expect(c.rows.map((r) => r.tco)).toEqual([390_000, 368_000, null, 368_000, 630_000]);
    expect(c.rows.map((r) => r.saving)).toEqual([10_000, 32_000, null, 32_000, -230_000]);
    const pct = c.rows.map((r) => r.savingPct);
    close(pct[0], 0.025);
    close(pct[1], 0.08);
    expect(pct[2]).toBeNull();
    close(pct[4], -0.575);
  });

  test("nominal payback", () => {
    // Main: −30,000 then +20,000 a year: 1 + 10,000/20,000 = 1.5.
    // Acme: −40,000 then +40,000: exactly 1. Beta: no transition: 0. Costly: never (null).
    expect(c.rows.map((r) => r.paybackYears)).toEqual([1.5, 1, null, 0, null]);
  });

  test("rank by saving, ties to the earlier quote, fee 0 unranked; the best vendor", () => {
    expect(c.rows.map((r) => r.rank)).toEqual([3, 1, null, 2, 4]);
    expect(c.bestVendor).toBe("Acme");
    expect(c.bestSaving).toBe(32_000);
    expect(c.bestIndex).toBe(1);
  });

  test("the fee, vendor and at-risk % pass through", () => {
    expect(c.rows.map((r) => [r.vendor, r.annualFee, r.atRiskRate])).toEqual([
      ["Main quote", 160_000, 0.1],
      ["Acme", 120_000, 0.15],
      ["Zero Ltd", 0, 0.1],
      ["Beta", 174_000, 0.1],
      ["Costly", 300_000, 0.1],
    ]);
  });
});

test("discounted: the main quote is priced exactly as the headline's SS_TCO_Outsourced", () => {
  // The headline test's profile: in-house 160,000 growing 10%, r 10%, H 2: TCO 35,200,000/121.
  // Fee 100,000 × 1.05 + retained 15,000 = 120,000; 20,000 + 120,000/1.1 + 120,000/1.21 + 12,100/1.21 = 28,830,000/121.
  const c = compareQuotes({
    inHouseAnnual: 160_000,
    inHouseEscalation: 0.1,
    horizonYears: 2,
    discountRate: 0.1,
    retainedAnnualCosts: 15_000,
    main: quote("Main quote", { annualFee: 100_000, governanceRate: 0.05, transitionCost: 20_000, exitCost: 12_100 }),
    others: [],
  });
  close(c.tcoInHouse, 35_200_000 / 121);
  close(c.rows[0].tco, 28_830_000 / 121);
  close(c.rows[0].saving, 6_370_000 / 121);
  close(c.rows[0].savingPct, 6_370_000 / 35_200_000);
  // Nominal flows −20,000, 40,000: 0.5 years.
  close(c.rows[0].paybackYears, 0.5);
  expect(c.rows[0].rank).toBe(1);
  expect(c.bestVendor).toBe("Main quote");
});

test("ties with the main quote go to the main quote", () => {
  const c = compareQuotes({
    inHouseAnnual: 100_000,
    inHouseEscalation: 0,
    horizonYears: 1,
    discountRate: 0,
    retainedAnnualCosts: 0,
    main: quote("Main quote", { annualFee: 50_000 }),
    others: [quote("Twin", { annualFee: 50_000 })],
  });
  expect(c.rows.map((r) => r.rank)).toEqual([1, 2]);
  expect(c.bestVendor).toBe("Main quote");
});

test("an in-house TCO of 0 leaves saving % blank; no fee anywhere leaves no best", () => {
  const c = compareQuotes({
    inHouseAnnual: 0,
    inHouseEscalation: 0,
    horizonYears: 1,
    discountRate: 0,
    retainedAnnualCosts: 0,
    main: quote("Main quote", { annualFee: 50_000 }),
    others: [],
  });
  expect(c.rows[0].saving).toBe(-50_000);
  expect(c.rows[0].savingPct).toBeNull();
  const none = compareQuotes({ inHouseAnnual: 1, inHouseEscalation: 0, horizonYears: 1, discountRate: 0, retainedAnnualCosts: 0, main: quote("Main quote", {}), others: [quote("B", {})] });
  expect([none.bestVendor, none.bestSaving, none.bestIndex]).toEqual([null, null, null]);
  expect(none.rows.map((r) => r.rank)).toEqual([null, null]);
});

test("at most 10 quotes besides the main one", () => {
  const base = { inHouseAnnual: 1, inHouseEscalation: 0, horizonYears: 1, discountRate: 0, retainedAnnualCosts: 0, main: quote("Main quote", {}) };
  expect(() => compareQuotes({ ...base, others: Array.from({ length: 10 }, (_, k) => quote(`Q${k}`, {})) })).not.toThrow();
  expect(() => compareQuotes({ ...base, others: Array.from({ length: 11 }, (_, k) => quote(`Q${k}`, {})) })).toThrow(/at most 10/);
});
