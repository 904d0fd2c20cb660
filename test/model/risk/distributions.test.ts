/**
 * The risk view's three building blocks against independent computations: the triangular
 * inverse against the distribution's CDF, BINOM.INV against exact rational arithmetic (BigInt)
 * and HyperFormula's BINOM.INV, PERCENTILE.INC against Microsoft's example and HyperFormula.
 */
import fc from "fast-check";
import { binomialInv, percentileInc, percentileIncSorted, triangularInv } from "../../../src/model/risk/distributions";
import { Engine } from "../../functions/support/engine";

let engine: Engine;
beforeAll(() => (engine = new Engine()));
afterAll(() => engine.destroy());

const hfNumber = (formula: string): number => {
  const v = engine.value(formula);
  if (typeof v !== "number") throw new Error(`${formula} gave ${JSON.stringify(v)}`);
  return v;
};

describe("triangularInv", () => {
  /** The triangular CDF: (x−a)²/((b−a)(m−a)) up to the mode, 1 − (b−x)²/((b−a)(b−m)) after. */
  const cdf = (x: number, a: number, m: number, b: number) => (x <= m ? (m === a ? 0 : (x - a) ** 2 / ((b - a) * (m - a))) : 1 - (b - x) ** 2 / ((b - a) * (b - m)));
  const triangle = fc
    .tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 1, max: 1_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([a, width, at]) => [a, a + at * width, a + width] as const);

  test("the CDF at the inverse gives the probability back, and the inverse rises with it", () => {
    fc.assert(
      fc.property(triangle, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), ([a, m, b], p, q) => {
        const x = triangularInv(p, a, m, b);
        expect(x).toBeGreaterThanOrEqual(a);
        expect(x).toBeLessThanOrEqual(b);
        expect(Math.abs(cdf(x, a, m, b) - p)).toBeLessThan(1e-9);
        if (p < q) expect(triangularInv(q, a, m, b)).toBeGreaterThanOrEqual(x);
      }),
      { numRuns: 500 },
    );
  });

  test("the mode is reached at p = (m−a)/(b−a), from either branch", () => {
    // 0..3..10: p = 0.3 gives √(0.3·10·3) = 3 = 10 − √(0.7·10·7).
    expect(triangularInv(0.3, 0, 3, 10)).toBeCloseTo(3, 12);
    expect(triangularInv(0.3 - 1e-12, 0, 3, 10)).toBeCloseTo(3, 9);
    expect(triangularInv(0.3 + 1e-12, 0, 3, 10)).toBeCloseTo(3, 9);
  });
});

/** The exact answer with p = num/den: the smallest k with Σ_{i≤k} C(n,i)·num^i·(den−num)^(n−i) ≥ alpha·den^n. */
function exactBinomialInv(n: number, num: number, den: number, alpha: number): number {
  // alpha = mantissa · 2^exponent exactly (a double is a dyadic rational).
  let mantissa = alpha;
  let exponent = 0;
  while (!Number.isInteger(mantissa)) {
    mantissa *= 2;
    exponent--;
  }
  const N = BigInt(n);
  const a = BigInt(num);
  const b = BigInt(den - num);
  const target = BigInt(mantissa) * BigInt(den) ** N; // compared with cum · 2^(−exponent)
  const scale = 1n << BigInt(-exponent);
  let binom = 1n; // C(n, k)
  let cum = 0n;
  for (let k = 0; k <= n; k++) {
    if (k > 0) binom = (binom * (N - BigInt(k) + 1n)) / BigInt(k);
    cum += binom * a ** BigInt(k) * b ** (N - BigInt(k));
    if (cum * scale >= target) return k;
  }
  return n;
}

