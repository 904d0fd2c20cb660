/** Opens .xlsx bytes or a file with ExcelJS (its typings call a Buffer an ArrayBuffer). */
import { readFileSync } from "fs";
import { Workbook } from "exceljs";

export async function readXlsx(source: Uint8Array | string): Promise<Workbook> {
  const bytes = typeof source === "string" ? readFileSync(source) : Buffer.from(source);
  const wb = new Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}
