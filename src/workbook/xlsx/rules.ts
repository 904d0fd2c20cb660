/**
 * Plan data validations and RAG conditional formats as ExcelJS models.
 */
import type { ConditionalFormattingOptions, DataValidation } from "exceljs";
import type { Rag } from "../../model/kpi";
import type { ConditionalFormatPlan, ValidationPlan } from "../plan/plan";
import { argb } from "./styles";

/** ExcelJS keys validations by address and merges them only when written without "$". */
export const plainRange = (range: string): string => range.replace(/\$/g, "");

// Excel rejects a file whose validation error text exceeds 225 characters or whose list
// source exceeds 255; a plan that breaks these is a bug, so say which range.
const MAX_ERROR = 225;
const MAX_LIST = 255;

export function toDataValidation(v: ValidationPlan, sheet: string): DataValidation {
  const where = `validation ${sheet}!${v.range}`;
  if (v.rule.message.length > MAX_ERROR) throw new Error(`${where}: message is longer than ${MAX_ERROR} characters`);
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: "Smartsource",
    error: v.rule.message,
  } as const;
  const rule = v.rule;
  if (rule.kind === "list") {
    if (rule.items.some((i) => /[,"]/.test(i))) throw new Error(`${where}: list items may not contain commas or quotes`);
    const source = `"${rule.items.join(",")}"`;
    if (source.length > MAX_LIST) throw new Error(`${where}: list is longer than ${MAX_LIST} characters`);
    return { type: "list", formulae: [source], ...common };
  }
  const { min, max } = rule;
  if (min !== undefined && max !== undefined) return { type: rule.kind, operator: "between", formulae: [min, max], ...common };
  if (min !== undefined) return { type: rule.kind, operator: "greaterThanOrEqual", formulae: [min], ...common };
  if (max !== undefined) return { type: rule.kind, operator: "lessThanOrEqual", formulae: [max], ...common };
  // No bound: still restricts the cell to numbers of that kind.
  return { type: rule.kind, operator: "between", formulae: [-1e307, 1e307], ...common };
}

const RAGS: Rag[] = ["GREEN", "AMBER", "RED"];

export function toConditionalFormat(cf: ConditionalFormatPlan, sheet: string): ConditionalFormattingOptions {
  const where = `conditional format ${sheet}!${cf.range}`;
  return {
    ref: plainRange(cf.range),
    rules: RAGS.map((rag, i) => {
      const fill = argb(cf.colors[rag].fill, where);
      return {
        type: "cellIs",
        operator: "equal",
        formulae: [`"${rag}"`],
        priority: i + 1,
        // Excel reads a differential solid fill's colour from bgColor, LibreOffice from fgColor.
        style: {
          fill: { type: "pattern", pattern: "solid", fgColor: { argb: fill }, bgColor: { argb: fill } },
          font: { bold: true, color: { argb: argb(cf.colors[rag].font, where) } },
        },
      };
    }),
  };
}
