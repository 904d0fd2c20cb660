/**
 * Properties the model must keep on any valid input (fast-check). Each check is computed
 * independently of the model's loop: direct sums with Math.pow per period, straight from docs/spec.md §1.2.
 */
import fc from "fast-check";
import { ModelError } from "../../src/model/errors";
import { evaluate, invoke } from "../../src/model/functionTable";
import { relDiff } from "./support/engine";

const RUNS = 200;
const num = (id: string, ...args: unknown[]) => invoke(id, args) as number;
const check = <T>(arb: fc.Arbitrary<T>, predicate: (v: T) => void) => fc.assert(fc.property(arb, predicate), { numRuns: RUNS });

const cost = fc.double({ min: 1, max: 1e7, noNaN: true });
const amount = fc.oneof(fc.constant(0), fc.double({ min: 1, max: 1e6, noNaN: true }));
const rate = fc.integer({ min: -300, max: 500 }).map((k) => k / 1000); // -30% .. 50%
const years = fc.integer({ min: 1, max: 60 });

describe("TCO", () => {
  test("grows with years when there is no exit cost: one more year adds exactly a(1+g)^n/(1+r)^(n+1) > 0", () => {
    check(fc.tuple(cost, years, rate, rate, amount), ([a, n, g, r, up]) => {
      const longer = num("TCO", a, n + 1, g, r, up);
      const added = longer - num("TCO", a, n, g, r, up);
      expect(added).toBeGreaterThanOrEqual(0); // > 0 in exact arithmetic; may round to 0 when tiny
      expect(Math.abs(added - (a * Math.pow(1 + g, n)) / Math.pow(1 + r, n + 1))).toBeLessThanOrEqual(1e-9 * longer);
    });
  });

  test("grows with escalation from the second year on", () => {
    check(fc.tuple(cost, fc.integer({ min: 2, max: 60 }), rate, rate, fc.integer({ min: 1, max: 100 }), amount, amount), ([a, n, g, r, dg, up, ex]) => {
      expect(num("TCO", a, n, g + dg / 1000, r, up, ex)).toBeGreaterThan(num("TCO", a, n, g, r, up, ex));
    });
  });

  test("falls as the discount rate rises (positive costs)", () => {
    check(fc.tuple(cost, years, rate, rate, fc.integer({ min: 1, max: 100 }), amount, amount), ([a, n, g, r, dr, up, ex]) => {
      expect(num("TCO", a, n, g, r + dr / 1000, up, ex)).toBeLessThan(num("TCO", a, n, g, r, up, ex));
    });
  });

  test("equals the direct sum upfront + Σ a(1+g)^(t−1)/(1+r)^t + exit/(1+r)^n", () => {
    check(fc.tuple(cost, years, rate, rate, amount, amount), ([a, n, g, r, up, ex]) => {
      let direct = up + ex / Math.pow(1 + r, n);
      for (let t = 1; t <= n; t++) direct += (a * Math.pow(1 + g, t - 1)) / Math.pow(1 + r, t);
      expect(relDiff(num("TCO", a, n, g, r, up, ex), direct)).toBeLessThan(1e-9);
    });
  });
});

describe("TCOSCHEDULE", () => {
  test("has years+1 rows of 4; each row is consistent with the previous; the last cumulative equals TCO", () => {
    check(fc.tuple(cost, years, rate, rate, amount, amount), ([a, n, g, r, up, ex]) => {
      const rows = invoke("TCOSCHEDULE", [a, n, g, r, up, ex]) as number[][];
      expect(rows).toHaveLength(n + 1);
      expect(rows[0]).toEqual([0, up, up, up]);
      const bad: string[] = [];
      for (let t = 1; t <= n; t++) {
        const [year, inYear, discounted, cumulative] = rows[t];
        const expected = a * Math.pow(1 + g, t - 1) + (t === n ? ex : 0);
        if (rows[t].length !== 4 || year !== t) bad.push(`row ${t} is ${JSON.stringify(rows[t])}`);
        if (relDiff(inYear, expected) > 1e-9) bad.push(`year ${t} cost ${inYear}, expected ${expected}`);
        if (relDiff(discounted, inYear / Math.pow(1 + r, t)) > 1e-9) bad.push(`year ${t} discounted ${discounted}`);
        if (relDiff(cumulative, rows[t - 1][3] + discounted) > 1e-9) bad.push(`year ${t} cumulative ${cumulative}`);
      }
      expect(bad).toEqual([]);
      expect(relDiff(rows[n][3], num("TCO", a, n, g, r, up, ex))).toBeLessThan(1e-9);
    });
  });
});

