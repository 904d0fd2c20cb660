/**
 * The production task pane (dist/) in headless chromium, as a standalone web app: office.js is
 * served from the npm copy in place of Microsoft's CDN, or fails to load as offline. A user
 * walks the wizard with keyboard and mouse and downloads the .xlsx; the workbook's own formulas,
 * evaluated by HyperFormula, must give computeHeadline's figures for what was typed. axe-core
 * checks every step in light and dark; no console errors are allowed.
 */
import { readFileSync, mkdtempSync, rmSync, readdirSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { Page } from "playwright-core";
import { computeHeadline, HEADLINE_NAMES } from "../../src/model/headline";
import { KPIS } from "../../src/model/kpiCatalog";
import { parseProfile, Profile, ProfileInput } from "../../src/model/profile";
import { buildPlan } from "../../src/workbook/plan/buildPlan";
import {
  Browser,
  bundledPackages,
  chromiumAvailable,
  collectErrors,
  firstLoadScripts,
  launchChromium,
  OFFICE_CDN,
  OFFICE_TELEMETRY,
  requireDist,
  routeOfficeJs,
  runAxe,
  seriousOnly,
} from "../helpers/browser";
import { readXlsx } from "../helpers/readXlsx";
import { serveDirectory, StaticServer } from "../helpers/staticServer";
import { evaluateXlsx } from "./evaluateXlsx";

// scripts/screenshots.js walks the steps for the screenshots; the dark-theme test reuses it.
const { captureSteps, STEP_FILES } = require("../../scripts/screenshots.js") as {
  captureSteps(page: Page, o: { theme: "light" | "dark"; outDir?: string; onStep?: (i: number, name: string) => Promise<void> }): Promise<void>;
  STEP_FILES: string[];
};

const run = chromiumAvailable("task-pane E2E test");
const describeIf = run ? describe : describe.skip;
jest.setTimeout(120_000);

/** What the user types below, as the profile it means (percentages as fractions). */
const TYPED: ProfileInput = {
  schemaVersion: 1,
  company: { name: "Contoso =1+1 Ltd", currency: "EUR", revenue: 8_500_000, employees: 60 },
  horizonYears: 6,
  discountRate: 0.07,
  inHouse: {
    staff: [
      { role: "IT manager", salary: 90_000, count: 1 },
      { role: "Support technician", salary: 52_000, count: 2 },
    ],
    benefitsRate: 0.35,
    overheadRate: 0.15,
    otherAnnualCosts: 25_000,
    escalation: 0.03,
  },
  cio: { salary: 150_000, tenureMonths: 20, vcioMonthlyRetainer: 5_000, vcioEscalation: 0.03 },
  outsourcing: { annualFee: 260_000, escalation: 0.025, governanceRate: 0.06, retainedAnnualCosts: 15_000, transitionCost: 40_000, exitCost: 12_000 },
  benefits: { annual: 500_000 },
  targets: { slaAttainment: 0.97 },
};

function profileOf(input: ProfileInput): Profile {
  const r = parseProfile(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.profile;
}

function expectClose(actual: unknown, expected: number, what: string) {
  expect({ what, type: typeof actual }).toEqual({ what, type: "number" });
  const tol = 1e-9 * Math.max(1, Math.abs(expected));
  if (Math.abs((actual as number) - expected) > tol) throw new Error(`${what}: workbook ${actual}, model ${expected}`);
}

describeIf("task pane in a real browser (production build)", () => {
  let server: StaticServer;
  let browser: Browser;
  let downloads: string;

  beforeAll(async () => {
    server = await serveDirectory(requireDist());
    browser = await launchChromium();
    downloads = mkdtempSync(path.join(tmpdir(), "smartsource-e2e-"));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (downloads) rmSync(downloads, { recursive: true, force: true });
  });

  async function openPane(office: "local" | "abort", theme: "light" | "dark" = "light") {
    const page = await browser.context.newPage();
    await routeOfficeJs(page, office);
    // Reduced motion: axe must see the settled page, not a panel fading in.
    await page.emulateMedia({ colorScheme: theme, reducedMotion: "reduce" });
    const errors = collectErrors(page);
    const foreign: string[] = [];
    const requested: string[] = [];
    page.on("request", (r) => {
      const url = r.url();
      if (url.startsWith(server.url)) requested.push(url.slice(server.url.length));
      // Allowed: the add-in's origin, office.js's CDN and office.js's own telemetry frame (both routed locally).
      const allowed = [server.url, OFFICE_CDN, OFFICE_TELEMETRY, "blob:", "data:"];
      if (!allowed.some((a) => url.startsWith(a))) foreign.push(url);
    });
    await page.goto(server.url + "taskpane.html");
    // The host answered (or office.js failed): the page is the standalone web app.
    await page.getByText("Web app", { exact: true }).waitFor();
    return { page, errors, foreign, requested };
  }

  async function expectAccessible(page: Page, where: string) {
    const serious = seriousOnly(await runAxe(page));
    expect({ where, violations: serious.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`) }).toEqual({ where, violations: [] });
  }

  /** Waits until the wizard shows the step titled `title`. */
  const atStep = (page: Page, title: string) => page.locator("h2").filter({ hasText: new RegExp(`^${title}$`) }).waitFor();
  const isFocused = (page: Page, label: string) => page.getByLabel(label, { exact: true }).first().evaluate((el) => el === document.activeElement);

  test("a CFO walks the wizard by keyboard and mouse and downloads a workbook whose formulas give the model's figures", async () => {
    const { page, errors, foreign } = await openPane("local");
    const kb = page.keyboard;
    await expectAccessible(page, "Company (light)");

    // Step 1, keyboard only: Tab from the top reaches the company name after the six step buttons.
    for (let i = 0; i < 7; i++) await kb.press("Tab");
    expect(await isFocused(page, "Company name")).toBe(true);
    await kb.type("Contoso =1+1 Ltd");
    await kb.press("Tab");
    await page.getByLabel("Currency (ISO code)").selectOption("EUR");
    await kb.press("Tab");
    await kb.type("8,500,000");
    await kb.press("Tab");
    await kb.type("60");
    // Horizon and discount rate, asked with the company (their defaults are selected and typed over).
    await kb.press("Tab");
    await kb.press("Control+A");
    await kb.type("6");
    await kb.press("Tab");
    await kb.press("Control+A");
    await kb.type("7");
    await kb.press("Enter");
    await atStep(page, "In-house team");
    await page.locator("h2:focus").waitFor();

    // Step 2: first row by keyboard, a second row by mouse, and a mistaken percentage.
    await kb.press("Tab");
    await kb.press("Control+A");
    await kb.type("IT manager");
    await kb.press("Tab");
    await kb.type("90000");
    await page.getByRole("button", { name: "Add staff row" }).click();
    const row2 = page.getByRole("group", { name: "Staff row 2" });
    await expect(row2.getByLabel("Role").evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await kb.type("Support technician");
    await row2.getByLabel("Salary (each)").fill("52000");
    await row2.getByLabel("Headcount").fill("2");
    const benefits = page.getByLabel("Benefits (share of wages)");
    await benefits.fill("3500");
    await page.getByLabel("Other annual in-house IT costs").click();
    await page.getByText("Benefits (share of wages) must be between 0% and 100% (you entered 3500%)").waitFor();
    await expectAccessible(page, "In-house team with an error (light)");
    await page.getByRole("button", { name: "Next" }).click();
    // Refused until fixed: focus goes to the field in error.
    await page.locator("input[aria-invalid=true]:focus").waitFor();
    await atStep(page, "In-house team");
    await benefits.fill("35");
    await page.getByLabel("Other annual in-house IT costs").fill("25000");
    await page.getByRole("button", { name: "Next" }).click();

    // Step 3.
    await atStep(page, "CIO");
    await expectAccessible(page, "CIO (light)");
    await page.getByLabel("In-house CIO salary").fill("150000");
    await page.getByLabel("Mean CIO tenure (months)").fill("20");
    await page.getByLabel("Virtual CIO monthly retainer").fill("5000");
    await page.getByLabel("Virtual CIO monthly retainer").press("Enter");

    // Step 4.
    await atStep(page, "Outsourcing quote");
    await expectAccessible(page, "Outsourcing quote (light)");
    for (const [label, text] of [
      ["Annual outsourcing fee", "260000"],
      ["Fee escalation (per year)", "2.5"],
      ["Retained in-house costs (per year)", "15000"],
      ["Transition cost (one-off)", "40000"],
      ["Exit cost (end of horizon)", "12000"],
    ])
      await page.getByLabel(label, { exact: true }).fill(text);
    await page.getByRole("button", { name: "Next" }).click();

    // Step 5, with the targets section open.
    await atStep(page, "Returns and targets");
    await page.getByLabel("Annual benefits attributed to IT").fill("500000");
    await page.getByRole("button", { name: "Scorecard targets (optional)" }).click();
    await page.getByLabel("SLA attainment (%)").fill("97");
    await expectAccessible(page, "Returns and targets, open (light)");
    await page.getByRole("button", { name: "Next" }).click();

    // Step 6: the figures are the model's for what was typed, in euros.
    await atStep(page, "Review and build");
    const table = page.getByTestId("headline");
    await table.waitFor();
    await expectAccessible(page, "Review and build (light)");
    const profile = profileOf(TYPED);
    const h = computeHeadline(profile);
    const shown = await table.evaluate((t) => Object.fromEntries([...t.querySelectorAll("tr")].map((r) => [r.querySelector("th")!.textContent, r.querySelector("td")!.textContent])));
    const fmt = (v: number) => page.evaluate((x) => new Intl.NumberFormat(undefined, { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(x), v);
    expect(shown["TCO in-house"]).toBe(await fmt(h.tcoInHouse));
    expect(shown["TCO outsourced"]).toBe(await fmt(h.tcoOutsourced));
    expect(shown["CIO continuity cost"]).toBe(await fmt(h.cioContinuityCost));
    expect(shown["Break-even"]).toBe(h.breakEvenMonths === null ? "never" : `${h.breakEvenMonths} months`);

    // Download by keyboard: focus the button, press Enter, catch the file.
    const button = page.getByRole("button", { name: "Download workbook (.xlsx)" });
    await button.focus();
    const [download] = await Promise.all([page.waitForEvent("download"), kb.press("Enter")]);
    expect(download.suggestedFilename()).toBe("Contoso =1+1 Ltd - Smartsource KPI workbook.xlsx");
    const file = path.join(downloads, "keyboard.xlsx");
    await download.saveAs(file);
    await page.getByText("Downloaded “Contoso =1+1 Ltd - Smartsource KPI workbook.xlsx”").waitFor();

    // The workbook itself: its formulas and names, evaluated, give the model's headline results.
    const wb = await readXlsx(readFileSync(file));
    const ev = evaluateXlsx(wb);
    try {
      expect(ev.errors()).toEqual([]);
      for (const [name, field] of Object.entries(HEADLINE_NAMES)) {
        const expected = h[field];
        const actual = ev.name(name);
        if (expected === null) expect({ name, actual }).toEqual({ name, actual: field === "breakEvenMonths" ? "never" : "" });
        else expectClose(actual, expected, name);
      }
      // Every input cell holds what was typed (the company name as text, not a formula).
      for (const n of buildPlan(profile).names.filter((x) => x.profilePath && !x.profilePath.includes("[]"))) {
        const typed = n.profilePath!.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], profile);
        // A target left blank is written as the catalog's default (none: an empty cell).
        const kpi = KPIS.find((k) => `targets.${k.id}` === n.profilePath);
        const want = typed ?? (kpi ? kpi.target : undefined);
        expect({ name: n.name, value: ev.name(n.name) }).toEqual({ name: n.name, value: want });
      }
      const company = wb.definedNames.getRanges("SS_In_CompanyName").ranges[0];
      const [sheet, ref] = company.split("!");
      const cell = wb.getWorksheet(sheet.replace(/^'|'$/g, "").replace(/''/g, "'"))!.getCell(ref.replace(/\$/g, ""));
      expect({ formula: cell.formula, value: cell.value }).toEqual({ formula: undefined, value: "Contoso =1+1 Ltd" });
    } finally {
      ev.destroy();
    }

    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  test("dark theme: every step passes axe and the pane is dark; screenshots are 350 px wide", async () => {
    const { page, errors } = await openPane("local", "dark");
    const background = await page.evaluate(() => getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(Math.max(r, g, b)).toBeLessThan(80);
    const shots = mkdtempSync(path.join(tmpdir(), "smartsource-shots-"));
    try {
      await captureSteps(page, { theme: "dark", outDir: shots, onStep: (_i, name) => expectAccessible(page, `${name} (dark)`) });
      const files = readdirSync(shots).sort();
      expect(files).toEqual(STEP_FILES.map((f) => `${f}-dark.png`).sort());
      for (const f of files) expect(readFileSync(path.join(shots, f)).readUInt32BE(16)).toBe(350); // PNG IHDR width
    } finally {
      rmSync(shots, { recursive: true, force: true });
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  test("office.js failing to load (offline): the same wizard works and still downloads the workbook", async () => {
    const { page, errors } = await openPane("abort");
    await expectAccessible(page, "Company, office.js blocked (light)");
    await page.getByLabel("Company name").fill("Offline Co");
    await page.getByRole("button", { name: /^Step 6:/ }).click();
    await page.getByTestId("headline").waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download workbook (.xlsx)" }).click()]);
    expect(download.suggestedFilename()).toBe("Offline Co - Smartsource KPI workbook.xlsx");
    const file = path.join(downloads, "offline.xlsx");
    await download.saveAs(file);
    const wb = await readXlsx(readFileSync(file));
    const ev = evaluateXlsx(wb);
    try {
      // The defaults: computeHeadline of a profile with just the name.
      expectClose(ev.name("SS_TCO_InHouse"), computeHeadline(profileOf({ schemaVersion: 1, company: { name: "Offline Co" } })).tcoInHouse, "SS_TCO_InHouse");
    } finally {
      ev.destroy();
    }
    // Only the deliberately aborted office.js request may log a load failure.
    expect(errors.filter((e) => !(e.includes("Failed to load resource") && e.includes(`${OFFICE_CDN}office.js`)))).toEqual([]);
    await page.close();
  });

  test("ExcelJS and the spreadsheet engine are not part of the first load: their chunks are fetched only when Download is clicked", async () => {
    const dist = requireDist();
    const first = firstLoadScripts(dist);
    expect(first).toContain("taskpane.js");
    for (const f of first) expect({ f, exceljs: bundledPackages(path.join(dist, f)).has("exceljs") }).toEqual({ f, exceljs: false });
    const { page, requested } = await openPane("local");
    const loaded = requested.length;
    await page.getByRole("button", { name: /^Step 6:/ }).click();
    await page.getByTestId("headline").waitFor();
    const before = requested.slice(0, loaded).filter((r) => r.endsWith(".js"));
    expect(before.some((f) => bundledPackages(path.join(dist, f)).has("exceljs"))).toBe(false);
    await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download workbook (.xlsx)" }).click()]);
    const after = requested.slice(loaded).filter((r) => r.endsWith(".js"));
    expect(after.some((f) => bundledPackages(path.join(dist, f)).has("exceljs"))).toBe(true);
    // The spreadsheet engine that computes the cached values comes with the download, its
    // WebAssembly from the add-in's own origin (requested lists only that origin's files).
    for (const f of first) expect({ f, ironcalc: bundledPackages(path.join(dist, f)).has("@ironcalc/wasm") }).toEqual({ f, ironcalc: false });
    expect(after.some((f) => bundledPackages(path.join(dist, f)).has("@ironcalc/wasm"))).toBe(true);
    expect(requested.slice(loaded).filter((r) => r.endsWith(".wasm"))).toHaveLength(1);
    await page.close();
  });
});
