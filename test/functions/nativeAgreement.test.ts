/**
 * For every function with a native equivalent, HyperFormula evaluating nativeFormula(id, ...)
 * over arguments laid out in cells must agree with invoke on the same values: to 1e-9 relative
 * for numbers, exactly for text, and with the same code where both reject the input.
 *
 * Generated inputs stay where the native formula is defined (no text or negative amounts in
 * SUM ranges: SUM skips text where the function says #VALUE!), plus the rejections both make
 * (costs adding up to 0, nothing measured, text among SLA actuals). Rates are on a 0.001 grid so
 * an escalation never sits a rounding error away from the discount rate.
 */
import fc from "fast-check";
import { ModelError } from "../../src/model/errors";
import { evaluate, FUNCTIONS, nativeFormula } from "../../src/model/functionTable";
import { Arg, Cell, closeRel, Engine, layout, rawArgs } from "./support/engine";

const RUNS = 200;

let engine: Engine;
beforeAll(() => (engine = new Engine()));
afterAll(() => engine.destroy());

/** Runs one argument set both ways and describes any disagreement (null when they agree). */
function disagreement(id: string, args: readonly Arg[]): string | null {
  const { grid, texts } = layout(args);
  const formula = nativeFormula(id, texts)!;
  const native = engine.evaluate(grid, formula);
  const model = evaluate(id, rawArgs(args));
  const say = (why: string) => `${id}: ${why}\n  formula ${formula}\n  cells ${JSON.stringify(grid)}\n  model ${model instanceof ModelError ? model.code + " " + model.message : JSON.stringify(model)}\n  native ${JSON.stringify(native)}`;
  if (model instanceof ModelError) {
    return typeof native === "object" && native.error === model.code ? null : say("the model rejects, the native formula does not");
  }
  if (typeof native === "object") return say("the native formula fails, the model does not");
  if (typeof model === "number") return typeof native === "number" && closeRel(model, native) ? null : say("values differ");
  return model === native ? null : say("values differ");
}

/** Asserts agreement on RUNS generated sets; returns how often each outcome (number, text, error code) came up. */
function agreeOn(id: string, gen: fc.Arbitrary<Arg[]>): Record<string, number> {
  const seen: Record<string, number> = {};
  fc.assert(
    fc.property(gen, (args) => {
      const why = disagreement(id, args);
      if (why) throw new Error(why);
      const out = evaluate(id, rawArgs(args));
      const kind = out instanceof ModelError ? out.code : typeof out;
      seen[kind] = (seen[kind] ?? 0) + 1;
    }),
    { numRuns: RUNS },
  );
  return seen;
}

// ── generators ──────────────────────────────────────────────────────────────
const omitted: fc.Arbitrary<Arg> = fc.constant({ omitted: true });
const inCell = (g: fc.Arbitrary<Cell>): fc.Arbitrary<Arg> => g.map((cell) => ({ cell }));
const optional = (g: fc.Arbitrary<Cell>): fc.Arbitrary<Arg> => fc.oneof(omitted, inCell(g));
const blockOf = (g: fc.Arbitrary<Cell>, maxRows = 5, maxCols = 3): fc.Arbitrary<Cell[][]> =>
  fc
    .tuple(fc.integer({ min: 1, max: maxRows }), fc.integer({ min: 1, max: maxCols }))
    .chain(([rows, cols]) => fc.array(fc.array(g, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }));
const inRange = (g: fc.Arbitrary<Cell[][]>): fc.Arbitrary<Arg> => g.map((range) => ({ range }));

// Amounts from 0 or a cent up: HyperFormula's rounding turns subnormal results (5e-324) into NaN.
const money = fc.oneof(fc.integer({ min: 0, max: 2_000_000 }), fc.double({ min: 0.01, max: 5e6, noNaN: true }));
const fraction = fc.oneof(fc.integer({ min: 0, max: 100 }).map((k) => k / 100), fc.double({ min: 0, max: 1, noNaN: true }));
const rate = fc.integer({ min: -990, max: 1000 }).map((k) => k / 1000); // (-1, 1] on a 0.001 grid
const months = fc.oneof(fc.integer({ min: 0, max: 36 }), fc.double({ min: 0.01, max: 120, noNaN: true }));
const blankOr = <T extends Cell>(g: fc.Arbitrary<T>) => fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 4, arbitrary: g });
const bool = optional(fc.boolean());

