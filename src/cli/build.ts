/**
 * `smartsource build`: profile JSON → validated Profile → WorkbookPlan → .xlsx, one workbook per
 * profile. A failing profile is reported (each problem one line, `PATH: what happened`) and the
 * others are still built; the exit status says whether all succeeded.
 */
import { mkdirSync, statSync } from "fs";
import { dirname, join, resolve } from "path";
import { buildPlan } from "../workbook/plan/buildPlan";
import { writeXlsx } from "../workbook/xlsx/xlsxWriter";
import { Command, UsageError } from "./args";
import { alreadyExists, attempt, expandInput, FileError, removeStaleTemps, statOf, workbookName, writeFileAtomically } from "./files";
import { CliIO } from "./io";
import { loadProfile } from "./profileFile";

export { loadProfile } from "./profileFile";

type BuildCommand = Extract<Command, { kind: "build" }>;

/** The words the CLI adds to a stack trace: this is our bug, not the user's input. */
export const REPORT_BUG = "This is a bug in smartsource, not a problem with your files: please report it with the command you ran and the lines above.";

/** Input profile → output workbook pairs, or a UsageError/FileError. */
function plan(cmd: BuildCommand): { jobs: { input: string; out: string }[]; errors: string[] } {
  const errors: string[] = [];
  if (cmd.out !== undefined) {
    const parent = dirname(cmd.out);
    let st;
    try {
      st = statSync(parent, { throwIfNoEntry: false });
    } catch {
      // not a folder (ENOTDIR) or not reachable: as good as missing
    }
    if (!st?.isDirectory()) throw new UsageError(`--out ${cmd.out}: folder ${parent} does not exist`);
    return { jobs: [{ input: cmd.inputs[0], out: cmd.out }], errors };
  }
  const outDir = cmd.outDir as string;
  const inputs: string[] = [];
  for (const arg of cmd.inputs) {
    try {
      inputs.push(...expandInput(arg));
    } catch (e) {
      if (!(e instanceof FileError)) throw e;
      errors.push(e.message);
    }
  }
  const jobs = inputs.map((input) => ({ input, out: join(outDir, workbookName(input)) }));
  return { jobs, errors };
}

/** Creates --out-dir; a FileError when it cannot be. */
function makeOutDir(dir: string): void {
  const st = statOf(dir, "create the folder");
  if (st && !st.isDirectory()) throw new FileError(`${dir}: cannot write workbooks there (it is a file, not a folder)`);
  if (!st) attempt(dir, "create the folder", () => mkdirSync(dir, { recursive: true }));
}

export async function runBuild(cmd: BuildCommand, io: CliIO, onTemp?: (tmp: string | null) => void): Promise<number> {
  const started = Date.now();
  const { jobs, errors } = plan(cmd);
  for (const e of errors) io.stderr(`${e}\n`);
  if (cmd.outDir !== undefined && jobs.length) {
    try {
      makeOutDir(cmd.outDir);
    } catch (e) {
      if (!(e instanceof FileError)) throw e;
      io.stderr(`${e.message}\n`);
      return 1;
    }
  }
  // Temp files a killed run left behind (it could not clean up after kill -9).
  for (const folder of new Set(jobs.map((j) => dirname(j.out)))) {
    const removed = removeStaleTemps(folder, started);
    if (removed.length) io.stderr(`${folder}: removed ${removed.length} temporary file${removed.length === 1 ? "" : "s"} left by an interrupted run\n`);
  }
  const written = new Map<string, string>();
  let built = 0;
  let skipped = 0;
  let failed = errors.length;
  for (const [i, job] of jobs.entries()) {
    const tag = `[${i + 1}/${jobs.length}] ${job.input}`;
    try {
      const key = resolve(job.out);
      const earlier = written.get(key);
      if (earlier) throw new FileError(`${job.out}: was already written from ${earlier} in this run (profile file names must differ)`);
      if (statOf(job.out, "write the workbook") && !cmd.force) {
        if (!cmd.skipExisting) throw alreadyExists(job.out);
        skipped++;
        io.stdout(`${tag}: skipped, ${job.out} exists\n`);
        continue;
      }
      const profile = loadProfile(job.input);
      const bytes = await writeXlsx(buildPlan(profile));
      writeFileAtomically(job.out, bytes, cmd.force, onTemp);
      written.set(key, job.input);
      built++;
      io.stdout(`${tag} -> ${job.out}\n`);
    } catch (e) {
      failed++;
      io.stdout(`${tag}: failed\n`);
      // Profile and file problems are expected and explained; anything else is our bug.
      io.stderr(e instanceof FileError ? `${e.message}\n` : `${job.input}: internal error while building: ${(e as Error)?.stack ?? e}\n${REPORT_BUG}\n`);
    }
  }
  if (jobs.length + errors.length > 1 || failed || skipped) io.stdout(`${built} built, ${skipped} skipped, ${failed} failed\n`);
  return failed ? 1 : 0;
}
