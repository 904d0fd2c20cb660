/**
 * Hand-worked cases for every SMARTSOURCE function: the arithmetic is written out beside each
 * expected value, so a wrong formula, default or convention in the model fails here.
 */
import { ModelError } from "../../src/model/errors";
import { evaluate, invoke } from "../../src/model/functionTable";

const num = (id: string, ...args: unknown[]) => invoke(id, args) as number;
const errorOf = (id: string, ...args: unknown[]) => {
  const out = evaluate(id, args);
  if (!(out instanceof ModelError)) throw new Error(`${id} returned ${JSON.stringify(out)}, expected an error`);
  return out.code;
};

describe("LOADEDCOST(salary, [benefits_rate=0.42], [overhead_rate=0.15])", () => {
  test("one salary with the default loadings: 100,000 × (1 + 0.42 + 0.15) = 157,000", () => {
    expect(num("LOADEDCOST", 100_000)).toBeCloseTo(157_000, 9);
  });
  test("a column of salaries with a blank: (60,000 + 40,000) × (1 + 0.30 + 0.10) = 140,000", () => {
    expect(num("LOADEDCOST", [[60_000], [null], [40_000]], 0.3, 0.1)).toBeCloseTo(140_000, 9);
  });
  test("a 2-D block: (50,000 + 70,000 + 30,000) × 1.57 = 235,500", () => {
    expect(num("LOADEDCOST", [[50_000, 70_000], [30_000, null]])).toBeCloseTo(235_500, 9);
  });
});

describe("OUTSOURCEDCOST(annual_fee, [governance_rate=0.06])", () => {
  test("200,000 × 1.06 = 212,000 with the default governance", () => {
    expect(num("OUTSOURCEDCOST", 200_000)).toBeCloseTo(212_000, 9);
  });
  test("200,000 × 1.05 = 210,000", () => {
    expect(num("OUTSOURCEDCOST", 200_000, 0.05)).toBeCloseTo(210_000, 9);
  });
});

describe("TCO(annual_cost, years, [escalation], [discount_rate], [upfront_cost], [exit_cost])", () => {
  test("nominal: 100 a year for 3 years = 300", () => {
    expect(num("TCO", 100, 3)).toBe(300);
  });
  test("escalating 10%: 100 + 110 + 121 = 331", () => {
    expect(num("TCO", 100, 3, 0.1)).toBeCloseTo(331, 9);
  });
  test("escalating 5%, discounted 10%, paid at each year end: 1000/1.1 + 1050/1.21 + 1102.5/1.331 = 2,605.1841", () => {
    expect(num("TCO", 1000, 3, 0.05, 0.1)).toBeCloseTo(1000 / 1.1 + 1050 / 1.21 + 1102.5 / 1.331, 8);
    expect(num("TCO", 1000, 3, 0.05, 0.1)).toBeCloseTo(2605.1841, 4);
  });
  test("upfront at time 0 undiscounted, exit at the end of the last year: 500 + 1000/1.1 + (1000 + 200)/1.21 = 2,400.8264", () => {
    expect(num("TCO", 1000, 2, 0, 0.1, 500, 200)).toBeCloseTo(500 + 1000 / 1.1 + (1000 + 200) / 1.21, 8);
    expect(num("TCO", 1000, 2, 0, 0.1, 500, 200)).toBeCloseTo(2400.8264, 4);
  });
});

describe("TCOSCHEDULE: (years+1) × 4 rows of year, cost, discounted cost, cumulative", () => {
  test("nominal with escalation, upfront and exit", () => {
    // year 0: upfront 500; year 1: 1000; year 2: 1000 × 1.1 + exit 200 = 1300; cumulative 500, 1500, 2800
    expect(invoke("TCOSCHEDULE", [1000, 2, 0.1, 0, 500, 200])).toEqual([
      [0, 500, 500, 500],
      [1, 1000, 1000, 1500],
      [2, 1300, 1300, 2800],
    ]);
  });
  test("discounted at 10%: year 1 1000/1.1 = 909.09, year 2 1300/1.21 = 1074.38", () => {
    const rows = invoke("TCOSCHEDULE", [1000, 2, 0.1, 0.1, 500, 200]) as number[][];
    expect(rows.map((r) => [r[0], r[1]])).toEqual([[0, 500], [1, 1000], [2, 1300]]);
    expect(rows[1][2]).toBeCloseTo(1000 / 1.1, 9);
    expect(rows[2][2]).toBeCloseTo(1300 / 1.21, 9);
    expect(rows[2][3]).toBeCloseTo(500 + 1000 / 1.1 + 1300 / 1.21, 9);
  });
});

