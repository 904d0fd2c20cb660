/* Builds the functions runtime (self-contained), the task pane and the help page into dist/. */
const path = require("path");
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { ProvidePlugin, sources } = require("webpack");

const DEV_URL = "https://localhost:3000/";
// Where the add-in is hosted in production; override with SMARTSOURCE_URL at build time.
const PROD_URL = process.env.SMARTSOURCE_URL || "https://smartsource-addin.azurewebsites.net/";

/** office-addin-dev-certs writes these on `npx office-addin-dev-certs install`. */
function devCerts() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = ["localhost.key", "localhost.crt", "ca.crt"].map((f) => path.join(dir, f));
  if (!files.every((f) => fs.existsSync(f))) return undefined;
  const [key, cert, ca] = files.map((f) => fs.readFileSync(f));
  return { key, cert, ca };
}

/** The office.js CDN origin, as Microsoft's docs give the script's URL (the store requires it). */
const OFFICE_CDN_ORIGIN = "https://appsforoffice.microsoft.com";

/** The hash of empty text: allows the empty <style> elements Fluent UI (Griffel) creates and then fills through the CSSOM, which CSP does not govern. */
const EMPTY_STYLE = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

/**
 * Each page's Content-Security-Policy (no 'unsafe-eval', no 'unsafe-inline'): the task pane may
 * load scripts from this origin and the office.js CDN only, and compile WebAssembly (the engine
 * that computes the download's cached values; 'wasm-unsafe-eval' allows that and no JavaScript
 * eval); the help page loads nothing at all.
 * Inline <style> blocks are allowed by their hashes, computed from the emitted (minified) page.
 */
const PAGE_POLICIES = {
  "taskpane.html": (styles) =>
    `default-src 'self'; script-src 'self' ${OFFICE_CDN_ORIGIN} 'wasm-unsafe-eval'; style-src 'self' ${[...styles, EMPTY_STYLE].join(" ")}; img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'`,
  "help.html": (styles) => `default-src 'none'; style-src ${styles.join(" ") || "'none'"}; base-uri 'none'; form-action 'none'`,
};

/** Fills each page's __SMARTSOURCE_CSP__ placeholder with its policy, once the page is final (after minification). */
class ContentSecurityPolicyPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ContentSecurityPolicyPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "ContentSecurityPolicyPlugin", stage: compilation.constructor.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER }, () => {
        for (const [name, policy] of Object.entries(PAGE_POLICIES)) {
          const asset = compilation.getAsset(name);
          const html = asset && asset.source.source().toString();
          // The minifier may have dropped the attribute's quotes around the placeholder: put them back.
          const placeholder = /content=("?)__SMARTSOURCE_CSP__\1/;
          if (!html || !placeholder.test(html)) throw new Error(`${name}: missing, or without its Content-Security-Policy placeholder`);
          const hashes = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => `'sha256-${crypto.createHash("sha256").update(m[1], "utf8").digest("base64")}'`);
          compilation.updateAsset(name, new sources.RawSource(html.replace(placeholder, `content="${policy(hashes)}"`)));
        }
      });
    });
  }
}

/**
 * Origins Office loads add-in files from cross-origin: Excel on the web (e.g.
 * excel.officeapps.live.com, which fetches functions.json with XHR) and the Microsoft 365 sites
 * that host it. Microsoft keeps no fixed list and suggests a domain filter such as this one.
 */
const OFFICE_ORIGIN = /^https:\/\/([a-z0-9-]+\.)*(officeapps\.live\.com|office\.com|office365\.com|microsoft365\.com|sharepoint\.com|cloud\.microsoft)$/i;

/** CORS for Office's origins only: the request's origin echoed back when it is one of them. */
function officeCors(req, res, next) {
  const origin = req.headers.origin;
  res.setHeader("Vary", "Origin");
  if (origin && OFFICE_ORIGIN.test(origin)) res.setHeader("Access-Control-Allow-Origin", origin);
  next();
}

/** Swaps the dev URL for the production one in emitted manifest and metadata. */
class ProductionUrlPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ProductionUrlPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "ProductionUrlPlugin", stage: compilation.constructor.PROCESS_ASSETS_STAGE_OPTIMIZE }, () => {
        for (const name of ["manifest.xml", "functions.json"]) {
          const asset = compilation.getAsset(name);
          if (!asset) continue;
          const text = asset.source.source().toString().split(DEV_URL).join(PROD_URL);
          compilation.updateAsset(name, new sources.RawSource(text));
        }
      });
    });
  }
}

module.exports = (env, argv) => {
  const dev = argv.mode !== "production";
  const https = env && env.serve ? devCerts() : undefined;
  return {
    // Never eval-based source maps: the pages' Content-Security-Policy forbids eval, in development too.
    devtool: "source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // One JSZip in the download chunk: ExcelJS from its sources (see the shim), and what those
      // sources need from Node in a browser: Buffer, process.nextTick and events from their npm
      // ports; no file system, crypto (sheet passwords) or CSV.
      alias: {
        exceljs$: path.resolve(__dirname, "scripts/webpack/exceljs-browser.js"),
        [path.resolve(__dirname, "node_modules/exceljs/lib/csv/csv.js")]: false,
      },
      fallback: { fs: false, crypto: false, stream: require.resolve("readable-stream"), buffer: require.resolve("buffer/"), events: require.resolve("events/") },
    },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { configFile: "tsconfig.json" } } }],
    },
    performance: { hints: false },
    optimization: {
      // functions.js must load alone in Excel's custom-functions runtime: never split it.
      splitChunks: { chunks: (chunk) => chunk.name !== "functions" },
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: "./src/functions/functions.ts", output: "functions.json" }),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane", "functions"] }),
      new HtmlWebpackPlugin({ filename: "help.html", template: "./src/help/help.html", chunks: [] }),
      new ContentSecurityPolicyPlugin(),
      new ProvidePlugin({ Buffer: ["buffer", "Buffer"], process: "process/browser" }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
      ...(dev ? [] : [new ProductionUrlPlugin()]),
    ],
    devServer: {
      host: "localhost",
      port: 3000,
      // No X-Powered-By (nothing to fingerprint) and no wildcard CORS: only Office's own origins
      // may read the files cross-origin (Excel on the web fetches functions.json that way).
      setupMiddlewares: (middlewares, devServer) => {
        devServer.app.disable("x-powered-by");
        middlewares.unshift({ name: "office-cors", middleware: officeCors });
        return middlewares;
      },
      server: https ? { type: "https", options: https } : { type: "https" },
      static: { directory: path.resolve(__dirname, "dist") },
      client: { overlay: false },
      open: false,
    },
  };
};
