/*
 * Custom-function figures: calls per second of the model's `invoke` (lib/, the same code the
 * functions bundle runs), each measured over a fixed number of calls after a warm-up, and the
 * gzipped size of the functions runtime and of the pane's first-load scripts.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const ROOT = path.join(__dirname, "..", "..");
const CALLS = 20000;
const WARMUP = 2000;

/** Calls per second over CALLS calls after WARMUP; the sink keeps the optimiser from dropping calls. */
function callsPerSecond(fn) {
  let sink = 0;
  const use = (r) => (sink += typeof r === "number" ? r : Array.isArray(r) ? r.length : 1);
  for (let i = 0; i < WARMUP; i++) use(fn());
  const start = process.hrtime.bigint();
  for (let i = 0; i < CALLS; i++) use(fn());
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (!Number.isFinite(sink)) throw new Error("bench produced a non-finite result");
  return Math.round(CALLS / seconds);
}

const gzipBytes = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

/** The scripts taskpane.html loads on first load (every <script src>, deferred ones included), minus the office.js CDN. */
function firstLoadScripts(html) {
  const srcs = [];
  for (const m of html.matchAll(/<script\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    const src = m[1] ?? m[2] ?? m[3];
    if (!/^(https?:)?\/\//i.test(src)) srcs.push(src);
  }
  return srcs;
}

module.exports = async () => {
  const { invoke } = require(path.join(ROOT, "lib", "model", "functionTable.js"));
  const dist = path.join(ROOT, "dist");

  // In-house 120,000 vs outsourced 110,000 (both +3% a year), 80,000 to transition, 5% discount:
  // the saving of ~830 a month pays it back around month 100.
  const breakEvenArgs = [120000, 110000, 80000, 0.03, 0.03, 0.05];
  const breakEvenMonth = invoke("BREAKEVEN", breakEvenArgs);
  if (breakEvenMonth < 80 || breakEvenMonth > 120) throw new Error(`bench BREAKEVEN case breaks even in month ${breakEvenMonth}, not ~100`);

  const salaries = Array.from({ length: 1000 }, (_, i) => [i % 50 === 49 ? null : 40000 + 37 * i]);

  const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
  const scripts = firstLoadScripts(html);
  return {
    functionsCallsPerSec: {
      TCO_10y: callsPerSecond(() => invoke("TCO", [120000, 10, 0.03, 0.08, 25000, 10000])),
      TCOSCHEDULE_30y: callsPerSecond(() => invoke("TCOSCHEDULE", [120000, 30, 0.03, 0.08, 25000, 10000])),
      BREAKEVEN_about100months: callsPerSecond(() => invoke("BREAKEVEN", breakEvenArgs)),
      CIO_CONTINUITYCOST: callsPerSecond(() => invoke("CIO.CONTINUITYCOST", [250000, 60, 24, null, 0.08])),
      LOADEDCOST_1000cells: callsPerSecond(() => invoke("LOADEDCOST", [salaries, 0.42, 0.15])),
    },
    functionsBenchBreakEvenMonth: breakEvenMonth,
    functionsBundleGzipBytes: gzipBytes(path.join(dist, "functions.js")),
    paneFirstLoadGzipBytes: scripts.reduce((sum, src) => sum + gzipBytes(path.join(dist, src)), 0),
    paneFirstLoadScripts: scripts.join(" "),
  };
};

module.exports.firstLoadScripts = firstLoadScripts;
