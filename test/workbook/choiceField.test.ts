/**
 * A new field is one catalog entry: a choice added to the catalog alone (profile v2's
 * outsourcing.pricing.basis) is validated by the schema, written to the Inputs sheet with a
 * drop-down list validation (in the plan, the .xlsx and through Office) and read back.
 */
jest.mock("../../src/model/profileFields", () => jest.requireActual("../helpers/pricingBasis").catalogWithPricingBasis());

import { getPath } from "../../src/model/path";
import { formatErrors, parseProfile, Profile } from "../../src/model/profile";
import { readProfileFromWorkbook } from "../../src/workbook/office/officeReadBack";
import { buildPlan } from "../../src/workbook/plan/buildPlan";
import { writeXlsx } from "../../src/workbook/xlsx/xlsxWriter";
import { readXlsx } from "../helpers/readXlsx";
import { build } from "../office/support";
import { FakeWorkbook } from "../support/fakeExcel";

const BASIS = "outsourcing.pricing.basis";
const VALUES = ["annual", "monthly", "perUserMonthly"];

function parsed(input: unknown): Profile {
  const r = parseProfile(input);
  if (!r.ok) throw new Error(formatErrors(r.errors).join("; "));
  return r.profile;
}
const errorsOf = (input: unknown): string[] => {
  const r = parseProfile(input);
  return r.ok ? [] : formatErrors(r.errors);
};
const PER_USER = parsed({ schemaVersion: 1, outsourcing: { annualFee: 120_000, pricing: { basis: "perUserMonthly" } } });

test("the schema fills the default, keeps a valid choice and names a bad one", () => {
  expect(getPath(parsed({ schemaVersion: 1 }), BASIS)).toBe("monthly");
  expect(getPath(PER_USER, BASIS)).toBe("perUserMonthly");
  // The object on the way is strict like every other, and the fields beside it are untouched.
  expect(PER_USER.outsourcing).toMatchObject({ annualFee: 120_000, escalation: 0.03 });
  expect(errorsOf({ schemaVersion: 1, outsourcing: { pricing: { basis: "yearly" } } })).toEqual(['outsourcing.pricing.basis: must be one of annual, monthly, perUserMonthly (got "yearly")']);
  expect(errorsOf({ schemaVersion: 1, outsourcing: { pricing: { basis: 12 } } })).toEqual(["outsourcing.pricing.basis: must be one of annual, monthly, perUserMonthly (got 12)"]);
  expect(errorsOf({ schemaVersion: 1, outsourcing: { pricing: { amount: 5 } } })).toEqual(["outsourcing.pricing.amount: unknown field"]);
});

test("the Inputs sheet holds it in a named cell after the annual fee, with a list validation, in the plan and in the .xlsx", async () => {
  const plan = buildPlan(PER_USER);
  const name = plan.names.find((n) => n.name === "SS_In_PricingBasis");
  expect(name).toMatchObject({ sheet: "inputs", profilePath: BASIS, comment: "Pricing basis" });
  const address = name!.ref.replace(/\$/g, "");
  const rule = { kind: "list", items: VALUES, message: "Choose one of: annual, monthly, perUserMonthly." };
  const inputs = plan.sheets.find((s) => s.key === "inputs")!;
  expect(inputs.validations.filter((v) => v.range === address).map((v) => v.rule)).toEqual([rule]);

  const ws = (await readXlsx(await writeXlsx(plan))).getWorksheet(inputs.name)!;
  const row = ws.getCell(address).row as unknown as number;
  expect([ws.getCell(`A${row - 1}`).value, ws.getCell(`A${row}`).value, ws.getCell(address).value, ws.getCell(`C${row}`).value]).toEqual([
    "Annual outsourcing fee",
    "Pricing basis",
    "perUserMonthly",
    "monthly",
  ]);
  expect(ws.getCell(address).dataValidation).toMatchObject({ type: "list", formulae: [`"${VALUES.join(",")}"`], error: rule.message });
});

test("through Office: the cell gets a drop-down of the values, and the choice (or a change made in the sheet) is read back", async () => {
  const fake = new FakeWorkbook();
  await build(fake, PER_USER);
  const plan = buildPlan(PER_USER);
  const sheet = plan.sheets.find((s) => s.key === "inputs")!.name;
  const address = plan.names.find((n) => n.name === "SS_In_PricingBasis")!.ref.replace(/\$/g, "");
  expect(fake.cellAt(sheet, address)?.validation?.rule).toEqual({ list: { inCellDropDown: true, source: VALUES.join(",") } });

  const readBack = async () => getPath(parsed(await readProfileFromWorkbook({ excel: fake.excel })), BASIS);
  expect(await readBack()).toBe("perUserMonthly");
  fake.typeValue(sheet, address, "annual");
  expect(await readBack()).toBe("annual");
  fake.typeValue(sheet, address, "weekly");
  expect(errorsOf(await readProfileFromWorkbook({ excel: fake.excel }))).toEqual(['outsourcing.pricing.basis: must be one of annual, monthly, perUserMonthly (got "weekly")']);
});
