/**
 * `npm start`'s dev server, with webpack.config.js's devServer options (a tiny bundle stands in
 * for the add-in's, so the test needs no full build): no X-Powered-By, and no wildcard CORS. Only
 * Office's own origins (Excel on the web fetches functions.json cross-origin) get their origin
 * echoed back; any other site gets no Access-Control-Allow-Origin at all.
 */
import { request } from "https";
import { AddressInfo, createServer } from "net";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import webpack from "webpack";
import WebpackDevServer from "webpack-dev-server";

jest.setTimeout(120_000);

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require("../../webpack.config.js") as (env: object, argv: object) => webpack.Configuration & { devServer: WebpackDevServer.Configuration };

let dir: string;
let server: WebpackDevServer;
let port: number;

/** A port nothing listens on (webpack-dev-server's own "auto" needs an ES module import jest cannot do). */
const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "ss-devserver-"));
  writeFileSync(path.join(dir, "entry.js"), "console.log(1);\n");
  writeFileSync(path.join(dir, "functions.json"), '{"functions":[]}');
  const { devServer } = makeConfig({}, { mode: "development" });
  const compiler = webpack({ mode: "development", context: dir, entry: "./entry.js", output: { path: path.join(dir, "out") }, stats: "errors-only", infrastructureLogging: { level: "error" } });
  server = new WebpackDevServer({ ...devServer, host: "127.0.0.1", port: (port = await freePort()), static: { directory: dir }, liveReload: false, hot: false, client: false }, compiler);
  await server.start();
});
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function get(file: string, origin?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: `/${file}`, headers: origin ? { Origin: origin } : {}, rejectUnauthorized: false }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on("error", reject);
    req.end();
  });
}

test("no X-Powered-By header", async () => {
  const r = await get("functions.json");
  expect(r.status).toBe(200);
  expect(r.headers["x-powered-by"]).toBeUndefined();
});

test.each(["https://excel.officeapps.live.com", "https://inc-excel.officeapps.live.com", "https://contoso.sharepoint.com"])("%s (Office) may read functions.json cross-origin", async (origin) => {
  const r = await get("functions.json", origin);
  expect(r.headers["access-control-allow-origin"]).toBe(origin);
  expect(r.headers.vary).toMatch(/Origin/);
});

test.each(["https://evil.example", "https://officeapps.live.com.evil.example", "http://excel.officeapps.live.com", undefined])("%s gets no CORS header, and never a wildcard", async (origin) => {
  const r = await get("functions.json", origin);
  expect(r.status).toBe(200);
  expect(r.headers["access-control-allow-origin"]).toBeUndefined();
});
