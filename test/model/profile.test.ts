/** Profile v1 validation (docs/spec.md §2.1): every problem as `path: reason`, and the documented defaults. */
import { defaultProfile, formatErrors, parseProfile } from "../../src/model/profile";
import { KPIS } from "../../src/model/kpiCatalog";

const errorsOf = (input: unknown): string[] => {
  const r = parseProfile(input);
  if (r.ok) throw new Error("expected the profile to be rejected");
  return formatErrors(r.errors);
};

describe("parseProfile rejects bad input with path: reason", () => {
  test.each<[string, unknown, string[]]>([
    ["wrong type", { schemaVersion: 1, horizonYears: "5" }, ['horizonYears: must be a number (got "5")']],
    ["text where a number belongs, deep", { schemaVersion: 1, inHouse: { staff: [{}, { salary: "lots" }] } }, ['inHouse.staff[1].salary: must be a number (got "lots")']],
    ["negative money", { schemaVersion: 1, outsourcing: { annualFee: -1 } }, ["outsourcing.annualFee: must be 0 or more (got -1)"]],
    ["30 meant as 30%", { schemaVersion: 1, inHouse: { benefitsRate: 30 } }, ["inHouse.benefitsRate: is 30: enter 0.3 (a fraction) for 30%"]],
    ["1.1 meant as 1.1%: the hint has no binary noise", { schemaVersion: 1, inHouse: { benefitsRate: 1.1 } }, ["inHouse.benefitsRate: is 1.1: enter 0.011 (a fraction) for 1.1%"]],
    ["a share far above 100%", { schemaVersion: 1, outsourcing: { governanceRate: 250 } }, ["outsourcing.governanceRate: is 250: must be between 0 and 1 (0% to 100%)"]],
    ["3 meant as 3% escalation", { schemaVersion: 1, outsourcing: { escalation: 3 } }, ["outsourcing.escalation: is 3: enter 0.03 (a fraction) for 3%"]],
    ["negative share", { schemaVersion: 1, outsourcing: { governanceRate: -0.05 } }, ["outsourcing.governanceRate: must be between 0 and 1 (0% to 100%) (got -0.05)"]],
    ["discount rate at -100%", { schemaVersion: 1, discountRate: -1 }, ["discountRate: must be above -1 (-100%) and at most 1 (100%) (got -1)"]],
    ["horizon not whole", { schemaVersion: 1, horizonYears: 2.5 }, ["horizonYears: must be a whole number of years (got 2.5)"]],
    ["horizon 0", { schemaVersion: 1, horizonYears: 0 }, ["horizonYears: must be 1 to 50 years (got 0)"]],
    ["horizon 51", { schemaVersion: 1, horizonYears: 51 }, ["horizonYears: must be 1 to 50 years (got 51)"]],
    ["headcount not whole", { schemaVersion: 1, inHouse: { staff: [{ count: 1.5 }] } }, ["inHouse.staff[0].count: must be a whole number (got 1.5)"]],
    ["tenure 0", { schemaVersion: 1, cio: { tenureMonths: 0 } }, ["cio.tenureMonths: must be more than 0 months (got 0)"]],
    ["not finite", { schemaVersion: 1, company: { revenue: Infinity } }, ["company.revenue: must be a finite number (got Infinity)"]],
    ["unknown field, nested and top level", { schemaVersion: 1, company: { nmae: "Acme" }, extra: true }, ["company.nmae: unknown field", "extra: unknown field"]],
    ["unknown KPI target", { schemaVersion: 1, targets: { uptime: 0.99 } }, ["targets.uptime: unknown field"]],
    ["unsupported schemaVersion", { schemaVersion: 2 }, ["schemaVersion: unsupported schemaVersion: this version of Smartsource reads 1 (got 2)"]],
    ["missing schemaVersion", {}, ["schemaVersion: is required: this version of Smartsource reads schemaVersion 1"]],
    ["not an object", [], ["(profile): must be a JSON object (a Smartsource profile) (got [])"]],
    ["section not an object", { schemaVersion: 1, outsourcing: 5 }, ["outsourcing: must be an object (got 5)"]],
    ["staff not a list", { schemaVersion: 1, inHouse: { staff: "three" } }, ['inHouse.staff: must be a list of staff rows (got "three")']],
    ["bad currency code", { schemaVersion: 1, company: { currency: "usd" } }, ['company.currency: must be a 3-letter ISO currency code such as USD (got "usd")']],
    ["name not text", { schemaVersion: 1, company: { name: 42 } }, ["company.name: must be text (got 42)"]],
  ])("%s", (_label, input, expected) => {
    expect(errorsOf(input)).toEqual(expected);
  });

  test("every problem is reported, not just the first", () => {
    const errors = errorsOf({ schemaVersion: 1, horizonYears: 0, discountRate: 8, inHouse: { benefitsRate: 42, staff: [{ salary: -5 }] }, bogus: 1 });
    expect(errors).toEqual([
      "horizonYears: must be 1 to 50 years (got 0)",
      "discountRate: is 8: enter 0.08 (a fraction) for 8%",
      "inHouse.staff[0].salary: must be 0 or more (got -5)",
      "inHouse.benefitsRate: is 42: enter 0.42 (a fraction) for 42%",
      "bogus: unknown field",
    ]);
  });
});

describe("defaults", () => {
  // docs/spec.md §2.1's default profile, written out here as the independent reference.
  const SPEC_DEFAULTS = {
    schemaVersion: 1,
    company: { name: "", currency: "USD", revenue: 0, employees: 0 },
    horizonYears: 5,
    discountRate: 0.08,
    inHouse: { staff: [{ role: "IT generalist", salary: 0, count: 1 }], benefitsRate: 0.42, overheadRate: 0.15, otherAnnualCosts: 0, escalation: 0.03 },
    cio: { salary: 0, tenureMonths: 24, vcioMonthlyRetainer: 0, vcioEscalation: 0.03 },
    outsourcing: { annualFee: 0, escalation: 0.03, governanceRate: 0.06, retainedAnnualCosts: 0, transitionCost: 0, exitCost: 0 },
    benefits: { annual: 0 },
    targets: {},
  };

  test("a near-empty profile gets docs/spec.md §2.1's defaults", () => {
    const r = parseProfile({ schemaVersion: 1 });
    expect(r).toEqual({ ok: true, profile: SPEC_DEFAULTS });
    expect(defaultProfile()).toEqual(SPEC_DEFAULTS);
  });

  test("partial sections and staff rows are completed field by field", () => {
    const r = parseProfile({ schemaVersion: 1, inHouse: { staff: [{ salary: 50_000 }], escalation: 0 }, targets: { slaAttainment: 0.9 } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.profile.inHouse).toEqual({ staff: [{ role: "IT generalist", salary: 50_000, count: 1 }], benefitsRate: 0.42, overheadRate: 0.15, otherAnnualCosts: 0, escalation: 0 });
    expect(r.profile.targets).toEqual({ slaAttainment: 0.9 });
  });

  test("boundaries that are allowed", () => {
    const r = parseProfile({
      schemaVersion: 1,
      horizonYears: 50,
      discountRate: 1,
      inHouse: { staff: [], benefitsRate: 1, overheadRate: 0, escalation: -0.99 },
      cio: { tenureMonths: 0.5 },
      targets: Object.fromEntries(KPIS.map((k) => [k.id, -1])),
    });
    expect(r.ok).toBe(true);
  });
});
