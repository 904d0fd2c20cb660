/**
 * The smartsource bin against real faults, not mocks: a read-only folder and an unreadable
 * profile as an unprivileged user, a read-only and a full file system (small tmpfs mounts), a
 * sticky folder, a folder where the workbook should go, a FIFO, /dev/zero, deep nesting,
 * 100,000 bad rows. Each must give one line per problem, `PATH: what happened (cause)`, exit 1,
 * no stack trace and no file left behind. The tests that need root (mount, setpriv) say why they
 * are skipped where they cannot run.
 */
import { spawnSync, SpawnSyncReturns } from "child_process";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { KPI_IDS } from "../../src/model/kpiCatalog";
import { BIN, ensureNodeBuild, runCli } from "./runCli";

const NOBODY = ["--reuid=65534", "--regid=65534", "--clear-groups"];
const isRoot = process.getuid?.() === 0;

let dir: string;
beforeAll(() => ensureNodeBuild());
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ss-faults-"));
  chmodSync(dir, 0o755); // the unprivileged user must reach the files inside
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const profile = (name = "p.json", value: unknown = { schemaVersion: 1, company: { name: "Acme" } }): string => {
  const p = join(dir, name);
  writeFileSync(p, typeof value === "string" ? value : JSON.stringify(value));
  chmodSync(p, 0o644);
  return p;
};
const ls = (d: string): string[] => readdirSync(d).sort();

