/**
 * What every Office.js adapter (writer, read-back, prepare for sharing) asks of its host: the
 * Excel namespace (a test's fake, or office.js's global) and which ExcelApi sets it supports.
 */

export interface ExcelRequirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** The Excel namespace the caller passed, else office.js's global one; undefined outside Excel. */
export function excelNamespace(given?: typeof Excel): typeof Excel | undefined {
  return given ?? (typeof Excel !== "undefined" ? Excel : undefined);
}

/**
 * A check of ExcelApi versions ("1.9") against the given requirements, else Office's own; with
 * neither (no Office host to ask) every version counts as supported.
 */
export function excelApiSupport(given?: ExcelRequirements): (version: string) => boolean {
  const req = given ?? (typeof Office !== "undefined" && Office.context?.requirements ? Office.context.requirements : null);
  return (version) => (req ? req.isSetSupported("ExcelApi", version) : true);
}
