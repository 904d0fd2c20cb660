/**
 * Rewrites the SMARTSOURCE.* calls of one cell formula into their native-Excel equivalents
 * (functionTable's `nativeFormula`), inner calls first, so a colleague without the add-in sees
 * live values instead of #NAME?. Pure: no Office, no evaluation.
 *
 * Names are recognised as Excel's `range.formulas` gives them (SMARTSOURCE.TCO, any case) and as
 * Excel stores a custom function it has not resolved yet (`_xldudf_SMARTSOURCE_TCO`, dots as
 * underscores, sometimes behind a stray `[2]!` or `Book.xla!` prefix; OfficeDev/office-js
 * issues 3558, 3872 and 2568 show these forms).
 */
import { RANGE_KINDS } from "../model/args";
import { FUNCTIONS, nativeDefaultText, nativeFormula } from "../model/functionTable";
import { FormulaSyntaxError, isSingleCall, skipQuoted, splitArguments } from "./formulaScan";

export type RewriteProblem = "no-native" | "volatile" | "arguments" | "unknown-function" | "syntax";

export type Rewrite =
  /** `formula` is unchanged when `calls` is empty (no Smartsource call in it). */
  | { ok: true; formula: string; calls: string[] }
  /** `freezable`: the cell is fine, only its formula has no native form (freeze its value instead). */
  | { ok: false; problem: RewriteProblem; reason: string; freezable: boolean; calls: string[] };

