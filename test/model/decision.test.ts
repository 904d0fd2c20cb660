/** docs/spec.md §6.3's four options, best, decision saving and break-even fee, on figures worked by hand. */
import { breakEvenFee, decide, OPTION_LABELS } from "../../src/model/decision";
import { tco } from "../../src/model/finance";

const close = (actual: number | null | string, expected: number) => {
  expect(typeof actual).toBe("number");
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
};

describe("decide", () => {
  test("every side entered: TI 1,000, TO 700, CI 400, CV 200", () => {
    const d = decide({ tcoInHouse: 1000, tcoOutsourced: 700, cioInHouse: 400, cioVirtual: 200 });
    // TI+CI, TI+CV, TO+CI, TO+CV.
    expect(d.options).toEqual({ allInHouse: 1400, virtualCio: 1200, outsourcedTeam: 1100, smartsourced: 900 });
    expect(d.best).toBe("smartsourced");
    expect(d.bestLabel).toBe("Outsourced team + virtual CIO");
    expect(d.noCio).toBe(false);
    expect(d.saving).toBe(500); // 1,400 − 900
    close(d.savingPct, 500 / 1400);
  });

  test("no quote: the outsourced options are blank", () => {
    const d = decide({ tcoInHouse: 1000, tcoOutsourced: null, cioInHouse: 400, cioVirtual: 200 });
    expect(d.options).toEqual({ allInHouse: 1400, virtualCio: 1200, outsourcedTeam: null, smartsourced: null });
    expect(d.bestLabel).toBe("In-house team + virtual CIO");
    expect(d.saving).toBe(200);
    close(d.savingPct, 200 / 1400);
  });

  test("no in-house CIO: all in-house is blank, so the decision saving is too", () => {
    const d = decide({ tcoInHouse: 1000, tcoOutsourced: 700, cioInHouse: null, cioVirtual: 200 });
    expect(d.options).toEqual({ allInHouse: null, virtualCio: 1200, outsourcedTeam: null, smartsourced: 900 });
    expect(d.bestLabel).toBe("Outsourced team + virtual CIO");
    expect(d.saving).toBeNull();
    expect(d.savingPct).toBeNull();
  });

  test("no virtual CIO: the virtual options are blank", () => {
    const d = decide({ tcoInHouse: 1000, tcoOutsourced: 700, cioInHouse: 400, cioVirtual: null });
    expect(d.options).toEqual({ allInHouse: 1400, virtualCio: null, outsourcedTeam: 1100, smartsourced: null });
    expect(d.bestLabel).toBe("Outsourced team + in-house CIO");
    expect(d.saving).toBe(300);
    close(d.savingPct, 300 / 1400);
  });

  test("no CIO side: the CIO term is 0 in both variants, which tie; the earlier wins", () => {
    const d = decide({ tcoInHouse: 1000, tcoOutsourced: 700, cioInHouse: null, cioVirtual: null });
    expect(d.options).toEqual({ allInHouse: 1000, virtualCio: 1000, outsourcedTeam: 700, smartsourced: 700 });
    expect(d.noCio).toBe(true);
    expect(d.best).toBe("outsourcedTeam");
    expect(d.saving).toBe(300);
    close(d.savingPct, 0.3);
  });

  test("nothing but the team: all in-house ties with itself and wins, saving 0", () => {
    const d = decide({ tcoInHouse: 1000, tcoOutsourced: null, cioInHouse: null, cioVirtual: null });
    expect(d.options).toEqual({ allInHouse: 1000, virtualCio: 1000, outsourcedTeam: null, smartsourced: null });
    expect(d.best).toBe("allInHouse");
    expect(d.saving).toBe(0);
    expect(d.savingPct).toBe(0);
  });

  test("all in-house cheapest: saving and saving % are 0", () => {
    // 1,300 < 1,400 < 1,500 < 1,600.
    const d = decide({ tcoInHouse: 1000, tcoOutsourced: 1200, cioInHouse: 300, cioVirtual: 400 });
    expect(d.options).toEqual({ allInHouse: 1300, virtualCio: 1400, outsourcedTeam: 1500, smartsourced: 1600 });
    expect(d.bestLabel).toBe("All in-house");
    expect(d.saving).toBe(0);
    expect(d.savingPct).toBe(0);
  });

  test("ties go to the spec's order", () => {
    // All four 1,300: all in-house.
    expect(decide({ tcoInHouse: 1000, tcoOutsourced: 1000, cioInHouse: 300, cioVirtual: 300 }).best).toBe("allInHouse");
    // CI = CV: 1,300, 1,300, 1,100, 1,100: the outsourced team with the in-house CIO comes first.
    expect(decide({ tcoInHouse: 1000, tcoOutsourced: 800, cioInHouse: 300, cioVirtual: 300 }).best).toBe("outsourcedTeam");
    // 1,200, 1,100, 1,300, 1,200: the virtual CIO alone is cheapest.
    expect(decide({ tcoInHouse: 1000, tcoOutsourced: 1100, cioInHouse: 200, cioVirtual: 100 }).best).toBe("virtualCio");
  });

  test("all in-house of 0 leaves the decision saving blank", () => {
    const d = decide({ tcoInHouse: 0, tcoOutsourced: 500, cioInHouse: null, cioVirtual: null });
    expect(d.options.allInHouse).toBe(0);
    expect(d.saving).toBeNull();
    expect(d.savingPct).toBeNull();
  });

  test("labels are the spec's, in order", () => {
    expect(Object.values(OPTION_LABELS)).toEqual(["All in-house", "In-house team + virtual CIO", "Outsourced team + in-house CIO", "Outsourced team + virtual CIO"]);
  });
});

