/** docs/cli.md's copy of the help is the tool's own text (src/cli/args.ts), word for word. */
import { HELP } from "../../src/cli/args";
import { blocksAfter, readDoc } from "./markdown";

test("the help shown in docs/cli.md is what `smartsource --help` prints", () => {
  expect(blocksAfter(readDoc("docs/cli.md"), "cli-help")).toEqual([HELP.trimEnd()]);
});
