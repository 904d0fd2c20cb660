/*
 * Workbook build time for a large profile (docs/spec.md §5, §8): buildPlan + writeXlsx, cached
 * values included, from the compiled lib/ (npm run bench builds it first). 30-year horizon, 200
 * staff rows, 120 tracked periods (written as the tracking sheet's rows given to the writer, as if carried
 * over). Median of 5 runs after a first run in a fresh process (xlsxFirstBuildMs, which compiles
 * the engine's WebAssembly); xlsxCachedValuesMs is the spreadsheet engine's share. Also what the
 * web app fetches when Download is clicked (its lazy chunks and the engine's WebAssembly),
 * gzipped, from the production build in dist/ (null where chromium is missing).
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { loadTsHelpers } = require("../screenshots.js");

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

const msSince = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
const median5 = (xs) => Math.round([...xs].sort((a, b) => a - b)[2]);

/** The files the page fetches from its own origin once Download is clicked, and their gzipped size. */
async function downloadFetches() {
  const h = loadTsHelpers();
  const dist = h.requireDist();
  if (!fs.existsSync(h.CHROMIUM_PATH)) {
    console.warn(`workbook bench: ${h.CHROMIUM_PATH} is missing, so downloadChunkGzipKB is null`);
    return { downloadChunkGzipKB: null, downloadWasmGzipKB: null };
  }
  const server = await h.serveDirectory(dist);
  const browser = await h.launchChromium();
  try {
    const page = await browser.context.newPage();
    await h.routeOfficeJs(page, "local");
    const requested = [];
    page.on("request", (r) => r.url().startsWith(server.url) && requested.push(r.url().slice(server.url.length).split("?")[0]));
    await page.goto(server.url + "taskpane.html");
    await page.getByText("Web app", { exact: true }).waitFor();
    await page.getByRole("button", { name: /^Step 6:/ }).click();
    await page.getByTestId("headline").waitFor();
    const before = requested.length;
    await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download workbook (.xlsx)" }).click()]);
    const files = [...new Set(requested.slice(before))].filter((f) => /\.(js|wasm)$/.test(f));
    const gzip = (f) => zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length;
    const kb = (bytes) => Math.round(bytes / 102.4) / 10;
    return {
      downloadChunkGzipKB: kb(files.reduce((n, f) => n + gzip(f), 0)),
      downloadWasmGzipKB: kb(files.filter((f) => f.endsWith(".wasm")).reduce((n, f) => n + gzip(f), 0)),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

module.exports = async () => {
  const { buildPlan } = lib("workbook/plan/buildPlan.js");
  const { writeXlsx } = lib("workbook/xlsx/xlsxWriter.js");
  const { computeCachedValues } = lib("workbook/xlsx/cachedValues.js");
  const { loadIronCalc } = lib("workbook/xlsx/ironcalc.js");
  const profile = largeProfile();
  const build = () => {
    const plan = buildPlan(profile);
    return { plan, rows: trackedRows(plan.tracking.headers.length) };
  };
  const once = async () => {
    const t0 = process.hrtime.bigint();
    const { plan, rows } = build();
    const bytes = await writeXlsx(plan, { trackingRows: rows });
    return { ms: msSince(t0), bytes: bytes.length };
  };
  const firstMs = (await once()).ms; // a fresh process: the engine's WebAssembly is compiled here
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push(await once());
  const engine = await loadIronCalc();
  const values = [];
  for (let i = 0; i < 5; i++) {
    const { plan, rows } = build();
    const t0 = process.hrtime.bigint();
    computeCachedValues(plan, engine, rows);
    values.push(msSince(t0));
  }
  return {
    xlsxBuildMs: median5(runs.map((r) => r.ms)),
    xlsxFirstBuildMs: Math.round(firstMs),
    xlsxCachedValuesMs: median5(values),
    xlsxBytes: runs[0].bytes,
    ...(await downloadFetches()),
  };
};
