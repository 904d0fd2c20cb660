/**
 * A rewritten cell computes what the custom function computed: for generated arguments laid out
 * in cells, HyperFormula evaluates the formula rewriteFormula made from a SMARTSOURCE.* call over
 * those cells, and the model (`evaluate`, what the custom function runs) gets the same values.
 * They agree to 1e-9 relative, exactly for text, and on the error code where both reject.
 *
 * Unlike test/functions/nativeAgreement (which passes argument texts straight to nativeFormula),
 * this goes through the whole rewrite: the call's spelling (any case, the stored _xldudf_ form),
 * omitted arguments written as ",," or dropped at the end, optional arguments pointing at empty
 * cells (the custom function takes the default there), and calls nested in other formulas.
 */
import fc from "fast-check";
import { ModelError } from "../../src/model/errors";
import { evaluate, FUNCTIONS } from "../../src/model/functionTable";
import { rewriteFormula } from "../../src/sharing/rewriteFormula";
import { Arg, Cell, closeRel, Engine, layout, rawArgs } from "../functions/support/engine";

const RUNS = 120;

let engine: Engine;
beforeAll(() => (engine = new Engine()));
afterAll(() => engine.destroy());

/** How the call is spelled in the cell: as the user typed it, or as Excel stores an unresolved one. */
const spelling = fc.constantFrom<(id: string) => string>(
  (id) => `SMARTSOURCE.${id}`,
  (id) => `smartsource.${id.toLowerCase()}`,
  (id) => `_xldudf_SMARTSOURCE_${id.replace(/\./g, "_")}`,
);

/** The call text: omitted arguments empty, trailing omitted ones dropped or kept as ",,". */
function callText(name: string, texts: string[], dropTrailing: boolean): string {
  let n = texts.length;
  if (dropTrailing) while (n > 0 && texts[n - 1] === "") n--;
  return `${name}(${texts.slice(0, n).join(",")})`;
}

function rewriteOrFail(formula: string): string {
  const r = rewriteFormula(formula);
  if (!r.ok) throw new Error(`${formula} was not rewritten: ${r.reason}`);
  if (/SMARTSOURCE/i.test(r.formula)) throw new Error(`${r.formula} still calls Smartsource`);
  return r.formula.slice(1);
}

type Outcome = number | string | boolean | number[][] | ModelError | { error: string };

function describeOutcome(o: Outcome): string {
  return o instanceof ModelError ? `${o.code} ${o.message}` : JSON.stringify(o);
}

function agree(model: Outcome, native: Outcome): boolean {
  if (model instanceof ModelError) return typeof native === "object" && "error" in native && native.error === model.code;
  if (typeof model === "number") return typeof native === "number" && closeRel(model, native);
  return model === native;
}

/** Asserts agreement on RUNS generated argument sets for one function; returns the outcome kinds seen. */
function equivalentOn(id: string, gen: fc.Arbitrary<Arg[]>): Record<string, number> {
  const seen: Record<string, number> = {};
  fc.assert(
    fc.property(gen, spelling, fc.boolean(), (args, spell, dropTrailing) => {
      const { grid, texts } = layout(args);
      const formula = `=${callText(spell(id), texts, dropTrailing)}`;
      const native = rewriteOrFail(formula);
      const got = engine.evaluate(grid, native);
      const model = evaluate(id, rawArgs(args));
      if (!agree(model, got))
        throw new Error(`${formula}\n  rewritten ${native}\n  cells ${JSON.stringify(grid)}\n  model ${describeOutcome(model)}\n  native ${describeOutcome(got)}`);
      const kind = model instanceof ModelError ? model.code : typeof model;
      seen[kind] = (seen[kind] ?? 0) + 1;
    }),
    { numRuns: RUNS, seed: 20240611 },
  );
  return seen;
}

// ── generators: inputs where the native formulas are defined (see nativeAgreement) ──
const omitted: fc.Arbitrary<Arg> = fc.constant({ omitted: true });
const emptyCell: fc.Arbitrary<Arg> = fc.constant({ cell: null });
const inCell = (g: fc.Arbitrary<Cell>): fc.Arbitrary<Arg> => g.map((cell) => ({ cell }));
/** An optional argument: left out, an empty cell (default applies) or a value in a cell. */
const optional = (g: fc.Arbitrary<Cell>): fc.Arbitrary<Arg> => fc.oneof(omitted, emptyCell, inCell(g), inCell(g));
const blockOf = (g: fc.Arbitrary<Cell>, maxRows = 4, maxCols = 3): fc.Arbitrary<Cell[][]> =>
  fc
    .tuple(fc.integer({ min: 1, max: maxRows }), fc.integer({ min: 1, max: maxCols }))
    .chain(([rows, cols]) => fc.array(fc.array(g, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }));
