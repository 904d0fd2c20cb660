/**
 * The sentence number texts against a real spreadsheet engine: moneyFormula / percentFormula /
 * rateFormula written into an .xlsx, recalculated by LibreOffice Calc, must read exactly as
 * moneyText / percentText / rateText (HyperFormula has no FIXED, so Calc is the referee).
 */
import { Workbook } from "exceljs";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { moneyFormula, moneyText, percentFormula, percentText, rateFormula, rateText } from "../../src/model/moneyText";
import { recalculateXlsx, requireSoffice } from "../helpers/libreoffice";
import { readXlsx } from "../helpers/readXlsx";

const money: [number, string][] = [
  [1_203_000, "USD"],
  [1_234.5, "EUR"],
  [0.49, "GBP"],
  [999.5, "CHF"],
  [1e12, "SEK"],
  [12_345_678.5, "JPY"],
  [148_140, "NOK"],
];
const percents = [0.38009, 0.005, 0.285, 1, 0.125, -0.575];
const rates = [0.08, 0.065, 0.0815, -0.005, 0.25, -0.0004];

test("LibreOffice's FIXED gives the model's texts", async () => {
  if (!requireSoffice("sentence number texts")) return;
  const work = mkdtempSync(join(tmpdir(), "ss-fixed-"));
  try {
    const wb = new Workbook();
    const ws = wb.addWorksheet("S");
    const expected: string[] = [];
    const add = (value: number, formula: (cell: string) => string, text: string) => {
      const row = expected.length + 1;
      ws.getCell(row, 1).value = value;
      ws.getCell(row, 2).value = { formula: formula(`A${row}`) };
      expected.push(text);
    };
    for (const [x, c] of money) add(x, (cell) => moneyFormula(cell, c), moneyText(x, c));
    for (const x of percents) add(x, percentFormula, percentText(x));
    for (const x of rates) add(x, rateFormula, rateText(x));
    const file = join(work, "texts.xlsx");
    await wb.xlsx.writeFile(file);
    const [out] = recalculateXlsx([file], join(work, "out"));
    const sheet = (await readXlsx(out)).getWorksheet("S")!;
    const got = expected.map((_, k) => (sheet.getCell(k + 1, 2).value as { result?: unknown }).result);
    expect(got).toEqual(expected);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}, 240_000); // one Calc start, slow on a shared machine
