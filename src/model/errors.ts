/** The Excel errors a Smartsource function can return. Pure: no Office import. */
export type ExcelErrorCode = "#VALUE!" | "#NUM!" | "#DIV/0!" | "#N/A";

/**
 * Raised by the model for bad input or "no answer". The custom-functions adapter maps it to
 * `CustomFunctions.Error`; the model never returns NaN or Infinity.
 */
export class ModelError extends Error {
  constructor(
    readonly code: ExcelErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ModelError";
  }
}

export const valueError = (message: string) => new ModelError("#VALUE!", message);
export const numError = (message: string) => new ModelError("#NUM!", message);
export const divError = (message: string) => new ModelError("#DIV/0!", message);
export const naError = (message: string) => new ModelError("#N/A", message);

/** Every result leaves the model through here, so NaN or Infinity can never reach a cell. */
export function finite(x: number, what: string): number {
  if (!Number.isFinite(x)) throw numError(`${what} is too large to compute`);
  return x === 0 ? 0 : x; // no -0 in cells
}
