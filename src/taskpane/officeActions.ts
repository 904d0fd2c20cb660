/**
 * Inside Excel: the only module of the pane that talks to Office. It wraps the Office.js writer
 * and read-back as PaneActions for the wizard.
 * (Interim until src/workbook/officeWriter.ts lands: Build explains that it is unavailable.)
 */
import { PaneActions } from "./actions";

export function officeActions(): PaneActions {
  return {
    host: "excel",
    async build() {
      throw new Error("Building inside Excel is not available in this version yet: open the pane in a browser to download the workbook.");
    },
    async readBack() {
      return null;
    },
  };
}