function result(r: SpawnSyncReturns<string>) {
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the bin as `nobody`, with a time limit (a hang is a failure, not a stuck test run). */
const runAsNobody = (args: string[]) => result(spawnSync("setpriv", [...NOBODY, process.execPath, BIN, ...args], { cwd: dir, encoding: "utf8", timeout: 60_000 }));

/** Why the unprivileged tests cannot run here, or null. */
function noUnprivilegedRun(): string | null {
  if (!isRoot) return "they must start as root to drop to nobody (they already run unprivileged: a read-only folder would not stop root)";
  const r = spawnSync("setpriv", [...NOBODY, process.execPath, BIN, "--version"], { encoding: "utf8" });
  if (r.error) return `setpriv is not available (${r.error.message})`;
  if (r.status !== 0) return `nobody cannot run the bin from this checkout (${r.stderr.trim().split("\n")[0]})`;
  return null;
}

/** Mounts a tmpfs at `at` (read-only, or `size` bytes), or says why it cannot. */
function mountTmpfs(at: string, options: string): string | null {
  if (!isRoot) return "mounting a tmpfs needs root";
  mkdirSync(at);
  const r = spawnSync("mount", ["-t", "tmpfs", "-o", options, "tmpfs", at], { encoding: "utf8" });
  if (r.error || r.status !== 0) return `mount -t tmpfs failed here (${r.error?.message ?? r.stderr.trim()})`;
  return null;
}
const umount = (at: string) => spawnSync("umount", [at]);

function skipBecause(reason: string | null): boolean {
  if (reason) console.warn(`Skipped: ${expect.getState().currentTestName}: ${reason}`);
  return reason !== null;
}

/** One line per problem, no stack trace, nothing about an internal error. */
function expectOneLine(stderr: string, line: string) {
  expect(stderr).toBe(`${line}\n`);
}

describe("filesystem faults: one line, exit 1", () => {
  it("EACCES: a read-only folder, as an unprivileged user", () => {
    if (skipBecause(noUnprivilegedRun())) return;
    const p = profile();
    mkdirSync(join(dir, "locked"));
    chmodSync(join(dir, "locked"), 0o555);
    const r = runAsNobody(["build", p, "--out", join("locked", "x.xlsx")]);
    expect(r.code).toBe(1);
    expectOneLine(r.stderr, `${join("locked", "x.xlsx")}: cannot write the workbook (permission denied, EACCES)`);
    expect(ls(join(dir, "locked"))).toEqual([]);
  });

  it("EACCES: a profile the user may not read, in a batch: the other profile is still built", () => {
    if (skipBecause(noUnprivilegedRun())) return;
    const secret = profile("a.json");
    chmodSync(secret, 0o600);
    profile("b.json");
    mkdirSync(join(dir, "out"));
    chmodSync(join(dir, "out"), 0o777);
    const r = runAsNobody(["build", secret, join(dir, "b.json"), "--out-dir", "out"]);
    expect(r.code).toBe(1);
    expectOneLine(r.stderr, `${secret}: cannot read the profile (permission denied, EACCES)`);
    expect(r.stdout.trim().split("\n").pop()).toBe("1 built, 0 skipped, 1 failed");
    expect(ls(join(dir, "out"))).toEqual(["b.xlsx"]);
  });

  it("EPERM: replacing another user's workbook in a sticky folder (as /tmp is)", () => {
    if (skipBecause(noUnprivilegedRun())) return;
    const p = profile();
    mkdirSync(join(dir, "shared"));
    chmodSync(join(dir, "shared"), 0o1777);
    writeFileSync(join(dir, "shared", "x.xlsx"), "root's");
    const r = runAsNobody(["build", p, "--out", join("shared", "x.xlsx"), "--force"]);
    expect(r.code).toBe(1);
    expectOneLine(r.stderr, `${join("shared", "x.xlsx")}: cannot write the workbook (operation not permitted, EPERM)`);
    expect(readFileSync(join(dir, "shared", "x.xlsx"), "utf8")).toBe("root's");
    expect(ls(join(dir, "shared"))).toEqual(["x.xlsx"]);
  });

  it("EROFS: a read-only file system", () => {
    const at = join(dir, "ro");
    if (skipBecause(mountTmpfs(at, "ro,size=64k"))) return;
    try {
      const r = runCli(["build", profile(), "--out-dir", at], dir);
      expect(r.code).toBe(1);
      expectOneLine(r.stderr, `${join(at, "p.xlsx")}: cannot write the workbook (read-only file system, EROFS)`);
    } finally {
      umount(at);
    }
  });

  it("ENOSPC: a file system that fills up leaves no partial file and no temp file", () => {
    const at = join(dir, "full");
    if (skipBecause(mountTmpfs(at, "size=64k"))) return;
    try {
      const r = runCli(["build", profile(), "--out", join(at, "x.xlsx")], dir);
      expect(r.code).toBe(1);
      expectOneLine(r.stderr, `${join(at, "x.xlsx")}: cannot write the workbook (no space left on the device, ENOSPC)`);
      expect(ls(at)).toEqual([]);
    } finally {
      umount(at);
    }
  });

  it("a folder where the workbook should go, even with --force", () => {
    mkdirSync(join(dir, "x.xlsx"));
    const r = runCli(["build", profile(), "--out", "x.xlsx", "--force"], dir);
    expect(r.code).toBe(1);
    expectOneLine(r.stderr, "x.xlsx: cannot write the workbook (a folder has that name)");
  });

  it("ENOTDIR: --out-dir below a file", () => {
    const r = runCli(["build", profile(), "--out-dir", join("p.json", "sub")], dir);
    expect(r.code).toBe(1);
    expectOneLine(r.stderr, `${join("p.json", "sub")}: cannot create the folder (a part of the path is not a folder, ENOTDIR)`);
  });

  it("ENOENT: a profile that does not exist", () => {
    const r = runCli(["build", "missing.json", "--out", "x.xlsx"], dir);
    expect(r.code).toBe(1);
    expectOneLine(r.stderr, "missing.json: cannot read the profile (no such file or folder, ENOENT)");
  });
});

describe("inputs: regular files only, size counted while reading, depth limited", () => {
  it.each([
    ["a FIFO (no writer: reading would block for ever)", () => spawnSync("mkfifo", [join(dir, "f.json")]) && "f.json", "f.json: cannot read the profile (it is a pipe (FIFO), not a file)"],
    ["/dev/zero (stat says 0 bytes, reading never ends)", () => "/dev/zero", "/dev/zero: cannot read the profile (it is a device, not a file)"],
    ["a folder", () => mkdirSync(join(dir, "d.json")) ?? "d.json", "d.json: cannot read the profile (it is a folder, not a file)"],
  ])("%s is refused at once", (_what, make, line) => {
    const input = make() as string;
    const r = runCli(["build", input, "--out", "x.xlsx"], dir);
    expect(r.code).toBe(1);
    expectOneLine(r.stderr, line);
    expect(ls(dir).filter((f) => f.endsWith(".xlsx"))).toEqual([]);
  });

  it("a file over 5 MB is refused", () => {
    const p = profile("big.json", JSON.stringify({ schemaVersion: 1, company: { name: "x" } }) + " ".repeat(5 * 1024 * 1024));
    const r = runCli(["build", p, "--out", "x.xlsx"], dir);
    expect(r.code).toBe(1);
    expectOneLine(r.stderr, `${p}: larger than 5 MB, not a profile`);
  });

  it.each([4_000, 100_000])("JSON nested %d levels inside a known field gets a message, not a RangeError", (levels) => {
    const p = profile("deep.json", `{"schemaVersion":1,"company":{"name":${"[".repeat(levels)}${"]".repeat(levels)}}}`);
    const r = runCli(["build", p, "--out", "x.xlsx"], dir);
    expect(r.code).toBe(1);
    expectOneLine(r.stderr, `${p}: company.name[0][0]: nested more than 32 levels deep (a profile needs 4), not a profile`);
  });
});

describe("error output is bounded", () => {
  it("100,000 bad staff rows: the first 50 problems, then how many more", () => {
    // 1 problem for the list's length (over 1000 rows) + 1 per row (a negative salary).
    const rows = Array.from({ length: 100_000 }, () => ({ salary: -1 }));
    const p = profile("many.json", { schemaVersion: 1, inHouse: { staff: rows } });
    const r = runCli(["build", p, "--out", "x.xlsx"], dir);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(51);
    expect(lines[0].startsWith(`${p}: inHouse.staff: at most 1000 staff rows (got [{"salary":-1},`)).toBe(true);
    expect(lines[0].length).toBeLessThan(p.length + 120);
    expect(lines[1]).toBe(`${p}: inHouse.staff[0].salary: must be 0 or more (got -1)`);
    expect(lines[50]).toBe(`${p}: and 99,951 more problems`);
  });

  it("a 1 MB unknown key is shown as a short excerpt, one line", () => {
    const key = "k".repeat(1024 * 1024);
    const p = profile("key.json", `{"schemaVersion":1,"targets":{"${key}":1}}`);
    const r = runCli(["build", p, "--out", "x.xlsx"], dir);
    expect(r.code).toBe(1);
    expectOneLine(r.stderr, `${p}: targets."${"k".repeat(40)}…": unknown field`);
  });

  it("excerpts of emoji keys and values never split a surrogate pair", () => {
    // 🦊 is two UTF-16 units: a cut at an odd unit would leave half of one.
    const fox = "🦊".repeat(100);
    const p = profile("fox.json", { schemaVersion: 1, company: { name: 5, [`x${fox}`]: 1 }, horizonYears: `y${fox}` });
    const r = runCli(["build", p, "--out", "x.xlsx"], dir);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      expect(line).not.toMatch(/\\ud8|\\udc|\ufffd/);
      expect(line.length).toBeLessThan(200);
    }
    expect(lines).toContain(`${p}: horizonYears: must be a number (got "y${"🦊".repeat(19)}…")`);
    expect(lines).toContain(`${p}: company."x${"🦊".repeat(19)}…": unknown field`);
  });
});

