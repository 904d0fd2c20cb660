/**
 * Drives LibreOffice Calc headless for the acceptance test: recalculate .xlsx files (a fresh
 * profile with OOXMLRecalcMode=0, "always recalculate", since Calc ignores fullCalcOnLoad) and
 * re-save them, several files per soffice start.
 */
import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import { pathToFileURL } from "url";

export function sofficePath(): string | null {
  try {
    return execFileSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

/** True when soffice is usable; otherwise warns (developer machine) or throws (CI). */
export function requireSoffice(what: string): boolean {
  if (sofficePath()) return true;
  const message = `${what}: LibreOffice (soffice) is not installed`;
  if (process.env.CI) throw new Error(message);
  console.warn(`${message}; skipped`);
  return false;
}

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Converts `inputs` with one soffice run; returns the output paths in input order. */
export function sofficeConvert(inputs: string[], outDir: string, filter: string, ext: string): string[] {
  const profile = mkdtempSync(join(tmpdir(), "ss-lo-profile-"));
  try {
    mkdirSync(join(profile, "user"), { recursive: true });
    writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
    mkdirSync(outDir, { recursive: true });
    const r = spawnSync(
      "soffice",
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore", "--convert-to", filter, "--outdir", outDir, ...inputs],
      { encoding: "utf8", timeout: 240_000 },
    );
    const outputs = inputs.map((f) => join(outDir, basename(f).replace(/\.[^.]+$/, `.${ext}`)));
    const missing = outputs.filter((f) => !existsSync(f));
    if (r.error || missing.length) {
      throw new Error(`soffice failed (${r.error?.message ?? `exit ${r.status}`}); missing ${missing.join(", ")}\n${r.stdout}\n${r.stderr}`);
    }
    return outputs;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Recalculates .xlsx files in Calc and re-saves them as .xlsx in outDir (which must not be their folder). */
export const recalculateXlsx = (inputs: string[], outDir: string): string[] => sofficeConvert(inputs, outDir, "xlsx:Calc MS Excel 2007 XML", "xlsx");
