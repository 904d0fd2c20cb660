/**
 * A stand-in for Excel's custom-functions runtime global: CustomFunctions.Error (code + message,
 * as office.js defines it) and an associate() that records what the bundle registers.
 */
export class FakeCustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

export interface FakeCustomFunctions {
  Error: typeof FakeCustomFunctionError;
  associate: (id: string, fn: (...args: unknown[]) => unknown) => void;
  registered: Map<string, (...args: unknown[]) => unknown>;
}

export function fakeCustomFunctions(): FakeCustomFunctions {
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  return {
    Error: FakeCustomFunctionError,
    registered,
    associate(id, fn) {
      if (registered.has(id)) throw new Error(`${id} associated twice`);
      registered.set(id, fn);
    },
  };
}

export const EXCEL_ERROR_CODES = ["#VALUE!", "#NUM!", "#DIV/0!", "#N/A"];
/** Excel shows a message only with these two. */
export const CODES_WITH_MESSAGE = ["#VALUE!", "#N/A"];
