/**
 * The native formulas only prove anything if HyperFormula really evaluates what they use.
 * Each check here is a hand-worked case whose answer differs if the engine cheats.
 */
import { HyperFormula } from "hyperformula";
import { FUNCTIONS, nativeFormula } from "../../src/model/functionTable";
import { Engine, HF_CONFIG } from "./support/engine";

let engine: Engine;
beforeAll(() => (engine = new Engine()));
afterAll(() => engine.destroy());

test("every function a native formula calls is one HyperFormula implements", () => {
  const known = new Set(HyperFormula.getRegisteredFunctionNames("enGB"));
  for (const [id, fn] of Object.entries(FUNCTIONS)) {
    if (!fn.native) continue;
    const texts = fn.params.map((_, i) => `A${i + 1}`);
    const called = [...fn.native(texts).matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]);
    for (const name of called) expect([id, name, known.has(name)]).toEqual([id, name, true]);
    // Defaults are spelled so HyperFormula parses them too (TRUE() not TRUE): every optional argument omitted.
    const defaults = nativeFormula(id, fn.params.map((p, i) => (p.default === undefined ? texts[i] : "")))!;
    for (const name of [...defaults.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1])) expect(known.has(name)).toBe(true);
  }
});

test("SUMPRODUCT takes ISNUMBER and comparisons over a whole range (array arithmetic)", () => {
  // A1:E1 = 1, blank, 7, 3, 5 against targets of 2 everywhere: numbers 1, 7, 3, 5 (4 of them);
  // of those 7, 3 and 5 are ≥ 2, so 3 met.
  const grid = [
    [1, null, 7, 3, 5],
    [2, 2, 2, 2, 2],
  ];
  expect(engine.evaluate(grid, "SUMPRODUCT(ISNUMBER(A1:E1)*1)")).toBe(4);
  expect(engine.evaluate(grid, "SUMPRODUCT(ISNUMBER(A1:E1)*((A1:E1-A2:E2)*IF(TRUE(),1,-1)>=0))")).toBe(3);
  // Lower is better: only 1 is ≤ 2.
  expect(engine.evaluate(grid, "SUMPRODUCT(ISNUMBER(A1:E1)*((A1:E1-A2:E2)*IF(FALSE(),1,-1)>=0))")).toBe(1);
});

test("without useArrayArithmetic HyperFormula reads only the first cell (why HF_CONFIG sets it)", () => {
  const hf = HyperFormula.buildFromArray([[1, null, 7, 3, 5], ["=SUMPRODUCT(ISNUMBER(A1:E1)*1)"]], {
    ...HF_CONFIG,
    useArrayArithmetic: false,
  });
  expect(hf.getCellValue({ sheet: 0, row: 1, col: 0 })).toBe(1); // Excel says 4
  hf.destroy();
});

test("LN, ^ with a negative fractional exponent, ABS, COUNT and TRUE() evaluate", () => {
  expect(engine.value("LN(EXP(1))")).toBeCloseTo(1, 14);
  // 1.1^(-60/12) = 1/1.1^5 = 1/1.61051
  expect(engine.value("(1+0.1)^(-60/12)")).toBeCloseTo(1 / 1.61051, 13);
  expect(engine.value("ABS(-2.5)")).toBe(2.5);
  expect(engine.evaluate([[1, null, "x", 4]], "COUNT(A1:D1)")).toBe(2);
  expect(engine.value("IF(TRUE(),1,2)")).toBe(1);
  expect(engine.value("IF(FALSE(),1,2)")).toBe(2);
});

test("BINOM.INV, ROUND and SQRT evaluate: Microsoft's BINOM.INV example, and HyperFormula refuses probabilities 0 and 1", () => {
  // Microsoft's documented example: 6 trials at 0.5, criterion 0.75 → 4 (CDF(3) = 42/64 < 0.75 ≤ CDF(4) = 57/64).
  expect(engine.value("BINOM.INV(6,0.5,0.75)")).toBe(4);
  // Why CIO.DEPARTURES' native answers 0 and 1 itself instead of passing them on.
  expect(engine.value("BINOM.INV(6,0.5,0)")).toEqual({ error: "#NUM!" });
  expect(engine.value("BINOM.INV(6,0.5,1)")).toEqual({ error: "#NUM!" });
  // HyperFormula, like LibreOffice, truncates the trials: 6.7 trials are 6 (so the native rounds first).
  // 6 trials: CDF(4) = 57/64 < 0.95 ≤ CDF(5) = 63/64 → 5; 7 trials: CDF(5) = 120/128 < 0.95 ≤ CDF(6) = 127/128 → 6.
  expect(engine.value("BINOM.INV(6.7,0.5,0.95)")).toBe(5);
  expect(engine.value("BINOM.INV(ROUND(6.7,0),0.5,0.95)")).toBe(6);
  expect(engine.value("ROUND(2.5,0)")).toBe(3);
  expect(engine.value("SQRT(6.25)")).toBe(2.5);
});

test("the bare TRUE literal is not HyperFormula syntax, so nativeFormula never emits it", () => {
  expect(engine.value("IF(TRUE,1,2)")).toEqual({ error: "#NAME?" });
  expect(nativeFormula("KPISTATUS", ["A1", "A2"])).not.toMatch(/TRUE(?!\()/);
  expect(nativeFormula("SLAATTAINMENT", ["A1:A3", "B1"])).toContain("TRUE()");
});
