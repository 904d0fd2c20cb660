/**
 * Hostile input Excel can pass, through the custom-function wrappers themselves with a fake
 * CustomFunctions global: the result is the error docs/spec.md §1.1 names (with a message where Excel
 * shows one), never NaN or Infinity, and nothing but CustomFunctions.Error escapes.
 */
import fc from "fast-check";
import { CODES_WITH_MESSAGE, EXCEL_ERROR_CODES, FakeCustomFunctionError, fakeCustomFunctions } from "./support/fakeCustomFunctions";

type Wrappers = typeof import("../../src/functions/functions");
type Fn = (...args: unknown[]) => unknown;
let F: Record<keyof Wrappers, Fn>;

beforeAll(() => {
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = fakeCustomFunctions();
  F = require("../../src/functions/functions"); // after the global exists, as in Excel
});
afterAll(() => delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions);

/** What the call threw: code and message, or the value it returned. */
function outcome(fn: Fn, ...args: unknown[]): { code: string; message: string } | { value: unknown } {
  try {
    return { value: fn(...args) };
  } catch (e) {
    if (!(e instanceof FakeCustomFunctionError)) throw new Error(`escaped as ${e instanceof Error ? e.constructor.name + ": " + e.message : String(e)}`);
    return { code: e.code, message: e.message };
  }
}
const codeOf = (fn: Fn, ...args: unknown[]) => {
  const o = outcome(fn, ...args);
  return "code" in o ? o.code : `returned ${JSON.stringify(o.value)}`;
};
const messageOf = (fn: Fn, ...args: unknown[]) => {
  const o = outcome(fn, ...args);
  return "code" in o ? o.message : `returned ${JSON.stringify(o.value)}`;
};

describe("omitted optional arguments arrive as null and take docs/spec.md §1's defaults", () => {
  test.each([
    ["loadedCost", [[[100_000]], null, null], [[[100_000]], 0.42, 0.15]],
    ["outsourcedCost", [200_000, null], [200_000, 0.06]],
    ["tco", [1000, 5, null, null, null, null], [1000, 5, 0, 0, 0, 0]],
    ["tcoSchedule", [1000, 3, null, null, null, null], [1000, 3, 0, 0, 0, 0]],
    ["breakEven", [120_000, 90_000, null, null, null, null], [120_000, 90_000, 0, 0, 0, 0]],
    ["breakEven", [120_000, 90_000, 50_000, null, null, null], [120_000, 90_000, 50_000, 0, 0, 0]],
    ["cioTransitionCost", [200_000, null, null, null, null, null], [200_000, 0.33, 4, 6, 2, 0]],
    ["cioContinuityCost", [200_000, 60, null, null, null], [200_000, 60, 24, 200_000 * (0.33 + 0.5 * 4 / 12 + 0.5 * 6 / 12 + 2 / 12), 0]],
    ["cioDepartures", [60, null, null], [60, 24]],
    ["cioDepartures", [60, null, 0.9], [60, 24, 0.9]],
    ["slaAttainment", [[[3], [5]], [[4]], null], [[[3], [5]], [[4]], true]],
    ["kpiStatus", [92, 100, null, null], [92, 100, true, 0.1]],
    ["kpiStatus", [89, 100, null, null], [89, 100, true, 0.1]],
  ] as [keyof Wrappers, unknown[], unknown[]][])("%s(%j) = %s(explicit defaults)", (name, omitted, explicit) => {
    const a = F[name](...omitted);
    const b = F[name](...explicit);
    if (typeof a === "number") expect(Math.abs(a - (b as number))).toBeLessThanOrEqual(1e-9 * Math.abs(b as number));
    else expect(a).toEqual(b);
  });

  test("a 1×1 range holding a blank cell is an omitted argument too", () => {
    expect(F.tco(1000, 2, [[null]], [[""]])).toBe(2000);
  });
});

