/**
 * A task in Excel that failed (build, read-back, prepare for sharing), with a message that says
 * what state the workbook is in; the pane shows the message as it is.
 */
export class OfficeTaskError extends Error {
  constructor(
    message: string,
    readonly cause?: unknown,
  ) {
    super(message);
    this.name = "OfficeTaskError";
  }
}

/** What went wrong underneath, to quote inside a sentence: the error's message without its full stop. */
export const describeError = (e: unknown): string => (e instanceof Error ? e.message : String(e)).replace(/\.+$/, "");
