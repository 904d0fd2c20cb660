/** A small hand-made plan covering every feature the writer renders (independent of buildPlan). */
import { WorkbookPlan } from "../../src/workbook/plan/plan";

export const RAG = {
  GREEN: { fill: "#C6EFCE", font: "#006100" },
  AMBER: { fill: "#FFEB9C", font: "#9C5700" },
  RED: { fill: "#FFC7CE", font: "#9C0006" },
};

export function handPlan(company: string, inputsName = "SS Inputs"): WorkbookPlan {
  return {
    version: 1,
    styles: {
      title: { bold: true, fontSize: 14, fontColor: "#1F3864" },
      input: { fill: "#FFF2CC", fontColor: "#0000FF", numFmt: '"$"#,##0;[Red]-"$"#,##0', unlocked: true, border: "thin" },
      pct: { numFmt: "0.0%", hAlign: "right" },
      wrap: { wrap: true, italic: true },
    },
    sheets: [
      {
        key: "inputs",
        name: inputsName,
        tabColor: "#FFC000",
        columnWidths: [4, 30, 16],
        blocks: [
          { row: 0, col: 1, cells: [[{ value: company, style: "title" }, { value: null }]] },
          {
            row: 2,
            col: 1,
            cells: [
              [{ value: "Salary" }, { value: 100000, style: "input" }],
              [{ value: "Benefits rate" }, { value: 0.42, style: "input", numFmt: "0.0%" }],
              [{ value: "Loaded" }, { formula: "C3*(1+C4)", style: "input" }],
              [{ value: "@SUM(A1)" }, { value: "+cmd|' /C calc'!A0" }],
              [{ value: "Flag" }, { value: true }],
            ],
          },
        ],
        merges: ["B1:C1"],
        freeze: { rows: 2, cols: 0 },
        validations: [
          { range: "C3", rule: { kind: "decimal", min: 0, message: "Salary must be 0 or more" } },
          { range: "$C$4", rule: { kind: "decimal", min: 0, max: 1, message: "Enter a rate from 0% to 100%" } },
          { range: "C8:C9", rule: { kind: "list", items: ["GREEN", "AMBER", "RED"], message: "Pick one" } },
          { range: "C10", rule: { kind: "whole", max: 3, message: "Enter a whole number up to 3" } },
        ],
        conditionalFormats: [{ range: "C8:C9", kind: "ragText", colors: RAG }],
        charts: [],
        notes: [{ cell: "C3", text: "Source: payroll" }],
        print: { orientation: "portrait", fitToWidth: true, area: "A1:C9", titleRows: { first: 2, last: 3 } },
      },
      {
        key: "tco",
        name: "SS TCO",
        columnWidths: [10, 14, 14],
        blocks: [
          {
            row: 0,
            col: 0,
            cells: [
              [{ value: "Year" }, { value: "In-house" }, { value: "Outsourced" }],
              [{ value: 1 }, { formula: `'${inputsName.replace(/'/g, "''")}'!C5` }, { value: 90000 }],
              [{ value: 2 }, { formula: "B2*1.03" }, { value: 92000 }],
            ],
          },
        ],
        merges: [],
        validations: [],
        conditionalFormats: [],
        charts: [{ title: "Cost by year", type: "column", categories: "A2:A3", series: [{ name: "In-house", values: "B2:B3" }, { name: "Outsourced & co", values: "C2:C3" }], from: "E1", to: "L15" }],
        notes: [],
        // Title rows without a print area: the Print_Titles name stands alone.
        print: { orientation: "landscape", fitToWidth: true, titleRows: { first: 0, last: 0 } },
      },
      {
        key: "calc",
        name: "SS Calc",
        hidden: true,
        columnWidths: [],
        blocks: [{ row: 0, col: 0, cells: [[{ formula: "SUM('SS TCO'!B2:B3)" }]] }],
        merges: [],
        validations: [],
        conditionalFormats: [],
        charts: [],
        notes: [],
        print: { orientation: "portrait", fitToWidth: false },
      },
    ],
    names: [
      { name: "SS_Salary", sheet: "inputs", ref: "$C$3", comment: "Salary <gross> & \"loaded\"" },
      { name: "SS_Years", sheet: "tco", ref: "$A$2:$A$3" },
      { name: "SS_Total", sheet: "calc", ref: "$A$1" },
    ],
    tracking: { sheet: "tracking", headerRow: 0, firstDataRow: 1, col: 0, headers: [], capacity: 0 },
  };
}
