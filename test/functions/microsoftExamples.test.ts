/**
 * TCO reuses Excel's conventions: a discounted TCO is NPV of the yearly costs (each paid at a
 * year end) plus the upfront cost, and a level cost over n years is a PV/PMT annuity. First
 * HyperFormula reproduces Microsoft's documented NPV, PMT and PV examples to the cent, then it
 * evaluates those functions on the same inputs as the model.
 */
import { invoke } from "../../src/model/functionTable";
import { Engine, relDiff } from "./support/engine";

let engine: Engine;
beforeAll(() => (engine = new Engine()));
afterAll(() => engine.destroy());

const n = (formula: string, grid: (number | string | null)[][] = []) => {
  const v = engine.evaluate(grid, formula);
  if (typeof v !== "number") throw new Error(`${formula} gave ${JSON.stringify(v)}`);
  return v;
};
const cents = (x: number) => Math.round(x * 100) / 100;
const tco = (...args: unknown[]) => invoke("TCO", args) as number;

describe("HyperFormula reproduces Microsoft's documented examples", () => {
  test("NPV example 1: 10%, −10,000, 3,000, 4,200, 6,800 → 1,188.44", () => {
    expect(cents(n("NPV(0.1,-10000,3000,4200,6800)"))).toBe(1188.44);
  });
  test("NPV example 2: 8%, −40,000 now, then 8,000, 9,200, 10,000, 12,000, 14,500 → 1,922.06; with −9,000 in year 6 → −3,749.47", () => {
    const grid = [[0.08], [-40000], [8000], [9200], [10000], [12000], [14500]];
    expect(cents(n("NPV(A1,A3:A7)+A2", grid))).toBe(1922.06);
    expect(cents(n("NPV(A1,A3:A7,-9000)+A2", grid))).toBe(-3749.47);
  });
  test("PMT: 8% a year, 10 monthly payments, 10,000 loan → −1,037.03", () => {
    expect(cents(n("PMT(0.08/12,10,10000)"))).toBe(-1037.03);
  });
  test("PV: 500 a month for 20 years at 8% → −59,777.15", () => {
    expect(cents(n("PV(0.08/12,12*20,500,,0)"))).toBe(-59777.15);
  });
});

describe("TCO follows the same conventions", () => {
  test("with no escalation, TCO of the NPV example's rate and investment is 40,000 + NPV(8%, five level costs)", () => {
    const grid = [[0.08], [40000], [10000]];
    const excel = n("A2+NPV(A1,A3,A3,A3,A3,A3)", grid);
    expect(relDiff(tco(10000, 5, 0, 0.08, 40000), excel)).toBeLessThan(1e-9);
  });

  test("with escalation and an exit cost, TCO = upfront + NPV of each year's escalated cost, exit added to the last year", () => {
    // Microsoft's example 2 amounts as a starting cost (8,000), escalating 15% a year, exit 9,000.
    const grid = [[0.08], [40000], [8000], [0.15], [9000]];
    const years = [1, 2, 3, 4, 5].map((t) => `A3*(1+A4)^${t - 1}`);
    years[4] += "+A5";
    const excel = n(`A2+NPV(A1,${years.join(",")})`, grid);
    expect(relDiff(tco(8000, 5, 0.15, 0.08, 40000, 9000), excel)).toBeLessThan(1e-9);
  });

  test("a level annual cost over n years is −PV(rate, n, cost): 500 a year for 20 years at 8%", () => {
    expect(relDiff(tco(500, 20, 0, 0.08), -n("PV(0.08,20,500)"))).toBeLessThan(1e-9);
  });

  test("PMT's level payment, discounted by TCO over the loan's 10 periods, gives back the 10,000 borrowed", () => {
    const payment = -n("PMT(0.08/12,10,10000)"); // 1,037.03 a period
    expect(relDiff(tco(payment, 10, 0, 0.08 / 12), 10000)).toBeLessThan(1e-9);
  });
});
