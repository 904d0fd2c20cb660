/**
 * IronCalc (MIT/Apache-2.0), the spreadsheet engine that computes the cached values, loaded on
 * first use and once per process or page:
 * - in the browser it is a webpack chunk of its own, and its WebAssembly file an asset emitted
 *   beside the chunks, which the engine's glue fetches from the add-in's own origin;
 * - in Node (the CLI, tests, the bench) the WebAssembly bytes are read from the installed
 *   package, since Node's fetch cannot read a file: URL. The CommonJS build loads the package,
 *   an ES module, through require(), which Node supports from 20.19 (package.json's engines).
 */
import type * as IronCalcPackage from "@ironcalc/wasm";

export type IronCalc = typeof IronCalcPackage;

/** The Node built-ins this file needs, typed here because the browser build has no Node types. */
interface NodeProcess {
  getBuiltinModule(id: "fs"): { readFileSync(path: string): Uint8Array };
  getBuiltinModule(id: "module"): { createRequire(from: string): { resolve(id: string): string } };
}

// Webpack gives a browser build a stand-in __filename; that branch never runs there.
declare const __filename: string;

/** The engine's WebAssembly bytes in Node; undefined in a browser, where the glue fetches its asset. */
function nodeWasm(): { module_or_path: Uint8Array } | undefined {
  const proc = (globalThis as { process?: Partial<NodeProcess> }).process;
  if (typeof proc?.getBuiltinModule !== "function") return undefined;
  const node = proc as NodeProcess;
  const file = node.getBuiltinModule("module").createRequire(__filename).resolve("@ironcalc/wasm/wasm_bg.wasm");
  return { module_or_path: node.getBuiltinModule("fs").readFileSync(file) };
}

let loading: Promise<IronCalc> | undefined;

export function loadIronCalc(): Promise<IronCalc> {
  loading ??= (async () => {
    const engine = await import(/* webpackChunkName: "ironcalc" */ "@ironcalc/wasm");
    await engine.default(nodeWasm());
    return engine;
  })().catch((e: unknown) => {
    loading = undefined; // a failed load (offline, blocked asset) may be retried
    throw new Error(`The spreadsheet engine that computes the workbook's figures could not be loaded (${e instanceof Error ? e.message : String(e)}).`);
  });
  return loading;
}