describe("BREAKEVEN(inhouse, outsourced, [upfront], [inhouse_esc], [outsourced_esc], [discount])", () => {
  test("saving (120,000 − 96,000)/12 = 2,000 a month pays 10,000 back in month 5", () => {
    expect(num("BREAKEVEN", 120_000, 96_000, 10_000)).toBe(5);
  });
  test("saving 40,000 a year pays 30,000 back in exactly 9 months (not 10 because of binary rounding)", () => {
    // 9 × 40,000/12 = 30,000; summing 3,333.33… nine times in binary gives 29,999.999999999996.
    expect(num("BREAKEVEN", 100_000, 60_000, 30_000)).toBe(9);
  });
  test("escalation changes the saving from month 13: 12 × 1,000 = 12,000, then 2,000 a month reaches 15,000 in month 14", () => {
    // year 2: in-house 120,000 × 1.1 = 132,000, so saving (132,000 − 108,000)/12 = 2,000 a month
    expect(num("BREAKEVEN", 120_000, 108_000, 15_000, 0.1, 0)).toBe(14);
  });
  test("discounting month by month: 10,000/1.12^(1/12) = 9,906.00 < 10,000, plus 10,000/1.12^(2/12) covers it in month 2", () => {
    expect(num("BREAKEVEN", 120_000, 0, 10_000, 0, 0, 0.12)).toBe(2);
    expect(num("BREAKEVEN", 120_000, 0, 9_906, 0, 0, 0.12)).toBe(1);
  });
  test("no upfront cost breaks even at once; no saving never does (#N/A)", () => {
    expect(num("BREAKEVEN", 100_000, 120_000)).toBe(0);
    expect(errorOf("BREAKEVEN", 100_000, 100_000, 1)).toBe("#N/A");
  });
});

describe("CIO.TRANSITIONCOST(annual_cost, [search_fee_rate=0.33], [vacancy=4], [ramp=6], [severance=2], [knowledge_loss=0])", () => {
  test("defaults: 240,000 × 0.33 + 240,000 × 0.5 × 4/12 + 240,000 × 0.5 × 6/12 + 240,000 × 2/12 = 79,200 + 40,000 + 60,000 + 40,000 = 219,200", () => {
    expect(num("CIO.TRANSITIONCOST", 240_000)).toBeCloseTo(219_200, 9);
  });
  test("every argument given: 240,000 × (0.25 + 0.5 × 3/12 + 0.5 × 12/12 + 0) + 50,000 = 260,000", () => {
    expect(num("CIO.TRANSITIONCOST", 240_000, 0.25, 3, 12, 0, 50_000)).toBeCloseTo(260_000, 9);
  });
});

