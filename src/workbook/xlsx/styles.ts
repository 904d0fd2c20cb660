/**
 * Plan styles (StyleDef) as ExcelJS cell styles. Each distinct (style, number format) pair is
 * built once and shared by reference: ExcelJS de-duplicates identical styles when it writes,
 * and the writer never mutates a style after assigning it.
 */
import type { Style, Borders, Border, Fill } from "exceljs";
import type { StyleDef } from "../plan/plan";

/** "#RRGGBB" → ExcelJS's opaque "FFRRGGBB"; anything else is a plan bug, reported by name. */
export function argb(color: string, where: string): string {
  if (!/^#[0-9a-fA-F]{6}$/.test(color)) throw new Error(`${where}: colour ${JSON.stringify(color)} is not #RRGGBB`);
  return "FF" + color.slice(1).toUpperCase();
}

export const solidFill = (color: string, where: string): Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb: argb(color, where) } });

const THIN: Partial<Border> = { style: "thin", color: { argb: "FFBFBFBF" } };

function borders(kind: StyleDef["border"]): Partial<Borders> | undefined {
  switch (kind) {
    case "thin":
      return { top: THIN, left: THIN, bottom: THIN, right: THIN };
    case "bottom":
      return { bottom: { style: "thin", color: { argb: "FF808080" } } };
    case "top":
      return { top: { style: "thin", color: { argb: "FF808080" } } };
    default:
      return undefined;
  }
}

export function toExcelStyle(def: StyleDef, numFmt: string | undefined, where: string): Partial<Style> {
  const style: Partial<Style> = {};
  // Always name the font: a font record without a name renders in a serif fallback
  // (LibreOffice) or is repaired (Excel). Calibri 11 is the default workbook font.
  const font: Style["font"] = { name: "Calibri", family: 2, size: 11 };
  if (def.bold) font.bold = true;
  if (def.italic) font.italic = true;
  if (def.fontSize) font.size = def.fontSize;
  if (def.fontColor) font.color = { argb: argb(def.fontColor, where) };
  style.font = font;
  if (def.fill) style.fill = solidFill(def.fill, where);
  const fmt = numFmt ?? def.numFmt;
  if (fmt) style.numFmt = fmt;
  if (def.hAlign || def.wrap || def.indent) {
    style.alignment = { vertical: def.wrap ? "top" : "middle" };
    if (def.hAlign) style.alignment.horizontal = def.hAlign;
    if (def.wrap) style.alignment.wrapText = true;
    if (def.indent) style.alignment.indent = def.indent;
  }
  const b = borders(def.border);
  if (b) style.border = b;
  if (def.unlocked) style.protection = { locked: false };
  return style;
}

/** Caches one ExcelJS style per (style key, number format) pair. */
export class StyleCache {
  private readonly cache = new Map<string, Partial<Style>>();
  constructor(private readonly defs: Record<string, StyleDef>) {}

  get(key: string | undefined, numFmt: string | undefined): Partial<Style> | undefined {
    if (key === undefined && numFmt === undefined) return undefined;
    const id = `${key ?? ""}\u0000${numFmt ?? ""}`;
    let style = this.cache.get(id);
    if (!style) {
      const def = key === undefined ? {} : this.defs[key];
      if (!def) throw new Error(`style "${key}" is used by a cell but not defined in the plan's styles`);
      style = toExcelStyle(def, numFmt, `style "${key ?? ""}"`);
      this.cache.set(id, style);
    }
    return style;
  }
}
