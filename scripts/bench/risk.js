/*
 * Risk-model figures (docs/spec.md §7.6: 10,000 trials under 50 ms in node): the median time of the
 * model's simulateRisk (lib/, compiled code) at 10,000 trials for the CLI's example profile
 * (5 years) and the plan bench's large profile (30 years, so 360 monthly departure chances),
 * and the example's figures as a sanity check.
 */
const path = require("path");

const lib = (p) => require(path.join(__dirname, "..", "..", "lib", p));

/** Plain simulation inputs from a v1 profile (the CIO transition cost on pay, docs/spec.md §6.2). */
function riskInputs(profile, trials) {
  const { computeHeadline } = lib("model/headline.js");
  const { transitionCost, TRANSITION_DEFAULTS } = lib("model/continuity.js");
  const h = computeHeadline(profile);
  const o = profile.outsourcing;
  return {
    horizonYears: profile.horizonYears,
    discountRate: profile.discountRate,
    inHouseAnnual: h.inHouseAnnual,
    inHouseEscalation: profile.inHouse.escalation,
    outsourcing: o.annualFee > 0 ? { ...o } : null,
    cio: profile.cio.salary > 0 ? { loaded: h.cioLoaded, transitionCost: transitionCost({ annualCost: profile.cio.salary, ...TRANSITION_DEFAULTS }), tenureMonths: profile.cio.tenureMonths } : null,
    vcioTCO: profile.cio.vcioMonthlyRetainer > 0 ? h.cioVirtual : null,
    trials,
    seed: 1,
  };
}

function medianMs(fn, runs = 9) {
  fn(); // warm-up
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(runs / 2)] * 100) / 100;
}

module.exports = async () => {
  const { simulateRisk } = lib("model/risk/index.js");
  const { exampleProfile } = lib("cli/example.js");
  const { parseProfile } = lib("model/profile.js");
  const large = parseProfile({
    schemaVersion: 1,
    horizonYears: 30,
    discountRate: 0.07,
    inHouse: { staff: Array.from({ length: 200 }, (_, i) => ({ salary: 50000 + 500 * i, count: 1 + (i % 3) })), otherAnnualCosts: 2.5e6 },
    cio: { salary: 320000, tenureMonths: 52, vcioMonthlyRetainer: 22000 },
    outsourcing: { annualFee: 26e6, transitionCost: 3.5e6, exitCost: 2e6 },
  });
  if (!large.ok) throw new Error("bench profile invalid");
  const example = riskInputs(exampleProfile(), 10000);
  const largeInputs = riskInputs(large.profile, 10000);
  const r = simulateRisk(example);
  const round = (x) => (x === null ? null : Math.round(x));
  return {
    riskSimulate10000TrialsMs: {
      example5Years: medianMs(() => simulateRisk(example)),
      large30Years: medianMs(() => simulateRisk(largeInputs)),
    },
    riskExample10000Trials: {
      savingP10: round(r.savingP10),
      savingP50: round(r.savingP50),
      savingP90: round(r.savingP90),
      probSaving: r.probSaving,
      cioProbVirtualCheaper: r.cioProbVirtualCheaper,
      departuresP90: r.departuresP90,
      topDrivers: r.drivers.slice(0, 3).map((d) => d.label).join(", "),
    },
  };
};
