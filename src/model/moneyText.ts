/**
 * Numbers as the sentences of the workbook show them (the verdict, the implied annual fee, the
 * warnings), written so that a native formula builds the very same text:
 *
 *   money      prefix & FIXED(x, 0) & suffix        "$1,203,000"   "CHF 85,000"   "85,000 SEK"
 *   percent    FIXED(x*100, 0) & "%"                "38%"
 *   rate       FIXED(x*100, 1) & "%"                "8.0%"
 *
 * FIXED, not TEXT: TEXT's format codes are read in the user's locale (a German Excel reads the
 * "," of "#,##0" as the decimal comma), FIXED takes no format code and gives the same text as
 * TEXT(x,"#,##0") / TEXT(x,"0%") / TEXT(x,"0.0%") in an English locale, and it exists in Excel,
 * LibreOffice and Gnumeric. (HyperFormula 3.5 has no FIXED and its TEXT ignores "," and "%":
 * check these sentences in LibreOffice.) The currency symbol is a literal string in the formula,
 * so no format string ever needs quoted text.
 *
 * Rounding is FIXED's: the binary value, half away from zero, as LibreOffice does (tried:
 * FIXED(1234.5,0) = "1,235", FIXED(0.285*100,0) = "28" since 0.285*100 is 28.499…96 in binary;
 * Gnumeric, and perhaps Excel, give "29" there: engines differ only within ~1e-15 of a half).
 * A result that rounds to zero has no minus sign (FIXED(-0.04,1) = "0.0").
 */

/** Symbols Excel users expect in front of the amount; other currencies show their ISO code after it. */
export const PREFIX_SYMBOLS: Readonly<Record<string, string>> = {
  USD: "$",
  GBP: "£",
  EUR: "€",
  JPY: "¥",
  CNY: "¥",
  INR: "₹",
  AUD: "A$",
  CAD: "C$",
  NZD: "NZ$",
  HKD: "HK$",
  SGD: "S$",
  CHF: "CHF ",
};

/** The literal text before and after a money figure: { "$", "" } for USD, { "", " SEK" } for SEK. */
export function moneyAffixes(currency: string): { prefix: string; suffix: string } {
  const symbol = PREFIX_SYMBOLS[currency];
  return symbol !== undefined ? { prefix: symbol, suffix: "" } : { prefix: "", suffix: ` ${currency}` };
}

/** The decimals each kind of figure is shown with (FIXED's second argument). */
export const MONEY_DECIMALS = 0;
export const PERCENT_DECIMALS = 0;
export const RATE_DECIMALS = 1;

/** FIXED(x, decimals) in an English locale: "1,234,568", "-0.5", "8.0". */
export function fixedText(x: number, decimals: number): string {
  const abs = Math.abs(x);
  // toFixed: the exact binary value, ties away from zero; from 1e21 on it writes an exponent, so
  // there the 15 significant digits a spreadsheet keeps are written out with zeros.
  const text = abs < 1e21 ? abs.toFixed(decimals) : bigDigits(abs) + (decimals > 0 ? `.${"0".repeat(decimals)}` : "");
  const [whole, frac] = text.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const body = frac === undefined ? grouped : `${grouped}.${frac}`;
  return x < 0 && /[1-9]/.test(text) ? `-${body}` : body;
}

/** 1e300 → "1" and 300 zeros. */
function bigDigits(abs: number): string {
  const [mantissa, exponent] = abs.toExponential(14).split("e+");
  return mantissa.replace(".", "") + "0".repeat(Number(exponent) - 14);
}

/** prefix & FIXED(x,0) & suffix: "$1,203,000". */
export function moneyText(x: number, currency: string): string {
  const { prefix, suffix } = moneyAffixes(currency);
  return `${prefix}${fixedText(x, MONEY_DECIMALS)}${suffix}`;
}

/** FIXED(x*100,0)&"%": 0.38 → "38%". */
export const percentText = (x: number): string => `${fixedText(x * 100, PERCENT_DECIMALS)}%`;

/** FIXED(x*100,1)&"%": 0.08 → "8.0%". */
export const rateText = (x: number): string => `${fixedText(x * 100, RATE_DECIMALS)}%`;

/**
 * The same texts as native formula text, for the workbook's sentence formulas: `expr` is a
 * formula expression (a cell, a name), e.g. moneyFormula("SS_Decision_Saving", "USD") is
 * `"$"&FIXED(SS_Decision_Saving,0)`. Currency symbols hold no quote, so they go in as literals.
 */
export function moneyFormula(expr: string, currency: string): string {
  const { prefix, suffix } = moneyAffixes(currency);
  return `${prefix ? `"${prefix}"&` : ""}FIXED(${expr},${MONEY_DECIMALS})${suffix ? `&"${suffix}"` : ""}`;
}
export const percentFormula = (expr: string): string => `FIXED((${expr})*100,${PERCENT_DECIMALS})&"%"`;
export const rateFormula = (expr: string): string => `FIXED((${expr})*100,${RATE_DECIMALS})&"%"`;