describe("CIO.CONTINUITYCOST(annual_cost, horizon_months, [tenure=24], [transition_cost], [discount_rate=0])", () => {
  test("undiscounted: 60 months / 24-month tenure = 2.5 expected departures × 219,200 = 548,000", () => {
    expect(num("CIO.CONTINUITYCOST", 240_000, 60)).toBeCloseTo(548_000, 9);
  });
  test("an explicit transition cost: 36/12 = 3 departures × 100,000 = 300,000", () => {
    expect(num("CIO.CONTINUITYCOST", 240_000, 36, 12, 100_000)).toBeCloseTo(300_000, 9);
  });
  test("discounted 10%: λ = 0.5/yr, 219,200 × 0.5 × (1 − 1.1^−5)/ln 1.1 = 435,913.80; Simpson's rule on ∫₀⁵ C·λ·1.1^−t dt agrees", () => {
    const C = 219_200;
    const lambda = 12 / 24;
    const f = (t: number) => C * lambda * 1.1 ** -t;
    const n = 1000; // Simpson's rule, h = 5/1000
    const h = 5 / n;
    let s = f(0) + f(5);
    for (let i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * f(i * h);
    const simpson = (s * h) / 3;
    const closedForm = (C * lambda * (1 - 1.1 ** -5)) / Math.log(1.1);
    expect(closedForm).toBeCloseTo(435_913.80, 2);
    expect(Math.abs(simpson - closedForm) / closedForm).toBeLessThan(1e-9);
    expect(num("CIO.CONTINUITYCOST", 240_000, 60, 24, undefined, 0.1)).toBeCloseTo(closedForm, 6);
  });
});

describe("CIO.DEPARTURES(horizon_months, [tenure_months=24], [probability])", () => {
  test("expected: 60 months / 24 = 2.5; 36 / 12 = 3; a fractional horizon is not rounded: 30 / 24 = 1.25", () => {
    expect(num("CIO.DEPARTURES", 60)).toBe(2.5);
    expect(num("CIO.DEPARTURES", 36, 12)).toBe(3);
    expect(num("CIO.DEPARTURES", 30)).toBe(1.25);
  });
  test("a quantile: 4 months at 1 chance in 2, CDF = 1/16, 5/16, 11/16, 15/16, 1 for k = 0..4", () => {
    expect(num("CIO.DEPARTURES", 4, 2, 0.0625)).toBe(0); // CDF(0) = 1/16 ≥ 0.0625
    expect(num("CIO.DEPARTURES", 4, 2, 0.07)).toBe(1);
    expect(num("CIO.DEPARTURES", 4, 2, 0.5)).toBe(2); // 5/16 < 0.5 ≤ 11/16
    expect(num("CIO.DEPARTURES", 4, 2, 0.6875)).toBe(2); // exactly 11/16
    expect(num("CIO.DEPARTURES", 4, 2, 0.69)).toBe(3);
    expect(num("CIO.DEPARTURES", 4, 2, 0.95)).toBe(4);
  });
  test("60 months at 1 in 24: CDF(4) = 0.89549 < 0.9 ≤ CDF(5) = 0.96151, so 5", () => {
    expect(num("CIO.DEPARTURES", 60, 24, 0.9)).toBe(5);
    // CDF(4) = 0.8954878: 0.8954 is covered by 4 departures, 0.8955 is not.
    expect(num("CIO.DEPARTURES", 60, 24, 0.8954)).toBe(4);
    expect(num("CIO.DEPARTURES", 60, 24, 0.8955)).toBe(5);
  });
  test("probability 0 gives 0 and 1 gives ROUND(horizon); the horizon is rounded, not cut: 6.5 months are 7", () => {
    expect(num("CIO.DEPARTURES", 60, 24, 0)).toBe(0);
    expect(num("CIO.DEPARTURES", 60, 24, 1)).toBe(60);
    expect(num("CIO.DEPARTURES", 6.5, 24, 1)).toBe(7);
    // tenure 1: the CIO leaves every month, so any probability above 0 sees all 12 departures.
    expect(num("CIO.DEPARTURES", 12, 1, 0.01)).toBe(12);
  });
  test("#NUM! outside 0 ≤ horizon ≤ 1,200, tenure ≥ 1, 0 ≤ probability ≤ 1, with or without a probability", () => {
    expect(errorOf("CIO.DEPARTURES", 1201)).toBe("#NUM!");
    expect(errorOf("CIO.DEPARTURES", -1)).toBe("#NUM!");
    expect(errorOf("CIO.DEPARTURES", 60, 0.5)).toBe("#NUM!");
    expect(errorOf("CIO.DEPARTURES", 60, 24, 1.5)).toBe("#NUM!");
    expect(errorOf("CIO.DEPARTURES", 60, 24, -0.1)).toBe("#NUM!");
    expect(num("CIO.DEPARTURES", 1200, 1)).toBe(1200);
  });
});

describe("TRIANGULAR.INV(probability, low, mode, high)", () => {
  test("symmetric 0..5..10: p = 0.125 → √(0.125·10·5) = 2.5; p = 0.5 → the mode 5; p = 0.875 → 10 − 2.5 = 7.5", () => {
    expect(num("TRIANGULAR.INV", 0.125, 0, 5, 10)).toBe(2.5);
    expect(num("TRIANGULAR.INV", 0.5, 0, 5, 10)).toBe(5);
    expect(num("TRIANGULAR.INV", 0.875, 0, 5, 10)).toBe(7.5);
  });
  test("40,000..60,000..90,000 (mode at 0.4 of the width): p = 0.1 → 40,000 + √(0.1·50,000·20,000) = 50,000; p = 0.8 → 90,000 − √(0.2·50,000·30,000) = 72,679.49", () => {
    expect(num("TRIANGULAR.INV", 0.1, 40_000, 60_000, 90_000)).toBeCloseTo(50_000, 9);
    expect(num("TRIANGULAR.INV", 0.4, 40_000, 60_000, 90_000)).toBeCloseTo(60_000, 9);
    expect(num("TRIANGULAR.INV", 0.8, 40_000, 60_000, 90_000)).toBeCloseTo(90_000 - Math.sqrt(3e8), 9);
  });
  test("the ends: p = 0 is low, p = 1 is high, also with the mode at an end; low = high is that value", () => {
    expect(num("TRIANGULAR.INV", 0, 40_000, 60_000, 90_000)).toBe(40_000);
    expect(num("TRIANGULAR.INV", 1, 40_000, 60_000, 90_000)).toBe(90_000);
    expect(num("TRIANGULAR.INV", 0, 1, 1, 5)).toBe(1);
    expect(num("TRIANGULAR.INV", 1, 1, 5, 5)).toBe(5);
    // mode at low: p = 0.75 on 0..0..4 → 4 − √(0.25·4·4) = 2
    expect(num("TRIANGULAR.INV", 0.75, 0, 0, 4)).toBe(2);
    expect(num("TRIANGULAR.INV", 0.3, 7, 7, 7)).toBe(7);
  });
  test("#NUM! unless 0 ≤ probability ≤ 1 and low ≤ mode ≤ high", () => {
    expect(errorOf("TRIANGULAR.INV", 1.2, 0, 5, 10)).toBe("#NUM!");
    expect(errorOf("TRIANGULAR.INV", -0.1, 0, 5, 10)).toBe("#NUM!");
    expect(errorOf("TRIANGULAR.INV", 0.5, 0, 11, 10)).toBe("#NUM!");
    expect(errorOf("TRIANGULAR.INV", 0.5, 6, 5, 10)).toBe("#NUM!");
    expect(errorOf("TRIANGULAR.INV", 0.5, 10, 5, 0)).toBe("#NUM!");
  });
});

describe("ROI(benefits, costs)", () => {
  test("(150 + 50 − 160) / 160 = 0.25", () => {
    expect(num("ROI", [[150], [50]], [[100], [null], [60]])).toBeCloseTo(0.25, 12);
  });
  test("costs adding up to 0 is #DIV/0!", () => {
    expect(errorOf("ROI", 100, [[50], [-50]])).toBe("#DIV/0!");
  });
});

describe("PAYBACK(cashflows)", () => {
  test("−1000, 300, 400, 500: −300 left after period 2, period 3 brings 500, so 2 + 300/500 = 2.6", () => {
    expect(num("PAYBACK", [[-1000], [300], [400], [500]])).toBeCloseTo(2.6, 12);
  });
  test("−100, 33.3, 33.3, 33.4 pays back in exactly 3 periods (the binary sum is −7e-15)", () => {
    expect(num("PAYBACK", [[-100, 33.3, 33.3, 33.4]])).toBe(3);
  });
  test("a blank period counts as 0: −100, blank, 100 pays back at 2", () => {
    expect(num("PAYBACK", [[-100], [null], [100]])).toBe(2);
  });
  test("a non-negative first value is 0; never reaching 0 is #N/A", () => {
    expect(num("PAYBACK", [[5], [-10]])).toBe(0);
    expect(errorOf("PAYBACK", [[-10], [5], [4]])).toBe("#N/A");
  });
});

describe("SLAATTAINMENT(actuals, targets, [higher_is_better=TRUE])", () => {
  test("0.99, blank, 0.97, 0.995 against 0.98: 2 of 3 measured periods met", () => {
    expect(num("SLAATTAINMENT", [[0.99], [null], [0.97], [0.995]], 0.98)).toBeCloseTo(2 / 3, 14);
  });
  test("lower is better: 4, 6, blank, 2 against 5: 4 and 2 met, 2 of 3", () => {
    expect(num("SLAATTAINMENT", [[4], [6], [null], [2]], 5, false)).toBeCloseTo(2 / 3, 14);
  });
  test("per-period targets: 4 ≥ 3 met, 4 < 5 missed: 0.5", () => {
    expect(num("SLAATTAINMENT", [[4], [4]], [[3], [5]])).toBe(0.5);
  });
  test("targets of another shape is #VALUE!; nothing measured is #DIV/0!", () => {
    expect(errorOf("SLAATTAINMENT", [[4], [4]], [[3, 5]])).toBe("#VALUE!");
    expect(errorOf("SLAATTAINMENT", [[null], [null]], 0.9)).toBe("#DIV/0!");
  });
});

describe("KPISTATUS(value, target, [higher_is_better=TRUE], [amber_band=0.1])", () => {
  test("100 vs 100 GREEN; 95 misses by 5 ≤ 10% × 100 AMBER; 85 misses by 15 RED", () => {
    expect(invoke("KPISTATUS", [100, 100])).toBe("GREEN");
    expect(invoke("KPISTATUS", [95, 100])).toBe("AMBER");
    expect(invoke("KPISTATUS", [85, 100])).toBe("RED");
  });
  test("0.18 is exactly 10% short of 0.2: AMBER (binary 0.2 − 0.18 is a hair above 0.02)", () => {
    expect(invoke("KPISTATUS", [0.18, 0.2])).toBe("AMBER");
  });
  test("lower is better: 4 vs 5 GREEN; 5.4 vs 5 over by 0.4 ≤ 0.5 AMBER; 6 RED", () => {
    expect(invoke("KPISTATUS", [4, 5, false])).toBe("GREEN");
    expect(invoke("KPISTATUS", [5.4, 5, false, 0.1])).toBe("AMBER");
    expect(invoke("KPISTATUS", [6, 5, false])).toBe("RED");
  });
});
