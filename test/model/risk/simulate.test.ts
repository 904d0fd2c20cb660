/**
 * The simulation of docs/spec.md §7.3-7.4: a tornado worked by hand, ties, sides not entered, every
 * result recomputed independently from the same draws (the spec's formulas written out here:
 * closed-form TCO, a direct binomial CDF, PERCENTILE.INC by its definition), and the mean of the
 * simulated departures against 12H/tenure.
 */
import { RiskInputError, RiskInputs, riskDraws, simulateRisk } from "../../../src/model/risk/simulate";
import { relDiff } from "../../functions/support/engine";

/** Two years undiscounted, so TCO = upfront + a·(2 + g) + exit: every figure below is plain arithmetic. */
const handWorked: RiskInputs = {
  horizonYears: 2,
  discountRate: 0,
  inHouseAnnual: 400_000,
  inHouseEscalation: 0.03,
  outsourcing: { annualFee: 300_000, escalation: 0.03, governanceRate: 0.06, retainedAnnualCosts: 0, transitionCost: 100_000, exitCost: 50_000 },
  cio: { loaded: 200_000, transitionCost: 219_200, tenureMonths: 24 },
  vcioTCO: 500_000,
  trials: 1000,
  seed: 1,
};

const close = (actual: number | null, expected: number, what = "") => expect([what, actual !== null && relDiff(actual, expected) < 1e-9 ? expected : actual]).toEqual([what, expected]);

describe("drivers (tornado), worked by hand", () => {
  // Likely saving: 400,000 × 2.03 − (318,000 × 2.03 + 100,000 + 50,000) = 812,000 − 645,540 − 150,000 = 16,460.
  const results = simulateRisk(handWorked);
  const by = Object.fromEntries(results.drivers.map((d) => [d.number, d]));

  test("each variable at its low and its high, the others at likely", () => {
    // 1: in-house escalation 0.01 / 0.05 → 400,000 × 2.01 − 795,540 = 8,460; × 2.05 → 24,460
    close(by[1].atLow, 8_460, "1 low");
    close(by[1].atHigh, 24_460, "1 high");
    // 2: provider escalation 0.02 / 0.07 → 812,000 − 318,000 × 2.02 − 150,000 = 19,640; × 2.07 → 3,740
    close(by[2].atLow, 19_640, "2 low");
    close(by[2].atHigh, 3_740, "2 high");
    // 3: fee 300,000 / 360,000 → 16,460; 360,000 × 1.06 × 2.03 = 774,648 → −112,648
    close(by[3].atLow, 16_460, "3 low");
    close(by[3].atHigh, -112_648, "3 high");
    // 4: transition 90,000 / 150,000 → 26,460 / −33,540
    close(by[4].atLow, 26_460, "4 low");
    close(by[4].atHigh, -33_540, "4 high");
    // 5: exit 40,000 / 75,000 → 26,460 / −8,540
    close(by[5].atLow, 26_460, "5 low");
    close(by[5].atHigh, -8_540, "5 high");
    // 6: governance 0.03 / 0.08 → 812,000 − 309,000 × 2.03 − 150,000 = 34,730; 324,000 × 2.03 → 4,280
    close(by[6].atLow, 34_730, "6 low");
    close(by[6].atHigh, 4_280, "6 high");
    // 7 (CIO in-house total): 200,000 × 2.03 = 406,000 + 219,200 × 24/12 = 844,400; at 48 months 406,000 + 109,600 = 515,600
    close(by[7].atLow, 844_400, "7 low");
    close(by[7].atHigh, 515_600, "7 high");
  });

  test("sorted by swing: 7 (328,800), 3 (129,108), 4 (60,000), 5 (35,000), 6 (30,450), 1 (16,000), 2 (15,900); the top driver is CIO tenure", () => {
    expect(results.drivers.map((d) => d.number)).toEqual([7, 3, 4, 5, 6, 1, 2]);
    [328_800, 129_108, 60_000, 35_000, 30_450, 16_000, 15_900].forEach((s, i) => close(results.drivers[i].swing, s, `swing ${i}`));
    expect(results.topDriver).toBe("CIO tenure");
    expect(results.drivers[0]).toMatchObject({ variable: "cio.tenureMonths", low: 12, high: 48 });
  });

  test("ties go to the lower number, also when rounding leaves the higher one a hair ahead", () => {
    // transition 70,000 → 63,000..105,000 and exit 60,000 → 48,000..90,000: both swing 42,000.
    const tie = simulateRisk({ ...handWorked, outsourcing: { ...handWorked.outsourcing!, transitionCost: 70_000, exitCost: 60_000 } });
    const order = tie.drivers.map((d) => d.number);
    expect(order.indexOf(4)).toBe(order.indexOf(5) - 1);
    // exit's high a hundred-millionth more: 42,000.00000001 agrees with 42,000 to 12 digits, still a tie.
    const hair = simulateRisk({ ...handWorked, outsourcing: { ...handWorked.outsourcing!, transitionCost: 70_000, exitCost: 60_000 }, ranges: { "outsourcing.exitCost": { high: 90_000.00000001 } } });
    const hairBy = Object.fromEntries(hair.drivers.map((d) => [d.number, d.swing]));
    expect(hairBy[5]).toBeGreaterThan(hairBy[4]);
    const hairOrder = hair.drivers.map((d) => d.number);
    expect(hairOrder.indexOf(4)).toBe(hairOrder.indexOf(5) - 1);
  });

  test("a custom range moves a driver: a fee range of ±50% makes the fee the top driver among 1-6", () => {
    const wide = simulateRisk({ ...handWorked, cio: null, ranges: { "outsourcing.annualFee": { low: 150_000, high: 450_000 } } });
    expect(wide.topDriver).toBe("Provider fee");
    close(wide.drivers[0].swing, 300_000 * 1.06 * 2.03, "fee swing");
  });
});

