/**
 * File handling for `smartsource build`: expanding the profile arguments (files, folders,
 * patterns the shell left unexpanded, as on Windows) and writing a workbook without ever
 * leaving a partial file or replacing an existing one by accident.
 */
import { randomBytes } from "crypto";
import { existsSync, linkSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from "fs";
import { basename, dirname, join } from "path";

export class FileError extends Error {}

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
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      throw new FileError(`${arg}: folder ${dir} cannot be read`);
    }
    const files = names.filter((n) => re.test(n)).sort().map((n) => join(dir, n));
    if (files.length === 0) throw new FileError(`${arg}: no file matches`);
    return files;
  }
  if (existsSync(arg) && statSync(arg).isDirectory()) {
    const files = readdirSync(arg).filter((n) => /\.json$/i.test(n)).sort().map((n) => join(arg, n));
    if (files.length === 0) throw new FileError(`${arg}: the folder has no .json profiles`);
    return files;
  }
  return [arg];
}

/** "clients/acme.json" → "acme.xlsx". */
export const workbookName = (profilePath: string): string => basename(profilePath).replace(/\.json$/i, "") + ".xlsx";

/**
 * Writes `bytes` to `target` via a temporary file in the same folder, so the target is either
 * absent or complete. Without `force`, an existing target is an error and is never touched
 * (the temp file is hard-linked into place, which fails if the target appeared meanwhile).
 */
export function writeFileAtomically(target: string, bytes: Uint8Array, force: boolean, onTemp?: (tmp: string | null) => void): void {
  if (!force && existsSync(target)) throw new FileError(`${target} already exists (use --force to overwrite)`);
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  onTemp?.(tmp);
  try {
    writeFileSync(tmp, bytes, { flag: "wx" });
    if (force) renameSync(tmp, target);
    else {
      try {
        linkSync(tmp, target);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "EEXIST") throw new FileError(`${target} already exists (use --force to overwrite)`);
        // Filesystems without hard links: check, then rename (a tiny race instead of none).
        if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EXDEV" && code !== "ENOSYS") throw e;
        if (existsSync(target)) throw new FileError(`${target} already exists (use --force to overwrite)`);
        renameSync(tmp, target);
      }
    }
  } finally {
    if (existsSync(tmp)) unlinkSync(tmp);
    onTemp?.(null);
  }
}
