/**
 * The formula rewriter on hand-made formulas: where calls are found (nested, in any case, in the
 * stored _xldudf_ form), how arguments split (texts and sheet names with commas, array
 * constants, omitted arguments), and every way it declines. Where the result is a number, a
 * spreadsheet engine evaluates the rewritten formula and the expected value is worked by hand.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { hasSmartsourceCall, rewriteFormula } from "../../src/sharing/rewriteFormula";
import { HF_CONFIG } from "../functions/support/engine";

function rewritten(formula: string): string {
  const r = rewriteFormula(formula);
  if (!r.ok) throw new Error(`not rewritten: ${r.reason}`);
  return r.formula;
}

/** Evaluates `formula` in cell Z1 of a sheet "Data" holding `cells` (A1 address → value), beside a sheet "My, sheet". */
function evaluate(formula: string, cells: Record<string, number | string | null>, other: Record<string, number> = {}): unknown {
  const hf = HyperFormula.buildEmpty(HF_CONFIG);
  try {
    const data = hf.getSheetId(hf.addSheet("Data"))!;
    const mine = hf.getSheetId(hf.addSheet("My, sheet"))!;
    const put = (sheet: number, address: string, v: unknown) => {
      const at = hf.simpleCellAddressFromString(address, sheet)!;
      hf.setCellContents(at, [[v as number]]);
    };
    for (const [a, v] of Object.entries(cells)) put(data, a, v);
    for (const [a, v] of Object.entries(other)) put(mine, a, v);
    put(data, "Z1", formula);
    const v = hf.getCellValue(hf.simpleCellAddressFromString("Z1", data)!);
    return v instanceof DetailedCellError ? v.value : v;
  } finally {
    hf.destroy();
  }
}