describe("sides not entered give null (the workbook's \"\")", () => {
  test("no quote: no saving results; only variable 7 drives", () => {
    const r = simulateRisk({ ...handWorked, outsourcing: null });
    expect([r.savingP10, r.savingP50, r.savingP90, r.savingMean, r.probSaving, r.samples.saving]).toEqual([null, null, null, null, null, null]);
    expect(r.drivers.map((d) => d.number)).toEqual([7]);
    expect(r.topDriver).toBe("CIO tenure");
    expect(r.cioInHouseP50).not.toBeNull();
  });
  test("no in-house CIO: no CIO results; variables 1-6 drive", () => {
    const r = simulateRisk({ ...handWorked, cio: null });
    expect([r.cioInHouseP10, r.cioInHouseP50, r.cioInHouseP90, r.cioProbVirtualCheaper, r.departuresP90]).toEqual([null, null, null, null, null]);
    expect(r.drivers.map((d) => d.number)).toEqual([3, 4, 5, 6, 1, 2]);
    expect(r.savingP50).not.toBeNull();
  });
  test("no virtual CIO: no probability that it is cheaper; nothing entered: no drivers at all", () => {
    expect(simulateRisk({ ...handWorked, vcioTCO: null }).cioProbVirtualCheaper).toBeNull();
    const none = simulateRisk({ ...handWorked, outsourcing: null, cio: null });
    expect([none.drivers, none.topDriver, none.savingP50, none.cioInHouseP50, none.trials]).toEqual([[], null, null, null, 1000]);
  });
  test("a range of a side not entered is neither used nor checked (its likely value is not known here)", () => {
    expect(() => simulateRisk({ ...handWorked, outsourcing: null, ranges: { "outsourcing.transitionCost": { low: 40_000, high: 90_000 } } })).not.toThrow();
  });
});

test("invalid settings throw RiskInputError listing every problem with its path", () => {
  try {
    simulateRisk({ ...handWorked, trials: 50, seed: -3, ranges: { "outsourcing.transitionCost": { low: 120_000 } } });
    throw new Error("did not throw");
  } catch (e) {
    expect(e).toBeInstanceOf(RiskInputError);
    expect((e as RiskInputError).issues.map((i) => i.path.join("."))).toEqual(["uncertainty.trials", "uncertainty.seed", "uncertainty.ranges.outsourcing.transitionCost"]);
  }
  expect(() => simulateRisk({ ...handWorked, horizonYears: 2.5 })).toThrow(/horizonYears: must be a whole number of years/);
});

