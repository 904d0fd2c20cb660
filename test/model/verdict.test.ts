/** SS_Verdict's sentence for every case of verdict.ts, from option figures chosen so each number is plain. */
import { DecisionInputs } from "../../src/model/decision";
import { verdict } from "../../src/model/verdict";

const usd = { horizonYears: 5, discountRate: 0.08, currency: "USD" };
const say = (i: DecisionInputs, ctx = usd) => verdict(i, ctx);

describe("a cheaper option than the base", () => {
  test("the spec's example sentence", () => {
    // All in-house 2,500,000 + 665,000 = 3,165,000; smartsourced 1,700,000 + 262,000 = 1,962,000 (the
    // others 2,762,000 and 2,365,000). Saving 1,203,000 = 38.009% of 3,165,000.
    expect(say({ tcoInHouse: 2_500_000, tcoOutsourced: 1_700_000, cioInHouse: 665_000, cioVirtual: 262_000 })).toBe(
      "Over 5 years, outsourcing the IT team and renting a virtual CIO costs $1,203,000 less than keeping both in-house (38% less, discounted at 8.0%).",
    );
  });

  test("only the in-house CIO entered", () => {
    // 1,400,000 vs 1,100,000: 300,000 = 21.4%.
    expect(say({ tcoInHouse: 1_000_000, tcoOutsourced: 700_000, cioInHouse: 400_000, cioVirtual: null })).toBe(
      "Over 5 years, outsourcing the IT team and keeping the CIO in-house costs $300,000 less than keeping both in-house (21% less, discounted at 8.0%).",
    );
  });

  test("only the virtual CIO entered: the base is the in-house team with the virtual CIO", () => {
    // 1,200,000 vs 800,000: 400,000 = 33.3%.
    expect(say({ tcoInHouse: 1_000_000, tcoOutsourced: 600_000, cioInHouse: null, cioVirtual: 200_000 })).toBe(
      "Over 5 years, outsourcing the IT team and renting a virtual CIO costs $400,000 less than keeping the IT team in-house with a virtual CIO (33% less, discounted at 8.0%).",
    );
  });

  test("no CIO side: the team choice alone, in another currency and horizon", () => {
    // 1,000,000 vs 750,000: 250,000 = 25%.
    expect(say({ tcoInHouse: 1_000_000, tcoOutsourced: 750_000, cioInHouse: null, cioVirtual: null }, { horizonYears: 3, discountRate: 0.065, currency: "EUR" })).toBe(
      "Over 3 years, outsourcing the IT team costs €250,000 less than keeping it in-house (25% less, discounted at 6.5%).",
    );
  });

  test("no quote but both CIO sides: the CIO choice, and the quote is said to be missing", () => {
    // 1,300,000 vs 1,100,000: 200,000 = 15.4%.
    expect(say({ tcoInHouse: 800_000, tcoOutsourced: null, cioInHouse: 500_000, cioVirtual: 300_000 })).toBe(
      "Over 5 years, keeping the IT team in-house and renting a virtual CIO costs $200,000 less than keeping both in-house (15% less, discounted at 8.0%; no outsourcing quote entered).",
    );
  });

  test("no in-house team cost, both CIO sides: the CIO choice still compares", () => {
    // 300,000, 200,000, 800,000, 700,000: virtual CIO saves 100,000 = 33.3%.
    expect(say({ tcoInHouse: 0, tcoOutsourced: 500_000, cioInHouse: 300_000, cioVirtual: 200_000 })).toBe(
      "Over 5 years, keeping the IT team in-house and renting a virtual CIO costs $100,000 less than keeping both in-house (33% less, discounted at 8.0%).",
    );
  });
});

