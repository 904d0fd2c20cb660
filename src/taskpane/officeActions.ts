/**
 * Inside Excel: the only module of the pane that talks to Office. It wraps the Office.js writer,
 * read-back and "prepare for sharing" (loaded on first use, so the first paint does not wait for
 * them) as the wizard's PaneActions, and words the build report for the CFO.
 */
import type { Profile } from "../model/profile";
import type { ExcelRequirements } from "../office/excelHost";
import type { BuildReport } from "../workbook/office/officeWriter";
import { BuildOutcome, PaneActions } from "./actions";
import { plural } from "./format";

export interface OfficeActionOptions {
  /** The Excel namespace (tests pass a fake); the global one office.js defines otherwise. */
  excel?: typeof Excel;
  requirements?: ExcelRequirements;
}

/** What the CFO needs to know after a build: new or rebuilt, tracked rows kept, renames, gaps. */
export function describeBuild(report: BuildReport): BuildOutcome {
  const rebuilt = report.updated.length > 0;
  const lines: string[] = [];
  if (rebuilt) {
    lines.push(
      report.trackedRowsKept > 0
        ? `Updated in place: your ${plural(report.trackedRowsKept, "tracked row")} on the tracking sheet ${report.trackedRowsKept === 1 ? "was" : "were"} kept.`
        : "Updated in place; the tracking sheet is ready for your first period.",
    );
  } else {
    lines.push(`Added ${plural(report.created.length, "sheet")}: ${report.created.join(", ")}. Every figure is a native Excel formula.`);
  }
  // A sheet keeps another name when one of the user's sheets held the planned one, or the user renamed it.
  for (const r of report.renamed) lines.push(`The "${r.planned}" sheet is named "${r.actual}" in this workbook.`);
  lines.push(...report.warnings);
  return { title: rebuilt ? "Workbook rebuilt" : "Workbook built", detail: lines.join(" ") };
}

export function officeActions(opts: OfficeActionOptions = {}): PaneActions {
  return {
    host: "excel",
    async build(profile: Profile, onProgress): Promise<BuildOutcome> {
      onProgress({ message: "Loading the workbook writer…" });
      const { buildWorkbookInExcel } = await import(/* webpackChunkName: "office-writer" */ "../workbook/office/officeWriter");
      const report = await buildWorkbookInExcel(profile, {
        ...opts,
        onProgress: (message, fraction) => onProgress({ message, fraction }),
      });
      return describeBuild(report);
    },
    async readBack() {
      const { readProfileFromWorkbook } = await import(/* webpackChunkName: "office-readback" */ "../workbook/office/officeReadBack");
      return readProfileFromWorkbook({ excel: opts.excel });
    },
    async prepareForSharing(mode, onProgress) {
      onProgress({ message: "Loading…" });
      const { prepareForSharing } = await import(/* webpackChunkName: "office-sharing" */ "../sharing/officeSharing");
      return prepareForSharing({ ...opts, mode, onProgress: (message, fraction) => onProgress({ message, fraction }) });
    },
  };
}
