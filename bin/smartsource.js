#!/usr/bin/env node
/* The smartsource command-line tool; compiled by `npm run build:node` (run by npm ci's prepare). */
require("../lib/cli/main.js")
  .main(process.argv.slice(2))
  .then((code) => { process.exitCode = code; });
