#!/usr/bin/env node
/*
 * `npm start`: build (development) and serve the add-in on https://localhost:3000, then sideload
 * it where desktop Excel can be driven (Windows/macOS with office-addin-debugging installed);
 * anywhere else keep serving and print how to sideload manifest.xml into Excel on the web.
 * Nothing here waits for keyboard input, so it also runs unattended.
 */
const { spawnSync } = require("child_process");
const crypto = require("crypto");
const net = require("net");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const PORT = 3000;
const ORIGIN = `https://localhost:${PORT}`;
const MANIFEST = path.join(ROOT, "manifest.xml");
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
const CERT_FILES = ["ca.crt", "localhost.crt", "localhost.key"].map((f) => path.join(CERT_DIR, f));
const DESKTOP = process.platform === "win32" || process.platform === "darwin";

const say = (msg) => console.log(`[smartsource] ${msg}`);

/** True when the dev certificates exist and stay valid for at least another day. */
function certsUsable() {
  if (!CERT_FILES.every((f) => fs.existsSync(f))) return false;
  try {
    const cert = new crypto.X509Certificate(fs.readFileSync(CERT_FILES[1]));
    return new Date(cert.validTo).getTime() > Date.now() + 24 * 3600 * 1000;
  } catch {
    return false;
  }
}

/**
 * Makes sure ~/.office-addin-dev-certs holds a CA and a localhost certificate (webpack.config.js
 * serves with them). Trusting the CA needs an OS dialog or sudo, so it is only attempted on
 * Windows/macOS in an interactive terminal; otherwise the browser is told to accept the cert.
 */
async function ensureDevCerts() {
  let certs;
  try {
    certs = require("office-addin-dev-certs");
  } catch {
    say("office-addin-dev-certs is not installed: serving with webpack-dev-server's own self-signed certificate.");
    return;
  }
  if (!certsUsable()) {
    try {
      certs.deleteCertificateFiles(CERT_DIR); // a partial or expired set is replaced as a whole
      await certs.generateCertificates();
    } catch (e) {
      say(`could not create dev certificates (${e.message}); serving with a self-signed certificate instead.`);
      return;
    }
  }
  if (DESKTOP && process.stdout.isTTY && !process.env.CI) {
    try {
      if (!certs.verifyCertificates()) await certs.installCaCertificate();
    } catch (e) {
      say(`the developer CA is not trusted (${e.message.split("\n")[0]}); run \`npx office-addin-dev-certs install\` once.`);
    }
  }
}

/** office-addin-debugging's CLI, if it can be resolved from this project (it is not a dependency). */
function debuggingCli() {
  try {
    const pkgPath = require.resolve("office-addin-debugging/package.json", { paths: [ROOT] });
    const pkg = require(pkgPath);
    const bin = typeof pkg.bin === "string" ? pkg.bin : pkg.bin && Object.values(pkg.bin)[0];
    return bin ? path.join(path.dirname(pkgPath), bin) : null;
  } catch {
    return null;
  }
}

/** Runs office-addin-debugging start|stop against the server already listening on PORT. */
function officeDebugging(cli, verb) {
  const args = verb === "start" ? ["start", MANIFEST, "desktop", "--app", "excel", "--dev-server-port", String(PORT), "--no-live-reload"] : ["stop", MANIFEST];
  const run = spawnSync(process.execPath, [cli, ...args], { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"], timeout: 180000 });
  return run.status === 0;
}

function printWebSteps() {
  const ca = CERT_FILES[0];
  say(`serving ${ORIGIN}`);
  console.log(`
  Task pane:       ${ORIGIN}/taskpane.html
  Functions:       ${ORIGIN}/functions.json   (runtime ${ORIGIN}/functions.js)
  Function help:   ${ORIGIN}/help.html

  Sideload into Excel on the web:
    1. Trust the development certificate in the browser you will use: open
       ${ORIGIN}/taskpane.html once and accept the warning${fs.existsSync(ca) ? `, or import\n       ${ca} as a trusted certificate authority` : ""}.
    2. Open a workbook in Excel on the web.
    3. Insert > Add-ins > My Add-ins > Upload My Add-in (in the newer ribbon: Home > Add-ins >
       More Add-ins > My Add-ins > Upload My Add-in), and choose
       ${MANIFEST}
    4. Open Smartsource from the Home tab, or type =SMARTSOURCE. in a cell.

  Press Ctrl+C to stop.
`);
}

/** Resolves true when nothing listens on localhost:PORT yet (the dev server throws asynchronously otherwise). */
function portFree() {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(PORT, "localhost", () => probe.close(() => resolve(true)));
  });
}

async function main() {
  if (!(await portFree())) {
    say(`port ${PORT} is already in use: stop whatever serves it (perhaps an earlier npm start) and retry.`);
    process.exit(1);
  }
  await ensureDevCerts();

  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  // webpack.config.js reads the dev certificates when env.serve is set; dist/ is written too,
  // so dist/manifest.xml and the bundles on disk match what is served.
  const config = require(path.join(ROOT, "webpack.config.js"))({ serve: true }, { mode: "development" });
  config.mode = "development";
  // Transpile only: custom-functions-metadata-plugin appends the CustomFunctions.associate calls to
  // functions.ts ahead of ts-loader, and on every watch rebuild ts-loader's incremental type check
  // then misreports them as hundreds of "Cannot find name" errors. `npm run typecheck` checks types.
  for (const rule of config.module.rules) if (rule.use && rule.use.loader === "ts-loader") rule.use.options = { ...rule.use.options, transpileOnly: true };
  config.devServer = {
    ...config.devServer,
    port: PORT,
    // A full reload, not hot module replacement: replacing modules in the shared runtime would
    // associate the custom functions twice.
    hot: false,
    liveReload: true,
    devMiddleware: { ...config.devServer.devMiddleware, writeToDisk: true },
  };

  const compiler = webpack(config);
  const firstBuild = new Promise((resolve) => compiler.hooks.done.tap("smartsource-start", (stats) => resolve(stats)));
  const server = new WebpackDevServer(config.devServer, compiler);
  say("building (development) and starting the dev server…");
  try {
    await server.start();
  } catch (e) {
    say(`the dev server did not start: ${e && e.message}`);
    process.exit(1);
  }
  const stats = await firstBuild;
  if (stats.hasErrors()) say("the first build has errors (listed above); fix them and the server rebuilds on save.");
  else say("built.");

  const cli = DESKTOP ? debuggingCli() : null;
  let sideloaded = false;
  if (cli) {
    say("sideloading into desktop Excel with office-addin-debugging…");
    sideloaded = officeDebugging(cli, "start");
    if (!sideloaded) say("sideloading failed; you can still sideload by hand (below).");
  }
  if (!sideloaded) printWebSteps();
  else say(`serving ${ORIGIN}; press Ctrl+C to stop (the add-in is unregistered again).`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    if (sideloaded) officeDebugging(cli, "stop");
    await server.stop();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
