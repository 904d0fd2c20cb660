/**
 * Drives Gnumeric's ssconvert for the acceptance test: recalculate .xlsx files from their
 * formulas and re-save them as .xlsx (one ssconvert run per file: it converts one file a run).
 */
import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdirSync } from "fs";
import { basename, join } from "path";

export function ssconvertPath(): string | null {
  try {
    return execFileSync("sh", ["-c", "command -v ssconvert"], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

/** True when ssconvert is usable; otherwise warns (developer machine) or throws (CI). */
export function requireSsconvert(what: string): boolean {
  if (ssconvertPath()) return true;
  const message = `${what}: Gnumeric (ssconvert) is not installed`;
  if (process.env.CI) throw new Error(message);
  console.warn(`${message}; skipped`);
  return false;
}

/** Recalculates .xlsx files with Gnumeric into outDir (not their folder); returns the outputs in input order. */
export function gnumericRecalculate(inputs: string[], outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  return inputs.map((input) => {
    const output = join(outDir, basename(input));
    // Its warnings about the notes' drawings are harmless; a failure leaves no output file.
    const r = spawnSync("ssconvert", ["--recalc", input, output], { encoding: "utf8", timeout: 120_000 });
    if (r.error || !existsSync(output)) throw new Error(`ssconvert failed on ${input} (${r.error?.message ?? `exit ${r.status}`})\n${r.stderr}`);
    return output;
  });
}
