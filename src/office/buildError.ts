/** A build or read-back that failed, with a message that says what state the workbook is in. */
export class WorkbookBuildError extends Error {
  constructor(
    message: string,
    readonly cause?: unknown,
  ) {
    super(message);
    this.name = "WorkbookBuildError";
  }
}
