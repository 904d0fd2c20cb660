/* Node environment: ExcelJS's browser build does not load under jsdom; the real browser path is in test/e2e. */
import { downloadActions } from "../../src/taskpane/downloadActions";
import { parseProfile, Profile } from "../../src/model/profile";
import { readXlsx } from "../helpers/readXlsx";

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
});
