/**
 * A real bug (here: the plan builder throwing a TypeError) is the one case that prints
 * "internal error" with the stack, and asks for a report; the batch still goes on.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";

jest.mock("../../src/workbook/plan/buildPlan", () => ({
  buildPlan: (profile: { company: { name: string } }) => {
    if (profile.company.name === "bug") throw new TypeError("Cannot read properties of undefined (reading 'rows')");
    return jest.requireActual("../../src/workbook/plan/buildPlan").buildPlan(profile);
  },
}));

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "ss-bug-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it("prints internal error, the stack and a request to report it, only for that profile", async () => {
  for (const name of ["bug", "fine"]) writeFileSync(join(dir, `${name}.json`), JSON.stringify({ schemaVersion: 1, company: { name } }));
  let stdout = "";
  let stderr = "";
  const code = await main(["build", join(dir, "bug.json"), join(dir, "fine.json"), "--out-dir", join(dir, "out")], {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
  });
  expect(code).toBe(1);
  expect(stdout.trim().split("\n").pop()).toBe("1 built, 0 skipped, 1 failed");
  expect(stderr).toMatch(new RegExp(`^${join(dir, "bug.json")}: internal error while building: TypeError: Cannot read properties of undefined \\(reading 'rows'\\)\\n    at `));
  expect(stderr.trim().split("\n").pop()).toBe("This is a bug in smartsource, not a problem with your files: please report it with the command you ran and the lines above.");
});