describe("batches", () => {
  /** A temp file as an earlier run killed between write and rename left it: this tool's pattern, an old mtime. */
  const staleTemp = (folder: string, name: string, pid: number) => {
    const p = join(folder, `.${name}.${pid}.0badf00d.tmp`);
    writeFileSync(p, "partial");
    const hourAgo = Date.now() / 1000 - 3600;
    utimesSync(p, hourAgo, hourAgo);
    return p;
  };
  // Above Linux's largest pid_max (2^22): no process can have it.
  const DEAD_PID = 4_194_305;

  it("removes stale temp files of killed runs, keeps a live run's and anything not its own", () => {
    const out = join(dir, "out");
    mkdirSync(out);
    staleTemp(out, "a.xlsx", DEAD_PID);
    staleTemp(out, "b.xlsx", process.pid); // this test runner is alive: a concurrent run mid-write
    writeFileSync(join(out, ".notes.tmp"), "mine");
    const r = runCli(["build", profile("c.json"), "--out-dir", "out"], dir);
    expect(r.code).toBe(0);
    expectOneLine(r.stderr, "out: removed 1 temporary file left by an interrupted run");
    expect(ls(out)).toEqual([`.b.xlsx.${process.pid}.0badf00d.tmp`, ".notes.tmp", "c.xlsx"]);
  });

  it("--skip-existing resumes a batch: built, skipped and failed are counted", () => {
    for (const n of ["a", "b", "c"]) profile(`${n}.json`);
    profile("d.json", { schemaVersion: 1, horizonYears: 0 });
    mkdirSync(join(dir, "out"));
    writeFileSync(join(dir, "out", "b.xlsx"), "built before the interruption");
    const r = runCli(["build", join(dir, "*.json"), "--out-dir", "out", "--skip-existing"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout.split("\n")).toEqual([
      `[1/4] ${join(dir, "a.json")} -> ${join("out", "a.xlsx")}`,
      `[2/4] ${join(dir, "b.json")}: skipped, ${join("out", "b.xlsx")} exists`,
      `[3/4] ${join(dir, "c.json")} -> ${join("out", "c.xlsx")}`,
      `[4/4] ${join(dir, "d.json")}: failed`,
      "2 built, 1 skipped, 1 failed",
      "",
    ]);
    expect(readFileSync(join(dir, "out", "b.xlsx"), "utf8")).toBe("built before the interruption");
    // A rerun without the bad profile has nothing left to do and succeeds.
    rmSync(join(dir, "d.json"));
    const again = runCli(["build", join(dir, "*.json"), "--out-dir", "out", "--skip-existing"], dir);
    expect(again.code).toBe(0);
    expect(again.stdout.trim().split("\n").pop()).toBe("0 built, 3 skipped, 0 failed");
  });

  it("--force with --skip-existing is a usage error", () => {
    const r = runCli(["build", profile(), "--out", "x.xlsx", "--force", "--skip-existing"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("give either --force or --skip-existing, not both");
  });
});

describe("text a workbook cannot hold", () => {
  it.each([
    ["U+FFFE in the company name", { company: { name: "Acme\ufffe Ltd" } }, 'company.name: has U+FFFE, a non-character, at character 5: a workbook cannot hold it (got "Acme\\ufffe Ltd")'],
    ["U+FFFF after an emoji in a role", { inHouse: { staff: [{ role: "🦊 lead\uffff" }] } }, 'inHouse.staff[0].role: has U+FFFF, a non-character, at character 7: a workbook cannot hold it (got "🦊 lead\\uffff")'],
    ["a lone surrogate", { company: { name: "A\ud83d" } }, 'company.name: has U+D83D, half of a character without its other half, at character 2: a workbook cannot hold it (got "A\\ud83d")'],
    ["a bell (C0 control)", { company: { name: "Ding\u0007" } }, 'company.name: has U+0007, a control character, at character 5: a workbook cannot hold it (got "Ding\\u0007")'],
  ])("%s: exit 1, the field and the position named, no file", (_what, fields, line) => {
    // JSON.stringify writes a lone surrogate as the escape \ud83d, which JSON.parse reads back as one.
    const p = profile("t.json", { schemaVersion: 1, ...fields });
    const r = runCli(["build", p, "--out", "x.xlsx"], dir);
    expect(r.code).toBe(1);
    expectOneLine(r.stderr, `${p}: ${line}`);
    expect(ls(dir)).toEqual(["t.json"]);
  });

  it("KPI ids used in targets stay plain names in messages", () => {
    const p = profile("k.json", { schemaVersion: 1, targets: { [KPI_IDS[0]]: "x" } });
    const r = runCli(["build", p, "--out", "x.xlsx"], dir);
    expectOneLine(r.stderr, `${p}: targets.${KPI_IDS[0]}: must be a number (got "x")`);
  });
});
