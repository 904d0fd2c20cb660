/**
 * docs/wizard.md's screenshot table against the wizard and the screenshot script: one row per
 * step, in order, with the wizard's step title and the files scripts/screenshots.js writes.
 */
import { STEPS } from "../../src/taskpane/form/fields";
import { readDoc, tableWithHeader } from "./markdown";

// The script's own list of file stems (it walks the steps by these).
const { STEP_FILES } = require("../../scripts/screenshots.js") as { STEP_FILES: string[] };

test("one screenshot row per wizard step, in order, titled as the wizard titles it", () => {
  const rows = tableWithHeader(readDoc("docs/wizard.md"), ["step", "light", "dark"]);
  expect(rows.map((r) => r[0])).toEqual(STEPS.map((s, i) => `${i + 1} ${s.title}`));
});

test("the script's file names follow the wizard's step titles, and the table shows those files", () => {
  expect(STEP_FILES).toEqual(STEPS.map((s, i) => `${i + 1}-${s.title.toLowerCase().replace(/ /g, "-")}`));
  const rows = tableWithHeader(readDoc("docs/wizard.md"), ["step", "light", "dark"]);
  rows.forEach((r, i) => {
    expect(/src="([^"]+)"/.exec(r[1])?.[1]).toBe(`screenshots/${STEP_FILES[i]}-light.png`);
    expect(/src="([^"]+)"/.exec(r[2])?.[1]).toBe(`screenshots/${STEP_FILES[i]}-dark.png`);
  });
});
