#!/usr/bin/env node
/*
 * Screenshots of every wizard step at 350 px wide (a task pane), light and dark, from the
 * production build in dist/ served locally, into docs/screenshots/.
 *   node scripts/screenshots.js [OUTDIR]
 * The E2E test reuses captureSteps() to walk the same steps (with axe checks). The browser and
 * server helpers are the tests' TypeScript ones, transpiled on load by loadTsHelpers().
 */
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const STEP_FILES = ["1-company", "2-in-house-team", "3-cio", "4-outsourcing-quote", "5-returns-and-targets", "6-review-and-build"];

/** A plausible small firm, typed into the wizard as labelled fields, step by step. */
const SAMPLE = [
  { "Company name": "Northwind Traders", "Annual revenue": "18,000,000", "Employees (whole firm)": "120" },
  {
    rows: [
      { Role: "IT manager", "Salary (each)": "98,000", Headcount: "1" },
      { Role: "Support technician", "Salary (each)": "54,000", Headcount: "2" },
    ],
    "Other annual in-house IT costs": "45,000",
  },
  { "In-house CIO salary": "165,000", "Virtual CIO monthly retainer": "6,500" },
  { "Annual outsourcing fee": "240,000", "Retained in-house costs (per year)": "20,000", "Transition cost (one-off)": "40,000", "Exit cost (end of horizon)": "15,000" },
  { "Annual benefits attributed to IT": "650,000", openTargets: true, "SLA attainment (%)": "97" },
  {},
];

async function fillStep(page, index) {
  const sample = SAMPLE[index];
  for (const [i, row] of (sample.rows || []).entries()) {
    if (i > 0) await page.getByRole("button", { name: "Add staff row" }).click();
    const group = page.getByRole("group", { name: `Staff row ${i + 1}` });
    for (const [label, text] of Object.entries(row)) await group.getByLabel(label, { exact: true }).fill(text);
  }
  if (sample.openTargets) await page.getByRole("button", { name: "Scorecard targets (optional)" }).click();
  for (const [label, text] of Object.entries(sample))
    if (label !== "rows" && label !== "openTargets") await page.getByLabel(label, { exact: true }).fill(text);
}

/**
 * Walks the six steps of a freshly loaded pane, filling the sample, and for each step takes a
 * full-page screenshot (when outDir is given) and awaits onStep(index, fileStem).
 */
async function captureSteps(page, { theme, outDir, onStep }) {
  await page.emulateMedia({ colorScheme: theme });
  // Pane width; full-page shots grow to the content's height.
  await page.setViewportSize({ width: 350, height: 560 });
  for (let i = 0; i < STEP_FILES.length; i++) {
    await fillStep(page, i);
    if (i === STEP_FILES.length - 1) await page.getByTestId("headline").waitFor();
    // Screenshots without a caret or a hover state.
    await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
    if (outDir) await page.screenshot({ path: path.join(outDir, `${STEP_FILES[i]}-${theme}.png`), fullPage: true, animations: "disabled", caret: "hide" });
    if (onStep) await onStep(i, STEP_FILES[i]);
    if (i < STEP_FILES.length - 1) {
      await page.getByRole("button", { name: /^Next/ }).click();
      await page.locator("h2:focus").waitFor();
    }
  }
}

/** The tests' TypeScript helpers (browser, static server), compiled in memory by the project's TypeScript. */
function loadTsHelpers() {
  const ts = require("typescript");
  if (!require.extensions[".ts"]) {
    require.extensions[".ts"] = (module, filename) => {
      const { outputText } = ts.transpileModule(fs.readFileSync(filename, "utf8"), {
        fileName: filename,
        compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
      });
      module._compile(outputText, filename);
    };
  }
  return {
    ...require(path.join(ROOT, "test/helpers/browser.ts")),
    ...require(path.join(ROOT, "test/helpers/staticServer.ts")),
  };
}

async function main() {
  const outDir = path.resolve(process.argv[2] || path.join(ROOT, "docs/screenshots"));
  const h = loadTsHelpers();
  if (!h.chromiumAvailable("screenshots")) return;
  const dist = h.requireDist();
  fs.mkdirSync(outDir, { recursive: true });
  const server = await h.serveDirectory(dist);
  const browser = await h.launchChromium();
  try {
    await h.routeOfficeJs(browser.context, "local");
    for (const theme of ["light", "dark"]) {
      const page = await browser.context.newPage();
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(server.url + "taskpane.html");
      await page.getByText("Web app").waitFor();
      await captureSteps(page, { theme, outDir });
      await page.close();
    }
    console.log(`${STEP_FILES.length * 2} screenshots in ${path.relative(process.cwd(), outDir) || "."}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

module.exports = { captureSteps, loadTsHelpers, STEP_FILES };

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
