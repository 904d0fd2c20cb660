/**
 * Reading a built workbook's inputs back into a profile, through the Excel fake: the profile
 * that was built comes back, edits made in the sheet are seen, and bad cells reach validation.
 */
import { KPIS } from "../../src/model/kpiCatalog";
import { parseProfile, Profile } from "../../src/model/profile";
import { buildPlan } from "../../src/workbook/plan/buildPlan";
import { parseRange } from "../../src/workbook/plan/a1";
import { FakeWorkbook } from "../support/fakeExcel";
import { readProfileFromWorkbook } from "../../src/workbook/office/officeReadBack";
import { build, LARGE, profile, SMALL } from "./support";

async function readBack(fake: FakeWorkbook): Promise<Profile> {
  const input = await readProfileFromWorkbook({ excel: fake.excel });
  if (input === null) throw new Error("read-back found no Smartsource inputs");
  const parsed = parseProfile(input);
  if (!parsed.ok) throw new Error(`read-back gave an invalid profile: ${JSON.stringify(parsed.errors)}`);
  return parsed.profile;
}

/** The sheet and A1 cell a defined name points at in the fake. */
function target(fake: FakeWorkbook, name: string): { sheet: string; address: string } {
  const m = /^='((?:[^']|'')+)'!(.+)$/.exec(fake.resolveName(name)!.formula)!;
  return { sheet: m[1], address: m[2].replace(/\$/g, "") };
}

const HOSTILE = profile({
  schemaVersion: 1,
  company: { name: "=1+1", currency: "CHF", revenue: 1, employees: 2 },
  inHouse: { staff: [{ role: "@SUM(A1)", salary: 1, count: 0 }, { role: "+cmd|' /C calc'!A0", salary: 2, count: 3 }] },
});
const NO_STAFF = profile({ schemaVersion: 1, inHouse: { staff: [] }, targets: { itSpendPerEmployee: 8000, slaAttainment: 0.99 } });

describe("readProfileFromWorkbook", () => {
  test("a workbook without Smartsource inputs reads as null, in one round trip", async () => {
    const fake = new FakeWorkbook(["Sheet1", "SS Inputs"]);
    fake.typeValue("SS Inputs", "B5", 0.08);
    expect(await readProfileFromWorkbook({ excel: fake.excel })).toBeNull();
    expect(fake.syncCount).toBe(1);
  });

  test.each([
    ["SMALL", SMALL],
    ["LARGE (200 staff rows)", LARGE],
    ["hostile text", HOSTILE],
    ["no staff, explicit targets", NO_STAFF],
  ])("%s: the profile that was built comes back, in two round trips", async (_l, p: Profile) => {
    const fake = new FakeWorkbook();
    await build(fake, p);
    const before = fake.syncCount;
    const back = await readBack(fake);
    expect(fake.syncCount - before).toBe(2);
    // Every field but targets is identical; the sheet shows each KPI's effective target.
    expect({ ...back, targets: {} }).toEqual({ ...p, targets: {} });
    for (const k of KPIS) {
      const effective = p.targets[k.id] ?? k.target;
      if (effective === null) expect(back.targets[k.id]).toBeUndefined();
      else expect(back.targets[k.id]).toBe(effective);
    }
    // So rebuilding from what was read gives the same workbook.
    expect(buildPlan(back)).toEqual(buildPlan(p));
  });

  test("inputs the CFO changed in the sheet (a rate, the name, a salary) are what is read", async () => {
    const fake = new FakeWorkbook();
    await build(fake, SMALL);
    const rate = target(fake, "SS_In_DiscountRate");
    fake.typeValue(rate.sheet, rate.address, 0.11);
    const name = target(fake, "SS_In_CompanyName");
    fake.typeValue(name.sheet, name.address, "Acme Dental & Ortho");
    const staff = parseRange(target(fake, "SS_In_StaffSalary").address);
    fake.typeValue("SS Inputs", `B${staff.row + 1}`, 71_000);
    const back = await readBack(fake);
    expect(back.discountRate).toBe(0.11);
    expect(back.company.name).toBe("Acme Dental & Ortho");
    expect(back.inHouse.staff).toEqual([{ role: "IT generalist", salary: 71_000, count: 1 }]);
  });

  test("a blank input falls back to its default; text in a number cell reaches validation with the field named", async () => {
    const fake = new FakeWorkbook();
    await build(fake, SMALL);
    const fee = target(fake, "SS_In_OutsourcingFee");
    fake.typeValue(fee.sheet, fee.address, "");
    const salary = parseRange(target(fake, "SS_In_StaffSalary").address);
    fake.typeValue("SS Inputs", `B${salary.row + 1}`, "about 70k");
    const input = await readProfileFromWorkbook({ excel: fake.excel });
    const parsed = parseProfile(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors).toEqual([{ path: "inHouse.staff[0].salary", reason: 'must be a number (got "about 70k")' }]);
    expect((input as { outsourcing: Record<string, unknown> }).outsourcing.annualFee).toBeUndefined();
  });

  test("a number typed as text in a number cell is read as the number", async () => {
    const fake = new FakeWorkbook();
    await build(fake, SMALL);
    const h = target(fake, "SS_In_HorizonYears");
    fake.mustSheet(h.sheet).cells.get(`${parseRange(h.address).row},${parseRange(h.address).col}`)!.numberFormat = "@";
    fake.typeValue(h.sheet, h.address, "12");
    expect((await readBack(fake)).horizonYears).toBe(12);
  });
});
