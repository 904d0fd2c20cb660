/**
 * The built pages' Content-Security-Policy: strict (no eval, no inline script, scripts only from
 * this origin and the office.js CDN), and the wizard still builds and downloads a workbook under
 * it in chromium, with office.js loaded; every policy violation is recorded and the only one
 * allowed is office.js's own telemetry frame, which the policy is meant to refuse. The help page
 * loads nothing and keeps its styling.
 */
import { readFileSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { Browser, chromiumAvailable, collectErrors, launchChromium, OFFICE_TELEMETRY, OFFICE_TELEMETRY_LOADER, requireDist, routeOfficeJs } from "../helpers/browser";
import { readXlsx } from "../helpers/readXlsx";
import { serveDirectory, StaticServer } from "../helpers/staticServer";

const run = chromiumAvailable("Content-Security-Policy test");
const describeIf = run ? describe : describe.skip;
jest.setTimeout(180_000);

/** A page's policy, as directive → sources. */
function policyOf(file: string): Map<string, string[]> {
  const html = readFileSync(path.join(requireDist(), file), "utf8");
  const metas = [...html.matchAll(/<meta http-equiv="?Content-Security-Policy"? content="([^"]*)"/gi)];
  expect(metas).toHaveLength(1);
  return new Map(metas[0][1].split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
}

interface Violation {
  directive: string;
  blocked: string;
  source: string;
}

describe("the policies in dist/", () => {
  test("task pane: scripts from this origin and the office.js CDN only; no eval, no inline code", () => {
    const p = policyOf("taskpane.html");
    expect(p.get("default-src")).toEqual(["'self'"]);
    // 'wasm-unsafe-eval' lets the page compile WebAssembly (IronCalc), never evaluate JavaScript.
    expect(p.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com", "'wasm-unsafe-eval'"]);
    expect(p.get("style-src")?.slice(0, 1)).toEqual(["'self'"]);
    for (const src of p.get("style-src")!.slice(1)) expect(src).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
    expect(p.get("object-src")).toEqual(["'none'"]);
    expect(p.get("base-uri")).toEqual(["'self'"]);
    for (const sources of p.values()) for (const s of sources) expect(s).not.toMatch(/'unsafe-(eval|inline|hashes)'|^\*$|^https?:$|^data:$|^blob:$/);
  });

  test("help page: nothing may load at all", () => {
    const p = policyOf("help.html");
    expect(p.get("default-src")).toEqual(["'none'"]);
    expect(p.get("script-src")).toBeUndefined();
    for (const src of p.get("style-src")!) expect(src).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
  });
});

describeIf("under the policy, in chromium", () => {
  let server: StaticServer;
  let browser: Browser;
  let downloads: string;

  beforeAll(async () => {
    server = await serveDirectory(requireDist());
    browser = await launchChromium();
    downloads = mkdtempSync(path.join(tmpdir(), "smartsource-csp-"));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (downloads) rmSync(downloads, { recursive: true, force: true });
  });

  async function open(file: string) {
    const page = await browser.context.newPage();
    await routeOfficeJs(page, "local");
    await page.addInitScript(() => {
      const seen: unknown[] = ((window as unknown as { __violations: unknown[] }).__violations = []);
      document.addEventListener("securitypolicyviolation", (e) => seen.push({ directive: e.effectiveDirective, blocked: e.blockedURI, source: e.sourceFile }));
    });
    const errors = collectErrors(page);
    await page.goto(server.url + file);
    const violations = () => page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);
    return { page, errors, violations };
  }

  test("the wizard builds and downloads the workbook; only office.js's telemetry frame is refused", async () => {
    const { page, errors, violations } = await open("taskpane.html");
    await page.getByText("Web app", { exact: true }).waitFor();
    // The pane is styled (Fluent's rules were inserted): the brand heading is not the browser's default h1.
    expect(await page.locator("h1").evaluate((h) => getComputedStyle(h).fontSize)).not.toBe("32px");
    await page.getByLabel("Company name").fill("Strict Policy Ltd");
    await page.getByRole("button", { name: /^Step 6:/ }).click();
    await page.getByTestId("headline").waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download workbook (.xlsx)" }).click()]);
    const file = path.join(downloads, "csp.xlsx");
    await download.saveAs(file);
    const wb = await readXlsx(readFileSync(file));
    expect(wb.worksheets.length).toBeGreaterThanOrEqual(5);
    // office.js opens its telemetry frame about 3 s after loading: wait for the refusal to be sure the policy sees it.
    await page.waitForFunction(() => (window as unknown as { __violations: unknown[] }).__violations.length > 0, null, { timeout: 15_000 });
    const seen = await violations();
    const telemetryHost = new URL(OFFICE_TELEMETRY).host;
    // office.js's telemetry frame, and the style attribute it puts on that frame: refused on purpose.
    const telemetry = (v: Violation) =>
      (v.directive === "frame-src" && new URL(v.blocked).host === telemetryHost) || (v.directive === "style-src-attr" && v.source.startsWith(OFFICE_TELEMETRY_LOADER));
    expect(seen.some((v) => v.directive === "frame-src" && new URL(v.blocked).host === telemetryHost)).toBe(true);
    expect(seen.filter((v) => !telemetry(v))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("the help page renders its own styles and violates nothing", async () => {
    const { page, violations } = await open("help.html");
    await page.locator("h1").waitFor();
    await page.waitForTimeout(500);
    expect(await violations()).toEqual([]);
    // help.html's :root defines --ink; a refused <style> would leave it unset.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--ink").trim())).not.toBe("");
    await page.close();
  });
});
