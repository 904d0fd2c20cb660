/**
 * File handling for `smartsource build`: expanding the profile arguments (files, folders,
 * patterns the shell left unexpanded, as on Windows), writing a workbook without ever leaving a
 * partial file or replacing an existing one by accident, and clearing the temp files of runs
 * that were killed. Every filesystem failure becomes a FileError worded `PATH: what happened
 * (cause)`; only a failure that is not the filesystem's is left to be reported as a bug.
 */
import { randomBytes } from "crypto";
import { existsSync, linkSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from "fs";
import { basename, dirname, join } from "path";

/** A problem with a file or a profile, already worded for the user (one or more lines). */
export class FileError extends Error {}

/** Plain words for the errno codes a file operation meets. */
const ERRNO_WORDS: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "read-only file system",
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  EFBIG: "file too large for the file system",
  EISDIR: "is a folder",
  ENOTDIR: "a part of the path is not a folder",
  ENOENT: "no such file or folder",
  EEXIST: "already exists",
  ENAMETOOLONG: "name too long",
  ELOOP: "too many symbolic links",
  EMFILE: "too many open files",
  ENFILE: "too many open files",
  EIO: "input/output error",
  EBUSY: "busy",
  ETXTBSY: "busy",
  EXDEV: "on another device",
  EINVAL: "invalid argument",
  ENXIO: "no such device",
  ENODEV: "no such device",
  EAGAIN: "temporarily unavailable",
  ESTALE: "stale network file handle",
};

/** An operating-system error (it has an errno code such as "EACCES"), as opposed to a bug. No instanceof: node's errors may come from another realm. */
export function isSystemError(e: unknown): e is NodeJS.ErrnoException & { code: string } {
  const code = typeof e === "object" && e !== null ? (e as NodeJS.ErrnoException).code : undefined;
  return typeof code === "string" && /^E[A-Z0-9]+$/.test(code) && typeof (e as Error).message === "string";
}

/** "permission denied, EACCES" */
export const systemCause = (e: NodeJS.ErrnoException & { code: string }): string => `${ERRNO_WORDS[e.code] ?? e.message.replace(/^E[A-Z0-9]+: /, "").replace(/, \w+ '.*'$/, "")}, ${e.code}`;

/**
 * Runs a file operation; a system error becomes `PATH: cannot WHAT (cause, CODE)`. Anything
 * else (a bug) passes through untouched.
 */
export function attempt<T>(path: string, what: string, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (isSystemError(e)) throw new FileError(`${path}: cannot ${what} (${systemCause(e)})`);
    throw e;
  }
}

const isPattern = (s: string): boolean => /[*?]/.test(s);

function globToRegExp(pattern: string): RegExp {
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${body}$`, process.platform === "win32" ? "i" : "");
}

/** One argument → the profile files it names (sorted), or a FileError saying why none. */
export function expandInput(arg: string): string[] {
  if (isPattern(arg)) {
    const dir = dirname(arg);
    if (/[*?]/.test(dir)) throw new FileError(`${arg}: only the file name may contain * or ?`);
    const re = globToRegExp(basename(arg));
    const names = attempt(dir, "read the folder", () => readdirSync(dir));
    const files = names.filter((n) => re.test(n)).sort().map((n) => join(dir, n));
    if (files.length === 0) throw new FileError(`${arg}: no file matches`);
    return files;
  }
  if (existsSync(arg) && statSync(arg).isDirectory()) {
    const files = attempt(arg, "read the folder", () => readdirSync(arg))
      .filter((n) => /\.json$/i.test(n))
      .sort()
      .map((n) => join(arg, n));
    if (files.length === 0) throw new FileError(`${arg}: the folder has no .json profiles`);
    return files;
  }
  return [arg];
}

/** "clients/acme.json" → "acme.xlsx". */
export const workbookName = (profilePath: string): string => basename(profilePath).replace(/\.json$/i, "") + ".xlsx";

/** This tool's temp files: `.NAME.xlsx.PID.RANDOM.tmp`, beside the workbook being written. */
const TEMP_NAME = /^\..+\.xlsx\.(\d+)\.[0-9a-f]{8}\.tmp$/;
const tempName = (target: string): string => join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes temp files a killed run (kill -9, power loss) left in `dir`: this tool's naming
 * pattern, older than `since`, and written by a process that no longer runs (so a concurrent
 * run's file in the middle of its write is kept). Returns the names removed.
 */
export function removeStaleTemps(dir: string, since: number): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return []; // an unreadable folder fails the writes themselves, with their own message
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m || processAlive(Number(m[1]))) continue;
    const path = join(dir, name);
    try {
      const st = statSync(path);
      if (!st.isFile() || st.mtimeMs >= since) continue;
      unlinkSync(path);
      removed.push(name);
    } catch {
      // gone meanwhile, or not ours to remove: leave it
    }
  }
  return removed;
}

/** What is at `path` (undefined when nothing), as a FileError when even that cannot be known. */
export const statOf = (path: string, what: string) => attempt(path, what, () => statSync(path, { throwIfNoEntry: false }));

export const alreadyExists = (target: string) => new FileError(`${target}: already exists (use --force to overwrite, or --skip-existing to keep it)`);

/**
 * Writes `bytes` to `target` via a temporary file in the same folder, so the target is either
 * absent or complete. Without `force`, an existing target is an error and is never touched
 * (the temp file is hard-linked into place, which fails if the target appeared meanwhile).
 */
export function writeFileAtomically(target: string, bytes: Uint8Array, force: boolean, onTemp?: (tmp: string | null) => void): void {
  const existing = statOf(target, "write the workbook");
  if (existing?.isDirectory()) throw new FileError(`${target}: cannot write the workbook (a folder has that name)`);
  if (!force && existing) throw alreadyExists(target);
  const tmp = tempName(target);
  onTemp?.(tmp);
  try {
    attempt(target, "write the workbook", () => {
      writeFileSync(tmp, bytes, { flag: "wx" });
      if (force) return renameSync(tmp, target);
      try {
        linkSync(tmp, target);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "EEXIST") throw alreadyExists(target);
        // Filesystems without hard links: check, then rename (a tiny race instead of none).
        if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EXDEV" && code !== "ENOSYS") throw e;
        if (existsSync(target)) throw alreadyExists(target);
        renameSync(tmp, target);
      }
    });
  } finally {
    try {
      unlinkSync(tmp);
    } catch {
      // renamed into place, never created, or not removable: nothing more to do
    }
    onTemp?.(null);
  }
}
