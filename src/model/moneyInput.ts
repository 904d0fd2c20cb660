/**
 * What people type into money and percent fields (docs/spec.md §6.5), read as numbers, or a message that
 * says what to type instead. English conventions, the pane's language:
 *
 * - Money: `120000`, `120,000`, `120 000` (any space, including non-breaking and narrow ones),
 *   `1'200'000`, `120000.50`, `85k`, `1.2m` (k and m in any case), `1e6`; the profile currency's
 *   symbol or ISO code before or after (`$120,000`, `120 000 €`, `CHF 85k`; any "…$" dollar also
 *   takes a plain `$`, USD also `US$`; SEK, NOK, DKK and ISK take `kr`).
 * - Refused, each with its own message: a negative amount (`-5`, `(5,000)`); another currency's
 *   symbol; a decimal comma (`1,5`, `1.234,56`): a comma must be followed by groups of exactly
 *   three digits; points as thousands separators (`1.234.567`); and `1.234` (1-3 digits, a point,
 *   exactly three decimals, no suffix), which a European reads as 1234: a money amount with three
 *   decimals is almost surely that, so asking beats guessing (`0.125` and `1234.567` pass).
 * - Percent: `42` and `42%` are 0.42; `4.5 %`, `-2%`; a decimal comma is refused.
 * - Blank text is `value: null` (the caller applies the field's default).
 * Decimal shifts (k, m, %) go through the number's text (`1.2e6`, `42e-2`), so 1.005k is 1005
 * exactly, not 1.005 × 1000 = 1004.9999999999999.
 */
import { fixedText, moneyText, PREFIX_SYMBOLS } from "./moneyText";

export type ParsedInput = { ok: true; value: number | null } | { ok: false; message: string };

/** Any space people or spreadsheets put in a number: plain, non-breaking, figure, thin, narrow. */
const SPACE = "[\\s\\u00a0\\u2007\\u2009\\u202f]";
const SUFFIX = new RegExp(`^(.*?)${SPACE}*([km])$`, "i");
const PERCENT_SIGN = new RegExp(`${SPACE}*%$`);
const EXTRA_SYMBOLS: Readonly<Record<string, readonly string[]>> = { USD: ["US$"], SEK: ["kr"], NOK: ["kr"], DKK: ["kr"], ISK: ["kr"] };
const CURRENCY_SIGNS = /[$€£¥₹₩₽₺₪¢]/;

/** The texts that mark an amount in this currency, longest first ("US$" before "$"). */
function ownMarkers(currency: string): string[] {
  const symbol = PREFIX_SYMBOLS[currency]?.trim();
  const markers = [currency, ...(symbol ? [symbol] : []), ...(EXTRA_SYMBOLS[currency] ?? [])];
  if (symbol?.endsWith("$")) markers.push("$");
  return [...new Set(markers)].sort((a, b) => b.length - a.length);
}

/** "85k and $85,000 work": the example every money message ends with. */
export const moneyExample = (currency: string): string => `85k and ${moneyText(85_000, currency)} work`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The text without one of the currency's markers at either end (case-insensitive), trimmed. */
function stripMarker(t: string, currency: string): string {
  for (const m of ownMarkers(currency)) {
    const re = new RegExp(`^${escape(m)}${SPACE}*|${SPACE}*${escape(m)}$`, "i");
    if (re.test(t)) return t.replace(re, "").trim();
  }
  return t;
}

const GROUPED = new RegExp(`^\\d{1,3}(?:([,'’]|${SPACE})\\d{3})(?:\\1\\d{3})*(?:\\.\\d+)?$`);
const PLAIN = /^(?:\d+\.?\d*|\.\d+)$/;
const SCIENTIFIC = /^(?:\d+\.?\d*|\.\d+)e[-+]?\d+$/i;

export function parseMoney(text: string, currency: string): ParsedInput {
  let t = text.trim().replace(/\u2212/g, "-");
  if (t === "") return { ok: true, value: null };
  const fail = (message: string): ParsedInput => ({ ok: false, message });
  const negative = "must be 0 or more: type the amount without a minus sign";
  if (/^\(.*\)$/.test(t)) return fail(negative);
  if (t.startsWith("-")) return fail(negative);
  t = stripMarker(t.replace(/^\+/, ""), currency);
  if (t.startsWith("-")) return fail(negative);
  t = t.replace(/^\+/, "");
  const sign = CURRENCY_SIGNS.exec(t);
  if (sign) return fail(`${sign[0]} is not ${currency}: remove it; ${moneyExample(currency)}`);
  const suffix = SUFFIX.exec(t);
  const core = suffix ? suffix[1] : t;
  const exponent = !suffix ? "" : suffix[2].toLowerCase() === "k" ? "e3" : "e6";
  let digits: string;
  if (GROUPED.test(core)) digits = core.replace(/[^\d.]/g, "");
  else if (PLAIN.test(core) || (!suffix && SCIENTIFIC.test(core))) digits = core;
  else if (/,\d{1,2}$|,\d{4,}$/.test(core)) return fail("use a point for decimals (1.5); a comma separates thousands (1,500)");
  else if (/^\d+(?:\.\d{3})+(?:,\d*)?$/.test(core) && /\..*\./.test(core)) return fail("use commas or spaces for thousands (1,234,567); a point marks decimals");
  else return fail(`not an amount: remove the text; ${moneyExample(currency)}`);
  if (!suffix && /^[1-9]\d{0,2}\.\d{3}$/.test(core)) {
    return fail(`ambiguous: type ${fixedText(Number(core.replace(".", "")), 0)} for thousands (a point marks decimals)`);
  }
  const value = Number(digits + exponent);
  if (!Number.isFinite(value)) return fail("too large: check the number");
  return { ok: true, value };
}

/** A percent field: "42" and "42%" are 0.42. Negative rates pass (escalation may be negative). */
export function parsePercent(text: string): ParsedInput {
  if (text.trim() === "") return { ok: true, value: null };
  const t = text.trim().replace(/\u2212/g, "-").replace(PERCENT_SIGN, "");
  if (/^[-+]?(?:\d+\.?\d*|\.\d+)$/.test(t)) return { ok: true, value: Number(`${t}e-2`) };
  if (/^[-+]?\d+,\d+$/.test(t)) return { ok: false, message: "use a point for decimals (4.5%)" };
  return { ok: false, message: "not a percentage: type 42 or 42% for 42%" };
}