describe("binomialInv (BINOM.INV)", () => {
  test("Microsoft's example: 6 trials at 0.5, criterion 0.75 → 4", () => {
    expect(binomialInv(6, 0.5, 0.75)).toBe(4);
  });

  test("hand-worked: 2 trials at 0.5 have CDF 1/4, 3/4, 1: a criterion exactly at a step is met there", () => {
    expect([0.25, 0.2500001, 0.75, 0.7500001, 0.999].map((q) => binomialInv(2, 0.5, q))).toEqual([0, 1, 1, 2, 2]);
  });

  test("exact ties are met whatever the last bit of the sum: 3 trials at 0.5 (CDF 1/8, 1/2, 7/8), 599 at 0.5 (CDF(299) = 1/2)", () => {
    expect([0.125, 0.5, 0.875, 0.8750001].map((q) => binomialInv(3, 0.5, q))).toEqual([0, 1, 2, 3]);
    expect(binomialInv(599, 0.5, 0.5)).toBe(299); // symmetric: P(X ≤ 299) = P(X ≥ 300) = 1/2
    expect(binomialInv(600, 0.5, 0.5)).toBe(300);
  });

  test("agreeing to 12 significant digits meets the criterion (the spreadsheet comparison of finance.ts)", () => {
    // One trial at 0.9: CDF(0) = 1 − 0.9, which is 0.09999999999999998 in binary: a criterion of 0.1 is met by 0.
    expect(binomialInv(1, 0.9, 0.1)).toBe(0);
    // Two trials at 0.0010000001: CDF(1) = 1 − p² = 0.99999899999980 agrees with 0.999999 to 12 digits; 0.9999990001 does not.
    expect(binomialInv(2, 0.0010000001, 0.999999)).toBe(1);
    expect(binomialInv(2, 0.0010000001, 0.9999990001)).toBe(2);
  });

  test("the symmetric median: 1,200 trials at 0.5 → 600 (CDF(599) = (1 − P(600))/2 < 0.5 < CDF(600))", () => {
    expect(binomialInv(1200, 0.5, 0.5)).toBe(600);
  });

  test("probability 0 gives 0, probability 1 gives n; p = 0 and p = 1 put all the mass on 0 and on n", () => {
    expect(binomialInv(60, 1 / 24, 0)).toBe(0);
    expect(binomialInv(60, 1 / 24, 1)).toBe(60);
    expect(binomialInv(60, 0, 0.99)).toBe(0);
    expect(binomialInv(60, 1, 0.01)).toBe(60);
    expect(binomialInv(0, 0.3, 0.5)).toBe(0);
  });

  test("equals exact rational arithmetic (to 12 significant digits) for n up to 1,200, criteria from 1e−290 to 1 − 1e−14 (where (1−p)^n underflows)", () => {
    // p = 1/tenure as the simulation uses it, or a general fraction num/den.
    const p = fc.oneof(
      fc.integer({ min: 1, max: 240 }).map((t) => [1, t] as const),
      fc.tuple(fc.integer({ min: 1, max: 99 }), fc.constant(100)).map(([k, d]) => [k, d] as const),
    );
    const alpha = fc.oneof(
      fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true }),
      // far tails: m·10^−e down to 1e−290, and 1 − m·10^−e up to 1 − 9e−15
      fc.integer({ min: 9, max: 290 }).chain((e) => fc.integer({ min: 1, max: 9 }).map((m) => m * 10 ** -e)),
      fc.integer({ min: 9, max: 15 }).chain((e) => fc.integer({ min: 1, max: 9 }).map((m) => 1 - m * 10 ** -e)),
    );
    const n = fc.oneof(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 121, max: 1200 }));
    fc.assert(
      fc.property(n, p, alpha, (trials, [num, den], q) => {
        // "≥" to 12 significant digits (and num/den is not exact in binary): the answer lies between the
        // exact answers for the criterion lowered by 2e−12 of itself and for the criterion itself.
        const got = binomialInv(trials, num / den, q);
        const range = [exactBinomialInv(trials, num, den, q * (1 - 2e-12)), exactBinomialInv(trials, num, den, q)];
        expect([trials, num, den, q, got >= range[0] && got <= range[1]]).toEqual([trials, num, den, q, true]);
        // Away from a step it is the exact answer.
        if (range[0] === range[1]) expect(got).toBe(range[1]);
      }),
      { numRuns: 300 },
    );
    // The underflow case spelled out: 0.5^1200 ≈ 6e−362 is 0 in floating point, yet the left tail is right.
    expect(binomialInv(1200, 0.5, 1e-20)).toBe(exactBinomialInv(1200, 1, 2, 1e-20));
    expect(binomialInv(1200, 0.5, 1e-300)).toBe(exactBinomialInv(1200, 1, 2, 1e-300));
    // Near 1 the 12-digit comparison decides: 1 − 1e−15 is met once 1 − CDF(k) is within about 1e−12.
    expect(binomialInv(1200, 0.5, 1 - 1e-15)).toBe(exactBinomialInv(1200, 1, 2, (1 - 1e-15) * (1 - 1e-12)));
    expect(exactBinomialInv(1200, 1, 2, 1 - 1e-15)).toBeGreaterThan(binomialInv(1200, 0.5, 1 - 1e-15));
    expect(binomialInv(10, 0.99, 1e-21)).toBe(0); // CDF(0) = 0.01^10 = 1e−20 ≥ 1e−21
  });

  test("agrees with HyperFormula's BINOM.INV away from its rounding (it rounds the CDF to 10 decimals)", () => {
    // Plain random criteria in [1e−6, 1 − 1e−6], not fast-check's edge values: a criterion within 1e−10 of a CDF step
    // (0.999999 against 1 − p² for p = 0.0010000001) goes HyperFormula's way by its rounding, not by the definition.
    const q = fc.integer({ min: 1, max: 2 ** 30 - 1 }).map((k) => 1e-6 + ((1 - 2e-6) * k) / 2 ** 30);
    const p = fc.integer({ min: 1, max: 999_999 }).map((k) => k / 1e6);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1200 }), p, q, (trials, p, q) => {
        expect([trials, p, q, binomialInv(trials, p, q)]).toEqual([trials, p, q, hfNumber(`BINOM.INV(${trials},${p},${q})`)]);
      }),
      { numRuns: 200 },
    );
  });
});

