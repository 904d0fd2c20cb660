/** What people type into money and percent fields (docs/spec.md §6.5). */
import { parseMoney, parsePercent } from "../../src/model/moneyInput";

const value = (text: string, currency = "USD") => {
  const r = parseMoney(text, currency);
  if (!r.ok) throw new Error(`${JSON.stringify(text)}: ${r.message}`);
  return r.value;
};
const message = (text: string, currency = "USD") => {
  const r = parseMoney(text, currency);
  if (r.ok) throw new Error(`${JSON.stringify(text)} was read as ${r.value}`);
  return r.message;
};

describe("money that is read", () => {
  test.each([
    ["120000", 120_000],
    ["120,000", 120_000],
    ["$120,000", 120_000],
    ["120 000", 120_000],
    ["120\u00a0000", 120_000], // non-breaking space
    ["120\u202f000", 120_000], // narrow non-breaking space
    ["1 200 000", 1_200_000],
    ["1'200'000", 1_200_000],
    ["85k", 85_000],
    ["85K", 85_000],
    ["85 k", 85_000],
    ["1.2m", 1_200_000],
    ["1.2M", 1_200_000],
    ["$85k", 85_000],
    ["120,000$", 120_000],
    ["$ 120,000", 120_000],
    ["120000 USD", 120_000],
    ["usd 85k", 85_000],
    ["US$120,000", 120_000],
    ["+85k", 85_000],
    ["  120000  ", 120_000],
    ["120000.50", 120_000.5],
    ["1,234.567", 1234.567], // grouped, so the point is a decimal point
    ["0.125", 0.125],
    ["1234.567", 1234.567],
    ["1.005k", 1005], // not 1.005 × 1000 = 1004.9999999999999
    ["1e6", 1_000_000],
    ["0", 0],
  ])("%j → %d", (text, expected) => expect(value(text)).toBe(expected));

  test("the profile currency's own symbol or code, before or after", () => {
    expect(value("€85,000", "EUR")).toBe(85_000);
    expect(value("85 000 €", "EUR")).toBe(85_000);
    expect(value("EUR 85k", "EUR")).toBe(85_000);
    expect(value("£1.2m", "GBP")).toBe(1_200_000);
    expect(value("85 000 kr", "SEK")).toBe(85_000);
    expect(value("85k SEK", "SEK")).toBe(85_000);
    expect(value("C$85k", "CAD")).toBe(85_000);
    expect(value("$85k", "CAD")).toBe(85_000);
    expect(value("CHF 85k", "CHF")).toBe(85_000);
  });

  test("blank is null: the caller applies the default", () => {
    expect(parseMoney("", "USD")).toEqual({ ok: true, value: null });
    expect(parseMoney(" \u00a0 ", "USD")).toEqual({ ok: true, value: null });
  });
});

describe("money that is refused says what to type", () => {
  test("text", () => {
    expect(message("abc")).toBe("not an amount: remove the text; 85k and $85,000 work");
    expect(message("85 dollars")).toBe("not an amount: remove the text; 85k and $85,000 work");
    expect(message("$")).toBe("not an amount: remove the text; 85k and $85,000 work");
    expect(message("85kk")).toBe("not an amount: remove the text; 85k and $85,000 work");
    expect(message("1e6k")).toBe("not an amount: remove the text; 85k and $85,000 work");
    expect(message("1 2345")).toBe("not an amount: remove the text; 85k and $85,000 work");
    expect(message("12,34,567")).toBe("not an amount: remove the text; 85k and $85,000 work");
    expect(message("EUR 85k")).toBe("not an amount: remove the text; 85k and $85,000 work");
    expect(message("abc", "SEK")).toBe("not an amount: remove the text; 85k and 85,000 SEK work");
  });

  test("another currency's symbol", () => {
    expect(message("€85,000")).toBe("€ is not USD: remove it; 85k and $85,000 work");
    expect(message("$85,000", "EUR")).toBe("$ is not EUR: remove it; 85k and €85,000 work");
  });

  test("a decimal comma", () => {
    const m = "use a point for decimals (1.5); a comma separates thousands (1,500)";
    expect(message("1,5")).toBe(m);
    expect(message("12,50")).toBe(m);
    expect(message("1,2345")).toBe(m);
    expect(message("1.234,56")).toBe(m);
    expect(message("1,5k")).toBe(m);
  });

  test("points as thousands separators", () => {
    expect(message("1.234.567")).toBe("use commas or spaces for thousands (1,234,567); a point marks decimals");
  });

  test("three decimals without grouping is ambiguous", () => {
    expect(message("1.234")).toBe("ambiguous: type 1,234 for thousands (a point marks decimals)");
    expect(message("$4.500")).toBe("ambiguous: type 4,500 for thousands (a point marks decimals)");
  });

  test("negative amounts", () => {
    const m = "must be 0 or more: type the amount without a minus sign";
    for (const t of ["-5", "-85k", "(5,000)", "$-5", "-$5", "\u22125"]) expect(message(t)).toBe(m);
  });

  test("too large to be a number", () => {
    expect(message("1e400")).toBe("too large: check the number");
  });
});

describe("percent fields", () => {
  test.each([
    ["42", 0.42],
    ["42%", 0.42],
    ["42 %", 0.42],
    ["4.5%", 0.045],
    ["1.1", 0.011], // 1.1/100 would be 0.011000000000000001
    ["0.42", 0.0042], // what the 0.42% warning catches
    ["-2%", -0.02],
    ["\u22122%", -0.02],
    ["+3", 0.03],
    ["100", 1],
  ])("%j → %d", (text, expected) => expect(parsePercent(text)).toEqual({ ok: true, value: expected }));

  test("blank, a decimal comma, text", () => {
    expect(parsePercent("  ")).toEqual({ ok: true, value: null });
    expect(parsePercent("4,5%")).toEqual({ ok: false, message: "use a point for decimals (4.5%)" });
    for (const t of ["%", "abc", "42%%", "42k"]) expect(parsePercent(t)).toEqual({ ok: false, message: "not a percentage: type 42 or 42% for 42%" });
  });
});
