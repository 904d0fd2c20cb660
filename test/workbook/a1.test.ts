/**
 * The A1 module against hand-worked cases (Excel's columns run A..Z, AA..AZ, BA.., ZZ, AAA..XFD,
 * 16,384 in all) and against HyperFormula's own address printer and parser (whose sheet quoting
 * is not Excel's: it leaves 2024!A1 bare, so quoting is checked on hand-worked cases only).
 */
import { HyperFormula } from "hyperformula";
import {
  a1,
  absoluteRange,
  columnIndex,
  columnLetters,
  fixedColumnA1,
  parseCell,
  parseRange,
  quoteSheet,
  rectAddress,
  rowsA1,
  sheetCellRef,
  splitReference,
} from "../../src/workbook/plan/a1";
import { HF_CONFIG } from "../functions/support/engine";

const SHEETS = ["Data", "SS Inputs", "Bob's", "It''s", "_x.y", "2024", "Q1-Q2"];
const hf = HyperFormula.buildFromSheets({ Data: [[1]] }, HF_CONFIG);
afterAll(() => hf.destroy());
const data = hf.getSheetId("Data")!;
const hfAddress = (row: number, col: number) => hf.simpleCellAddressToString({ sheet: data, row, col }, { includeSheetName: false });

describe("column letters", () => {
  test.each([
    [0, "A"],
    [9, "J"],
    [10, "K"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %i is %s, and back", (col, letters) => {
    expect(columnLetters(col)).toBe(letters);
    expect(columnIndex(letters)).toBe(col);
    expect(columnIndex(letters.toLowerCase())).toBe(col);
  });

  test("every one of Excel's 16,384 columns prints as HyperFormula prints it and parses back", () => {
    const cols = Array.from({ length: 16384 }, (_, col) => col);
    expect(cols.map((col) => a1(6, col))).toEqual(cols.map((col) => hfAddress(6, col)));
    expect(cols.filter((col) => parseCell(a1(6, col)).col !== col || parseCell(a1(6, col)).row !== 6)).toEqual([]);
  });

  test("a negative or fractional column, or a column with other characters, is refused", () => {
    expect(() => columnLetters(-1)).toThrow(/column/);
    expect(() => columnLetters(1.5)).toThrow(/column/);
    expect(() => columnIndex("A1")).toThrow(/not a column/);
    expect(() => columnIndex("")).toThrow(/not a column/);
  });
});

describe("cells and ranges", () => {
  test("absolute, relative and column-fixed cells", () => {
    expect(a1(4, 2)).toBe("C5");
    expect(a1(4, 2, true)).toBe("$C$5");
    expect(a1(0, 27, true)).toBe("$AB$1");
    expect(fixedColumnA1(4, 10)).toBe("$K5");
    expect(fixedColumnA1(99, 26)).toBe("$AA100");
  });

  test("a cell parses with or without $ and in either case, as HyperFormula parses it", () => {
    for (const text of ["C5", "$C$5", "c5", "$AA$100", "AZ7", "xfd1048576"]) {
      const hfCell = hf.simpleCellAddressFromString(text, data)!;
      expect(parseCell(text)).toEqual({ row: hfCell.row, col: hfCell.col });
    }
  });

  test("anything but one A1 cell is refused, naming the text", () => {
    for (const bad of ["A0", "5C", "ABCD1", "A12345678", "A", "1", "C5:C6", "Data!C5", ""]) expect(() => parseCell(bad)).toThrow(`"${bad}"`);
  });

  test("ranges parse to rectangles whichever corners are given, and print back", () => {
    expect(parseRange("$B$10:$D$20")).toEqual({ row: 9, col: 1, rows: 11, cols: 3 });
    expect(parseRange("D20:B10")).toEqual({ row: 9, col: 1, rows: 11, cols: 3 });
    expect(parseRange("AA1")).toEqual({ row: 0, col: 26, rows: 1, cols: 1 });
    expect(rectAddress({ row: 9, col: 1, rows: 11, cols: 3 }, true)).toBe("$B$10:$D$20");
    expect(rectAddress({ row: 0, col: 26, rows: 1, cols: 1 })).toBe("AA1");
    expect(rectAddress({ row: 0, col: 25, rows: 2, cols: 2 })).toBe("Z1:AA2");
    expect(() => parseRange("B10:")).toThrow();
    expect(() => parseRange("A1:B2:C3")).toThrow(/rectangular/);
  });

  test("absolute ranges and whole-row ranges", () => {
    expect(absoluteRange("A1:E38")).toBe("$A$1:$E$38");
    expect(absoluteRange("$z9:AA$10")).toBe("$Z$9:$AA$10");
    expect(absoluteRange("B10")).toBe("$B$10");
    expect(rowsA1({ first: 5, last: 6 })).toBe("$6:$7");
  });
});

describe("sheet names in references", () => {
  test("quoteSheet always quotes and doubles apostrophes", () => {
    expect(quoteSheet("Data")).toBe("'Data'");
    expect(quoteSheet("SS Inputs")).toBe("'SS Inputs'");
    expect(quoteSheet("Bob's")).toBe("'Bob''s'");
    expect(quoteSheet("It''s")).toBe("'It''''s'");
  });

  // Microsoft: a sheet name with spaces or non-alphabetical characters must be quoted in a reference.
  test("sheetCellRef quotes only where the name needs it", () => {
    expect(sheetCellRef("Data", "C5")).toBe("Data!C5");
    expect(sheetCellRef("_x.y", "C5")).toBe("_x.y!C5");
    expect(sheetCellRef("SS Inputs", "C5")).toBe("'SS Inputs'!C5");
    expect(sheetCellRef("Bob's", "A1")).toBe("'Bob''s'!A1");
    expect(sheetCellRef("2024", "A1")).toBe("'2024'!A1");
    expect(sheetCellRef("Q1-Q2", "A1")).toBe("'Q1-Q2'!A1");
  });

  test("a name's formula splits into sheet and address, undoing the quoting; anything else is not a reference", () => {
    expect(splitReference("='It''s SS'!$A$1:$B$2")).toEqual({ sheet: "It's SS", address: "$A$1:$B$2" });
    expect(splitReference("=Data!B3")).toEqual({ sheet: "Data", address: "B3" });
    for (const name of SHEETS) {
      expect(splitReference(`=${quoteSheet(name)}!$C$5`)).toEqual({ sheet: name, address: "$C$5" });
      expect(splitReference(sheetCellRef(name, "AA1:AB2"))).toEqual({ sheet: name, address: "AA1:AB2" });
    }
    for (const f of ["=#REF!$A$1", "=1", "=SUM(Data!A1:A2)", '="text"', "=Data!A1:B2:C3", "=SS Inputs!A1"]) expect(splitReference(f)).toBeNull();
  });
});