describe("hostile input gets the error docs/spec.md §1.1 names", () => {
  test.each([
    // mistaken percentages in share inputs: #VALUE! with the exact message
    ["benefits_rate 30", () => messageOf(F.loadedCost, [[100_000]], 30), "benefits_rate is 30: enter 30% or 0.3"],
    ["overhead_rate 15", () => messageOf(F.loadedCost, [[100_000]], null, 15), "overhead_rate is 15: enter 15% or 0.15"],
    ["governance_rate 6", () => messageOf(F.outsourcedCost, 100_000, 6), "governance_rate is 6: enter 6% or 0.06"],
    ["search_fee_rate 33", () => messageOf(F.cioTransitionCost, 100_000, 33), "search_fee_rate is 33: enter 33% or 0.33"],
    ["amber_band 10", () => messageOf(F.kpiStatus, 1, 2, true, 10), "amber_band is 10: enter 10% or 0.1"],
    ["benefits_rate 1.1", () => messageOf(F.loadedCost, [[100_000]], 1.1), "benefits_rate is 1.1: enter 1.1% or 0.011"],
  ])("%s", (_what, call, message) => {
    expect(call()).toBe(message);
  });

  test.each([
    // text, booleans and wrong shapes: #VALUE!
    ["text salary", () => codeOf(F.loadedCost, [["50k"]]), "#VALUE!"],
    ["TRUE among salaries", () => codeOf(F.loadedCost, [[50_000], [true]]), "#VALUE!"],
    ["text in a cost range", () => codeOf(F.roi, [[100]], [[50], ["n/a"]]), "#VALUE!"],
    ["text among cash flows", () => codeOf(F.payback, [[-100], ["x"], [200]]), "#VALUE!"],
    ["text among SLA actuals", () => codeOf(F.slaAttainment, [[0.99], ["down"]], [[0.98]]), "#VALUE!"],
    ["text annual cost", () => codeOf(F.tco, "lots", 5), "#VALUE!"],
    ["boolean annual cost", () => codeOf(F.tco, true, 5), "#VALUE!"],
    ["a range where one value belongs", () => codeOf(F.tco, [[1, 2]], 5), "#VALUE!"],
    ["a ragged range", () => codeOf(F.roi, [[1, 2], [3]], [[1]]), "#VALUE!"],
    ["targets of another shape", () => codeOf(F.slaAttainment, [[1], [2], [3]], [[1], [2]]), "#VALUE!"],
    ["text for higher_is_better", () => codeOf(F.kpiStatus, 1, 2, "yes"), "#VALUE!"],
    ["a 30 for an escalation is out of range", () => codeOf(F.tco, 1000, 5, 30), "#NUM!"],
    ["a blank target beside a measured actual", () => codeOf(F.slaAttainment, [[0.99], [0.97]], [[0.98], [null]]), "#VALUE!"],
    // out-of-range numbers: #NUM!
    ["negative salary", () => codeOf(F.loadedCost, [[50_000], [-1]]), "#NUM!"],
    ["negative fee", () => codeOf(F.outsourcedCost, -5), "#NUM!"],
    ["negative benefits rate", () => codeOf(F.loadedCost, [[1]], -0.1), "#NUM!"],
    ["non-integer years", () => codeOf(F.tco, 1000, 2.5), "#NUM!"],
    ["0 years", () => codeOf(F.tco, 1000, 0), "#NUM!"],
    ["101 years", () => codeOf(F.tcoSchedule, 1000, 101), "#NUM!"],
    ["escalation −100%", () => codeOf(F.tco, 1000, 5, -1), "#NUM!"],
    ["discount rate above 100%", () => codeOf(F.breakEven, 10, 5, 1, 0, 0, 1.01), "#NUM!"],
    ["zero tenure", () => codeOf(F.cioContinuityCost, 1000, 12, 0), "#NUM!"],
    ["negative horizon", () => codeOf(F.cioContinuityCost, 1000, -12), "#NUM!"],
    ["negative vacancy", () => codeOf(F.cioTransitionCost, 1000, null, -1), "#NUM!"],
    ["a probability of 30 (not a share: #NUM!)", () => codeOf(F.triangularInv, 30, 0, 1, 2), "#NUM!"],
    ["a mode above high", () => codeOf(F.triangularInv, 0.5, 0, 3, 2), "#NUM!"],
    ["text for low", () => codeOf(F.triangularInv, 0.5, "low", 1, 2), "#VALUE!"],
    ["a horizon over 1,200 months", () => codeOf(F.cioDepartures, 1201), "#NUM!"],
    ["a tenure under 1 month", () => codeOf(F.cioDepartures, 60, 0.9), "#NUM!"],
    ["a departures probability above 1", () => codeOf(F.cioDepartures, 60, 24, 1.1), "#NUM!"],
    ["1e308 in a triangle", () => codeOf(F.triangularInv, 0.5, -1e308, 0, 1e308), "#NUM!"],
    // overflow: #NUM!, never Infinity
    ["1e308 a year for 2 years", () => codeOf(F.tco, 1e308, 2), "#NUM!"],
    ["two salaries of 1e308", () => codeOf(F.loadedCost, [[1e308], [1e308]]), "#NUM!"],
    ["1e308 benefits", () => codeOf(F.roi, [[1e308], [1e308]], 1), "#NUM!"],
    ["a 1e308 schedule", () => codeOf(F.tcoSchedule, 1e308, 3, 1), "#NUM!"],
    ["1e308 continuity", () => codeOf(F.cioContinuityCost, 1e308, 1e308), "#NUM!"],
    ["cash flows adding to −Infinity", () => codeOf(F.payback, [[-1e308], [-1e308]]), "#NUM!"],
    ["costs escalating past 1e308", () => codeOf(F.breakEven, 1e308, 1e308, 1e308, 1, 1), "#NUM!"],
    // no answer: #DIV/0! and #N/A
    ["costs summing to 0", () => codeOf(F.roi, [[10]], [[null]]), "#DIV/0!"],
    ["nothing measured", () => codeOf(F.slaAttainment, [[null], [""]], [[0.9]]), "#DIV/0!"],
    ["never breaks even", () => codeOf(F.breakEven, 100, 200, 1), "#N/A"],
    ["never pays back", () => codeOf(F.payback, [[-100], [10]]), "#N/A"],
    ["required argument omitted", () => codeOf(F.tco, 1000, null), "#VALUE!"],
  ])("%s", (_what, call, code) => {
    expect(call()).toBe(code);
  });

  test("1e308 that fits is a number, and a huge miss is RED, not AMBER", () => {
    expect(F.loadedCost([[1e308]], 0, 0)).toBe(1e308);
    expect(F.kpiStatus(-1e308, 1e308)).toBe("RED");
    expect(F.kpiStatus(1e308, -1e308)).toBe("GREEN");
  });

  test("#VALUE! and #N/A carry a message naming the argument; #NUM! and #DIV/0! carry none (Excel would not show it)", () => {
    expect(messageOf(F.roi, [[100]], [[50], ["n/a"]])).toMatch(/^costs holds text \("n\/a"\)/);
    expect(messageOf(F.breakEven, 100, 200, 1)).toMatch(/never breaks even/);
    expect(messageOf(F.tco, 1000, 2.5)).toBe("");
    expect(messageOf(F.roi, [[10]], [[0]])).toBe("");
  });
});

