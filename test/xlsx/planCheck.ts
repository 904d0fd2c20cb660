/** Compares a workbook read back with ExcelJS against the plan it was written from, cell by cell. */
import { Workbook } from "exceljs";
import { WorkbookPlan } from "../../src/workbook/plan/plan";

export interface Mismatch {
  where: string;
  want: unknown;
  got: unknown;
}

/** Every block cell: formula text, literal value and effective number format, as the plan says. */
export function planMismatches(wb: Workbook, plan: WorkbookPlan): Mismatch[] {
  const out: Mismatch[] = [];
  for (const sp of plan.sheets) {
    const ws = wb.getWorksheet(sp.name);
    if (!ws) {
      out.push({ where: sp.name, want: "sheet", got: "missing" });
      continue;
    }
    for (const b of sp.blocks) {
      b.cells.forEach((row, i) =>
        row.forEach((pc, j) => {
          const cell = ws.getCell(b.row + i + 1, b.col + j + 1);
          const where = `${sp.name}!${cell.address}`;
          if (cell.isMerged && cell.master !== cell) return; // merged away: the master holds the value
          if (pc.formula !== undefined) {
            if (cell.formula !== pc.formula) out.push({ where, want: pc.formula, got: cell.formula ?? cell.value });
          } else {
            const want = pc.value ?? null;
            if (cell.formula !== undefined || cell.value !== want) out.push({ where, want, got: cell.formula ? `=${cell.formula}` : cell.value });
          }
          const wantFmt = pc.numFmt ?? (pc.style ? plan.styles[pc.style]?.numFmt : undefined);
          // "General" is Excel's absence of a format; ExcelJS reads it back as undefined.
          if (wantFmt !== undefined && (cell.numFmt ?? "General") !== wantFmt) out.push({ where: `${where} numFmt`, want: wantFmt, got: cell.numFmt });
        }),
      );
    }
  }
  return out;
}
