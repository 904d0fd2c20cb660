/*
 * Office.js build figures, measured by running the writer against the recording Excel fake:
 * context.sync() round trips per build for a small and a large profile (first build, and a
 * rebuild over 120 tracked periods), commands queued and the approximate request size of the
 * large build (Excel on the web caps a request at about 5 MB). The fake is test support outside
 * src/, so tsconfig.bench.json compiles it with the writer into lib-bench/.
 */
const path = require("path");

const lib = (p) => require(path.join(__dirname, "..", "..", "lib-bench", "src", p));
const testSupport = (p) => require(path.join(__dirname, "..", "..", "lib-bench", "test", "support", p));

function parsed(parseProfile, input) {
  const r = parseProfile(input);
  if (!r.ok) throw new Error(`bench profile invalid: ${JSON.stringify(r.errors)}`);
  return r.profile;
}

module.exports = async () => {
  const { parseProfile } = lib("model/profile.js");
  const { TRACKING_LAYOUT: t } = lib("workbook/plan/buildPlan.js");
  const { buildWorkbookInExcel } = lib("workbook/office/officeWriter.js");
  const { FakeWorkbook } = testSupport("fakeExcel.js");

  const small = parsed(parseProfile, {
    schemaVersion: 1,
    horizonYears: 3,
    inHouse: { staff: [{ role: "IT generalist", salary: 68000, count: 1 }] },
    outsourcing: { annualFee: 90000, transitionCost: 15000 },
  });
  const large = parsed(parseProfile, {
    schemaVersion: 1,
    company: { name: "Bench Corp", currency: "EUR", revenue: 450e6, employees: 2400 },
    horizonYears: 30,
    inHouse: { staff: Array.from({ length: 200 }, (_, i) => ({ role: `Role ${i + 1}`, salary: 50000 + 500 * i, count: 1 + (i % 3) })), otherAnnualCosts: 2.5e6 },
    cio: { salary: 320000, tenureMonths: 52, vcioMonthlyRetainer: 22000 },
    outsourcing: { annualFee: 26e6, transitionCost: 3.5e6, exitCost: 2e6 },
  });

  const build = (fake, profile) => buildWorkbookInExcel(profile, { excel: fake.excel, requirements: fake.requirements });

  const smallFake = new FakeWorkbook();
  const smallReport = await build(smallFake, small);

  const largeFake = new FakeWorkbook();
  const largeReport = await build(largeFake, large);
  const commands = largeFake.log.length;
  const requestKB = Math.round(largeFake.payloadChars / 1024);

  // 120 periods typed into the tracking table, then a rebuild.
  const sheet = largeFake.mustSheet(largeReport.sheets.find((s) => s.key === "tracking").name);
  for (let i = 0; i < 120; i++)
    [`P${i + 1}`, 0.95, 0.96, 100, 70, 4.2, 0.998, 10000, 10100, 3, ""].forEach((v, j) => v !== "" && largeFake.writeCell(sheet, t.firstDataRow + i, t.col + j, v, "values"));
  const rebuild = await build(largeFake, large);
  if (rebuild.trackedRowsKept !== 120) throw new Error(`bench: rebuild kept ${rebuild.trackedRowsKept} of 120 tracked rows`);

  return {
    officeSyncsPerBuild: {
      small3Years1Person: smallReport.syncs,
      large30Years200People: largeReport.syncs,
      large30Years200PeopleRebuild120Tracked: rebuild.syncs,
    },
    officeCommandsLargeBuild: commands,
    officeRequestKBLargeBuild: requestKB,
  };
};