const inRange = (g: fc.Arbitrary<Cell[][]>): fc.Arbitrary<Arg> => g.map((range) => ({ range }));

const money = fc.oneof(fc.integer({ min: 0, max: 2_000_000 }), fc.double({ min: 0.01, max: 5e6, noNaN: true }));
const fraction = fc.integer({ min: 0, max: 100 }).map((k) => k / 100);
const rate = fc.integer({ min: -500, max: 1000 }).map((k) => k / 1000);
const months = fc.integer({ min: 0, max: 36 });
const blankOr = <T extends Cell>(g: fc.Arbitrary<T>) => fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 4, arbitrary: g });

test(`LOADEDCOST: the rewritten cell equals the custom function on ${RUNS} argument sets`, () => {
  const salary = fc.oneof(inCell(money), inRange(blockOf(blankOr(money))));
  equivalentOn("LOADEDCOST", fc.tuple(salary, optional(fraction), optional(fraction)));
});

test(`OUTSOURCEDCOST: the rewritten cell equals the custom function on ${RUNS} argument sets`, () => {
  equivalentOn("OUTSOURCEDCOST", fc.tuple(inCell(money), optional(fraction)));
});

test(`TCO: the rewritten cell equals the custom function on ${RUNS} argument sets`, () => {
  const years = inCell(fc.integer({ min: 1, max: 60 }));
  equivalentOn("TCO", fc.tuple(inCell(money), years, optional(rate), optional(rate), optional(money), optional(money)));
});

test(`CIO.TRANSITIONCOST: the rewritten cell equals the custom function on ${RUNS} argument sets`, () => {
  equivalentOn("CIO.TRANSITIONCOST", fc.tuple(inCell(money), optional(fraction), optional(months), optional(months), optional(months), optional(money)));
});

test(`CIO.CONTINUITYCOST: the rewritten cell equals the custom function on ${RUNS} argument sets (an empty transition cost is the default one)`, () => {
  const horizon = fc.integer({ min: 0, max: 600 });
  const tenure = fc.integer({ min: 1, max: 120 });
  equivalentOn("CIO.CONTINUITYCOST", fc.tuple(inCell(money), inCell(horizon), optional(tenure), optional(money), optional(rate)));
});

test(`ROI: the rewritten cell equals the custom function on ${RUNS} argument sets, #DIV/0! included`, () => {
  const amount = fc.integer({ min: -1_000_000, max: 1_000_000 });
  const amounts = fc.oneof(inCell(amount), inRange(blockOf(blankOr(amount))));
  const zero = inRange(fc.constantFrom<Cell[][]>([[0]], [[null]], [[5], [-5]]));
  const seen = equivalentOn("ROI", fc.tuple(amounts, fc.oneof({ weight: 4, arbitrary: amounts }, { weight: 1, arbitrary: zero })));
  expect(seen["#DIV/0!"]).toBeGreaterThan(0);
});

test(`SLAATTAINMENT: the rewritten cell equals the custom function on ${RUNS} argument sets`, () => {
  const level = fc.integer({ min: 0, max: 40 }).map((k) => k / 4);
  const gen = blockOf(blankOr(level), 5, 3).chain((actuals) => {
    const sameShape = fc.array(fc.array(level, { minLength: actuals[0].length, maxLength: actuals[0].length }), { minLength: actuals.length, maxLength: actuals.length });
    return fc.tuple(fc.constant<Arg>({ range: actuals }), fc.oneof(inCell(level), inRange(sameShape)), optional(fc.boolean()));
  });
  const seen = equivalentOn("SLAATTAINMENT", gen);
  expect(seen.number).toBeGreaterThan(0);
});

test(`KPISTATUS: the rewritten cell equals the custom function on ${RUNS} argument sets (an empty higher_is_better cell means TRUE)`, () => {
  const level = fc.integer({ min: -400, max: 400 }).map((k) => k / 10);
  const band = fc.constantFrom(0, 0.05, 0.1, 0.2, 0.5, 1);
  const seen = equivalentOn("KPISTATUS", fc.tuple(inCell(level), inCell(level), optional(fc.boolean()), optional(band)));
  expect(seen.string).toBe(RUNS);
});

