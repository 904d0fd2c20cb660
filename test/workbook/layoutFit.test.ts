/**
 * The workbook must look professional: no text cut short, no #### in a number cell, no note
 * running under a chart or off the printed page. Checked on the plan, evaluated by HyperFormula,
 * for the example profile and for large ones (30-50 years, 200 staff, big amounts, long names).
 */
import { HyperFormula } from "hyperformula";
import { exampleProfile } from "../../src/cli/example";
import { buildPlan } from "../../src/workbook/plan/buildPlan";
import { evaluatePlanWithHyperFormula } from "../support/planEval";
import { TRACKING_COLUMNS } from "../../src/workbook/plan/sheets/tracking";
import { LARGE_LONG, profile } from "./fixtures";
import { columnPixels, cutCells, formatNumber, textPixels } from "./textFit";

const HF = HyperFormula as unknown as Parameters<typeof evaluatePlanWithHyperFormula>[1];

/** The design limits: a 36-character company name, 40-character roles, billions in a currency shown as a prefix code. */
const STRESS = profile({
  schemaVersion: 1,
  company: { name: "Harbor & Pine Logistics Holdings AG", currency: "CHF", revenue: 9_500_000_000, employees: 250_000 },
  horizonYears: 50,
  discountRate: 0.02,
  inHouse: {
    staff: [
      { role: "Senior cloud infrastructure engineer", salary: 250_000, count: 200 },
      { role: "Information security operations analyst", salary: 180_000, count: 150 },
    ],
    otherAnnualCosts: 40_000_000,
  },
  cio: { salary: 900_000, tenureMonths: 30, vcioMonthlyRetainer: 60_000 },
  outsourcing: { annualFee: 95_000_000, transitionCost: 25_000_000, exitCost: 10_000_000 },
  benefits: { annual: 400_000_000 },
});
const SEK = profile({ ...STRESS, company: { ...STRESS.company, currency: "SEK" } });

/** Tracked rows at the top of their ranges, so the helper columns and the panel show real values. */
const TRACKED = [["2024-Q1 (Jan-Mar)", 0.95, 0.935, 123456, 98765, 4.25, 0.9995, 12_500_000, 13_750_000, 123.5, "Credits for the March outage"]];

test("the number formats show what Excel shows", () => {
  expect(formatNumber(-12_000_000, '"$"#,##0;[Red]-"$"#,##0')).toBe("-$12,000,000");
  expect(formatNumber(1234.5, '#,##0 "SEK";[Red]-#,##0 "SEK"')).toBe("1,235 SEK");
  expect(formatNumber(0.2431, "0.0%;[Red]-0.0%")).toBe("24.3%");
  expect(formatNumber(5, '0 "months"')).toBe("5 months");
  expect(formatNumber(0.85, "0.0000")).toBe("0.8500");
  expect(formatNumber(24, '0.0 "months"')).toBe("24.0 months");
  // A digit is 7.43 px; a 10-character column offers 71 px: "1234567890" needs 74 and does not fit.
  expect(textPixels("1234567890")).toBeGreaterThan(columnPixels(10));
  expect(textPixels("123456789")).toBeLessThan(columnPixels(10));
});

describe.each([
  ["the example", exampleProfile()],
  ["LARGE_LONG (30 years, 200 staff rows, EUR)", LARGE_LONG],
  ["STRESS (50 years, 350 staff, billions of CHF, long names)", STRESS],
  ["STRESS in SEK (code after the amount)", SEK],
])("every cell of %s shows whole", (_label, p) => {
  const plan = buildPlan(p);
  const ev = evaluatePlanWithHyperFormula(plan, HF, { trackingRows: TRACKED });
  afterAll(() => ev.engine.destroy());
  test.each(plan.sheets.filter((s) => !s.hidden).map((s) => [s.name, s] as const))("%s", (_name, sheet) => {
    expect(cutCells(plan, sheet, ev).map((c) => `${c.address} "${c.shown}" needs ${c.needs} px, has ${c.has}`)).toEqual([]);
  });
});

test("the tracking columns fit their headers and a typical entry", () => {
  expect(TRACKING_COLUMNS.map((c) => c.header).filter((h, i) => textPixels(h, { bold: true }) > columnPixels(TRACKING_COLUMNS[i].width))).toEqual([]);
});
