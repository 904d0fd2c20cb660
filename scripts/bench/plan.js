/* Workbook-plan figures: cells in the plan of a large profile, and how long buildPlan takes (lib/ compiled code). */
const path = require("path");

const lib = (p) => require(path.join(__dirname, "..", "..", "lib", p));

/** 30 years, 200 staff rows; tracking sized for 120 tracked periods (the default capacity of 240 covers them). */
function largeProfile(parseProfile) {
  const r = parseProfile({
    schemaVersion: 1,
    company: { name: "Bench Corp", currency: "EUR", revenue: 450e6, employees: 2400 },
    horizonYears: 30,
    discountRate: 0.07,
    inHouse: { staff: Array.from({ length: 200 }, (_, i) => ({ role: `Role ${i + 1}`, salary: 50000 + 500 * i, count: 1 + (i % 3) })), otherAnnualCosts: 2.5e6 },
    cio: { salary: 320000, tenureMonths: 52, vcioMonthlyRetainer: 22000 },
    outsourcing: { annualFee: 26e6, transitionCost: 3.5e6, exitCost: 2e6 },
    benefits: { annual: 60e6 },
  });
  if (!r.ok) throw new Error("bench profile invalid");
  return r.profile;
}

module.exports = async () => {
  const { buildPlan } = lib("workbook/plan/buildPlan.js");
  const { parseProfile } = lib("model/profile.js");
  const profile = largeProfile(parseProfile);
  const trackingCapacity = Math.max(240, 2 * 120);
  let plan = buildPlan(profile, { trackingCapacity }); // warm-up
  const times = [];
  for (let i = 0; i < 9; i++) {
    const t0 = process.hrtime.bigint();
    plan = buildPlan(profile, { trackingCapacity });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  const cells = plan.sheets.reduce((n, s) => n + s.blocks.reduce((m, b) => m + b.cells.length * (b.cells[0]?.length ?? 0), 0), 0);
  const formulas = plan.sheets.reduce((n, s) => n + s.blocks.reduce((m, b) => m + b.cells.flat().filter((c) => c.formula !== undefined).length, 0), 0);
  return {
    planCells: cells,
    planFormulaCells: formulas,
    planBlocks: plan.sheets.reduce((n, s) => n + s.blocks.length, 0),
    planBuildMs: Math.round(times[Math.floor(times.length / 2)] * 100) / 100,
  };
};
