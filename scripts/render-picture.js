#!/usr/bin/env node
/*
 * Renders the workbook pictures of docs/workbook.md and the README: builds the `smartsource
 * example` workbook, lets LibreOffice Calc recalculate and print it to PDF, and turns the most
 * telling pages into PNGs under docs/
 * (pdftoppm, 110 dpi), cropped to their content. Needs `npm run build:node`, soffice, poppler and
 * the Carlito font (Debian: fonts-crosextra-carlito), Calibri's metric twin: without it Calc
 * draws the text in a wider font and the pictures show cut labels Excel would not.
 *   node scripts/render-picture.js
 */
const { execFileSync, spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { pathToFileURL } = require("url");

const ROOT = path.join(__dirname, "..");
const lib = (p) => require(path.join(ROOT, "lib", p));
/** Output file → the title text that identifies its page in the PDF. */
const PICTURES = {
  "workbook-tco.png": "TCO comparison",
  "workbook-kpi.png": "KPI scorecard",
  "workbook-cio.png": "CIO continuity",
  "workbook-inputs.png": "Smartsource: inputs",
  "workbook-tracking.png": "Tracking: provider performance",
};

/**
 * Illustrative quarters for the Tracking picture only (the CLI never invents tracked rows), in
 * the tracking columns' order: period, SLA target, SLA actual, tickets, first-contact fixes,
 * CSAT, availability, contracted, invoiced, P1 hours, notes.
 */
const PICTURE_PERIODS = [
  ["2024-Q1", 0.95, 0.962, 412, 301, 4.3, 0.9991, 82500, 82500, 3.5, null],
  ["2024-Q2", 0.95, 0.948, 455, 322, 4.1, 0.9987, 82500, 84200, 5.0, "Extra onboarding hours"],
  ["2024-Q3", 0.95, 0.971, 398, 306, 4.4, 0.9995, 82500, 82500, 2.5, null],
  ["2024-Q4", 0.95, 0.966, 421, 318, 4.4, 0.9993, 82500, 81900, 3.0, "Service credit"],
  ["2025-Q1", 0.95, 0.974, 387, 304, 4.5, 0.9996, 85000, 85000, 2.0, "Indexed fee"],
];
// 80 dpi makes a fit-to-width landscape page too small to read in a README; 110 stays legible.
const DPI = 110;

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

function toPdf(xlsx, outDir) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "ss-lo-profile-"));
  try {
    fs.mkdirSync(path.join(profile, "user"), { recursive: true });
    fs.writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
    const r = spawnSync("soffice", [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outDir, xlsx], {
      encoding: "utf8",
      timeout: 240_000,
    });
    const pdf = path.join(outDir, path.basename(xlsx, ".xlsx") + ".pdf");
    if (r.error || !fs.existsSync(pdf)) throw new Error(`soffice could not print ${xlsx}: ${r.error ? r.error.message : r.stderr}`);
    return pdf;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** Word boxes per page, in PDF points, from pdftotext -bbox. */
function pages(pdf) {
  const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8", maxBuffer: 64 << 20 });
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
    words: [...m[3].matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => ({
      x0: Number(w[1]),
      y0: Number(w[2]),
      x1: Number(w[3]),
      y1: Number(w[4]),
      text: w[5].replace(/&amp;/g, "&"),
    })),
  }));
}

function requireCarlito() {
  const r = spawnSync("fc-list", [":family=Carlito"], { encoding: "utf8" });
  if (r.error || !r.stdout.trim()) throw new Error("the Carlito font is missing (apt-get install fonts-crosextra-carlito): Calc would draw Calibri text wider than Excel does");
}

async function main() {
  requireCarlito();
  const { exampleProfile } = lib("cli/example.js");
  const { buildPlan } = lib("workbook/plan/buildPlan.js");
  const { writeXlsx } = lib("workbook/xlsx/xlsxWriter.js");
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "ss-picture-"));
  try {
    const xlsx = path.join(work, "example.xlsx");
    fs.writeFileSync(xlsx, await writeXlsx(buildPlan(exampleProfile()), { trackingRows: PICTURE_PERIODS }));
    const pdf = toPdf(xlsx, work);
    const all = pages(pdf);
    const docs = path.join(ROOT, "docs");
    fs.mkdirSync(docs, { recursive: true });
    for (const [file, title] of Object.entries(PICTURES)) {
      const index = all.findIndex((p) => p.words.map((w) => w.text).join(" ").includes(title));
      if (index < 0) throw new Error(`no page shows "${title}"`);
      const page = all[index];
      // Crop to the content: every word above the footer band, plus a margin (charts carry text too).
      const body = page.words.filter((w) => w.y1 < page.height - 60);
      const pt = (v) => Math.round((v * DPI) / 72);
      const margin = 18;
      const x = Math.max(0, Math.min(...body.map((w) => w.x0)) - margin);
      const y = Math.max(0, Math.min(...body.map((w) => w.y0)) - margin);
      // Charts' frames reach past their last word: crop the right side as wide as the left margin.
      const right = Math.max(page.width - x, Math.max(...body.map((w) => w.x1)) + margin);
      const bottom = Math.min(page.height, Math.max(...body.map((w) => w.y1)) + margin);
      const stem = path.join(work, file.replace(/\.png$/, ""));
      execFileSync("pdftoppm", ["-png", "-r", String(DPI), "-f", String(index + 1), "-l", String(index + 1), "-singlefile",
        "-x", String(pt(x)), "-y", String(pt(y)), "-W", String(pt(right - x)), "-H", String(pt(bottom - y)), pdf, stem]);
      fs.copyFileSync(`${stem}.png`, path.join(docs, file));
      process.stdout.write(`docs/${file} (page ${index + 1} of ${all.length})\n`);
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e.message || e);
  process.exit(1);
});