const CALL = /(?:SMARTSOURCE\.([A-Za-z][\w.]*)|(?:(?:\[\d+\]|[A-Za-z_][\w.]*)!)?_xldudf_SMARTSOURCE_(\w+))\(/iy;
/** A character that continues a name or reference: a call cannot start right after one. */
const NAME_CHAR = /[\w.$\\!']/;
const BY_STORED_NAME = new Map(Object.keys(FUNCTIONS).map((id) => [id.replace(/\./g, "_"), id]));

/**
 * RAND and friends give a new number at each occurrence; a native form that repeats such an
 * argument (TCO's closed form uses the rates several times) would mix different draws. NOW,
 * TODAY, OFFSET and INDIRECT are volatile but give the same result at every occurrence within
 * one recalculation, so repeating them is harmless.
 */
const RANDOM = /\b(RAND|RANDBETWEEN|RANDARRAY)\s*\(/i;

/**
 * An argument that may be a reference to an empty cell: the custom function then applies the
 * parameter's default, where native arithmetic would read 0. Such optional arguments are guarded
 * with IF(x="",default,x). (Expressions such as B1*2 are never empty, so they are not guarded.)
 */
const REFERENCE = /^(?:(?:'(?:[^']|'')+'|[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*)!)?[$A-Za-z_\\][\w.$:\\]*$/;
const isReference = (t: string): boolean => REFERENCE.test(t) && !/^(TRUE|FALSE)$/i.test(t);

class CallProblem extends Error {
  constructor(
    readonly problem: RewriteProblem,
    message: string,
  ) {
    super(message);
  }
}

const display = (id: string): string => `SMARTSOURCE.${id}`;

/** IF(cell="", the form without that argument, the form with it), for each argument in `pending`. */
function formWithOptional(id: string, texts: readonly string[], pending: readonly number[]): string {
  if (pending.length === 0) return nativeFormula(id, texts)!;
  const [i, ...rest] = pending;
  const without = texts.map((t, k) => (k === i ? "" : t));
  return `IF(${texts[i]}="",${formWithOptional(id, without, rest)},${formWithOptional(id, texts, rest)})`;
}

/** The native text of one call whose argument texts are already native. */
function nativeCall(id: string, args: readonly string[]): string {
  const fn = FUNCTIONS[id];
  if (args.length > fn.params.length)
    throw new CallProblem("arguments", `${display(id)} takes at most ${fn.params.length} arguments, not ${args.length}`);
  const filled: string[] = [];
  /** Optional arguments without a default that may be empty cells: the function then takes its other form. */
  const maybeOmitted: number[] = [];
  for (const [i, param] of fn.params.entries()) {
    const t = args[i] ?? "";
    if (t === "") {
      if (param.default === undefined) throw new CallProblem("arguments", `${display(id)} needs its ${param.name} argument`);
      filled.push(nativeDefaultText(param, filled));
    } else if (param.default !== undefined && !RANGE_KINDS.has(param.kind) && isReference(t)) {
      if (param.default === null) maybeOmitted.push(i);
      filled.push(param.default === null ? t : `IF(${t}="",${nativeDefaultText(param, filled)},${t})`);
    } else filled.push(t);
  }
  const native = formWithOptional(id, filled, maybeOmitted);
  for (const t of args) {
    const random = RANDOM.exec(t);
    if (random && native.split(t).length - 1 > 1)
      throw new CallProblem(
        "volatile",
        `an argument of ${display(id)} uses ${random[1].toUpperCase()}, which its native formula would evaluate more than once (giving different numbers)`,
      );
  }
  return native;
}

interface Scan {
  calls: string[];
  /** Calls without a native form (the cell can only be frozen); scanning goes on past them. */
  frozen: { problem: RewriteProblem; reason: string }[];
}

/** Whether the call at start..close is a whole expression: all of `src`, or a whole argument or parenthesis inside it. */
function standsAlone(src: string, start: number, close: number, whole: boolean): boolean {
  const before = src.slice(0, start).trimEnd();
  const after = src.slice(close + 1).trimStart();
  const openLeft = before === "" ? whole : /[(,]$/.test(before);
  const closedRight = after === "" ? whole : /^[),]/.test(after);
  return openLeft && closedRight;
}

/** Rewrites every call in `src`; `whole`: src is a complete expression (formula body or argument). */
function rewriteExpression(src: string, whole: boolean, scan: Scan): string {
  let out = "";
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '"' || c === "'") {
      const end = skipQuoted(src, i);
      out += src.slice(i, end);
      i = end;
      continue;
    }
    CALL.lastIndex = i;
    const m = i > 0 && NAME_CHAR.test(src[i - 1]) ? null : CALL.exec(src);
    if (!m) {
      out += c;
      i++;
      continue;
    }
    const name = (m[1] ?? m[2]).toUpperCase();
    const id = m[1] ? name : BY_STORED_NAME.get(name);
    const open = i + m[0].length - 1;
    const { args, close } = splitArguments(src, open);
    if (!id || !FUNCTIONS[id]) throw new CallProblem("unknown-function", `${m[1] ? display(name) : m[0].slice(0, -1)} is not a Smartsource function`);
    scan.calls.push(id);
    const inner = args.map((a) => rewriteExpression(a, true, scan));
    if (!FUNCTIONS[id].native) {
      scan.frozen.push({ problem: "no-native", reason: `${display(id)} has no native Excel equivalent` });
      out += src.slice(i, close + 1);
    } else {
      try {
        const native = nativeCall(id, inner);
        // Parentheses keep precedence where the call sits inside a larger expression (2^…, -…, @…).
        out += standsAlone(src, i, close, whole) || isSingleCall(native) ? native : `(${native})`;
      } catch (e) {
        if (!(e instanceof CallProblem) || e.problem !== "volatile") throw e;
        scan.frozen.push({ problem: e.problem, reason: e.message });
        out += src.slice(i, close + 1);
      }
    }
    i = close + 1;
  }
  return out;
}

/** The native form of a cell formula ("=…"), or why there is none. */
export function rewriteFormula(formula: string): Rewrite {
  if (!formula.startsWith("=")) return { ok: true, formula, calls: [] };
  const scan: Scan = { calls: [], frozen: [] };
  try {
    const body = rewriteExpression(formula.slice(1), true, scan);
    if (scan.frozen.length > 0) {
      const reasons = [...new Set(scan.frozen.map((f) => f.reason))];
      return { ok: false, problem: scan.frozen[0].problem, reason: reasons.join("; "), freezable: true, calls: scan.calls };
    }
    return { ok: true, formula: `=${body}`, calls: scan.calls };
  } catch (e) {
    if (e instanceof CallProblem) return { ok: false, problem: e.problem, reason: e.message, freezable: false, calls: scan.calls };
    if (e instanceof FormulaSyntaxError) return { ok: false, problem: "syntax", reason: `the formula could not be read: ${e.message}`, freezable: false, calls: scan.calls };
    throw e;
  }
}

/**
 * Whether a formula calls a Smartsource function anywhere outside its quoted texts (what
 * "freeze to values" looks for; it needs no argument parsing, so it never fails).
 */
export function hasSmartsourceCall(formula: string): boolean {
  if (!formula.startsWith("=")) return false;
  for (let i = 1; i < formula.length; i++) {
    const c = formula[i];
    if (c === '"' || c === "'") {
      try {
        i = skipQuoted(formula, i) - 1;
        continue;
      } catch {
        return false;
      }
    }
    if (NAME_CHAR.test(formula[i - 1])) continue;
    CALL.lastIndex = i;
    if (CALL.test(formula)) return true;
  }
  return false;
}
