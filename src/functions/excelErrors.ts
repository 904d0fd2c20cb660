/** Maps model results and errors to what Excel's custom-functions runtime expects. */
import { evaluate, Result } from "../model/functionTable";
import { ExcelErrorCode } from "../model/errors";

const CODES: Record<ExcelErrorCode, CustomFunctions.ErrorCode> = {
  "#VALUE!": "#VALUE!" as CustomFunctions.ErrorCode.invalidValue,
  "#NUM!": "#NUM!" as CustomFunctions.ErrorCode.invalidNumber,
  "#DIV/0!": "#DIV/0!" as CustomFunctions.ErrorCode.divisionByZero,
  "#N/A": "#N/A" as CustomFunctions.ErrorCode.notAvailable,
};

/** Excel shows a message only with #VALUE! and #N/A. */
const SHOWS_MESSAGE = new Set<ExcelErrorCode>(["#VALUE!", "#N/A"]);

/**
 * Runs one SMARTSOURCE function. Bad input is thrown as CustomFunctions.Error, the documented
 * way to return an Excel error from a custom function; nothing else can escape to Excel.
 */
export function run<T extends Result>(id: string, args: readonly unknown[]): T {
  const out = evaluate(id, args);
  if (out instanceof Error) {
    throw SHOWS_MESSAGE.has(out.code)
      ? new CustomFunctions.Error(CODES[out.code], out.message)
      : new CustomFunctions.Error(CODES[out.code]);
  }
  return out as T;
}
