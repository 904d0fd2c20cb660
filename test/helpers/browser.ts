/**
 * Headless Debian chromium through playwright-core, for the browser tests, screenshots and the
 * pane bench: launch with a fresh profile, route office.js's CDN to the npm copy (or make it
 * fail, as offline), run axe-core, and collect console errors.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { BrowserContext, chromium, Page } from "playwright-core";

export const CHROMIUM_PATH = "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const ROOT = path.resolve(__dirname, "../..");
/** Where the task pane loads office.js from (the store requires Microsoft's CDN). */
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
/** The telemetry frame office.js loads outside Office (see routeOfficeJs). */
export const OFFICE_TELEMETRY = "https://telemetryservice.firstpartyapps.oaspapps.com/";
const OFFICE_DIST = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
/** The production build; SMARTSOURCE_DIST points elsewhere (e.g. a build kept apart from a shared checkout). */
export const DIST = process.env.SMARTSOURCE_DIST ? path.resolve(process.env.SMARTSOURCE_DIST) : path.join(ROOT, "dist");

/**
 * True when chromium is here. Without it a test skips with a warning, except under CI
 * (process.env.CI set), where a missing browser is a failure.
 */
export function chromiumAvailable(what = "browser test"): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI) throw new Error(`${CHROMIUM_PATH} is missing: install Debian's chromium to run the ${what}`);
  console.warn(`Skipping the ${what}: ${CHROMIUM_PATH} is not installed (apt-get install chromium).`);
  return false;
}

/** Fails with the command to run when the production build is missing. */
export function requireDist(): string {
  const html = path.join(DIST, "taskpane.html");
  if (!existsSync(html)) throw new Error(`${path.relative(ROOT, html)} is missing: run \`npm run build\` (npm test builds before jest runs)`);
  return DIST;
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Browser> {
  const profile = mkdtempSync(path.join(tmpdir(), "smartsource-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 350, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * office.js from the CDN: "local" serves the npm copy (office.js and the files it loads from
 * the same CDN folder); "abort" fails every request, as offline or behind a blocking proxy;
 * "hang" never answers, as a proxy that swallows the request.
 */
export async function routeOfficeJs(target: Page | BrowserContext, mode: "local" | "abort" | "hang"): Promise<void> {
  // office.js itself (not the pane) opens a hidden telemetry frame on Microsoft's servers after
  // 3 s; serve it an empty page so no test reaches the network.
  await target.route(`${OFFICE_TELEMETRY}**`, (route) => route.fulfill({ status: 200, contentType: "text/html", body: "" }));
  await target.route(`${OFFICE_CDN}**`, async (route) => {
    if (mode === "abort") return route.abort("internetdisconnected");
    if (mode === "hang") return; // neither fulfilled nor aborted: the request stays pending
    const rel = decodeURIComponent(new URL(route.request().url()).pathname.slice(new URL(OFFICE_CDN).pathname.length));
    const file = path.resolve(OFFICE_DIST, rel);
    if (!file.startsWith(OFFICE_DIST + path.sep) || !existsSync(file)) return route.fulfill({ status: 404, body: "not in @microsoft/office-js" });
    return route.fulfill({ path: file, contentType: "text/javascript; charset=utf-8" });
  });
}

/** office.js's module that opens the telemetry frame outside Office (with a style="display:none" attribute). */
export const OFFICE_TELEMETRY_LOADER = `${OFFICE_CDN}o15apptofilemappingtable.js`;

/**
 * The pane's Content-Security-Policy refusing office.js's own telemetry frame outside Office
 * (the frame, and the inline style attribute office.js puts on it): intended (docs/security.md),
 * so not counted as an error; test/e2e/csp.e2e.test.ts checks it.
 */
export const isTelemetryRefusal = (text: string, url = ""): boolean =>
  (/fram/i.test(text) && text.includes(new URL(OFFICE_TELEMETRY).host)) || (url.startsWith(OFFICE_TELEMETRY_LOADER) && /inline style/i.test(text));

/** Console errors and uncaught page errors, as they happen. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && !isTelemetryRefusal(m.text(), m.location().url)) errors.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core in the page (injected from node_modules) and returns the violations. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== "undefined");
  // Evaluated through the debugging protocol, not added as a <script>: the pane's
  // Content-Security-Policy refuses inline scripts, and a test tool must not loosen it.
  if (!loaded) await page.evaluate(readFileSync(path.join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8"));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
}

/** Only serious and critical violations fail a test; the rest are reported. */
export const seriousOnly = (vs: AxeViolation[]): AxeViolation[] => vs.filter((v) => v.impact === "serious" || v.impact === "critical");

/** The scripts taskpane.html loads before first paint, without the office.js CDN one (file names in dist). */
export function firstLoadScripts(dist: string = DIST): string[] {
  const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/gi)].map((m) => m[1]).filter((src) => !/^(https?:)?\/\//i.test(src));
}

/** The npm packages bundled into a built JS file, from its source map (webpack writes one per chunk). */
export function bundledPackages(file: string): Set<string> {
  const map = JSON.parse(readFileSync(`${file}.map`, "utf8")) as { sources: string[] };
  const names = map.sources.map((s) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(s)?.[1]).filter((n): n is string => !!n);
  return new Set(names);
}
