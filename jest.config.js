/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.test.json" }] },
  // The spreadsheet engine is an ES module: Node loads it (see the mapped file).
  moduleNameMapper: { "^@ironcalc/wasm$": "<rootDir>/test/support/ironcalcForJest.js" },
  testTimeout: 60000,
};
