/**
 * `smartsource build`: profile JSON → validated Profile → WorkbookPlan → .xlsx, one workbook per
 * profile. A failing profile is reported (every error as `file: path: reason`) and the others
 * are still built; the exit status says whether all succeeded.
 */
import { mkdirSync, readFileSync, statSync } from "fs";
import { dirname, join, resolve } from "path";
import { formatErrors, parseProfile, Profile } from "../model/profile";
import { buildPlan } from "../workbook/plan/buildPlan";
import { writeXlsx } from "../workbook/xlsx/xlsxWriter";
import { Command, UsageError } from "./args";
import { expandInput, FileError, workbookName, writeFileAtomically } from "./files";
import { CliIO } from "./io";

type BuildCommand = Extract<Command, { kind: "build" }>;

// Profiles are a few kB; anything far bigger is the wrong file.
const MAX_PROFILE_BYTES = 5 * 1024 * 1024;

/** Reads and validates one profile; throws FileError with every problem, one per line. */
export function loadProfile(file: string): Profile {
  let text: string;
  try {
    if (statSync(file).size > MAX_PROFILE_BYTES) throw new FileError(`${file}: larger than 5 MB, not a profile`);
    text = readFileSync(file, "utf8");
  } catch (e) {
    if (e instanceof FileError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder" : code === "EACCES" ? "permission denied" : (e as Error).message;
    throw new FileError(`${file}: cannot read the profile (${why})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new FileError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  const parsed = parseProfile(json);
  if (!parsed.ok) throw new FileError(formatErrors(parsed.errors).map((line) => `${file}: ${line}`).join("\n"));
  return parsed.profile;
}

/** Input profile → output workbook pairs, or a UsageError/FileError. */
function plan(cmd: BuildCommand): { jobs: { input: string; out: string }[]; errors: string[] } {
  const errors: string[] = [];
  if (cmd.out !== undefined) {
    const parent = dirname(cmd.out);
    let ok = false;
    try {
      ok = statSync(parent).isDirectory();
    } catch {
      ok = false;
    }
    if (!ok) throw new UsageError(`--out ${cmd.out}: folder ${parent} does not exist`);
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

export async function runBuild(cmd: BuildCommand, io: CliIO, onTemp?: (tmp: string | null) => void): Promise<number> {
  const { jobs, errors } = plan(cmd);
  for (const e of errors) io.stderr(`${e}\n`);
  if (cmd.outDir !== undefined && jobs.length) {
    try {
      mkdirSync(cmd.outDir, { recursive: true });
    } catch (e) {
      io.stderr(`--out-dir ${cmd.outDir}: cannot create the folder (${(e as Error).message})\n`);
      return 1;
    }
  }
  const written = new Map<string, string>();
  let built = 0;
  for (const [i, job] of jobs.entries()) {
    const tag = `[${i + 1}/${jobs.length}] ${job.input}`;
    try {
      const profile = loadProfile(job.input);
      const key = resolve(job.out);
      const earlier = written.get(key);
      if (earlier) throw new FileError(`${job.out} was already written from ${earlier} in this run (profile file names must differ)`);
      if (!cmd.force && exists(job.out)) throw new FileError(`${job.out} already exists (use --force to overwrite)`);
      const bytes = await writeXlsx(buildPlan(profile));
      writeFileAtomically(job.out, bytes, cmd.force, onTemp);
      written.set(key, job.input);
      built++;
      io.stdout(`${tag} -> ${job.out}\n`);
    } catch (e) {
      io.stdout(`${tag}: failed\n`);
      // Profile and file problems are expected and explained; anything else is our bug.
      io.stderr(e instanceof FileError ? `${e.message}\n` : `${job.input}: internal error while building: ${(e as Error).stack ?? e}\n`);
    }
  }
  const failed = errors.length + jobs.length - built;
  if (jobs.length + errors.length > 1 || failed) io.stdout(`${built} built, ${failed} failed\n`);
  return failed ? 1 : 0;
}

function exists(p: string): boolean {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
}
