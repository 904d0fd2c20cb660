/** writeFileAtomically and expandInput: no partial or clobbered files, patterns expanded without a shell. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { expandInput, FileError, workbookName, writeFileAtomically } from "../../src/cli/files";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ss-files-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const bytes = new TextEncoder().encode("new");

describe("writeFileAtomically", () => {
  it("writes the file and leaves nothing else", () => {
    writeFileAtomically(join(dir, "a.xlsx"), bytes, false);
    expect(readdirSync(dir)).toEqual(["a.xlsx"]);
    expect(readFileSync(join(dir, "a.xlsx"), "utf8")).toBe("new");
  });

  it("refuses an existing file without force and keeps it intact", () => {
    writeFileSync(join(dir, "a.xlsx"), "old");
    expect(() => writeFileAtomically(join(dir, "a.xlsx"), bytes, false)).toThrow(FileError);
    expect(readFileSync(join(dir, "a.xlsx"), "utf8")).toBe("old");
    expect(readdirSync(dir)).toEqual(["a.xlsx"]);
  });

  it("replaces an existing file with force", () => {
    writeFileSync(join(dir, "a.xlsx"), "old");
    writeFileAtomically(join(dir, "a.xlsx"), bytes, true);
    expect(readFileSync(join(dir, "a.xlsx"), "utf8")).toBe("new");
  });

  it("refuses a folder where the file should go, even with force", () => {
    mkdirSync(join(dir, "a.xlsx"));
    expect(() => writeFileAtomically(join(dir, "a.xlsx"), bytes, true)).toThrow(new FileError(`${join(dir, "a.xlsx")}: cannot write the workbook (a folder has that name)`));
    expect(readdirSync(dir)).toEqual(["a.xlsx"]);
  });

  it("removes its temp file when the final step fails (EISDIR: a folder appeared meanwhile)", () => {
    const target = join(dir, "a.xlsx");
    const temps: (string | null)[] = [];
    // onTemp runs after the checks: a racing process puts a non-empty folder there, so rename fails.
    const race = (t: string | null) => {
      temps.push(t);
      if (t) mkdirSync(join(target, "keep"), { recursive: true });
    };
    expect(() => writeFileAtomically(target, bytes, true, race)).toThrow(new FileError(`${target}: cannot write the workbook (is a folder, EISDIR)`));
    expect(readdirSync(dir)).toEqual(["a.xlsx"]);
    expect(temps[0]).toMatch(/\.a\.xlsx\.\d+\.[0-9a-f]{8}\.tmp$/);
    expect(temps[temps.length - 1]).toBeNull();
  });

  it("a target that appears between the check and the write is not replaced (hard-link step)", () => {
    const target = join(dir, "a.xlsx");
    // onTemp runs after the existence check: create the target there, as a racing process would.
    expect(() => writeFileAtomically(target, bytes, false, (t) => t && writeFileSync(target, "racer"))).toThrow(/already exists/);
    expect(readFileSync(target, "utf8")).toBe("racer");
    expect(readdirSync(dir)).toEqual(["a.xlsx"]);
  });
});

describe("expandInput", () => {
  beforeEach(() => {
    for (const f of ["b.json", "a.json", "c.JSON", "notes.txt"]) writeFileSync(join(dir, f), "{}");
  });

  it("expands * and ? in the file name, sorted", () => {
    expect(expandInput(join(dir, "*.json"))).toEqual([join(dir, "a.json"), join(dir, "b.json")]);
    expect(expandInput(join(dir, "?.json"))).toEqual([join(dir, "a.json"), join(dir, "b.json")]);
  });

  it("takes a folder as its .json files (any case)", () => {
    expect(expandInput(dir)).toEqual([join(dir, "a.json"), join(dir, "b.json"), join(dir, "c.JSON")]);
  });

  it("passes a plain file name through and explains an empty match", () => {
    expect(expandInput("x.json")).toEqual(["x.json"]);
    expect(() => expandInput(join(dir, "*.yaml"))).toThrow(/no file matches/);
    expect(() => expandInput(join(dir, "*", "a.json"))).toThrow(/only the file name may contain/);
  });

  it("names each workbook after its profile", () => {
    expect(workbookName(join("clients", "acme.json"))).toBe("acme.xlsx");
    expect(workbookName("acme.profile.JSON")).toBe("acme.profile.xlsx");
  });
});