test(`LOADEDCOST agrees with its native formula on ${RUNS} argument sets`, () => {
  const salary = fc.oneof(inCell(money), inRange(blockOf(blankOr(money))));
  agreeOn("LOADEDCOST", fc.tuple(salary, optional(fraction), optional(fraction)));
});

test(`OUTSOURCEDCOST agrees with its native formula on ${RUNS} argument sets`, () => {
  agreeOn("OUTSOURCEDCOST", fc.tuple(inCell(money), optional(fraction)));
});

test(`TCO agrees with its closed-form native formula on ${RUNS} argument sets`, () => {
  const years = inCell(fc.integer({ min: 1, max: 100 }));
  agreeOn("TCO", fc.tuple(inCell(money), years, optional(rate), optional(rate), optional(money), optional(money)));
});

test("TCO's closed form takes the r = g branch when escalation equals the discount rate", () => {
  // 1000 a year for 3 years growing 5% and discounted 5%: each year is worth 1000/1.05 today.
  const args: Arg[] = [{ cell: 1000 }, { cell: 3 }, { cell: 0.05 }, { cell: 0.05 }];
  expect(disagreement("TCO", args)).toBeNull();
  const { grid, texts } = layout(args);
  expect(engine.evaluate(grid, nativeFormula("TCO", texts)!)).toBeCloseTo((3 * 1000) / 1.05, 9);
});

test(`CIO.TRANSITIONCOST agrees with its native formula on ${RUNS} argument sets`, () => {
  agreeOn("CIO.TRANSITIONCOST", fc.tuple(inCell(money), optional(fraction), optional(months), optional(months), optional(months), optional(money)));
});

test(`CIO.CONTINUITYCOST agrees with its native formula on ${RUNS} argument sets`, () => {
  const horizon = fc.oneof(fc.integer({ min: 0, max: 600 }), fc.double({ min: 0.01, max: 600, noNaN: true }));
  const tenure = fc.oneof(fc.integer({ min: 1, max: 120 }), fc.double({ min: 0.5, max: 120, noNaN: true }));
  agreeOn("CIO.CONTINUITYCOST", fc.tuple(inCell(money), inCell(horizon), optional(tenure), optional(money), optional(rate)));
});

test(`ROI agrees with its native formula on ${RUNS} argument sets, #DIV/0! included`, () => {
  const amount = fc.integer({ min: -1_000_000, max: 1_000_000 });
  const amounts = fc.oneof(inCell(amount), inRange(blockOf(blankOr(amount))));
  const zeroCosts = inRange(fc.constantFrom<Cell[][]>([[0]], [[null]], [[5], [-5]], [[null, 0], [250, -250]]));
  const seen = agreeOn("ROI", fc.tuple(amounts, fc.oneof({ weight: 4, arbitrary: amounts }, { weight: 1, arbitrary: zeroCosts })));
  expect(seen["#DIV/0!"]).toBeGreaterThan(0);
});

test(`SLAATTAINMENT agrees with its native formula on ${RUNS} argument sets, #DIV/0! and #VALUE! included`, () => {
  const level = fc.integer({ min: 0, max: 40 }).map((k) => k / 4);
  const actualCell = fc.oneof(
    { weight: 6, arbitrary: level as fc.Arbitrary<Cell> },
    { weight: 2, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constant(null) }, // more blanks: some ranges measure nothing
  );
  const gen = blockOf(actualCell, 6, 3).chain((actuals) => {
    const withText = actuals.map((row, r) => (r === 0 ? ["n/a", ...row.slice(1)] : row));
    const allBlank = actuals.map((row) => row.map(() => null));
    // Targets: one cell, or the same shape with a number beside every measured actual.
    const sameShape = fc
      .array(fc.array(level, { minLength: actuals[0].length, maxLength: actuals[0].length }), { minLength: actuals.length, maxLength: actuals.length })
      .chain((t) => fc.array(fc.boolean(), { minLength: actuals.length, maxLength: actuals.length }).map((blankRow) => t.map((row, r) => row.map((v, c) => (blankRow[r] && actuals[r][c] === null ? null : v)))));
    const targets = fc.oneof(inCell(level), inRange(sameShape));
    const range = fc.oneof({ weight: 8, arbitrary: fc.constant(actuals) }, { weight: 1, arbitrary: fc.constant(withText) }, { weight: 1, arbitrary: fc.constant(allBlank) });
    return fc.tuple(range.map((r): Arg => ({ range: r })), targets, bool);
  });
  const seen = agreeOn("SLAATTAINMENT", gen);
  expect([seen.number > 0, seen["#DIV/0!"] > 0, seen["#VALUE!"] > 0]).toEqual([true, true, true]);
});

