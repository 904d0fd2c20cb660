/** "Prepare for sharing" in the CFO's words: what to expect before, and what was done after. */
import type { CellNote, SharingMode, SharingReport } from "../sharing/report";
import { sheetCellRef } from "../workbook/plan/a1";
import { plural } from "./format";

/** At most this many cells are listed by name; the rest are counted. */
export const LISTED_CELLS = 8;

export function confirmationText(mode: SharingMode): string {
  const what =
    mode === "native"
      ? "Every SMARTSOURCE formula on every sheet becomes a native Excel formula that gives the same result and keeps recalculating. " +
        "Cells using BREAKEVEN, PAYBACK or TCOSCHEDULE, which have no single-formula equivalent, are replaced by the values they show now."
      : "Every cell that uses a SMARTSOURCE function is replaced by the value it shows now: those cells no longer recalculate when the inputs change.";
  return `${what} No other cell is touched. Excel may not be able to undo this, so save a copy first if you want to keep the SMARTSOURCE formulas.`;
}

export interface SharingSummary {
  intent: "success" | "warning";
  title: string;
  summary: string;
  /** One line per sheet that had SMARTSOURCE formulas. */
  sheets: string[];
  /** Cells frozen because they have no native formula (native mode), "Sheet!A1: why". */
  frozen: string[];
  /** Cells left as they were, "Sheet!A1: why". */
  left: string[];
  /** Cells beyond LISTED_CELLS, by list. */
  more: { frozen: number; left: number };
}

function notes(report: SharingReport, pick: (s: SharingReport["sheets"][number]) => CellNote[]): string[] {
  return report.sheets.flatMap((s) => pick(s).map((n) => `${sheetCellRef(s.sheet, n.address)}${n.reason ? `: ${n.reason}` : ""}`));
}

export function describeSharing(report: SharingReport): SharingSummary {
  const { rewritten, frozen, left } = report;
  const sheetsWord = plural(report.sheets.length, "sheet");
  if (rewritten + frozen + left === 0)
    return {
      intent: "success",
      title: "No SMARTSOURCE formulas found",
      summary: `Searched ${plural(report.sheetsSearched, "sheet")}: the workbook is ready to share as it is.`,
      sheets: [],
      frozen: [],
      left: [],
      more: { frozen: 0, left: 0 },
    };
  const done: string[] = [];
  if (rewritten) done.push(`rewrote ${plural(rewritten, "cell")} as native formulas`);
  if (frozen) done.push(`froze ${plural(frozen, "cell")} to ${frozen === 1 ? "its value" : "their values"}`);
  let summary = done.length ? `Smartsource ${done.join(" and ")} on ${sheetsWord}.` : `Nothing could be changed on ${sheetsWord}.`;
  if (left) summary += ` ${plural(left, "cell")} still ${left === 1 ? "uses" : "use"} SMARTSOURCE and will show #NAME? to people without it: see why below.`;
  const frozenNotes = report.mode === "native" ? notes(report, (s) => s.frozen) : [];
  const leftNotes = notes(report, (s) => s.left);
  return {
    intent: left ? "warning" : "success",
    title: left ? `Prepared, with ${plural(left, "cell")} left` : "Ready to share",
    summary,
    sheets: report.sheets.map((s) => {
      const parts = [s.rewritten && `${s.rewritten} rewritten`, s.frozen.length && `${s.frozen.length} frozen`, s.left.length && `${s.left.length} left`].filter(Boolean);
      return `${s.sheet}: ${parts.join(", ")}`;
    }),
    frozen: frozenNotes.slice(0, LISTED_CELLS),
    left: leftNotes.slice(0, LISTED_CELLS),
    more: { frozen: Math.max(0, frozenNotes.length - LISTED_CELLS), left: Math.max(0, leftNotes.length - LISTED_CELLS) },
  };
}
