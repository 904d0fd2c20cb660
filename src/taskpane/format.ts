/** Display formats for the pane's figures, in the profile's currency and the browser's locale. */

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** Whole currency units, e.g. "$1,234,567" (cached per currency). */
export function formatMoney(value: number, currency: string): string {
  let f = moneyFormats.get(currency);
  if (!f) {
    f = new Intl.NumberFormat(undefined, { style: "currency", currency, maximumFractionDigits: 0, minimumFractionDigits: 0 });
    moneyFormats.set(currency, f);
  }
  return f.format(value);
}

/** A fraction as a percentage with one decimal, e.g. 0.1234 → "12.3%". */
export function formatPercent(value: number): string {
  return new Intl.NumberFormat(undefined, { style: "percent", maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(value);
}

/** Break-even in months as a CFO reads it; null is the workbook's "never". */
export function formatMonths(months: number | null): string {
  if (months === null) return "never";
  return months === 1 ? "1 month" : `${months} months`;
}

/** The symbol a currency is shown with (for input adornments), e.g. "$", "€", "CHF". */
export function currencySymbol(currency: string): string {
  const part = new Intl.NumberFormat(undefined, { style: "currency", currency }).formatToParts(0).find((p) => p.type === "currency");
  return part?.value ?? currency;
}

/** A count with its noun, e.g. plural(1, "sheet") → "1 sheet", plural(3, "sheet") → "3 sheets". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
