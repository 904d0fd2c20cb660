/*
 * Task-pane figures from the production build (dist/):
 * - paneFirstLoadGzipKB: gzipped size of the JS taskpane.html loads before first paint (its
 *   <script> files except office.js from Microsoft's CDN);
 * - paneFirstLoadHasExcelJS: whether ExcelJS is bundled into any of them (per source maps);
 * - paneTimeToInteractiveMs: median of 5 cold loads in headless chromium, from navigation until
 *   the first step's first input is enabled (null, with a warning, where chromium is missing);
 * - paneTimeToInteractiveMsCdnHanging: the same while office.js's CDN never answers (a proxy that
 *   swallows the request): the web app must not wait for it (under 3 s);
 * - paneKeystrokeToFrameMs1000Rows / ...MaxMs1000Rows: with 1,000 staff rows (the cap) on the team
 *   step, the median and the worst time from a keystroke (keydown) to the next frame painted
 *   after it (the first task after the next animation frame), over 40 keystrokes typed into the
 *   last row's role and into a field of the same step.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { loadTsHelpers } = require("../screenshots.js");

const RUNS = 5;
const ROWS = 1000;
const KEYSTROKES = 20;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function timeToInteractive(h, dist, cdn) {
  const server = await h.serveDirectory(dist);
  const browser = await h.launchChromium();
  try {
    await h.routeOfficeJs(browser.context, cdn);
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

/** Keystroke-to-frame times (ms) for typing into `locator`, one key at a time. */
async function typeTimed(page, locator) {
  await locator.scrollIntoViewIfNeeded();
  await locator.click();
  const times = [];
  for (let i = 0; i < KEYSTROKES; i++) {
    const done = page.evaluate(
      () =>
        new Promise((resolve) => {
          window.addEventListener(
            "keydown",
            () => {
              const t0 = performance.now();
              requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
            },
            { capture: true, once: true },
          );
        }),
    );
    await page.keyboard.press(i % 2 ? "Backspace" : "x"); // the text stays short: the same work each time
    times.push(await done);
  }
  return times;
}

async function keystrokeToFrame(h, dist) {
  const server = await h.serveDirectory(dist);
  const browser = await h.launchChromium();
  try {
    const page = await browser.context.newPage();
    await h.routeOfficeJs(page, "local");
    await page.goto(server.url + "taskpane.html", { waitUntil: "domcontentloaded" });
    await page.getByText("Web app", { exact: true }).waitFor();
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("button", { name: "Add staff row" }).waitFor();
    // Add rows in bursts of clicks (one render each burst) up to the cap.
    await page.evaluate(async (rows) => {
      const add = document.getElementById("add-staff-row");
      const count = () => document.querySelectorAll("fieldset").length;
      while (count() < rows) {
        for (let i = 0; i < 50 && count() < rows; i++) add.click();
        await new Promise((r) => setTimeout(r, 0));
      }
    }, ROWS);
    const rows = await page.locator("fieldset").count();
    if (rows !== ROWS) throw new Error(`pane bench: expected ${ROWS} staff rows, got ${rows}`);
    const times = [
      ...(await typeTimed(page, page.getByRole("group", { name: `Staff row ${ROWS}` }).getByLabel("Role"))),
      ...(await typeTimed(page, page.getByLabel("Other annual IT costs"))),
    ];
    return { median: Math.round(median(times)), max: Math.round(Math.max(...times)) };
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
  let ttiHanging = null;
  let typing = { median: null, max: null };
  if (fs.existsSync(h.CHROMIUM_PATH)) {
    tti = await timeToInteractive(h, dist, "local");
    ttiHanging = await timeToInteractive(h, dist, "hang");
    typing = await keystrokeToFrame(h, dist);
  } else console.warn(`pane bench: ${h.CHROMIUM_PATH} is missing, so paneTimeToInteractiveMs and the keystroke times are null`);
  return {
    paneFirstLoadGzipKB: Math.round(gzipBytes / 102.4) / 10,
    paneFirstLoadHasExcelJS: hasExcelJS,
    paneTimeToInteractiveMs: tti,
    paneTimeToInteractiveMsCdnHanging: ttiHanging,
    paneKeystrokeToFrameMs1000Rows: typing.median,
    paneKeystrokeToFrameMaxMs1000Rows: typing.max,
  };
};
