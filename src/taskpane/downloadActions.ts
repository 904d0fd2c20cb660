/**
 * Outside Office: "Build" downloads the workbook as .xlsx. The plan builder, the ExcelJS writer
 * and the spreadsheet engine that computes the cached values are loaded with import() on the
 * first click, so they stay out of the first load.
 */
import type { Profile } from "../model/profile";
import { PaneActions } from "./actions";

/** "Acme Ltd - Smartsource KPI workbook.xlsx": the company name made safe for any file system. */
export function workbookFileName(company: string): string {
  const safe = company
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, " ")
    .replace(/\s+/g, " ")
    .replace(/^[\s.]+|[\s.]+$/g, "")
    .slice(0, 80)
    .trim();
  return safe ? `${safe} - Smartsource KPI workbook.xlsx` : "Smartsource KPI workbook.xlsx";
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Hands the bytes to the browser as a download through a temporary <a download>. */
export function saveFile(bytes: Uint8Array, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }));
  const a = doc.createElement("a");
  a.href = url;
  a.download = fileName;
  a.style.display = "none";
  doc.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Revoke after the browser has started the download.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

export function downloadActions(save: typeof saveFile = saveFile): PaneActions {
  return {
    host: "standalone",
    async build(profile: Profile, onProgress) {
      onProgress({ fraction: 0.1, message: "Loading the workbook writer…" });
      const [{ buildPlan }, { writeXlsx }, { loadIronCalc }] = await Promise.all([
        import(/* webpackChunkName: "workbook-plan" */ "../workbook/plan/buildPlan"),
        import(/* webpackChunkName: "xlsx-writer" */ "../workbook/xlsx/xlsxWriter"),
        import(/* webpackChunkName: "xlsx-writer" */ "../workbook/xlsx/ironcalc"),
      ]);
      // The spreadsheet engine (its WebAssembly) loads while the plan is laid out; the writer awaits it.
      loadIronCalc().catch(() => undefined);
      onProgress({ fraction: 0.4, message: "Laying out the sheets…" });
      const plan = buildPlan(profile);
      onProgress({ fraction: 0.6, message: "Computing the figures and writing the .xlsx file…" });
      const bytes = await writeXlsx(plan);
      const name = workbookFileName(profile.company.name);
      save(bytes, name);
      onProgress({ fraction: 1, message: "Done." });
      return {
        title: `Downloaded “${name}”`,
        detail: "Open it in Excel: every figure is a native formula, so the workbook recalculates as you change the inputs sheet.",
      };
    },
  };
}
