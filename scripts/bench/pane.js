/*
 * Task-pane figures from the production build (dist/):
 * - paneFirstLoadGzipKB: gzipped size of the JS taskpane.html loads before first paint (its
 *   <script> files except office.js from Microsoft's CDN);
 * - paneFirstLoadHasExcelJS: whether ExcelJS is bundled into any of them (per source maps);
 * - paneTimeToInteractiveMs: median of 5 cold loads in headless chromium, from navigation until
 *   the first step's first input is enabled (null, with a warning, where chromium is missing).
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { loadTsHelpers } = require("../screenshots.js");

const RUNS = 5;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function timeToInteractive(h, dist) {
  const server = await h.serveDirectory(dist);
  const browser = await h.launchChromium();
  try {
    await h.routeOfficeJs(browser.context, "local");
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.context.newPage();
      await page.goto(server.url + "taskpane.html", { waitUntil: "commit" });
      // performance.now() counts from the navigation's start (the page's time origin).
      const handle = await page.waitForFunction(
        () => {
          const input = document.querySelector("main input");
          return input && !input.disabled ? performance.now() : null;
        },
        null,
        { polling: "raf", timeout: 30_000 },
      );
      times.push(await handle.jsonValue());
      await page.close();
    }
    return Math.round(median(times));
  } finally {
    await browser.close();
    await server.close();
  }
}

module.exports = async () => {
  const h = loadTsHelpers();
  const dist = h.requireDist();
  const scripts = h.firstLoadScripts(dist);
  const gzipBytes = scripts.reduce((n, f) => n + zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length, 0);
  const hasExcelJS = scripts.some((f) => h.bundledPackages(path.join(dist, f)).has("exceljs"));
  let tti = null;
  if (fs.existsSync(h.CHROMIUM_PATH)) tti = await timeToInteractive(h, dist);
  else console.warn(`pane bench: ${h.CHROMIUM_PATH} is missing, so paneTimeToInteractiveMs is null`);
  return {
    paneFirstLoadGzipKB: Math.round(gzipBytes / 102.4) / 10,
    paneFirstLoadHasExcelJS: hasExcelJS,
    paneTimeToInteractiveMs: tti,
  };
};