describe("breakEvenFee", () => {
  // The headline test's profile: H 2, r 10%, in-house TCO 35,200,000/121, outsourcing escalation 0,
  // governance 5%, retained 15,000, transition 20,000, exit 12,100.
  const base = {
    tcoInHouse: 35_200_000 / 121,
    annualFee: 100_000,
    governanceRate: 0.05,
    retainedAnnualCosts: 15_000,
    escalation: 0,
    transitionCost: 20_000,
    exitCost: 12_100,
    horizonYears: 2,
    discountRate: 0.1,
  };

  test("closed form, worked by hand", () => {
    // Annuity A = 1/1.1 + 1/1.21 = 2.1/1.21. At fee 0: TO(0) = 20,000 + 15,000·A + 12,100/1.21.
    // Times 1.21: TI → 352,000; TO(0) → 24,200 + 31,500 + 12,100 = 67,800; (1+g)·A → 1.05 × 2.1 = 2.205.
    // F = (352,000 − 67,800) / 2.205 = 284,200 / 2.205 = 1,160,000 / 9 = 128,888.89.
    const fee = breakEvenFee(base);
    close(fee, 1_160_000 / 9);
    // At that fee the outsourced TCO equals the in-house TCO.
    const outsourced = tco({ annualCost: (fee as number) * 1.05 + 15_000, years: 2, escalation: 0, discountRate: 0.1, upfrontCost: 20_000, exitCost: 12_100 });
    close(outsourced, base.tcoInHouse);
  });

  test("escalation equal to the discount rate: A = H/(1+r)", () => {
    // H 3, r = g = 5%, nothing else: A = 3/1.05, F = 3,000 / (3/1.05) = 1,050.
    close(breakEvenFee({ ...base, tcoInHouse: 3000, governanceRate: 0, retainedAnnualCosts: 0, transitionCost: 0, exitCost: 0, escalation: 0.05, discountRate: 0.05, horizonYears: 3 }), 1050);
  });

  test('"none" when even a fee of 0 is not cheaper; null with no quote', () => {
    // TO(0) = 67,800/1.21 = 56,033 > 50,000.
    expect(breakEvenFee({ ...base, tcoInHouse: 50_000 })).toBe("none");
    // TI = TO(0) = 0: equal, not cheaper.
    expect(breakEvenFee({ ...base, tcoInHouse: 0, retainedAnnualCosts: 0, transitionCost: 0, exitCost: 0 })).toBe("none");
    expect(breakEvenFee({ ...base, annualFee: 0 })).toBeNull();
  });
});
