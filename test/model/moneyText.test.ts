/** The sentence number texts, which the workbook builds with FIXED (moneyText.ts). */
import { fixedText, moneyAffixes, moneyFormula, moneyText, percentFormula, percentText, rateFormula, rateText } from "../../src/model/moneyText";

test("fixedText equals LibreOffice Calc's FIXED (results of a recalculated sheet, copied here)", () => {
  // Calc: =FIXED(1234.5,0) "1,235"; =FIXED(2.5,0) "3"; =FIXED(-1234567.5,0) "-1,234,568" (ties away from zero).
  expect(fixedText(1234.5, 0)).toBe("1,235");
  expect(fixedText(2.5, 0)).toBe("3");
  expect(fixedText(-1234567.5, 0)).toBe("-1,234,568");
  // =FIXED(0.285*100,0) "28" and =FIXED(1.005*100,0) "100": the binary products lie just under the half.
  expect(fixedText(0.285 * 100, 0)).toBe("28");
  expect(fixedText(1.005 * 100, 0)).toBe("100");
  // =FIXED(8.15,1) "8.2" (8.15 is 8.1500000000000003… in binary); =FIXED(0.08*100,1) "8.0".
  expect(fixedText(8.15, 1)).toBe("8.2");
  expect(fixedText(0.08 * 100, 1)).toBe("8.0");
  // Zero has no sign: =FIXED(-0.04,1) "0.0", =FIXED(-0.4,0) "0".
  expect(fixedText(-0.04, 1)).toBe("0.0");
  expect(fixedText(-0.4, 0)).toBe("0");
  expect(fixedText(1e12, 0)).toBe("1,000,000,000,000");
  expect(fixedText(12345678901234.5, 0)).toBe("12,345,678,901,235");
  // From 1e21 on, 15 significant digits then zeros (JavaScript would write an exponent).
  expect(fixedText(1.234567890123456e21, 0)).toBe("1,234,567,890,123,460,000,000");
  expect(fixedText(-1e21, 1)).toBe("-1,000,000,000,000,000,000,000.0");
  expect(fixedText(999, 0)).toBe("999");
  expect(fixedText(1000, 0)).toBe("1,000");
});

test("money carries the currency's symbol in front, or its ISO code after", () => {
  expect(moneyText(1_203_000, "USD")).toBe("$1,203,000");
  expect(moneyText(1_203_000.49, "EUR")).toBe("€1,203,000");
  expect(moneyText(85_000, "GBP")).toBe("£85,000");
  expect(moneyText(85_000, "CHF")).toBe("CHF 85,000");
  expect(moneyText(85_000, "SEK")).toBe("85,000 SEK");
  expect(moneyAffixes("SEK")).toEqual({ prefix: "", suffix: " SEK" });
  expect(moneyAffixes("USD")).toEqual({ prefix: "$", suffix: "" });
});

test("percent shows whole percent, rate one decimal", () => {
  expect(percentText(0.38009)).toBe("38%");
  expect(percentText(0.005)).toBe("1%"); // 0.5 exactly: away from zero
  expect(percentText(-0.575)).toBe("-57%"); // 0.575*100 is 57.49999999999999 in binary, as FIXED(-0.575*100,0) sees it
  expect(rateText(0.08)).toBe("8.0%");
  expect(rateText(0.065)).toBe("6.5%");
  expect(rateText(-0.005)).toBe("-0.5%");
});

test("the formula texts the workbook writes for them", () => {
  expect(moneyFormula("SS_Decision_Saving", "USD")).toBe('"$"&FIXED(SS_Decision_Saving,0)');
  expect(moneyFormula("B2-B3", "SEK")).toBe('FIXED(B2-B3,0)&" SEK"');
  expect(moneyFormula("B2", "CHF")).toBe('"CHF "&FIXED(B2,0)');
  expect(percentFormula("B2/B3")).toBe('FIXED((B2/B3)*100,0)&"%"');
  expect(rateFormula("SS_In_DiscountRate")).toBe('FIXED((SS_In_DiscountRate)*100,1)&"%"');
});