describe("finding and rewriting calls", () => {
  test("a single call becomes the function table's native formula, defaults filled in", () => {
    expect(rewritten("=SMARTSOURCE.OUTSOURCEDCOST(100000)")).toBe("=100000*(1+0.06)");
    expect(rewritten("=SMARTSOURCE.LOADEDCOST(B1:B9)")).toBe("=SUM(B1:B9)*(1+0.42+0.15)");
    expect(rewritten("=SMARTSOURCE.ROI(B1:B3,C1:C3)")).toBe("=(SUM(B1:B3)-SUM(C1:C3))/SUM(C1:C3)");
  });

  test("nested in other functions, with a Smartsource call as another's argument, inner first", () => {
    const f = "=ROUND(SMARTSOURCE.TCO(A1,5),0)+SMARTSOURCE.LOADEDCOST(B1:B3)";
    expect(rewritten(f)).toBe("=ROUND(A1*5,0)+(SUM(B1:B3)*(1+0.42+0.15))");
    // 1234.4 a year for 5 years is 6172 (rounded), plus (10+20+30) × 1.57 = 94.2.
    expect(evaluate(rewritten(f), { A1: 1234.4, B1: 10, B2: 20, B3: 30 })).toBeCloseTo(6172 + 94.2, 9);

    const inner = "=SMARTSOURCE.TCO(SMARTSOURCE.OUTSOURCEDCOST(SMARTSOURCE.LOADEDCOST(B1:B3),0.1),2)";
    const out = rewritten(inner);
    expect(out).not.toMatch(/SMARTSOURCE/i);
    // 60 × 1.57 = 94.2 loaded; × 1.1 = 103.62 outsourced; two years nominal = 207.24.
    expect(evaluate(out, { B1: 10, B2: 20, B3: 30 })).toBeCloseTo(207.24, 9);
  });

  test("a call inside a larger expression keeps its precedence", () => {
    const f = "=2^SMARTSOURCE.OUTSOURCEDCOST(A1,0.5)-SMARTSOURCE.OUTSOURCEDCOST(A1,0.5)";
    expect(rewritten(f)).toBe("=2^(A1*(1+0.5))-(A1*(1+0.5))");
    expect(evaluate(rewritten(f), { A1: 2 })).toBe(2 ** 3 - 3);
    // The implicit-intersection operator Excel may show stays on the whole native expression.
    expect(rewritten("=@SMARTSOURCE.OUTSOURCEDCOST(A1)")).toBe("=@(A1*(1+0.06))");
    // A native that is one function call needs no parentheses.
    expect(rewritten("=1+SMARTSOURCE.KPISTATUS(A1,B1)")).toMatch(/^=1\+IF\(/);
  });

  test("names in any case, and the stored _xldudf_ form (dots as underscores, stray prefixes)", () => {
    const expected = rewritten("=SMARTSOURCE.CIO.TRANSITIONCOST(A1)");
    expect(rewritten("=smartsource.cio.transitioncost(A1)")).toBe(expected);
    expect(rewritten("=_xldudf_SMARTSOURCE_CIO_TRANSITIONCOST(A1)")).toBe(expected);
    expect(rewritten("=[2]!_xldudf_SMARTSOURCE_CIO_TRANSITIONCOST(A1)")).toBe(expected);
    expect(rewritten("=BloombergUI.xla!_xldudf_SMARTSOURCE_CIO_TRANSITIONCOST(A1)")).toBe(expected);
    // 240,000 × (0.33 + 0.5·4/12 + 0.5·6/12 + 2/12) = 240,000 × (0.33 + 7/12) = 79,200 + 140,000.
    expect(evaluate(expected, { A1: 240_000 })).toBeCloseTo(219_200, 6);
  });

  test("texts and sheet names with commas and doubled quotes, and array constants, stay one argument", () => {
    expect(rewritten(`=SMARTSOURCE.LOADEDCOST('My, sheet'!A1:A2,'My, sheet'!B1)`)).toBe(`=SUM('My, sheet'!A1:A2)*(1+(IF('My, sheet'!B1="",0.42,'My, sheet'!B1))+0.15)`);
    expect(evaluate(rewritten(`=SMARTSOURCE.LOADEDCOST('My, sheet'!A1:A2,'My, sheet'!B1)`), {}, { A1: 100, A2: 300, B1: 0.25 })).toBeCloseTo(400 * 1.4, 9);
    expect(rewritten(`=IF(A1="a,b",SMARTSOURCE.OUTSOURCEDCOST(5),"say ""SMARTSOURCE.TCO(1,2)"", ok")`)).toBe(
      `=IF(A1="a,b",5*(1+0.06),"say ""SMARTSOURCE.TCO(1,2)"", ok")`,
    );
    expect(rewritten("=SMARTSOURCE.LOADEDCOST({1,2;3,4},0.1)")).toBe("=SUM({1,2;3,4})*(1+0.1+0.15)");
    expect(evaluate(rewritten("=SMARTSOURCE.LOADEDCOST({1,2;3,4},0.1)"), {})).toBeCloseTo(10 * 1.25, 9);
    expect(rewritten("=SMARTSOURCE.ROI(SUM(B1,B2),(C1,C2))")).toBe("=(SUM(SUM(B1,B2))-SUM((C1,C2)))/SUM((C1,C2))");
  });

  test("omitted arguments (empty between commas, or missing at the end) take their defaults", () => {
    const f = rewritten("=SMARTSOURCE.TCO(A1,5,,0.08)");
    // Escalation 0 and discount 8%: Σ 1000/1.08^t for t = 1..5.
    const expected = [1, 2, 3, 4, 5].reduce((s, t) => s + 1000 / 1.08 ** t, 0);
    expect(evaluate(f, { A1: 1000 })).toBeCloseTo(expected, 9);
    expect(rewritten("=SMARTSOURCE.TCO(A1, 5 , , 0.08 , )")).toBe(f);
  });

  test("an optional argument that is a cell reference keeps the default when the cell is empty", () => {
    const f = rewritten("=SMARTSOURCE.LOADEDCOST(A1,B1,C1)");
    expect(evaluate(f, { A1: 1000, B1: null, C1: 0.1 })).toBeCloseTo(1000 * 1.52, 9);
    expect(evaluate(f, { A1: 1000, B1: 0, C1: null })).toBeCloseTo(1000 * 1.15, 9);
    // KPISTATUS(8, 10, <empty>) is "lower is better" only when the cell says FALSE.
    expect(evaluate(rewritten("=SMARTSOURCE.KPISTATUS(A1,B1,C1)"), { A1: 8, B1: 10, C1: null })).toBe("RED");
    expect(evaluate(rewritten("=SMARTSOURCE.KPISTATUS(A1,B1,C1)"), { A1: 8, B1: 10, C1: false as unknown as number })).toBe("GREEN");
  });

  test("an optional argument without a default that is a cell reference: an empty cell takes the function's other form", () => {
    // CIO.DEPARTURES without a probability is the expected number; with one, a binomial quantile.
    const f = rewritten("=SMARTSOURCE.CIO.DEPARTURES(A1,B1,C1)");
    expect(f).toBe("=IF(C1=\"\",A1/(IF(B1=\"\",24,B1)),IF(C1<=0,0,IF(C1>=1,ROUND(A1,0),BINOM.INV(ROUND(A1,0),1/(IF(B1=\"\",24,B1)),C1))))");
    // 60 months, empty tenure (24): 60/24 = 2.5 expected; at 0.9 the quantile is 5 (CDF(4) = 0.8955 < 0.9 ≤ CDF(5) = 0.9615).
    expect(evaluate(f, { A1: 60, B1: null, C1: null })).toBe(2.5);
    expect(evaluate(f, { A1: 60, B1: null, C1: 0.9 })).toBe(5);
    // A probability left out or given as a number needs no IF.
    expect(rewritten("=SMARTSOURCE.CIO.DEPARTURES(A1)")).toBe("=A1/24");
    expect(rewritten("=SMARTSOURCE.CIO.DEPARTURES(A1,,0.9)")).toBe("=IF(0.9<=0,0,IF(0.9>=1,ROUND(A1,0),BINOM.INV(ROUND(A1,0),1/24,0.9)))");
  });

  test("formulas without a Smartsource call come back unchanged with no calls", () => {
    for (const f of ["=SUM(A1:A3)", '="SMARTSOURCE.TCO(1,2)"', "=MYSMARTSOURCE.TCO(1,2)", "=A1", "plain text", "=XSMARTSOURCE.TCO(1)"]) {
      expect(rewriteFormula(f)).toEqual({ ok: true, formula: f, calls: [] });
      expect(hasSmartsourceCall(f)).toBe(false);
    }
    expect(hasSmartsourceCall("=1+smartsource.roi(A1,B1)")).toBe(true);
    expect(hasSmartsourceCall("=_xldudf_SMARTSOURCE_PAYBACK(A1:A5)")).toBe(true);
  });
});

describe("declining", () => {
  test("a function without a native equivalent: freezable, with its name, wherever it sits", () => {
    for (const [f, name] of [
      ["=SMARTSOURCE.BREAKEVEN(A1,B1,C1)", "BREAKEVEN"],
      ["=IF(SMARTSOURCE.PAYBACK(A1:A9)>3,\"slow\",\"fast\")", "PAYBACK"],
      ["=SMARTSOURCE.TCOSCHEDULE(A1,5)", "TCOSCHEDULE"],
      ["=SMARTSOURCE.TCO(SMARTSOURCE.BREAKEVEN(A1,B1),5)", "BREAKEVEN"],
    ]) {
      const r = rewriteFormula(f);
      expect(r).toMatchObject({ ok: false, problem: "no-native", freezable: true });
      expect(!r.ok && r.reason).toBe(`SMARTSOURCE.${name} has no native Excel equivalent`);
    }
  });

  test("a RAND argument the native formula would repeat: freezable, saying why", () => {
    const r = rewriteFormula("=SMARTSOURCE.TCO(A1,5,RAND()/10,0.05)");
    expect(r).toMatchObject({ ok: false, problem: "volatile", freezable: true });
    expect(!r.ok && r.reason).toMatch(/uses RAND, which its native formula would evaluate more than once/);
    // Used once (the annual cost of a nominal TCO), RAND is fine.
    expect(rewritten("=SMARTSOURCE.TCO(RAND(),5)")).toBe("=(RAND())*5");
  });

  test("wrong argument counts and unknown functions are left, with the reason", () => {
    expect(rewriteFormula("=SMARTSOURCE.OUTSOURCEDCOST(A1,0.1,3)")).toMatchObject({ ok: false, problem: "arguments", freezable: false, reason: "SMARTSOURCE.OUTSOURCEDCOST takes at most 2 arguments, not 3" });
    expect(rewriteFormula("=SMARTSOURCE.TCO(A1)")).toMatchObject({ ok: false, problem: "arguments", reason: "SMARTSOURCE.TCO needs its years argument" });
    expect(rewriteFormula("=SMARTSOURCE.TCO(,5)")).toMatchObject({ ok: false, problem: "arguments", reason: "SMARTSOURCE.TCO needs its annual_cost argument" });
    expect(rewriteFormula("=SMARTSOURCE.ROI()")).toMatchObject({ ok: false, problem: "arguments", reason: "SMARTSOURCE.ROI needs its benefits argument" });
    expect(rewriteFormula("=1+SMARTSOURCE.MAGIC(A1)")).toMatchObject({ ok: false, problem: "unknown-function", reason: "SMARTSOURCE.MAGIC is not a Smartsource function" });
    expect(rewriteFormula("=_xldudf_SMARTSOURCE_NOPE(1)")).toMatchObject({ ok: false, problem: "unknown-function", reason: "_xldudf_SMARTSOURCE_NOPE is not a Smartsource function" });
  });

  test("malformed formulas are left with a syntax reason, never thrown", () => {
    for (const [f, why] of [
      ["=SMARTSOURCE.TCO(A1,5", "a ( has no matching )"],
      ['=SMARTSOURCE.TCO("A1,5)', "a text in quotes is not closed"],
      ["=SMARTSOURCE.TCO('My sheet!A1,5)", "a quoted sheet name is not closed"],
      ["=SMARTSOURCE.LOADEDCOST({1,2)", "an array constant { } is not closed"],
      ["=SMARTSOURCE.LOADEDCOST(1})", "a } has no matching {"],
    ]) {
      expect(rewriteFormula(f)).toMatchObject({ ok: false, problem: "syntax", freezable: false, reason: `the formula could not be read: ${why}` });
    }
  });
});
