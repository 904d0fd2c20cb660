/** The smartsource bin, run for real in a child process against temp folders. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { KPI_IDS } from "../../src/model/kpiCatalog";
import { defaultProfile, parseProfile } from "../../src/model/profile";
import { readXlsx } from "../helpers/readXlsx";
import { spawnSync } from "child_process";
import { ensureNodeBuild, ROOT, runCli } from "./runCli";

let dir: string;
beforeAll(() => ensureNodeBuild());
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ss-cli-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, value: unknown): string => {
  const p = join(dir, name);
  mkdirSync(join(p, ".."), { recursive: true });
  writeFileSync(p, typeof value === "string" ? value : JSON.stringify(value));
  return p;
};
const small = (name: string) => ({ schemaVersion: 1, company: { name } });
/** Every file in a folder, so a test sees stray temp files too. */
const ls = (d: string): string[] => (existsSync(d) ? readdirSync(d).sort() : []);

/** Sorted dotted paths of every leaf of a JSON value (array items by index). */
function leafPaths(v: unknown, prefix = ""): string[] {
  if (v === null || typeof v !== "object") return [prefix];
  return Object.entries(v as Record<string, unknown>).flatMap(([k, x]) => leafPaths(x, prefix ? `${prefix}.${k}` : k)).sort();
}