describe("CIO.CONTINUITYCOST", () => {
  test("falls as tenure grows (fewer departures over the same horizon)", () => {
    const tenure = fc.double({ min: 1, max: 200, noNaN: true });
    check(fc.tuple(cost, fc.integer({ min: 1, max: 600 }), tenure, fc.double({ min: 0.1, max: 60, noNaN: true }), rate), ([a, h, ten, more, r]) => {
      expect(num("CIO.CONTINUITYCOST", a, h, ten + more, null, r)).toBeLessThan(num("CIO.CONTINUITYCOST", a, h, ten, null, r));
    });
  });
});

/** saved[m] = cumulative discounted saving after m months, straight from docs/spec.md §1.2 (pow per month, no running products). */
function savings(I: number, O: number, gi: number, go: number, r: number): number[] {
  const saved = [0];
  for (let m = 1; m <= 1200; m++) {
    const y = Math.floor((m - 1) / 12);
    saved.push(saved[m - 1] + (I * Math.pow(1 + gi, y) - O * Math.pow(1 + go, y)) / 12 / Math.pow(1 + r, m / 12));
  }
  return saved;
}

describe("BREAKEVEN", () => {
  const inputs = fc.tuple(
    fc.integer({ min: 50_000, max: 500_000 }),
    fc.integer({ min: 50, max: 110 }), // outsourced as % of in-house
    fc.integer({ min: 0, max: 300_000 }),
    fc.integer({ min: -20, max: 100 }).map((k) => k / 1000),
    fc.integer({ min: -20, max: 100 }).map((k) => k / 1000),
    fc.integer({ min: 0, max: 150 }).map((k) => k / 1000),
  );

  test("month m is the first whose cumulative discounted saving covers the upfront cost (m and m−1 checked by a direct sum)", () => {
    let found = 0;
    check(inputs, ([I, pct, up, gi, go, r]) => {
      const O = (I * pct) / 100;
      const out = evaluate("BREAKEVEN", [I, O, up, gi, go, r]);
      const saved = savings(I, O, gi, go, r);
      if (out instanceof ModelError) {
        expect(out.code).toBe("#N/A");
        expect(Math.max(...saved)).toBeLessThan(up * (1 + 1e-9)); // no month within 1200 covers it
        return;
      }
      const m = out as number;
      if (up === 0) return expect(m).toBe(0);
      found++;
      expect(Number.isInteger(m) && m >= 1 && m <= 1200).toBe(true);
      expect(saved[m]).toBeGreaterThanOrEqual(up * (1 - 1e-9));
      expect(saved[m - 1]).toBeLessThan(up * (1 + 1e-9));
    });
    expect(found).toBeGreaterThan(RUNS / 4);
  });
});

describe("PAYBACK", () => {
  test("lands inside the period where the running total turns, where the interpolated total is 0", () => {
    const flows = fc.tuple(fc.integer({ min: 1, max: 1_000_000 }), fc.array(fc.integer({ min: -200_000, max: 400_000 }), { minLength: 1, maxLength: 30 }));
    check(flows, ([investment, rest]) => {
      const cash = [-investment, ...rest];
      const out = evaluate("PAYBACK", [cash.map((x) => [x])]);
      const running = cash.map((_, i) => cash.slice(0, i + 1).reduce((s, x) => s + x, 0)); // exact: integers
      const turn = running.findIndex((c) => c >= 0);
      if (turn === -1) return expect(out instanceof ModelError && out.code).toBe("#N/A");
      const p = out as number;
      expect(p).toBeGreaterThan(turn - 1);
      expect(p).toBeLessThanOrEqual(turn);
      // the straight line from running[turn−1] to running[turn] crosses 0 at p
      const before = running[turn - 1];
      const atP = before + (p - (turn - 1)) * cash[turn];
      expect(Math.abs(atP)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(before)));
    });
  });
});