test(`KPISTATUS agrees with its native formula on ${RUNS} argument sets`, () => {
  const level = fc.integer({ min: -400, max: 400 }).map((k) => k / 10);
  const band = fc.oneof(fc.constantFrom(0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.5, 1), fc.double({ min: 0, max: 1, noNaN: true }));
  const seen = agreeOn("KPISTATUS", fc.tuple(inCell(level), inCell(level), bool, optional(band)));
  expect(seen.string).toBe(RUNS);
});

const decimal = fc.integer({ min: -1_000_000, max: 1_000_000 }).map((k) => k / 10_000); // no subnormals (see money)
/** low ≤ mode ≤ high, with the equal cases (a point, a mode at either end) weighted in. */
const triangle = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: -1_000_000, max: 1_000_000 })) },
  { weight: 2, arbitrary: fc.tuple(decimal, decimal, decimal) },
  { weight: 1, arbitrary: fc.integer({ min: -1000, max: 1000 }).map((a) => [a, a, a] as [number, number, number]) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 1, max: 1000 }), fc.boolean()).map(([a, w, atLow]) => (atLow ? [a, a, a + w] : [a, a + w, a + w]) as [number, number, number]) },
).map((t) => [...t].sort((x, y) => x - y));
// HyperFormula takes a difference within 1e-13 of its operands as 0 (precisionEpsilon), so 1 − p for a p a hair
// below 1 is 0 there: generated probabilities stay 1e-9 away from 0 and 1, besides 0 and 1 themselves.
const probability = fc.oneof(fc.constantFrom(0, 1, 0.5), fc.integer({ min: 0, max: 100 }).map((k) => k / 100), fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true }));

test(`TRIANGULAR.INV agrees with its native formula on ${RUNS} argument sets`, () => {
  agreeOn("TRIANGULAR.INV", fc.tuple(inCell(probability), triangle).map(([q, [a, m, b]]) => [q, { cell: a }, { cell: m }, { cell: b }]));
});

test(`CIO.DEPARTURES agrees with its native formula on ${RUNS} argument sets, with and without a probability`, () => {
  const horizon = fc.oneof(fc.integer({ min: 0, max: 1200 }), fc.double({ min: 0.01, max: 1200, noNaN: true }));
  const tenure = fc.oneof(fc.integer({ min: 1, max: 120 }), fc.double({ min: 1, max: 200, noNaN: true }), fc.constantFrom(1, 1.5, 2));
  // HyperFormula rounds its binomial CDF to 10 decimals, so a probability within 1e-10 of a CDF step (or of 0 or 1)
  // can land one step off there: plain random probabilities in [1e-6, 1 − 1e-6] (not fast-check's edge values),
  // besides exactly 0 and 1.
  const q = fc.oneof(fc.constantFrom(0, 1), fc.integer({ min: 1, max: 2 ** 30 - 1 }).map((k) => 1e-6 + ((1 - 2e-6) * k) / 2 ** 30));
  const seen: Record<string, number> = {};
  fc.assert(
    fc.property(fc.tuple(inCell(horizon), optional(tenure), optional(q)), (args) => {
      const why = disagreement("CIO.DEPARTURES", args);
      if (why) throw new Error(why);
      const kind = "omitted" in args[2] ? "expected" : "quantile";
      seen[kind] = (seen[kind] ?? 0) + 1;
    }),
    { numRuns: RUNS },
  );
  expect(seen.expected).toBeGreaterThan(RUNS / 5);
  expect(seen.quantile).toBeGreaterThan(RUNS / 5);
});

test("every function with a native equivalent is covered above", () => {
  const covered = ["LOADEDCOST", "OUTSOURCEDCOST", "TCO", "CIO.TRANSITIONCOST", "CIO.CONTINUITYCOST", "ROI", "SLAATTAINMENT", "KPISTATUS", "TRIANGULAR.INV", "CIO.DEPARTURES"];
  const withNative = Object.keys(FUNCTIONS).filter((id) => FUNCTIONS[id].native);
  expect(withNative.sort()).toEqual(covered.sort());
  // The others say why there is none.
  for (const id of Object.keys(FUNCTIONS).filter((id) => !FUNCTIONS[id].native)) expect(FUNCTIONS[id].nativeWhy).toMatch(/\w+ \w+ \w+ \w+/);
});
