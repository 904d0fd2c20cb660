/**
 * Short, one-line, printable pictures of what a user gave, for error messages: a 1 MB string or
 * key, a deeply nested object or a value full of control or bidi characters must neither flood
 * the terminal nor garble the line. Cuts fall between characters as people see them, so a
 * surrogate pair (an emoji) is never split.
 */

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** Escaped as \uXXXX: controls, line and paragraph separators, bidi controls, non-characters, unpaired surrogates. */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `s` with every unprintable character written as \uXXXX, so it stays one readable line. */
export const printable = (s: string): string => s.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

const escapeText = (s: string): string => printable(s.replace(/["\\]/g, "\\$&"));

/** `"text"` quoted and escaped, at most about `max` characters, cut with "…". */
export function excerpt(text: string, max = 40): string {
  let out = "";
  for (const { segment } of graphemes.segment(text)) {
    const piece = escapeText(segment);
    if (out.length + piece.length > max) return `"${out}…"`;
    out += piece;
  }
  return `"${out}"`;
}

/** A value as a short JSON-like picture: nested lists and objects are elided past a few levels or characters. */
export function describeValue(value: unknown, max = 40): string {
  let budget = max;
  const walk = (v: unknown, depth: number): string => {
    if (budget <= 0) return "…";
    let s: string;
    if (typeof v === "string") s = excerpt(v, Math.max(budget, 8));
    else if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint" || v === null || v === undefined) s = String(v);
    else if (depth >= 3) s = Array.isArray(v) ? "[…]" : "{…}";
    else if (Array.isArray(v)) {
      budget -= 2;
      const parts: string[] = [];
      for (const item of v) {
        if (budget <= 0) {
          parts.push("…");
          break;
        }
        parts.push(walk(item, depth + 1));
        budget -= 1; // the comma
      }
      return `[${parts.join(",")}]`;
    } else if (typeof v === "object") {
      budget -= 2;
      const parts: string[] = [];
      for (const key of Object.keys(v as object)) {
        if (budget <= 0) {
          parts.push("…");
          break;
        }
        const k = excerpt(key, Math.max(budget, 8));
        budget -= k.length + 2; // the colon and the comma
        parts.push(`${k}:${walk((v as Record<string, unknown>)[key], depth + 1)}`);
      }
      return `{${parts.join(",")}}`;
    } else s = typeof v;
    budget -= s.length;
    return s;
  };
  return walk(value, 0);
}
