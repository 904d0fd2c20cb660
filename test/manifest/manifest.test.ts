/** @jest-environment jsdom */
/*
 * The offline guard for manifest.xml (Microsoft's `validate` needs its online service):
 * office-addin-manifest reads it, the DOM parser checks the shared-runtime wiring, resource ids,
 * namespace, permission and icons, and xmllint checks it is well-formed.
 */
import { execFileSync, spawnSync } from "child_process";
import fs from "fs";
import path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const DIST = path.resolve(process.env.SMARTSOURCE_DIST ?? path.join(ROOT, "dist"));
const OFFICE = "http://schemas.microsoft.com/office/appforoffice/1.1";
const OVERRIDES = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";

let doc: Document;
beforeAll(() => {
  doc = new DOMParser().parseFromString(fs.readFileSync(MANIFEST, "utf8"), "application/xml");
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
});

const all = (ns: string, tag: string, root: Document | Element = doc) => [...root.getElementsByTagNameNS(ns, tag)];
const one = (ns: string, tag: string, root: Document | Element = doc) => {
  const found = all(ns, tag, root);
  expect([tag, found.length]).toEqual([tag, 1]);
  return found[0];
};
/** The resource a resid points to: its DefaultValue. */
function resource(resid: string | null): string {
  const matches = [...all(BT, "Image"), ...all(BT, "Url"), ...all(BT, "String")].filter((e) => e.parentElement?.localName !== "Icon" && e.getAttribute("id") === resid);
  expect([resid, matches.length]).toEqual([resid, 1]);
  return matches[0].getAttribute("DefaultValue")!;
}

test("office-addin-manifest reads it: a task-pane add-in for the Workbook host asking only ReadWriteDocument", () => {
  // office-addin-manifest pulls in ESM-only packages jest cannot load, so it runs in its own node.
  const script = `require("office-addin-manifest").OfficeAddinManifest.readManifestFile(process.argv[1]).then((i) => process.stdout.write(JSON.stringify(i)))`;
  const info = JSON.parse(execFileSync(process.execPath, ["-e", script, MANIFEST], { cwd: ROOT, encoding: "utf8" }));
  expect(info.officeAppType).toBe("TaskPaneApp");
  expect(info.hosts).toEqual(["Workbook"]);
  expect(info.permissions).toBe("ReadWriteDocument");
  expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  expect(info.displayName).toBe("Smartsource");
});

test("one Permissions element, ReadWriteDocument and nothing broader", () => {
  expect(all(OFFICE, "Permissions").map((e) => e.textContent?.trim())).toEqual(["ReadWriteDocument"]);
});

