/**
 * A computed cell value as an entry for `range.formulas`, so that Excel stores exactly that value.
 * Excel parses what is written the way it parses typing: "=…", "+1" or "-1" become formulas,
 * "00123", "5%", "1/2" or "TRUE" become numbers, dates or booleans. Text that Excel could read
 * as anything but text is written as a text formula ="…" (still native, still that text).
 */

/** The error values a cell can hold; written as typed, Excel stores them as errors again. */
const ERROR_VALUE = /^#(N\/A|DIV\/0!|VALUE!|NUM!|REF!|NULL!|NAME\?)$/;
/** Excel keeps at most 255 characters in one text constant inside a formula. */
const MAX_LITERAL = 255;

/** Text Excel's input parser cannot read as a number, date, boolean, error or formula. */
function plainText(v: string): boolean {
  return !/\d/.test(v) && !/^[=+\-@#'\s]/.test(v) && !/^\s*(TRUE|FALSE)\s*$/i.test(v);
}

export function frozenEntry(v: unknown): string | number | boolean {
  if (typeof v === "number" || typeof v === "boolean") return v;
  const text = v === null || v === undefined ? "" : String(v);
  if (text === "" || ERROR_VALUE.test(text) || plainText(text)) return text;
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += MAX_LITERAL) parts.push(`"${text.slice(i, i + MAX_LITERAL).replace(/"/g, '""')}"`);
  return `=${parts.join("&")}`;
}