describe("whatever Excel passes, only a finite result or CustomFunctions.Error comes back", () => {
  const scalar = fc.oneof(
    fc.double(),
    fc.integer(),
    fc.constantFrom(0, -0, 1, -1, 0.5, 2.5, 30, 101, 1200, 1e308, -1e308, 5e-324, NaN, Infinity, -Infinity),
    fc.string({ maxLength: 6 }),
    fc.constantFrom("", "TRUE", "1", "#N/A"),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
  );
  const range = fc.array(fc.array(scalar, { maxLength: 4 }), { maxLength: 4 });
  const raw = fc.oneof({ weight: 6, arbitrary: scalar }, { weight: 3, arbitrary: range }, { weight: 1, arbitrary: fc.anything() });

  test("every wrapper, 300 random argument lists each", () => {
    const RAG = ["GREEN", "AMBER", "RED"];
    for (const [name, fn] of Object.entries(F)) {
      fc.assert(
        fc.property(fc.array(raw, { minLength: 0, maxLength: 7 }), (args) => {
          const o = outcome(fn, ...args);
          if ("code" in o) {
            expect(EXCEL_ERROR_CODES).toContain(o.code);
            if (CODES_WITH_MESSAGE.includes(o.code)) expect(o.message.length).toBeGreaterThan(0);
            else expect(o.message).toBe("");
            return;
          }
          const v = o.value;
          if (typeof v === "string") return expect(RAG).toContain(v);
          if (Array.isArray(v)) {
            expect(name).toBe("tcoSchedule");
            for (const row of v) {
              expect(row).toHaveLength(4);
              for (const x of row) expect(Number.isFinite(x)).toBe(true);
            }
            return;
          }
          expect(typeof v === "number" && Number.isFinite(v) && !Object.is(v, -0)).toBe(true);
        }),
        { numRuns: 300 },
      );
    }
  });
});
