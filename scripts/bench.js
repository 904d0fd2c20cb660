#!/usr/bin/env node
/* Prints one JSON object of measured figures: each scripts/bench/*.js exports async () => figures. */
const fs = require("fs");
const path = require("path");

async function main() {
  const dir = path.join(__dirname, "bench");
  const out = {};
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".js")).sort()) {
    Object.assign(out, await require(path.join(dir, file))());
  }
  process.stdout.write(JSON.stringify(out, null, 2) + "\n");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