describe("PERCENTILE.INC", () => {
  test("Microsoft's example: the 30th percentile of 1, 3, 2, 4 is 1.9 (rank 0.9 between 1 and 2)", () => {
    expect(percentileInc([1, 3, 2, 4], 0.3)).toBeCloseTo(1.9, 14);
  });

  test("hand-worked: 10 values 10, 20, …, 100: P10 at rank 0.9 → 19, P50 at 4.5 → 55, P90 at 8.1 → 91; one value is every percentile", () => {
    const xs = [100, 30, 20, 70, 10, 40, 60, 50, 90, 80];
    expect(percentileInc(xs, 0.1)).toBeCloseTo(19, 12);
    expect(percentileInc(xs, 0.5)).toBeCloseTo(55, 12);
    expect(percentileInc(xs, 0.9)).toBeCloseTo(91, 12);
    expect(percentileInc(xs, 0)).toBe(10);
    expect(percentileInc(xs, 1)).toBe(100);
    expect(percentileInc([7], 0.9)).toBe(7);
    expect(() => percentileIncSorted([], 0.5)).toThrow(RangeError);
  });

  test("agrees with HyperFormula's PERCENTILE.INC on generated data", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1_000_000, max: 1_000_000 }), { minLength: 1, maxLength: 60 }), fc.constantFrom(0.1, 0.5, 0.9, 0, 1, 0.25), (xs, q) => {
        const hf = engine.evaluate(xs.map((x) => [x]), `PERCENTILE.INC(A1:A${xs.length},${q})`);
        expect(Math.abs(percentileInc(xs, q) - (hf as number))).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(hf as number)));
      }),
      { numRuns: 200 },
    );
  });
});
