/**
 * Just enough of Excel's formula syntax to find function calls and split their arguments: string
 * literals ("a,b", "say ""hi"""), quoted sheet names ('My, sheet'!A1, 'O''Brien'!A1), array
 * constants ({1,2;3,4}) and nested parentheses. Not a general Excel parser: the rewriter needs
 * only where each call starts, ends and where its top-level commas are.
 */

export class FormulaSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FormulaSyntaxError";
  }
}

/** Index just past the quoted run that starts at `start` ("…" or '…', a doubled quote escapes). */
export function skipQuoted(text: string, start: number): number {
  const q = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] !== q) continue;
    if (text[i + 1] === q) i++;
    else return i + 1;
  }
  throw new FormulaSyntaxError(q === '"' ? "a text in quotes is not closed" : "a quoted sheet name is not closed");
}

/**
 * The arguments of the call whose "(" is at `open`: their texts (trimmed; "" for an omitted
 * one; none for "()") and the index of the matching ")".
 */
export function splitArguments(text: string, open: number): { args: string[]; close: number } {
  const args: string[] = [];
  let depth = 0;
  let braces = 0;
  let from = open + 1;
  for (let i = open + 1; i < text.length; ) {
    const c = text[i];
    if (c === '"' || c === "'") {
      i = skipQuoted(text, i);
      continue;
    }
    if (c === "{") braces++;
    else if (c === "}") {
      if (--braces < 0) throw new FormulaSyntaxError("a } has no matching {");
    } else if (braces === 0) {
      if (c === "(") depth++;
      else if (c === ")") {
        if (depth === 0) {
          const last = text.slice(from, i).trim();
          if (args.length > 0 || last !== "") args.push(last);
          return { args, close: i };
        }
        depth--;
      } else if (c === "," && depth === 0) {
        args.push(text.slice(from, i).trim());
        from = i + 1;
      }
    }
    i++;
  }
  throw new FormulaSyntaxError(braces > 0 ? "an array constant { } is not closed" : "a ( has no matching )");
}

/** Whether `text` is one function call from its first to its last character, e.g. IF(…). */
export function isSingleCall(text: string): boolean {
  const m = /^[A-Za-z_][\w.]*\(/.exec(text);
  if (!m) return false;
  try {
    return splitArguments(text, m[0].length - 1).close === text.length - 1;
  } catch {
    return false;
  }
}
