/** The fee as the quote writes it, and the annual fee it implies (docs/spec.md §6.1, §6.5). */
import { annualFeeOf, impliedAnnualText } from "../../src/model/pricing";

test("each basis", () => {
  expect(annualFeeOf({ basis: "annual", amount: 148_140 })).toBe(148_140);
  expect(annualFeeOf({ basis: "monthly", amount: 12_345 })).toBe(148_140); // 12,345 × 12
  expect(annualFeeOf({ basis: "perUserMonthly", amount: 95, users: 130 })).toBe(148_200); // 95 × 12 × 130
  // users is ignored outside perUserMonthly, and a per-user quote without users is no fee yet.
  expect(annualFeeOf({ basis: "monthly", amount: 100, users: 7 })).toBe(1200);
  expect(annualFeeOf({ basis: "perUserMonthly", amount: 95 })).toBe(0);
});

test("the implied annual text, in whole currency units", () => {
  expect(impliedAnnualText({ basis: "monthly", amount: 12_345 }, "USD")).toBe("= $148,140 a year");
  expect(impliedAnnualText({ basis: "perUserMonthly", amount: 95, users: 130 }, "EUR")).toBe("= €148,200 a year");
  expect(impliedAnnualText({ basis: "annual", amount: 148_140 }, "SEK")).toBe("= 148,140 SEK a year");
  // 12,345.50 × 12 = 148,146; 0.125 × 12 = 1.5 rounds away from zero to 2.
  expect(impliedAnnualText({ basis: "monthly", amount: 12_345.5 }, "USD")).toBe("= $148,146 a year");
  expect(impliedAnnualText({ basis: "monthly", amount: 0.125 }, "USD")).toBe("= $2 a year");
});
