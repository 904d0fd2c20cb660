/** docs/spec.md §7.1: the default ranges worked by hand, overrides, and the checks that name the path. */
import { formatPath } from "../../../src/model/profile";
import { defaultRanges, resolveRanges, RISK_DRAW_COLUMNS, RISK_VARIABLES, RiskLikely, validateUncertainty } from "../../../src/model/risk/ranges";

const likely: RiskLikely = {
  "inHouse.escalation": 0.03,
  "outsourcing.escalation": 0.03,
  "outsourcing.annualFee": 100_000,
  "outsourcing.transitionCost": 50_000,
  "outsourcing.exitCost": 20_000,
  "outsourcing.governanceRate": 0.06,
  "cio.tenureMonths": 24,
};

/** low/high rounded to 12 digits (0.03 − 0.02 is 0.009999999999999998 in binary). */
const ends = (r: { low: number; high: number }) => [Number(r.low.toPrecision(12)), Number(r.high.toPrecision(12))];
const lines = (u: Parameters<typeof validateUncertainty>[0], l = likely) => validateUncertainty(u, l).map((i) => `${formatPath(i.path)}: ${i.reason}`);

test("the seven variables in docs/spec.md §7.1's order, then the departures column", () => {
  expect(RISK_VARIABLES.map((v) => `${v.number} ${v.path}`)).toEqual([
    "1 inHouse.escalation",
    "2 outsourcing.escalation",
    "3 outsourcing.annualFee",
    "4 outsourcing.transitionCost",
    "5 outsourcing.exitCost",
    "6 outsourcing.governanceRate",
    "7 cio.tenureMonths",
  ]);
  expect(RISK_DRAW_COLUMNS).toHaveLength(8);
  expect(RISK_DRAW_COLUMNS[7]).toBe("CIO departures");
});

test("default ranges around the likely values, by hand", () => {
  const r = defaultRanges(likely);
  expect(ends(r["inHouse.escalation"])).toEqual([0.01, 0.05]); // ± 0.02
  expect(ends(r["outsourcing.escalation"])).toEqual([0.02, 0.07]); // − 0.01, + 0.04
  expect(ends(r["outsourcing.annualFee"])).toEqual([100_000, 120_000]); // × 1.0, × 1.2
  expect(ends(r["outsourcing.transitionCost"])).toEqual([45_000, 75_000]); // × 0.9, × 1.5
  expect(ends(r["outsourcing.exitCost"])).toEqual([16_000, 30_000]); // × 0.8, × 1.5
  expect(ends(r["outsourcing.governanceRate"])).toEqual([0.03, 0.08]); // min(0.03, x), max(0.08, x)
  expect(ends(r["cio.tenureMonths"])).toEqual([12, 48]); // max(1, x/2), 2x
  for (const v of RISK_VARIABLES) expect(r[v.path].likely).toBe(likely[v.path]);
});

test("the clamped defaults: governance outside 3-8% keeps the likely value as an end; a short tenure's low stops at 1 month", () => {
  const r = defaultRanges({ ...likely, "outsourcing.governanceRate": 0.02, "cio.tenureMonths": 1.5 });
  expect(ends(r["outsourcing.governanceRate"])).toEqual([0.02, 0.08]);
  expect(ends(r["cio.tenureMonths"])).toEqual([1, 3]);
  expect(ends(defaultRanges({ ...likely, "outsourcing.governanceRate": 0.1 })["outsourcing.governanceRate"])).toEqual([0.03, 0.1]);
});

test("an override replaces the end it gives; the other end keeps its default", () => {
  const r = resolveRanges(likely, { "outsourcing.transitionCost": { low: 40_000, high: 90_000 }, "cio.tenureMonths": { high: 60 } });
  expect(r["outsourcing.transitionCost"]).toEqual({ low: 40_000, likely: 50_000, high: 90_000 });
  expect(r["cio.tenureMonths"]).toEqual({ low: 12, likely: 24, high: 60 });
  expect(r["outsourcing.exitCost"]).toEqual({ low: 16_000, likely: 20_000, high: 30_000 });
});

