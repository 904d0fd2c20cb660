/** docs/spec.md §6.5's plausibility table, row by row, on both sides of every bound. */
import { plausibilityWarnings, WarningInputs } from "../../src/model/warnings";

/** Plausible everywhere: no warning. Monthly fee 10,000 = 120,000 a year, 30% of the in-house 400,000. */
const plausible = (): WarningInputs => ({
  currency: "USD",
  discountRate: 0.08,
  inHouse: { staff: [{ salary: 80_000 }, { salary: 95_000 }], benefitsRate: 0.42, overheadRate: 0.15, escalation: 0.03 },
  cio: { salary: 150_000, tenureMonths: 24, vcioEscalation: 0.03 },
  outsourcing: { pricing: { basis: "monthly", amount: 10_000 }, escalation: 0.03, governanceRate: 0.06, transitionCost: 100_000 },
  inHouseAnnual: 400_000,
});
type Patch = (i: WarningInputs) => void;
const warn = (patch: Patch) => {
  const i = plausible();
  patch(i);
  return plausibilityWarnings(i);
};

test("plausible inputs give no warning", () => {
  expect(plausibilityWarnings(plausible())).toEqual([]);
});

describe("benefits and overhead rates", () => {
  test("0.42 typed as a percentage: did you mean 42%? with a fix", () => {
    expect(warn((i) => (i.inHouse.benefitsRate = 0.0042))).toEqual([
      { path: "inHouse.benefitsRate", message: "0.42% looks low: did you mean 42%?", fix: { value: 0.42, label: "Use 42%" } },
    ]);
    expect(warn((i) => (i.inHouse.overheadRate = 0.0015))).toEqual([
      { path: "inHouse.overheadRate", message: "0.15% looks low: did you mean 15%?", fix: { value: 0.15, label: "Use 15%" } },
    ]);
  });

  test("up to 1% the fix is offered (1 typed as a fraction is 100%); above it only the warning", () => {
    expect(warn((i) => (i.inHouse.benefitsRate = 0.01))).toEqual([
      { path: "inHouse.benefitsRate", message: "1% looks low: did you mean 100%?", fix: { value: 1, label: "Use 100%" } },
    ]);
    expect(warn((i) => (i.inHouse.benefitsRate = 0.0499))).toEqual([{ path: "inHouse.benefitsRate", message: "4.99% looks low for a share of pay: check the rate" }]);
  });

  test("bounds: 5% and 0 do not warn", () => {
    expect(warn((i) => (i.inHouse.benefitsRate = 0.05))).toEqual([]);
    expect(warn((i) => (i.inHouse.overheadRate = 0))).toEqual([]);
  });
});

test("discount rate outside 1%..25%", () => {
  expect(warn((i) => (i.discountRate = 0.01))).toEqual([]);
  expect(warn((i) => (i.discountRate = 0.25))).toEqual([]);
  expect(warn((i) => (i.discountRate = 0.0099))).toEqual([{ path: "discountRate", message: "0.99%: typical corporate discount rates are 5-15%" }]);
  expect(warn((i) => (i.discountRate = 0.2501))).toEqual([{ path: "discountRate", message: "25.01%: typical corporate discount rates are 5-15%" }]);
  expect(warn((i) => (i.discountRate = 1))).toEqual([{ path: "discountRate", message: "100%: typical corporate discount rates are 5-15%" }]);
});

test("every escalation outside -5%..15%", () => {
  const set: [string, (i: WarningInputs, g: number) => void][] = [
    ["inHouse.escalation", (i, g) => (i.inHouse.escalation = g)],
    ["outsourcing.escalation", (i, g) => (i.outsourcing.escalation = g)],
    ["cio.vcioEscalation", (i, g) => (i.cio.vcioEscalation = g)],
  ];
  for (const [path, apply] of set) {
    expect(warn((i) => apply(i, -0.05))).toEqual([]);
    expect(warn((i) => apply(i, 0.15))).toEqual([]);
    expect(warn((i) => apply(i, -0.0501))).toEqual([{ path, message: "a yearly increase of -5.01% is outside -5% to 15%: check it" }]);
    expect(warn((i) => apply(i, 0.1501))).toEqual([{ path, message: "a yearly increase of 15.01% is outside -5% to 15%: check it" }]);
  }
});

test("governance above 15%", () => {
  expect(warn((i) => (i.outsourcing.governanceRate = 0.15))).toEqual([]);
  expect(warn((i) => (i.outsourcing.governanceRate = 0.1501))).toEqual([
    { path: "outsourcing.governanceRate", message: "15.01% is high: the literature range is 3-8% of the fee" },
  ]);
});

test("CIO tenure outside 6..120 months", () => {
  expect(warn((i) => (i.cio.tenureMonths = 6))).toEqual([]);
  expect(warn((i) => (i.cio.tenureMonths = 120))).toEqual([]);
  const message = (n: number) => `${n} months: small-firm CIOs stay about 24 months, large firms 4-5 years`;
  expect(warn((i) => (i.cio.tenureMonths = 2))).toEqual([{ path: "cio.tenureMonths", message: message(2) }]);
  expect(warn((i) => (i.cio.tenureMonths = 121))).toEqual([{ path: "cio.tenureMonths", message: message(121) }]);
});

