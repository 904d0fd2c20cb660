/*
 * Jest loads every module as CommonJS, so it cannot run @ironcalc/wasm (an ES module) itself;
 * Node 20.19+ can (require of an ES module). This hands tests the real package through Node's
 * own require (jest.config.js maps the package name here; jest's require("module") is jest's).
 */
const engine = process.getBuiltinModule("module").createRequire(__filename)("@ironcalc/wasm");

// The engine's init tells its options object by Object.prototype, which jest's realm does not share.
const hostObjectPrototype = Object.getPrototypeOf(engine.Model.prototype);
const init = (options) => engine.default(options && Object.setPrototypeOf({ ...options }, hostObjectPrototype));

module.exports = { ...engine, default: init };