test("degenerate ranges (low = likely = high) make every future the deterministic one", () => {
  const fixed = simulateRisk({
    ...handWorked,
    ranges: {
      "inHouse.escalation": { low: 0.03, high: 0.03 },
      "outsourcing.escalation": { low: 0.03, high: 0.03 },
      "outsourcing.annualFee": { low: 300_000, high: 300_000 },
      "outsourcing.transitionCost": { low: 100_000, high: 100_000 },
      "outsourcing.exitCost": { low: 50_000, high: 50_000 },
      "outsourcing.governanceRate": { low: 0.06, high: 0.06 },
      "cio.tenureMonths": { low: 24, high: 24 },
    },
  });
  for (const x of [fixed.savingP10, fixed.savingP50, fixed.savingP90, fixed.savingMean]) close(x, 16_460);
  expect(fixed.probSaving).toBe(1);
  for (const d of fixed.drivers) expect(d.swing).toBe(0);
  expect(fixed.topDriver).toBe("In-house cost escalation"); // all swings 0: the lowest number
});

describe("every result recomputed independently from the draws", () => {
  const inputs: RiskInputs = {
    horizonYears: 5,
    discountRate: 0.08,
    inHouseAnnual: 900_000,
    inHouseEscalation: 0.03,
    outsourcing: { annualFee: 640_000, escalation: 0.035, governanceRate: 0.05, retainedAnnualCosts: 40_000, transitionCost: 150_000, exitCost: 60_000 },
    cio: { loaded: 270_000, transitionCost: 182_666.67, tenureMonths: 30 },
    vcioTCO: 1_450_000,
    ranges: { "outsourcing.transitionCost": { low: 120_000, high: 300_000 } },
    trials: 500,
    seed: 20_240_611,
  };

  test("saving, CIO in-house and departures per trial, and the percentiles, means and shares", () => {
    const H = 5;
    const r = 0.08;
    const o = inputs.outsourcing!;
    const cio = inputs.cio!;
    // docs/spec.md §7.5 as written (the division test), §7.1 defaults, the TCO closed form the workbook writes.
    const tri = (p: number, a: number, m: number, b: number) => (a === b ? a : p < (m - a) / (b - a) ? a + Math.sqrt(p * (b - a) * (m - a)) : b - Math.sqrt((1 - p) * (b - a) * (b - m)));
    const tcoClosed = (a: number, g: number, up = 0, ex = 0) => up + a * (1 - ((1 + g) / (1 + r)) ** H) / (r - g) + ex / (1 + r) ** H;
    const binomInv = (n: number, p: number, alpha: number) => {
      let cdf = 0;
      for (let k = 0; k <= n; k++) {
        let c = 1;
        for (let i = 0; i < k; i++) c = (c * (n - i)) / (i + 1);
        cdf += c * p ** k * (1 - p) ** (n - k);
        if (cdf >= alpha) return k;
      }
      return n;
    };
    const dBar = (1 - (1 + r) ** -H) / (H * Math.log(1 + r));
    const ranges = [
      [0.01, 0.03, 0.05],
      [0.025, 0.035, 0.075],
      [640_000, 640_000, 768_000],
      [120_000, 150_000, 300_000],
      [48_000, 60_000, 90_000],
      [0.03, 0.05, 0.08],
      [15, 30, 60],
    ];
    const saving: number[] = [];
    const cioTotal: number[] = [];
    const departures: number[] = [];
    for (const u of riskDraws(500, inputs.seed)) {
      const x = ranges.map(([a, m, b], j) => tri(u[j], a, m, b));
      saving.push(tcoClosed(900_000, x[0]) - tcoClosed(x[2] * (1 + x[5]) + o.retainedAnnualCosts, x[1], x[3], x[4]));
      const k = binomInv(60, 1 / x[6], u[7]);
      departures.push(k);
      cioTotal.push(tcoClosed(cio.loaded, x[0]) + k * cio.transitionCost * dBar);
    }
    const pct = (xs: number[], q: number) => {
      const s = [...xs].sort((a, b) => a - b);
      const rank = (s.length - 1) * q + 1; // PERCENTILE.INC: 1-based rank, linear interpolation
      const lo = Math.floor(rank);
      return lo >= s.length ? s[s.length - 1] : s[lo - 1] + (rank - lo) * (s[lo] - s[lo - 1]);
    };
    const res = simulateRisk(inputs);
    expect(res.trials).toBe(500);
    expect(Array.from(res.samples.departures!)).toEqual(departures);
    saving.forEach((s, i) => expect([i, relDiff(res.samples.saving![i], s) < 1e-9]).toEqual([i, true]));
    cioTotal.forEach((c, i) => expect([i, relDiff(res.samples.cioInHouse![i], c) < 1e-9]).toEqual([i, true]));
    close(res.savingP10, pct(saving, 0.1), "P10");
    close(res.savingP50, pct(saving, 0.5), "P50");
    close(res.savingP90, pct(saving, 0.9), "P90");
    close(res.savingMean, saving.reduce((a, b) => a + b, 0) / 500, "mean");
    expect(res.probSaving).toBe(saving.filter((s) => s > 0).length / 500);
    close(res.cioInHouseP10, pct(cioTotal, 0.1), "CIO P10");
    close(res.cioInHouseP50, pct(cioTotal, 0.5), "CIO P50");
    close(res.cioInHouseP90, pct(cioTotal, 0.9), "CIO P90");
    expect(res.cioProbVirtualCheaper).toBe(cioTotal.filter((c) => c > 1_450_000).length / 500);
    expect(res.departuresP90).toBe(pct(departures, 0.9));
    // The draws are not degenerate: outcomes on both sides of zero and of the virtual CIO.
    expect(res.probSaving! > 0 && res.probSaving! < 1).toBe(true);
    expect(res.cioProbVirtualCheaper! > 0 && res.cioProbVirtualCheaper! < 1).toBe(true);
  });

  test("the same inputs give identical results; another seed gives different ones", () => {
    const a = simulateRisk(inputs);
    expect(simulateRisk(inputs)).toEqual(a);
    const b = simulateRisk({ ...inputs, seed: inputs.seed + 1 });
    expect(b.savingP50).not.toBe(a.savingP50);
    expect(b.drivers).toEqual(a.drivers); // the tornado does not depend on the draws
  });
});

