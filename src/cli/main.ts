/**
 * The `smartsource` command-line tool (docs/spec.md §2.5). bin/smartsource.js calls main() and sets the
 * exit status: 0 success, 1 a profile or file failed, 2 usage error.
 */
import { existsSync, readFileSync, unlinkSync } from "fs";
import { join } from "path";
import { Command, HELP, parseCommand, UsageError } from "./args";
import { REPORT_BUG, runBuild } from "./build";
import { FileError } from "./files";
import { exampleProfile } from "./example";
import { CliIO, processIO } from "./io";

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

function version(): string {
  try {
    return JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")).version;
  } catch {
    return "unknown";
  }
}

/** Removes the temp file of an interrupted write (Ctrl+C), so no partial file is left. */
async function withInterruptCleanup(run: (onTemp: (tmp: string | null) => void) => Promise<number>): Promise<number> {
  let current: string | null = null;
  const onSignal = (signal: NodeJS.Signals) => {
    try {
      if (current && existsSync(current)) unlinkSync(current);
    } catch {
      // the next run removes it (removeStaleTemps)
    }
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    return await run((tmp) => (current = tmp));
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  let cmd: Command;
  try {
    cmd = parseCommand(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`smartsource: ${e.message}\nRun "smartsource --help" for usage.\n`);
    return EXIT.usage;
  }
  try {
    switch (cmd.kind) {
      case "help":
        io.stdout(HELP);
        return EXIT.ok;
      case "version":
        io.stdout(`${version()}\n`);
        return EXIT.ok;
      case "example":
        io.stdout(JSON.stringify(exampleProfile(), null, 2) + "\n");
        return EXIT.ok;
      case "build":
        return await withInterruptCleanup((onTemp) => runBuild(cmd as Extract<Command, { kind: "build" }>, io, onTemp));
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`smartsource: ${e.message}\nRun "smartsource --help" for usage.\n`);
      return EXIT.usage;
    }
    if (e instanceof FileError) {
      io.stderr(`${e.message}\n`);
      return EXIT.failed;
    }
    io.stderr(`smartsource: internal error: ${(e as Error)?.stack ?? e}\n${REPORT_BUG}\n`);
    return EXIT.failed;
  }
}