describe("smartsource example", () => {
  it("prints a valid profile with every field present, every KPI target set", () => {
    const r = runCli(["example"], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const json = JSON.parse(r.stdout);
    const parsed = parseProfile(json);
    expect(parsed.ok).toBe(true);
    // Every field the schema knows (defaults filled) is already written out in the example.
    const withDefaults = parsed.ok ? parsed.profile : defaultProfile();
    expect(leafPaths(json)).toEqual(leafPaths(withDefaults));
    const sectionKeys = (p: object) => Object.keys(p).sort();
    expect(sectionKeys(json)).toEqual(sectionKeys(defaultProfile()));
    expect(Object.keys(json.targets).sort()).toEqual([...KPI_IDS].sort());
    expect(json.inHouse.staff.length).toBeGreaterThan(1);
  });
});

describe("smartsource build", () => {
  it("builds one profile into the named workbook", async () => {
    const profile = write("acme.json", { ...small("Acme Ltd"), horizonYears: 7 });
    const r = runCli(["build", profile, "--out", "acme-tco.xlsx"], dir);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toBe(`[1/1] ${profile} -> acme-tco.xlsx\n`);
    expect(ls(dir)).toEqual(["acme-tco.xlsx", "acme.json"]);
    const wb = await readXlsx(join(dir, "acme-tco.xlsx"));
    expect(wb.worksheets.length).toBeGreaterThanOrEqual(5);
    expect(wb.definedNames.getRanges("SS_TCO_InHouse").ranges).toHaveLength(1);
  });

  it("builds a folder of profiles with a progress line each, reports the invalid one and exits 1", async () => {
    write("in/a-firm.json", small("A"));
    write("in/b-firm.json", { schemaVersion: 1, company: { revenue: -5, bogus: 1 }, horizonYears: 80 });
    write("in/c-firm.json", small("C"));
    write("in/readme.txt", "not a profile");
    // The literal pattern (as on Windows, where the shell does not expand it) and --out-dir created.
    const r = runCli(["build", join("in", "*.json"), "--out-dir", join("out", "clients")], dir);
    expect(r.code).toBe(1);
    const out = join("out", "clients");
    expect(r.stdout.split("\n")).toEqual([
      `[1/3] ${join("in", "a-firm.json")} -> ${join(out, "a-firm.xlsx")}`,
      `[2/3] ${join("in", "b-firm.json")}: failed`,
      `[3/3] ${join("in", "c-firm.json")} -> ${join(out, "c-firm.xlsx")}`,
      "2 built, 0 skipped, 1 failed",
      "",
    ]);
    const bad = join("in", "b-firm.json");
    expect(r.stderr.trim().split("\n").sort()).toEqual([
      `${bad}: company.bogus: unknown field`,
      `${bad}: company.revenue: must be 0 or more (got -5)`,
      `${bad}: horizonYears: must be 1 to 50 years (got 80)`,
    ]);
    // Only the valid profiles' workbooks, and no temp files.
    expect(ls(join(dir, out))).toEqual(["a-firm.xlsx", "c-firm.xlsx"]);
    const c = await readXlsx(join(dir, out, "c-firm.xlsx"));
    expect(c.worksheets.length).toBeGreaterThanOrEqual(5);
  });

  it("accepts a folder or several files for --out-dir, exit 0 when all build", () => {
    write("p/x.json", small("X"));
    write("p/y.json", small("Y"));
    const r = runCli(["build", "p", "--out-dir", "o"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("[2/2] ");
    expect(r.stdout).toContain("2 built, 0 skipped, 0 failed");
    expect(ls(join(dir, "o"))).toEqual(["x.xlsx", "y.xlsx"]);
  });

  it("an invalid profile exits 1 with every error as `file: path: reason` and leaves no file", () => {
    const profile = write("bad.json", { schemaVersion: 1, discountRate: 8, inHouse: { staff: [{ salary: "lots", count: 1.5 }] } });
    const r = runCli(["build", profile, "--out", "bad.xlsx"], dir);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(3);
    for (const path of ["discountRate", "inHouse.staff[0].salary", "inHouse.staff[0].count"]) {
      expect(lines.some((l) => l.startsWith(`${profile}: ${path}: `))).toBe(true);
    }
    expect(lines.find((l) => l.includes("discountRate"))).toContain("enter 0.08");
    expect(ls(dir)).toEqual(["bad.json"]);
  });

  it.each([
    ["not JSON", "{ schemaVersion: 1", /not valid JSON/],
    ["no file", null, /cannot read the profile \(no such file or folder, ENOENT\)/],
    ["wrong version", { schemaVersion: 2 }, /schemaVersion: unsupported schemaVersion/],
  ])("%s exits 1 with a clear message and no file", (_what, content, message) => {
    const profile = content === null ? join(dir, "missing.json") : write("p.json", content);
    const r = runCli(["build", profile, "--out", "x.xlsx"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain(profile);
    expect(ls(dir).filter((f) => f !== "p.json")).toEqual([]);
  });

  it("never overwrites an existing workbook without --force", () => {
    const profile = write("acme.json", small("Acme"));
    writeFileSync(join(dir, "acme.xlsx"), "precious");
    const r = runCli(["build", profile, "--out", "acme.xlsx"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("acme.xlsx: already exists (use --force to overwrite, or --skip-existing to keep it)\n");
    expect(readFileSync(join(dir, "acme.xlsx"), "utf8")).toBe("precious");
    const forced = runCli(["build", profile, "--out", "acme.xlsx", "--force"], dir);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, "acme.xlsx")).subarray(0, 2).toString()).toBe("PK");
    expect(ls(dir)).toEqual(["acme.json", "acme.xlsx"]);
  });

  it("in a batch, an existing workbook fails that profile only", () => {
    write("in/a.json", small("A"));
    write("in/b.json", small("B"));
    write("out/a.xlsx", "precious");
    const r = runCli(["build", join("in", "a.json"), join("in", "b.json"), "--out-dir", "out"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("1 built, 0 skipped, 1 failed");
    expect(readFileSync(join(dir, "out", "a.xlsx"), "utf8")).toBe("precious");
    expect(ls(join(dir, "out"))).toEqual(["a.xlsx", "b.xlsx"]);
  });

  it("two profiles with the same file name in one batch: the second fails instead of replacing the first", () => {
    write("x/acme.json", small("first"));
    write("y/acme.json", small("second"));
    const r = runCli(["build", join("x", "acme.json"), join("y", "acme.json"), "--out-dir", "out", "--force"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`was already written from ${join("x", "acme.json")}`);
    expect(ls(join(dir, "out"))).toEqual(["acme.xlsx"]);
  });

  it("keeps typed text as text: injection strings are not formulas", async () => {
    const nasty = ["=1+1", "@SUM(A1)", "+cmd|' /C calc'!A0", "-2+3"];
    const profile = write("nasty.json", {
      schemaVersion: 1,
      company: { name: nasty[0] },
      inHouse: { staff: nasty.slice(1).map((role) => ({ role, salary: 50000, count: 1 })) },
    });
    expect(runCli(["build", profile, "--out", "n.xlsx"], dir).code).toBe(0);
    const wb = await readXlsx(join(dir, "n.xlsx"));
    const found = new Map<string, number>();
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === "string" && nasty.includes(cell.value)) found.set(cell.value, (found.get(cell.value) ?? 0) + 1);
          if (cell.formula !== undefined) expect(nasty.map((s) => s.slice(1))).not.toContain(cell.formula);
        }),
      ),
    );
    expect([...found.keys()].sort()).toEqual([...nasty].sort());
  });
});

describe("usage errors exit 2", () => {
  it.each([
    [[], /no command given/],
    [["frobnicate"], /unknown command "frobnicate"/],
    [["build", "a.json", "--out", "a.xlsx", "--colour"], /Unknown option '--colour'/],
    [["build", "a.json"], /needs --out FILE.xlsx \(one profile\) or --out-dir DIR/],
    [["build", "--out", "a.xlsx"], /needs at least one profile/],
    [["build", "a.json", "b.json", "--out", "a.xlsx"], /--out takes exactly one profile/],
    [["build", "a.json", "--out", "a.xlsx", "--out-dir", "o"], /either --out or --out-dir, not both/],
    [["build", "a.json", "--out", "a.json.out"], /--out must name a \.xlsx file/],
    [["build", "a.json", "--out", join("no", "such", "dir", "a.xlsx")], /folder .* does not exist/],
    [["example", "extra"], /example takes no arguments/],
    [["example", "--force"], /--force applies to build/],
  ])("%j", (args, message) => {
    const r = runCli(args as string[], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain("--help");
    expect(r.stdout).toBe("");
    expect(ls(dir)).toEqual([]);
  });

  it("--help and help print the usage and exit 0", () => {
    for (const args of [["--help"], ["help"], ["build", "--help"]]) {
      const r = runCli(args, dir);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("smartsource build PROFILE.json --out FILE.xlsx");
      expect(r.stdout).toContain("--force");
    }
  });
});

describe("npx", () => {
  it("runs the package's own bin from the repository root", () => {
    const npx = process.platform === "win32" ? "npx.cmd" : "npx";
    const r = spawnSync(npx, ["--no-install", "smartsource", "--version"], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);
  });
});
