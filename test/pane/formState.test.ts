import { parseProfile } from "../../src/model/profile";
import { formFromProfileInput, initialForm, parseTyped, toProfileInput, validate } from "../../src/taskpane/form/formState";

test("typed numbers: percentages become fractions, grouping commas and a trailing % are accepted, other text is passed on", () => {
  expect(parseTyped("share", "30")).toBe(0.3);
  expect(parseTyped("share", "4.2%")).toBeCloseTo(0.042, 15);
  expect(parseTyped("rate", "-2.5")).toBe(-0.025);
  expect(parseTyped("money", "1,234,567.5")).toBe(1234567.5);
  expect(parseTyped("money", " 85 000 ")).toBe(85000);
  expect(parseTyped("money", "1e6")).toBe(1_000_000);
  // Not numbers: left as typed so the schema says "must be a number" and names the field.
  expect(parseTyped("money", "12,34")).toBe("12,34");
  expect(parseTyped("money", "0x10")).toBe("0x10");
  expect(parseTyped("money", "Infinity")).toBe("Infinity");
  expect(parseTyped("money", "$100")).toBe("$100");
});

test("blank fields are omitted so the schema defaults apply; the initial form is the default profile", () => {
  const blank = initialForm();
  for (const k of Object.keys(blank.values)) blank.values[k] = "";
  blank.staff = blank.staff.map((r) => ({ ...r, role: "", salary: "", count: "" }));
  const input = toProfileInput(blank);
  expect(input).toEqual({ schemaVersion: 1, inHouse: { staff: [{}] } });
  const defaults = parseProfile({ schemaVersion: 1 });
  expect(validate(blank).profile).toEqual(defaults.ok && defaults.profile);
  expect(validate(initialForm()).profile).toEqual(defaults.ok && defaults.profile);
});

test("text the user typed stays text, even when it looks like a formula", () => {
  const form = initialForm();
  form.values["company.name"] = "=1+1";
  form.staff[0].role = "@SUM(A1)";
  const p = validate(form).profile!;
  expect(p.company.name).toBe("=1+1");
  expect(p.inHouse.staff[0].role).toBe("@SUM(A1)");
});

test("a stored profile round-trips through the form unchanged", () => {
  const stored = {
    schemaVersion: 1 as const,
    company: { name: "Initech", currency: "CHF", revenue: 5_500_000, employees: 40 },
    horizonYears: 7,
    discountRate: 0.065,
    inHouse: { staff: [{ role: "Admin", salary: 72_000, count: 2 }], benefitsRate: 0.27, overheadRate: 0.12, otherAnnualCosts: 9_000, escalation: -0.01 },
    cio: { salary: 0, tenureMonths: 18, vcioMonthlyRetainer: 4_000, vcioEscalation: 0.02 },
    outsourcing: { annualFee: 150_000, escalation: 0.035, governanceRate: 0.07, retainedAnnualCosts: 3_000, transitionCost: 20_000, exitCost: 5_000 },
    benefits: { annual: 90_000 },
    targets: { slaAttainment: 0.97, itRoi: -0.05, customerSatisfaction: 4.5 },
  };
  const form = formFromProfileInput(stored);
  expect(form.values["inHouse.benefitsRate"]).toBe("27");
  expect(form.values["discountRate"]).toBe("6.5");
  expect(form.values["targets.slaAttainment"]).toBe("97");
  const again = parseProfile(toProfileInput(form));
  const expected = parseProfile(stored);
  expect(again).toEqual(expected);
});

test("each parseProfile error lands on its field, with the field's name", () => {
  const form = initialForm();
  form.values["outsourcing.exitCost"] = "-3";
  form.values["targets.availability"] = "lots";
  form.staff[0].count = "2.5";
  const { profile, errors } = validate(form);
  expect(profile).toBeNull();
  expect(Object.fromEntries(errors)).toEqual({
    "outsourcing.exitCost": "Exit cost (end of horizon) must be 0 or more (got -3)",
    "targets.availability": 'Availability (%) must be a number (got "lots")',
    [`staff:${form.staff[0].key}:count`]: "Headcount must be a whole number (got 2.5)",
  });
});