test("requires SharedRuntime 1.1 and the Workbook host", () => {
  const sets = all(OFFICE, "Set", one(OFFICE, "Requirements"));
  expect(sets.map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")])).toContainEqual(["SharedRuntime", "1.1"]);
  expect(all(OFFICE, "Host", one(OFFICE, "Hosts")).map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
});

test("shared runtime: Runtime (lifetime long), functions Page, FunctionFile and the task pane all load the same page", () => {
  const host = all(OVERRIDES, "Host").find((h) => h.getAttributeNS(XSI, "type") === "Workbook")!;
  const runtime = one(OVERRIDES, "Runtime", one(OVERRIDES, "Runtimes", host));
  expect(runtime.getAttribute("lifetime")).toBe("long");
  const cf = all(OVERRIDES, "ExtensionPoint", host).find((e) => e.getAttributeNS(XSI, "type") === "CustomFunctions")!;
  const sourceOf = (tag: string) => one(OVERRIDES, "SourceLocation", one(OVERRIDES, tag, cf)).getAttribute("resid");
  const page = sourceOf("Page");
  const functionFile = one(OVERRIDES, "FunctionFile", host).getAttribute("resid");
  const showTaskpane = all(OVERRIDES, "Action", host).find((a) => a.getAttributeNS(XSI, "type") === "ShowTaskpane")!;
  const pane = one(OVERRIDES, "SourceLocation", showTaskpane).getAttribute("resid");
  expect([runtime.getAttribute("resid"), functionFile, pane]).toEqual([page, page, page]);
  expect(resource(page)).toMatch(/^https:\/\/localhost:3000\/taskpane\.html$/);
  expect(resource(sourceOf("Script"))).toBe("https://localhost:3000/functions.js");
  expect(resource(sourceOf("Metadata"))).toBe("https://localhost:3000/functions.json");
  expect(resource(one(OVERRIDES, "Namespace", cf).getAttribute("resid"))).toBe("SMARTSOURCE");
  expect(one(OFFICE, "SourceLocation", one(OFFICE, "DefaultSettings")).getAttribute("DefaultValue")).toBe(resource(page));
});

test("every resid used resolves to exactly one resource, and resource strings fit Office's limits", () => {
  const used = [...doc.querySelectorAll("[resid]")].map((e) => e.getAttribute("resid"));
  expect(used.length).toBeGreaterThan(10);
  for (const resid of used) resource(resid);
  for (const s of all(BT, "String", one(BT, "ShortStrings"))) expect((s.getAttribute("DefaultValue") ?? "").length).toBeLessThanOrEqual(125);
  for (const s of all(BT, "String", one(BT, "LongStrings"))) expect((s.getAttribute("DefaultValue") ?? "").length).toBeLessThanOrEqual(250);
  for (const u of all(BT, "Url")) expect(u.getAttribute("DefaultValue")).toMatch(/^https:\/\//);
});

/** PNG width and height from the IHDR chunk. */
function pngSize(file: string): [number, number] {
  const b = fs.readFileSync(file);
  expect(b.subarray(1, 4).toString("latin1")).toBe("PNG");
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

test("every icon the manifest names exists in assets/ at the size it claims", () => {
  const icons: [string, number][] = [
    [one(OFFICE, "IconUrl").getAttribute("DefaultValue")!, 32],
    [one(OFFICE, "HighResolutionIconUrl").getAttribute("DefaultValue")!, 64],
    ...all(BT, "Image", one(BT, "Images")).map((i): [string, number] => [i.getAttribute("DefaultValue")!, Number(/\.(\d+)x\d+$/.exec(i.getAttribute("id")!)![1])]),
  ];
  expect(icons).toHaveLength(5);
  for (const [url, size] of icons) {
    const file = path.join(ROOT, "assets", path.basename(new URL(url).pathname));
    expect(new URL(url).pathname).toMatch(/^\/assets\//);
    expect([url, fs.existsSync(file)]).toEqual([url, true]);
    expect([url, pngSize(file)]).toEqual([url, [size, size]]);
  }
});

test("xmllint finds manifest.xml well-formed", () => {
  const probe = spawnSync("xmllint", ["--version"]);
  if (probe.error) {
    if (process.env.CI) throw new Error("xmllint is missing (install libxml2-utils)");
    console.warn("skipped: xmllint is missing (install libxml2-utils)");
    return;
  }
  const run = spawnSync("xmllint", ["--noout", MANIFEST], { encoding: "utf8" });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
});

test("every URL in the source manifest is under the dev origin, so the production build swaps them all", () => {
  const urls = fs.readFileSync(MANIFEST, "utf8").match(/https?:\/\/[^"<\s]+/g)!.filter((u) => !u.startsWith("http://schemas.microsoft.com/") && !u.startsWith("http://www.w3.org/"));
  expect(urls.length).toBeGreaterThan(5);
  for (const u of urls) expect(u).toMatch(/^https:\/\/localhost:3000\//);
});

test("the production build's manifest and metadata point nowhere near localhost", () => {
  for (const file of ["manifest.xml", "functions.json"]) {
    const p = path.join(DIST, file);
    if (!fs.existsSync(p)) throw new Error(`${p} is missing: run \`npm run build\` first (npm test does)`);
    const text = fs.readFileSync(p, "utf8");
    expect([file, /localhost/i.test(text)]).toEqual([file, false]);
    expect(text).toMatch(/https:\/\/[^/"]+\//);
  }
});
