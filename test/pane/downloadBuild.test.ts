/* Node environment: ExcelJS's browser build does not load under jsdom; the real browser path is in test/e2e. */
import { downloadActions } from "../../src/taskpane/downloadActions";
import { parseProfile, Profile } from "../../src/model/profile";
import { computeHeadline } from "../../src/model/headline";
import { readXlsx } from "../helpers/readXlsx";
import { readXmlCells } from "../helpers/xlsxCells";

test("Download builds the plan and the .xlsx on demand, reporting progress, and saves it under the company's name", async () => {
  const parsed = parseProfile({ schemaVersion: 1, company: { name: "Acme" }, inHouse: { staff: [{ salary: 80_000 }] } });
  const profile = (parsed.ok && parsed.profile) as Profile;
  const saved: { bytes: Uint8Array; name: string }[] = [];
  const steps: string[] = [];
  const outcome = await downloadActions((bytes, name) => saved.push({ bytes, name })).build(profile, (p) => steps.push(p.message));
  expect(saved).toHaveLength(1);
  expect(saved[0].name).toBe("Acme - Smartsource KPI workbook.xlsx");
  expect(outcome.title).toContain(saved[0].name);
  expect(steps.length).toBeGreaterThanOrEqual(3);
  const wb = await readXlsx(saved[0].bytes);
  expect(wb.definedNames.model.map((n) => n.name)).toEqual(expect.arrayContaining(["SS_TCO_InHouse", "SS_TCO_Outsourced", "SS_BreakEvenMonths"]));
  // The figures show before anything recalculates: every formula cell carries its cached value.
  const cells = [...(await readXmlCells(saved[0].bytes)).values()].flatMap((sheet) => [...sheet.values()]).filter((c) => c.formula !== undefined);
  expect(cells.length).toBeGreaterThan(4000);
  expect(cells.filter((c) => c.value === undefined)).toEqual([]);
  const [sheet, ref] = wb.definedNames.getRanges("SS_TCO_InHouse").ranges[0].split("!");
  const cached = (await readXmlCells(saved[0].bytes)).get(sheet.replace(/^'|'$/g, ""))!.get(ref.replace(/\$/g, ""))!.value as number;
  expect(cached).toBeCloseTo(computeHeadline(profile).tcoInHouse!, 6);
});
