/**
 * Command-line parsing for `smartsource` (node's util.parseArgs). Anything wrong with the
 * command line itself is a UsageError (exit 2); problems with a profile are not.
 */
import { parseArgs } from "util";

export class UsageError extends Error {}

export type Command =
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "example" }
  | { kind: "build"; inputs: string[]; out?: string; outDir?: string; force: boolean; skipExisting: boolean };

export const HELP = `smartsource: build the Smartsource KPI workbook (.xlsx) from a JSON profile.

Usage:
  smartsource build PROFILE.json --out FILE.xlsx [--force | --skip-existing]
  smartsource build DIR/*.json --out-dir OUTDIR [--force | --skip-existing]
  smartsource example > profile.json
  smartsource --help | --version

Commands:
  build     Build one workbook per profile. With --out, exactly one profile and the
            workbook's file name; with --out-dir, any number of profiles (files, a folder
            of *.json, or a quoted pattern such as "clients/*.json"), each written to
            OUTDIR/<profile name>.xlsx, with a progress line per file and a last
            line counting what was built, skipped and failed.
  example   Print a complete example profile (every field present) to standard output.

Options:
  -o, --out FILE.xlsx    the workbook to write (one profile only)
  -d, --out-dir DIR      the folder to write workbooks to (created if missing)
  -f, --force            overwrite existing workbooks (never done without it)
  -s, --skip-existing    leave existing workbooks as they are and build the rest
                         (resumes an interrupted batch)
  -h, --help             show this help
  -v, --version          show the version

Exit status: 0 all built (or skipped); 1 a profile was invalid or unreadable, a file
could not be written, or an output file already existed (the other profiles are still
built); 2 usage error. Each problem is one line on standard error: PATH: what happened.
`;

function usage(message: string): never {
  throw new UsageError(message);
}

export function parseCommand(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: "string", short: "o" },
        "out-dir": { type: "string", short: "d" },
        force: { type: "boolean", short: "f", default: false },
        "skip-existing": { type: "boolean", short: "s", default: false },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false },
      },
    });
  } catch (e) {
    usage((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };
  const [command, ...rest] = positionals;
  if (command === undefined) usage("no command given");
  const buildOnly = (["out", "out-dir", "force", "skip-existing"] as const).filter((k) => values[k] !== undefined && values[k] !== false);
  switch (command) {
    case "help":
      return { kind: "help" };
    case "example":
      if (rest.length) usage(`example takes no arguments (got ${rest.join(" ")})`);
      if (buildOnly.length) usage(`--${buildOnly[0]} applies to build, not example`);
      return { kind: "example" };
    case "build": {
      const { out, "out-dir": outDir, force, "skip-existing": skipExisting } = values;
      if (rest.length === 0) usage("build needs at least one profile (a .json file)");
      if (out !== undefined && outDir !== undefined) usage("give either --out or --out-dir, not both");
      if (force && skipExisting) usage("give either --force or --skip-existing, not both");
      if (out === undefined && outDir === undefined) usage("build needs --out FILE.xlsx (one profile) or --out-dir DIR");
      if (out !== undefined) {
        if (rest.length > 1 || /[*?]/.test(rest[0])) usage(`--out takes exactly one profile (got ${rest.length > 1 ? rest.length : rest[0]}); use --out-dir DIR for several`);
        if (!/\.xlsx$/i.test(out)) usage(`--out must name a .xlsx file (got ${out})`);
      }
      if (outDir === "" || out === "") usage("--out and --out-dir need a path");
      return { kind: "build", inputs: rest, out, outDir, force: force === true, skipExisting: skipExisting === true };
    }
    default:
      usage(`unknown command "${command}"`);
  }
}
