/**
 * Inside Excel: the only module of the pane that talks to Office. It wraps the Office.js writer
 * and read-back (loaded on first use) as PaneActions for the wizard.
 */
import type { Profile } from "../model/profile";
import { BuildOutcome, PaneActions } from "./actions";

export function officeActions(): PaneActions {
  return {
    host: "excel",
    async build(profile: Profile, onProgress): Promise<BuildOutcome> {
      const { buildWorkbookInExcel } = await import(/* webpackChunkName: "office-writer" */ "../workbook/officeWriter");
      const report = await buildWorkbookInExcel(profile, { onProgress });
      return { title: "Workbook built", detail: JSON.stringify(report) };
    },
    async readBack() {
      const { readProfileFromWorkbook } = await import(/* webpackChunkName: "office-readback" */ "../workbook/officeReadBack");
      return readProfileFromWorkbook();
    },
  };
}
