/*
 * Workbook build time for a large profile (docs/spec.md §5): buildPlan + writeXlsx, from the compiled
 * lib/ (npm run bench builds it first). 30-year horizon, 200 staff rows, 120 tracked periods
 * (written as the tracking sheet's seed rows, as if carried over). Median of 5 runs after a
 * warm-up run.
 */
const path = require("path");

const lib = (p) => require(path.join(__dirname, "..", "..", "lib", p));

function largeProfile() {
  const { parseProfile } = lib("model/profile.js");
  const parsed = parseProfile({
    schemaVersion: 1,
    company: { name: "Bench Holdings", currency: "USD", revenue: 900_000_000, employees: 4_000 },
    horizonYears: 30,
    inHouse: { staff: Array.from({ length: 200 }, (_, i) => ({ role: `Engineer ${i + 1}`, salary: 55_000 + 250 * i, count: 1 + (i % 4) })) },
    cio: { salary: 300_000, vcioMonthlyRetainer: 20_000 },
    outsourcing: { annualFee: 12_000_000, transitionCost: 2_000_000, exitCost: 800_000 },
    benefits: { annual: 30_000_000 },
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.profile;
}

/** 120 monthly rows in the tracking columns' order (period, SLA target/actual, tickets, ...). */
function trackedRows(width) {
  return Array.from({ length: 120 }, (_, i) => {
    const row = [`M${String(i + 1).padStart(3, "0")}`, 0.95, 0.9 + (i % 10) / 100, 400 + i, 280 + (i % 50), 4 + (i % 10) / 10, 0.995, 100_000, 100_000 + 37 * i, 3 + (i % 5), ""];
    return row.slice(0, width);
  });
}

module.exports = async () => {
  const { buildPlan } = lib("workbook/plan/buildPlan.js");
  const { writeXlsx } = lib("workbook/xlsx/xlsxWriter.js");
  const profile = largeProfile();
  const once = async () => {
    const t0 = process.hrtime.bigint();
    const plan = buildPlan(profile);
    plan.tracking.seedRows = trackedRows(plan.tracking.headers.length);
    const bytes = await writeXlsx(plan);
    return { ms: Number(process.hrtime.bigint() - t0) / 1e6, bytes: bytes.length };
  };
  await once();
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push(await once());
  const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
  return { xlsxBuildMs: Math.round(ms[2]), xlsxBytes: runs[0].bytes };
};
