/** The pure pieces of the Office writer: block arrays, style rectangles, widths, rules, sheet ownership and names (A1 parsing: test/workbook/a1.test.ts). */
import { chooseSheetNames, ownedSheets } from "../../src/workbook/office/ownership";
import { blockArrays, styleRects, validationRule, widthPoints, widthRuns } from "../../src/workbook/office/planArrays";
import { Block, StyleDef } from "../../src/workbook/plan/plan";

const styles: Record<string, StyleDef> = { money: { numFmt: '"$"#,##0' }, txt: { numFmt: "@" }, plain: {}, user: { numFmt: "@", quotePrefix: true } };

describe("blockArrays", () => {
  const block: Block = {
    row: 4,
    col: 1,
    cells: [
      [{ value: "=1+1" }, { value: 12.5, style: "money" }, { formula: "B5*2", style: "money" }],
      [{ value: null }, { formula: "UPPER(B5)", style: "txt" }, { value: true, numFmt: "0" }],
    ],
  };

  test("formulas get their '=', strings the text format, blanks clear, numbers keep their style's format", () => {
    expect(blockArrays(block, styles)).toEqual({
      formulas: [
        ["=1+1", 12.5, "=B5*2"],
        ["", "=UPPER(B5)", true],
      ],
      numberFormat: [
        ["@", '"$"#,##0', '"$"#,##0'],
        // A formula must not sit in a text-formatted cell: it would never calculate.
        ["General", "General", "0"],
      ],
    });
  });

  test("kept cells (tracked data) are null, so Excel leaves them as they are; a planned format still applies", () => {
    const keep = (row: number, col: number) => row === 4 && col >= 2;
    const a = blockArrays(block, styles, keep);
    expect(a.formulas[0]).toEqual(["=1+1", null, null]);
    expect(a.numberFormat[0]).toEqual(["@", '"$"#,##0', '"$"#,##0']);
    expect(blockArrays({ row: 4, col: 2, cells: [[{ value: 1 }]] }, styles, keep).numberFormat).toEqual([[null]]);
  });

  test("user text (a quote-prefix style) is written with the apostrophe Excel takes as the prefix; labels are not", () => {
    const user: Block = { row: 0, col: 0, cells: [[{ value: "=1+1", style: "user" }, { value: "'Tis", style: "user" }, { value: "Label", style: "txt" }, { value: 5, style: "user" }]] };
    expect(blockArrays(user, styles)).toEqual({ formulas: [["'=1+1", "''Tis", "Label", 5]], numberFormat: [["@", "@", "@", "@"]] });
  });

  test("a non-finite number is refused", () => {
    expect(() => blockArrays({ row: 0, col: 0, cells: [[{ value: Infinity }]] }, styles)).toThrow(/Infinity/);
  });
});

test("styleRects merges runs of one style into rectangles, row runs downwards", () => {
  const s = (style?: string) => ({ value: 1, style });
  const block: Block = {
    row: 10,
    col: 2,
    cells: [
      [s("a"), s("a"), s("b")],
      [s("a"), s("a"), s("b")],
      [s("a"), s(), s("b")],
    ],
  };
  const rects = styleRects([block]);
  expect(rects.get("a")).toEqual([
    { row: 10, col: 2, rows: 2, cols: 2 },
    { row: 12, col: 2, rows: 1, cols: 1 },
  ]);
  expect(rects.get("b")).toEqual([{ row: 10, col: 4, rows: 3, cols: 1 }]);
});

test("column widths: Excel's default 8.43 characters is 64 px = 48 pt; equal neighbours share one call", () => {
  expect(widthPoints(8.43)).toBeCloseTo(48, 1);
  expect(widthPoints(10)).toBe(56.25); // (10·7 + 5) px · 0.75
  expect(widthRuns([10, 10, 12, 10])).toEqual([
    [0, 2, 10],
    [2, 1, 12],
    [3, 1, 10],
  ]);
});

test("validation rules map to Excel's operators", () => {
  expect(validationRule({ kind: "decimal", min: 0, max: 1, message: "" })).toEqual({ decimal: { formula1: 0, formula2: 1, operator: "Between" } });
  expect(validationRule({ kind: "whole", min: 0, message: "" })).toEqual({ wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } });
  expect(validationRule({ kind: "decimal", max: 5, message: "" })).toEqual({ decimal: { formula1: 5, operator: "LessThanOrEqualTo" } });
  expect(validationRule({ kind: "list", items: ["Monthly", "Quarterly"], message: "" })).toEqual({ list: { inCellDropDown: true, source: "Monthly,Quarterly" } });
});

describe("ownership", () => {
  const names = [
    { name: "SS_Sheet_tco", formula: "='My TCO'!$A$1" },
    { name: "SS_Sheet_cio", formula: "=#REF!$A$1" },
    { name: "SS_Sheet_kpi", formula: "='Gone'!$A$1" },
    { name: "SS_Sheet_inputs", formula: "='my tco'!$A$1" },
  ];
  test("a mark counts only when it points at an existing sheet (case-insensitively), and a sheet belongs to one key: the first", () => {
    expect(ownedSheets(["tco", "inputs", "cio", "kpi"], ["Sheet1", "My TCO"], names)).toEqual({ tco: "My TCO" });
    expect(ownedSheets(["inputs", "tco"], ["Sheet1", "My TCO"], names)).toEqual({ inputs: "My TCO" });
  });

  test("new sheets avoid every existing name (ignoring case, within 31 characters); owned sheets keep theirs", () => {
    const planned = { inputs: "SS Inputs", tco: "SS TCO", cio: "SS CIO", kpi: "SS KPIs", tracking: "A".repeat(31), calc: "SS Calc" };
    const c = chooseSheetNames(planned, { cio: "Our CIO" }, ["ss tco", "SS TCO (2)", "A".repeat(31), "Our CIO"], "ab12");
    expect(c.final).toEqual({ inputs: "SS Inputs", tco: "SS TCO (3)", cio: "Our CIO", kpi: "SS KPIs", tracking: `${"A".repeat(27)} (2)`, calc: "SS Calc" });
    expect(Object.keys(c.temp).sort()).toEqual(["calc", "inputs", "kpi", "tco", "tracking"]);
    const all = [...Object.values(c.final), ...Object.values(c.temp)].map((n) => n!.toLowerCase());
    expect(new Set(all).size).toBe(all.length);
    for (const n of Object.values(c.temp)) expect(n!.length).toBeLessThanOrEqual(31);
  });
});
