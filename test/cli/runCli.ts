/**
 * Runs the real `smartsource` bin (bin/smartsource.js → lib/cli/main.js) in a child process.
 * lib/ is compiled by `npm run build:node` (npm test and npm ci run it); when it is missing or
 * older than the sources it is rebuilt once, under a lock shared by parallel test files.
 */
import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from "fs";
import { join } from "path";

export const ROOT = join(__dirname, "..", "..");
export const BIN = join(ROOT, "bin", "smartsource.js");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

const isStale = (): boolean => {
  const built = join(ROOT, "lib", "cli", "main.js");
  if (!existsSync(built)) return true;
  const src = Math.max(...["model", "workbook", "cli"].map((d) => newestMtime(join(ROOT, "src", d))));
  return statSync(built).mtimeMs < src;
};

export function ensureNodeBuild(): void {
  if (!isStale()) return;
  const lock = join(ROOT, "lib", ".test-build-lock");
  mkdirSync(join(ROOT, "lib"), { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lock}`);
      execFileSync("sleep", ["0.5"]);
    }
  }
  try {
    if (isStale()) execFileSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", join(ROOT, "tsconfig.node.json")], { stdio: "pipe" });
  } catch (e) {
    // tsc exits non-zero on type errors elsewhere but still emits; fail only if nothing was built.
    if (!existsSync(join(ROOT, "lib", "cli", "main.js"))) throw e;
  } finally {
    rmdirSync(lock);
  }
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], cwd: string): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", timeout: 120_000, env: { ...process.env, NO_COLOR: "1" } });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