test("a valid uncertainty has no issues; absent fields are defaults, not errors", () => {
  expect(lines({})).toEqual([]);
  expect(lines({ trials: 100, seed: 0, ranges: { "outsourcing.transitionCost": { low: 40_000, high: 90_000 } } })).toEqual([]);
  expect(lines({ trials: 10_000, seed: 4_294_967_295, ranges: { "cio.tenureMonths": { low: 1, high: 24 }, "outsourcing.annualFee": { low: 100_000, high: 100_000 } } })).toEqual([]);
});

test("each problem names its path and says why", () => {
  expect(lines({ ranges: { "outsourcing.transitionCost": { low: 60_000, high: 90_000 } } })).toEqual([
    "uncertainty.ranges.outsourcing.transitionCost: low must be ≤ likely (low 60000 > likely 50000, the profile's outsourcing.transitionCost)",
  ]);
  expect(lines({ ranges: { "inHouse.escalation": { high: 0.01 } } })).toEqual([
    "uncertainty.ranges.inHouse.escalation: high must be ≥ likely (high 0.01 < likely 0.03, the profile's inHouse.escalation)",
  ]);
  expect(lines({ trials: 99.5, seed: -1 })).toEqual([
    "uncertainty.trials: must be a whole number from 100 to 10,000 (got 99.5)",
    "uncertainty.seed: must be a whole number from 0 to 4,294,967,295 (got -1)",
  ]);
  expect(lines({ trials: 10_001, seed: 2 ** 32 })).toHaveLength(2);
  expect(lines({ ranges: { "cio.tenureMonths": { low: 0.5 } } })).toEqual(["uncertainty.ranges.cio.tenureMonths.low: must be at least 1 month (got 0.5)"]);
  expect(lines({ ranges: { "outsourcing.exitCost": { low: -1 } } })).toEqual(["uncertainty.ranges.outsourcing.exitCost.low: must be 0 or more (got -1)"]);
  // Shares and rates say what the profile's other percentage fields say (fieldKinds.ts).
  expect(lines({ ranges: { "outsourcing.governanceRate": { high: 8 } } })).toEqual(["uncertainty.ranges.outsourcing.governanceRate.high: is 8: enter 0.08 (a fraction) for 8%"]);
  expect(lines({ ranges: { "outsourcing.governanceRate": { high: 150 } } })).toEqual(["uncertainty.ranges.outsourcing.governanceRate.high: must be between 0 and 1 (0% to 100%) (got 150)"]);
  expect(lines({ ranges: { "outsourcing.escalation": { low: -1 } } })).toEqual(["uncertainty.ranges.outsourcing.escalation.low: must be above -1 (-100%) and at most 1 (100%) (got -1)"]);
  expect(lines({ ranges: { "outsourcing.fee": { low: 1 } } })[0]).toMatch(/^uncertainty\.ranges\.outsourcing\.fee: is not an uncertain input \(they are inHouse\.escalation, /);
  expect(lines({ ranges: { "outsourcing.exitCost": { low: "10k" } } })).toEqual(["uncertainty.ranges.outsourcing.exitCost.low: must be a number (got 10k)"]);
  expect(lines({ ranges: { "outsourcing.exitCost": { likely: 5 } } })).toEqual([
    "uncertainty.ranges.outsourcing.exitCost.likely: unknown field (a range has low and high; likely is the profile's value)",
  ]);
  expect(lines({ ranges: { "outsourcing.exitCost": 5 } })).toEqual(["uncertainty.ranges.outsourcing.exitCost: must be an object with low and/or high"]);
  expect(lines({ ranges: [1] })[0]).toMatch(/^uncertainty\.ranges: must be an object/);
});

test("a likely CIO tenure under 1 month cannot be simulated (the default range would start above it)", () => {
  expect(lines({}, { ...likely, "cio.tenureMonths": 0.5 })).toEqual(["cio.tenureMonths: is 0.5: the risk simulation needs a CIO tenure of at least 1 month"]);
});