test("every salary outside 10,000..2,000,000 (0 is not entered)", () => {
  const w = warn((i) => {
    i.inHouse.staff = [{ salary: 10_000 }, { salary: 9_999 }, { salary: 0 }, { salary: 2_000_001 }, { salary: 2_000_000 }];
    i.cio.salary = 1e300;
  });
  expect(w).toEqual([
    { path: "inHouse.staff[1].salary", message: "$9,999: per person, per year?" },
    { path: "inHouse.staff[3].salary", message: "$2,000,001: per person, per year?" },
    { path: "cio.salary", message: `$1${",000".repeat(100)}: per person, per year?` }, // 1e300: 1 and 100 groups of 000
  ]);
  expect(warn((i) => (i.cio.salary = 0))).toEqual([]);
  expect(warn((i) => ((i.currency = "EUR"), (i.cio.salary = 5_000)))).toEqual([{ path: "cio.salary", message: "€5,000: per person, per year?" }]);
});

describe("the provider's fee", () => {
  const monthly = "outsourcing.pricing.amount";
  test("an annual amount under 20,000, whatever the team costs", () => {
    expect(warn((i) => ((i.inHouseAnnual = 0), (i.outsourcing.pricing = { basis: "annual", amount: 19_999 }), (i.outsourcing.transitionCost = 0)))).toEqual([
      { path: monthly, message: "$19,999 a year: is this a monthly fee?" },
    ]);
    expect(warn((i) => ((i.inHouseAnnual = 0), (i.outsourcing.pricing = { basis: "annual", amount: 20_000 }), (i.outsourcing.transitionCost = 0)))).toEqual([]);
  });

  test("an annual fee under 10% of a team that costs more than 100,000", () => {
    // 10% of 1,000,000 = 100,000.
    const at = (amount: number) => warn((i) => ((i.inHouseAnnual = 1_000_000), (i.outsourcing.pricing = { basis: "annual", amount }), (i.outsourcing.transitionCost = 0)));
    expect(at(99_999)).toEqual([{ path: monthly, message: "$99,999 a year: is this a monthly fee?" }]);
    expect(at(100_000)).toEqual([]);
  });

  test("a monthly or per-user quote whose annual figure is under 10%: check the basis", () => {
    // 3,333 × 12 = 39,996 < 40,000 = 10% of 400,000; 3,334 × 12 = 40,008.
    expect(warn((i) => ((i.outsourcing.pricing = { basis: "monthly", amount: 3_333 }), (i.outsourcing.transitionCost = 0)))).toEqual([
      { path: monthly, message: "= $39,996 a year, under 10% of the in-house team's cost: check the amount and the basis" },
    ]);
    expect(warn((i) => ((i.outsourcing.pricing = { basis: "monthly", amount: 3_334 }), (i.outsourcing.transitionCost = 0)))).toEqual([]);
    // 10 × 12 × 30 = 3,600.
    expect(warn((i) => ((i.outsourcing.pricing = { basis: "perUserMonthly", amount: 10, users: 30 }), (i.outsourcing.transitionCost = 0)))).toEqual([
      { path: monthly, message: "= $3,600 a year, under 10% of the in-house team's cost: check the amount and the basis" },
    ]);
  });

  test("the team must cost more than 100,000 for the share rule", () => {
    // 500 × 12 = 6,000 < 10% of 100,000, but the team costs exactly 100,000.
    const at = (team: number) => warn((i) => ((i.inHouseAnnual = team), (i.outsourcing.pricing = { basis: "monthly", amount: 500 }), (i.outsourcing.transitionCost = 0)));
    expect(at(100_000)).toEqual([]);
    expect(at(100_001)).toEqual([{ path: monthly, message: "= $6,000 a year, under 10% of the in-house team's cost: check the amount and the basis" }]);
  });

  test("no fee, no fee warnings (the transition cost is not compared with nothing)", () => {
    expect(warn((i) => ((i.outsourcing.pricing = { basis: "annual", amount: 0 }), (i.outsourcing.transitionCost = 1_000_000)))).toEqual([]);
  });
});

test("transition cost over twice the annual fee", () => {
  // Fee 10,000 × 12 = 120,000; twice is 240,000.
  expect(warn((i) => (i.outsourcing.transitionCost = 240_000))).toEqual([]);
  expect(warn((i) => (i.outsourcing.transitionCost = 240_001))).toEqual([
    { path: "outsourcing.transitionCost", message: "$240,001 is more than twice the provider's annual fee ($120,000): unusually large" },
  ]);
});

test("several warnings come in the table's order", () => {
  const w = warn((i) => {
    i.outsourcing.transitionCost = 500_000;
    i.cio.tenureMonths = 2;
    i.inHouse.overheadRate = 0.0015;
    i.discountRate = 0.5;
  });
  expect(w.map((x) => x.path)).toEqual(["inHouse.overheadRate", "discountRate", "cio.tenureMonths", "outsourcing.transitionCost"]);
});