test(`TRIANGULAR.INV: the rewritten cell equals the custom function on ${RUNS} argument sets`, () => {
  const value = fc.integer({ min: -1_000_000, max: 1_000_000 });
  const sorted = fc.tuple(value, value, value).map((t) => [...t].sort((a, b) => a - b));
  const q = fc.oneof(fc.constantFrom(0, 1), fc.integer({ min: 0, max: 1000 }).map((k) => k / 1000));
  equivalentOn("TRIANGULAR.INV", fc.tuple(inCell(q), sorted).map(([p, [a, m, b]]) => [p, { cell: a }, { cell: m }, { cell: b }]));
});

test(`CIO.DEPARTURES: the rewritten cell equals the custom function on ${RUNS} argument sets (an empty probability cell means the expected number)`, () => {
  const horizon = fc.integer({ min: 0, max: 1200 });
  const tenure = fc.integer({ min: 1, max: 120 });
  // Plain random probabilities 1e-6 away from 0 and 1 (besides 0 and 1): HyperFormula rounds its binomial CDF to 10 decimals (see nativeAgreement).
  const q = fc.oneof(fc.constantFrom(0, 1), fc.integer({ min: 1, max: 2 ** 30 - 1 }).map((k) => 1e-6 + ((1 - 2e-6) * k) / 2 ** 30));
  const seen = equivalentOn("CIO.DEPARTURES", fc.tuple(inCell(horizon), optional(tenure), optional(q)));
  expect(seen.number).toBe(RUNS);
});

test(`calls nested in one another and in arithmetic agree with the model composed by hand on ${RUNS} sets`, () => {
  // =1+2*TCO(OUTSOURCEDCOST(LOADEDCOST(salaries, b), g), years, esc, r)^1-(KPISTATUS(OUTSOURCEDCOST(SUM(salaries)), LOADEDCOST(…))="GREEN")
  const gen = fc.record({
    salaries: blockOf(money, 3, 2),
    benefits: fraction,
    governance: optional(fraction),
    years: fc.integer({ min: 1, max: 30 }),
    esc: rate,
    r: rate,
  });
  fc.assert(
    fc.property(gen, spelling, ({ salaries, benefits, governance, years, esc, r }, spell) => {
      const args: Arg[] = [{ range: salaries }, { cell: benefits }, governance, { cell: years }, { cell: esc }, { cell: r }];
      const { grid, texts } = layout(args);
      const [sal, ben, gov, yrs, e, rr] = texts;
      const loaded = `${spell("LOADEDCOST")}(${sal},${ben})`;
      const outsourced = `${spell("OUTSOURCEDCOST")}(${loaded}${gov === "" ? "" : `,${gov}`})`;
      const formula = `=1+2*${spell("TCO")}(${outsourced},${yrs},${e},${rr})^1-(${spell("KPISTATUS")}(${spell("OUTSOURCEDCOST")}(SUM(${sal})),${loaded})="GREEN")`;
      const native = rewriteOrFail(formula);

      const num = (o: unknown): number => {
        if (typeof o !== "number") throw new Error(`model gave ${describeOutcome(o as Outcome)}`);
        return o;
      };
      const raw = rawArgs(args);
      const loadedV = num(evaluate("LOADEDCOST", [raw[0], raw[1]]));
      const outV = num(evaluate("OUTSOURCEDCOST", [loadedV, raw[2]]));
      const tcoV = num(evaluate("TCO", [outV, raw[3], raw[4], raw[5]]));
      const salarySum = salaries.flat().reduce<number>((a, b) => a + (b as number), 0);
      const green = evaluate("KPISTATUS", [num(evaluate("OUTSOURCEDCOST", [salarySum])), loadedV]) === "GREEN";
      const expected = 1 + 2 * tcoV - (green ? 1 : 0);
      const got = engine.evaluate(grid, native);
      if (typeof got !== "number" || !closeRel(expected, got)) throw new Error(`${formula}\n  rewritten ${native}\n  expected ${expected}\n  native ${JSON.stringify(got)}`);
    }),
    { numRuns: RUNS, seed: 7 },
  );
});

test("every function with a native equivalent is covered above", () => {
  const covered = ["LOADEDCOST", "OUTSOURCEDCOST", "TCO", "CIO.TRANSITIONCOST", "CIO.CONTINUITYCOST", "ROI", "SLAATTAINMENT", "KPISTATUS", "TRIANGULAR.INV", "CIO.DEPARTURES"];
  expect(Object.keys(FUNCTIONS).filter((id) => FUNCTIONS[id].native).sort()).toEqual(covered.sort());
});
