/** computeHeadline on a profile small enough to work out by hand (docs/spec.md §2.2's definitions). */
import { computeHeadline, HEADLINE_NAMES } from "../../src/model/headline";
import { parseProfile, Profile } from "../../src/model/profile";

function profile(input: unknown): Profile {
  const r = parseProfile(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.profile;
}

const close = (actual: number | null, expected: number) => {
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
};

describe("computeHeadline, worked by hand", () => {
  const p = profile({
    schemaVersion: 1,
    company: { revenue: 2_800_000, employees: 28 },
    horizonYears: 2,
    discountRate: 0.1,
    inHouse: { staff: [{ role: "Admin", salary: 50_000, count: 2 }], benefitsRate: 0.4, overheadRate: 0.1, otherAnnualCosts: 10_000, escalation: 0.1 },
    cio: { salary: 80_000, tenureMonths: 24, vcioMonthlyRetainer: 5_000, vcioEscalation: 0 },
    outsourcing: { annualFee: 100_000, escalation: 0, governanceRate: 0.05, retainedAnnualCosts: 15_000, transitionCost: 20_000, exitCost: 12_100 },
    benefits: { annual: 350_000 },
  });
  const h = computeHeadline(p);

  test("annual cost basis", () => {
    // In-house: 2 × 50,000 = 100,000 × (1 + 0.4 + 0.1) = 150,000, + 10,000 other = 160,000.
    close(h.inHouseAnnual, 160_000);
    // Outsourced: 100,000 × 1.05 = 105,000, + 15,000 retained = 120,000.
    close(h.outsourcedAnnual, 120_000);
    // CIO: 80,000 × 1.5 = 120,000; current spend 160,000 + 120,000 = 280,000.
    close(h.cioLoaded, 120_000);
    close(h.currentSpend, 280_000);
  });

  test("TCO, saving and saving %", () => {
    // In-house: 160,000/1.1 + 176,000/1.21 = 2 × 160,000/1.1 = 3,200,000/11 = 35,200,000/121.
    close(h.tcoInHouse, 35_200_000 / 121);
    // Outsourced: 20,000 + 120,000/1.1 + 120,000/1.21 + 12,100/1.21 = 30,000 + 25,200,000/121 = 28,830,000/121.
    close(h.tcoOutsourced, 28_830_000 / 121);
    close(h.tcoSaving, 6_370_000 / 121);
    close(h.tcoSavingPct, 6_370_000 / 35_200_000);
  });

  test("break-even and payback", () => {
    // Months save (160,000 − 120,000)/12 = 3,333.33 in year 1, each discounted by 1.1^(m/12) > 1:
    // after 6 months the sum is below 6 × 3,333.33 = 20,000; after 7 it exceeds 23,333.33/1.1^(7/12) ≈ 22,071.
    expect(h.breakEvenMonths).toBe(7);
    // Nominal flows: −20,000; 40,000; 176,000 − 120,000 − 12,100. Turns in year 1: 20,000/40,000 = 0.5.
    close(h.paybackYears, 0.5);
  });

  test("CIO continuity", () => {
    // One departure: 120,000 × (0.33 + 0.5·4/12 + 0.5·6/12 + 2/12) = 39,600 + 20,000 + 30,000 + 20,000 = 109,600.
    close(h.cioTransitionCost, 109_600);
    // λ = 12/24 = 0.5 a year, H = 2: 109,600 × 0.5 × (1 − 1.1^−2)/ln 1.1 = 54,800 × (0.21/1.21)/ln 1.1.
    const continuity = (54_800 * (0.21 / 1.21)) / Math.log(1.1);
    close(h.cioContinuityCost, continuity);
    // In-house CIO: 120,000/1.1 + 132,000/1.21 = 2,400,000/11, plus turnover.
    close(h.cioInHouse, 2_400_000 / 11 + continuity);
    // Virtual: 60,000/1.1 + 60,000/1.21 = 126,000/1.21.
    close(h.cioVirtual, 126_000 / 1.21);
  });

  test("IT spend ratios, ROI and governance", () => {
    close(h.itSpendPctRevenue, 0.1); // 280,000 / 2,800,000
    close(h.itSpendPerEmployee, 10_000); // 280,000 / 28
    close(h.itRoi, 0.25); // (350,000 − 280,000) / 280,000
    close(h.governancePct, 0.05);
  });
});

test("zero denominators and no answer give null, never NaN or an exception", () => {
  const h = computeHeadline(profile({ schemaVersion: 1 }));
  for (const key of ["tcoSavingPct", "itSpendPctRevenue", "itSpendPerEmployee", "itRoi", "governancePct"] as const) expect({ key, v: h[key] }).toEqual({ key, v: null });
  expect(h.breakEvenMonths).toBe(0); // no transition cost: nothing to repay
  expect(h.paybackYears).toBe(0);
  const never = computeHeadline(profile({ schemaVersion: 1, inHouse: { staff: [{ salary: 50_000 }] }, outsourcing: { annualFee: 200_000, transitionCost: 1 } }));
  expect(never.breakEvenMonths).toBeNull();
  expect(never.paybackYears).toBeNull();
  for (const v of Object.values(never)) if (v !== null) expect(Number.isFinite(v)).toBe(true);
});

test("HEADLINE_NAMES lists docs/spec.md §2.2's eleven names", () => {
  expect(Object.keys(HEADLINE_NAMES).sort()).toEqual(
    ["SS_TCO_InHouse", "SS_TCO_Outsourced", "SS_TCO_Saving", "SS_TCO_SavingPct", "SS_BreakEvenMonths", "SS_CIO_ContinuityCost", "SS_CIO_InHouse", "SS_CIO_Virtual", "SS_ITSpendPctRevenue", "SS_ITSpendPerEmployee", "SS_IT_ROI"].sort(),
  );
});