describe("the base is cheapest", () => {
  test("all in-house wins; the next best is named with what it costs more", () => {
    // 1,300,000 < 1,420,000 < 1,450,000 < 1,570,000.
    expect(say({ tcoInHouse: 1_000_000, tcoOutsourced: 1_150_000, cioInHouse: 300_000, cioVirtual: 420_000 })).toBe(
      "Over 5 years, keeping IT and the CIO in-house is cheapest: the next best option, keeping the IT team in-house and renting a virtual CIO, costs $120,000 more (discounted at 8.0%).",
    );
  });

  test("the next best is an outsourced option", () => {
    // 1,300,000 < 1,350,000 (outsourced team + in-house CIO) < 1,400,000 (virtual) < 1,450,000.
    expect(say({ tcoInHouse: 1_000_000, tcoOutsourced: 1_050_000, cioInHouse: 300_000, cioVirtual: 400_000 })).toBe(
      "Over 5 years, keeping IT and the CIO in-house is cheapest: the next best option, outsourcing the IT team and keeping the CIO in-house, costs $50,000 more (discounted at 8.0%).",
    );
  });

  test("no CIO side, one year, rounding to whole units (400.6 → 401)", () => {
    expect(say({ tcoInHouse: 1_000_000, tcoOutsourced: 1_000_400.6, cioInHouse: null, cioVirtual: null }, { horizonYears: 1, discountRate: 0.1, currency: "SEK" })).toBe(
      "Over 1 year, keeping the IT team in-house is cheapest: the next best option, outsourcing the IT team, costs 401 SEK more (discounted at 10.0%).",
    );
  });

  test("a tie counts as the base being cheapest, $0 more", () => {
    expect(say({ tcoInHouse: 1_000_000, tcoOutsourced: 1_000_000, cioInHouse: null, cioVirtual: null })).toBe(
      "Over 5 years, keeping the IT team in-house is cheapest: the next best option, outsourcing the IT team, costs $0 more (discounted at 8.0%).",
    );
  });

  test("only the virtual CIO entered and the in-house team cheapest", () => {
    // 1,200,000 vs 1,500,000.
    expect(say({ tcoInHouse: 1_000_000, tcoOutsourced: 1_300_000, cioInHouse: null, cioVirtual: 200_000 })).toBe(
      "Over 5 years, keeping the IT team in-house with a virtual CIO is cheapest: the next best option, outsourcing the IT team and renting a virtual CIO, costs $300,000 more (discounted at 8.0%).",
    );
  });

  test("no quote, both CIO sides, in-house CIO cheaper", () => {
    // 1,100,000 vs 1,150,000.
    expect(say({ tcoInHouse: 800_000, tcoOutsourced: null, cioInHouse: 300_000, cioVirtual: 350_000 })).toBe(
      "Over 5 years, keeping IT and the CIO in-house is cheapest: the next best option, keeping the IT team in-house and renting a virtual CIO, costs $50,000 more (discounted at 8.0%; no outsourcing quote entered).",
    );
  });
});

describe("nothing to compare: the sentence says what to enter", () => {
  const cases: [DecisionInputs, string][] = [
    [{ tcoInHouse: 1000, tcoOutsourced: null, cioInHouse: null, cioVirtual: null }, "To compare the options, enter the provider's quoted fee."],
    [
      { tcoInHouse: 1000, tcoOutsourced: null, cioInHouse: 400, cioVirtual: null },
      "To compare the options, enter the provider's quoted fee (or a virtual CIO's monthly retainer, to compare the CIO choice).",
    ],
    [
      { tcoInHouse: 1000, tcoOutsourced: null, cioInHouse: null, cioVirtual: 200 },
      "To compare the options, enter the provider's quoted fee (or the in-house CIO's salary, to compare the CIO choice).",
    ],
    [{ tcoInHouse: 0, tcoOutsourced: null, cioInHouse: null, cioVirtual: null }, "To compare the options, enter the in-house IT team's salaries and the provider's quoted fee."],
    [{ tcoInHouse: 0, tcoOutsourced: 500, cioInHouse: null, cioVirtual: null }, "To compare the options, enter the in-house IT team's salaries."],
    [
      { tcoInHouse: 0, tcoOutsourced: 500, cioInHouse: 400, cioVirtual: null },
      "To compare the options, enter the in-house IT team's salaries (or a virtual CIO's monthly retainer, to compare the CIO choice).",
    ],
  ];
  test.each(cases)("%j", (inputs, sentence) => expect(say(inputs)).toBe(sentence));
});
