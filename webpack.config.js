/* Builds the functions runtime (self-contained), the task pane and the help page into dist/. */
const path = require("path");
const fs = require("fs");
const os = require("os");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { sources } = require("webpack");

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
    devtool: dev ? "eval-source-map" : "source-map",
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
    resolve: { extensions: [".ts", ".tsx", ".js"] },
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
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : { type: "https" },
      static: { directory: path.resolve(__dirname, "dist") },
      client: { overlay: false },
      open: false,
    },
  };
};