describe("simulated CIO departures average 12H/tenure, the expectation CIO.CONTINUITYCOST prices", () => {
  const cioOnly: RiskInputs = { ...handWorked, horizonYears: 5, outsourcing: null, trials: 10_000 };
  const mean = (xs: Float64Array) => xs.reduce((s, x) => s + x, 0) / xs.length;

  test("a fixed tenure of 24 months: 60/24 = 2.5", () => {
    for (const seed of [1, 2, 3]) {
      const r = simulateRisk({ ...cioOnly, seed, ranges: { "cio.tenureMonths": { low: 24, high: 24 } } });
      expect(Math.abs(mean(r.samples.departures!) - 2.5)).toBeLessThan(0.002);
    }
  });

  test("the default tenure range 12..24..48: E[60/T] by Simpson's rule over the triangular density", () => {
    const pdf = (t: number) => (t <= 24 ? (2 * (t - 12)) / (36 * 12) : (2 * (48 - t)) / (36 * 24));
    const n = 20_000;
    const h = 36 / n;
    let s = 0;
    for (let i = 0; i <= n; i++) s += (i === 0 || i === n ? 1 : i % 2 ? 4 : 2) * pdf(12 + i * h) * (60 / (12 + i * h));
    const expected = (s * h) / 3; // ≈ 2.3105, below 2.5: 1/T is convex
    expect(expected).toBeCloseTo(2.3105, 3);
    expect(Math.abs(mean(simulateRisk(cioOnly).samples.departures!) - expected)).toBeLessThan(0.02);
  });
});
