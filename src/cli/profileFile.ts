/**
 * Reading a profile file for `smartsource build`: a regular file only (a FIFO would block for
 * ever, /dev/zero never ends, a folder is a mistake), at most 5 MB counted while reading (a size
 * from stat can lie), JSON at most MAX_DEPTH levels deep, then the profile schema. Every problem
 * is a FileError, its lines `FILE: ...`, at most MAX_ERRORS of them per profile.
 */
import { closeSync, constants, fstatSync, openSync, readSync, Stats } from "fs";
import { printable } from "../model/excerpt";
import { formatErrors, parseProfile, Profile } from "../model/profile";
import { attempt, FileError } from "./files";

// Profiles are a few kB; anything far bigger is the wrong file.
export const MAX_PROFILE_BYTES = 5 * 1024 * 1024;
// A profile is 4 levels deep (inHouse.staff[0].role); far deeper is not a profile.
export const MAX_DEPTH = 32;
// Enough to fix a profile by; 100,000 bad staff rows must not print 200,000 lines.
export const MAX_ERRORS = 50;

function kindOf(st: Stats): string {
  if (st.isDirectory()) return "a folder";
  if (st.isFIFO()) return "a pipe (FIFO)";
  if (st.isCharacterDevice() || st.isBlockDevice()) return "a device";
  if (st.isSocket()) return "a socket";
  return "not a regular file";
}

/** The file's bytes as text; refuses anything but a regular file of at most MAX_PROFILE_BYTES. */
export function readProfileText(file: string): string {
  return attempt(file, "read the profile", () => {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; regular files ignore the flag.
    const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const st = fstatSync(fd);
      if (!st.isFile()) throw new FileError(`${file}: cannot read the profile (it is ${kindOf(st)}, not a file)`);
      const buf = Buffer.alloc(MAX_PROFILE_BYTES + 1);
      let length = 0;
      for (;;) {
        const n = readSync(fd, buf, length, buf.length - length, null);
        if (n === 0) break;
        length += n;
        if (length > MAX_PROFILE_BYTES) throw new FileError(`${file}: larger than 5 MB, not a profile`);
      }
      return buf.toString("utf8", 0, length);
    } finally {
      closeSync(fd);
    }
  });
}

/** The path of the first value nested deeper than `max` levels, or null (iterative: no stack to overflow). */
export function tooDeep(root: unknown, max: number): string | null {
  const stack: [unknown, string, number][] = [[root, "", 0]];
  while (stack.length) {
    const [v, path, depth] = stack.pop()!;
    if (v === null || typeof v !== "object") continue;
    if (depth >= max) return path || "(profile)";
    // Only the first few levels of the path are named: the rest is the same nesting.
    const child = (k: string) => (depth < 4 ? (Array.isArray(v) ? `${path}[${k}]` : path ? `${path}.${k}` : k) : path);
    for (const k of Object.keys(v)) stack.push([(v as Record<string, unknown>)[k], child(k), depth + 1]);
  }
  return null;
}

/** The first `max` lines, then one line saying how many more there are. */
export function capLines(lines: string[], max: number): string[] {
  if (lines.length <= max) return lines;
  const more = lines.length - max;
  return [...lines.slice(0, max), `and ${more.toLocaleString("en-US")} more problem${more === 1 ? "" : "s"}`];
}

/** Reads and validates one profile; throws FileError with every problem (capped), one per line. */
export function loadProfile(file: string): Profile {
  const text = readProfileText(file);
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new FileError(`${file}: not valid JSON (${printable((e as Error).message)})`);
  }
  const deep = tooDeep(json, MAX_DEPTH);
  if (deep) throw new FileError(`${file}: ${deep}: nested more than ${MAX_DEPTH} levels deep (a profile needs 4), not a profile`);
  const parsed = parseProfile(json);
  if (!parsed.ok) throw new FileError(capLines(formatErrors(parsed.errors), MAX_ERRORS).map((line) => `${file}: ${line}`).join("\n"));
  return parsed.profile;
}
