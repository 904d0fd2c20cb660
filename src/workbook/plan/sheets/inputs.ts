/**
 * The Inputs sheet: every assumption of the profile in a yellow input cell with a defined name,
 * data validation, its default and its source. User text (company name, roles) is written as
 * literal values only. Staff sit at the bottom so their count never moves the other inputs.
 * Sections, fields, names, labels, notes, defaults and bounds are the profile field catalog's;
 * here is how each kind is styled and validated.
 */
import { FieldKind, PERCENT_RANGE } from "../../../model/fieldKinds";
import { getPath } from "../../../model/path";
import { Profile } from "../../../model/profile";
import { boundsOf, ColumnField, columnPath, PROFILE_FIELDS, PROFILE_SECTIONS, STAFF_LIST } from "../../../model/profileFields";
import { SheetPlan, ValidationRule } from "../plan";
import { StyleKey, TAB_COLORS } from "../styles";
import { addName, BlockBuilder, BuildContext, CellAt, emptySheet, fx, lit, localRange, rangeText } from "./common";

const INPUT_STYLE: Record<FieldKind, StyleKey> = {
  text: "inputText",
  choice: "inputText",
  money: "inputMoney",
  share: "inputPct",
  rate: "inputPct",
  count: "inputInt",
  years: "inputYears",
  months: "inputMonths",
};
const DEFAULT_STYLE: Record<FieldKind, StyleKey> = {
  text: "defaultText",
  choice: "defaultText",
  money: "defaultMoney",
  share: "defaultPct",
  rate: "defaultPct",
  count: "defaultNumber",
  years: "defaultNumber",
  months: "defaultNumber",
};

/** The staff table's columns, laid out role | salary | headcount. */
const STAFF_COLUMNS = ["role", "salary", "count"].map((path) => STAFF_LIST.columns.find((c) => c.path === path)!);

/** Defaults shown like their inputs (the default styles carry the generic formats). */
const DEFAULT_FORMAT: Partial<Record<FieldKind, string>> = { years: '0 "years"', months: '0.0 "months"', count: "#,##0" };

/**
 * A field's bounds as Excel data validation (docs/spec.md §2.1). Excel's bounds are inclusive, so an
 * exclusive bound moves by the smallest step the cell shows: -99.99% for a rate, 0.01 months.
 */
export function inputRule(f: ColumnField): ValidationRule | undefined {
  const { min = 0, above = 0, max = 0 } = boundsOf(f);
  switch (f.kind) {
    case "text":
      return undefined;
    case "choice": {
      const items = f.options.map((o) => o.value);
      return { kind: "list", items, message: `Choose one of: ${items.join(", ")}.` };
    }
    case "money":
      return { kind: "decimal", min, message: `Enter an amount of ${min} or more.` };
    case "count":
      return { kind: "whole", min, message: `Enter a whole number of ${min} or more.` };
    case "share":
      return { kind: "decimal", min, max, message: PERCENT_RANGE.share.cell };
    case "rate":
      return { kind: "decimal", min: above + 0.0001, max, message: PERCENT_RANGE.rate.cell };
    case "years":
      return { kind: "whole", min, max, message: `Enter a whole number of years from ${min} to ${max}.` };
    case "months":
      return { kind: "decimal", min: above + 0.01, message: `Enter a ${f.noun} of ${above + 0.01} months or more.` };
  }
}

/** Where the other sheets find the inputs. */
export interface InputRefs {
  /** Scalar input cells by profile path. */
  readonly at: Readonly<Record<string, CellAt>>;
  /** Σ salary × headcount over the staff rows. */
  readonly salaryTotal: CellAt;
  readonly companyName: CellAt;
}

const COLS = { label: 0, value: 1, dflt: 2, source: 3 } as const;

export function buildInputsSheet(ctx: BuildContext): { sheet: SheetPlan; refs: InputRefs } {
  const p: Profile = ctx.profile;
  // B holds the company name and the roles' salaries: 31 characters show a 36-character name
  // (proportional text is narrower than digits) and billions in any currency format.
  const sheet = emptySheet(ctx, "inputs", [38, 31, 14, 18, 110], TAB_COLORS.inputs);
  const b = new BlockBuilder("inputs", 0, 0, 5);
  b.add([lit("Smartsource: inputs", "title")]);
  b.add([lit("Yellow cells are inputs. Change them here, or in the Smartsource pane and rebuild: every result in this workbook recalculates from them.", "subtitle")]);
  b.add();
  b.add([lit("Assumption", "headerLeft"), lit("Value", "header"), lit("Default", "header"), lit("Source / note", "headerLeft"), lit(null, "header")]);

  const at: Record<string, CellAt> = {};
  for (const section of PROFILE_SECTIONS) {
    b.add([lit(section.title, "section"), lit(null, "section"), lit(null, "section"), lit(null, "section"), lit(null, "section")]);
    for (const f of PROFILE_FIELDS.filter((x) => x.section === section.id)) {
      const row = b.add([
        lit(f.label, "label"),
        lit(getPath(p, f.path) as string | number, INPUT_STYLE[f.kind]),
        lit(f.default === "" ? "(blank)" : f.default, DEFAULT_STYLE[f.kind], DEFAULT_FORMAT[f.kind]),
        lit(f.source, "note"),
      ]);
      const cell = b.at(row, COLS.value);
      at[f.path] = cell;
      addName(ctx, f.name, cell, undefined, { profilePath: f.path, comment: f.label });
      const rule = inputRule(f);
      if (rule) sheet.validations.push({ range: localRange(cell), rule });
    }
  }
  b.add();

  // Staff: one row per profile row; at least one (blank) row so the named ranges always exist.
  b.add([lit("In-house IT staff (one row per role)", "section"), lit(null, "section"), lit(null, "section"), lit(null, "section"), lit(null, "section")]);
  const [role, salary, count] = STAFF_COLUMNS;
  b.add([lit(role.label, "headerLeft"), lit(salary.label, "header"), lit(count.label, "header"), lit("Salary × headcount", "header"), lit("Note", "headerLeft")]);
  const staff = p.inHouse.staff.length > 0 ? p.inHouse.staff : [null];
  let first = -1;
  let last = -1;
  for (const [i, s] of staff.entries()) {
    const row = b.nextRow;
    const product = `${localRange(b.at(row, COLS.value))}*${localRange(b.at(row, COLS.dflt))}`;
    b.add([
      lit(s ? s.role : null, INPUT_STYLE[role.kind]),
      lit(s ? s.salary : null, INPUT_STYLE[salary.kind]),
      lit(s ? s.count : null, INPUT_STYLE[count.kind]),
      fx(product, "money"),
      lit(i === 0 ? `Default role "${role.default}", salary ${salary.default}, headcount ${count.default}. Insert rows inside the table to add roles.` : null, "note"),
    ]);
    if (first < 0) first = row;
    last = row;
  }
  const col = (c: number) => [b.at(first, c), b.at(last, c)] as const;
  const [salaryFirst, salaryLast] = col(COLS.value);
  const [countFirst, countLast] = col(COLS.dflt);
  const totalRow = b.nextRow;
  b.add([
    lit("Total", "totalLabel"),
    lit(null, "totalLabel"),
    fx(`SUM(${rangeText(ctx, countFirst, countLast, "inputs")})`, "totalLabel", "#,##0"),
    fx(`SUMPRODUCT(${rangeText(ctx, salaryFirst, salaryLast, "inputs")},${rangeText(ctx, countFirst, countLast, "inputs")})`, "totalMoney"),
    lit(null, "totalLabel"),
  ]);
  for (const [c, top, bottom] of [[role, ...col(COLS.label)], [salary, salaryFirst, salaryLast], [count, countFirst, countLast]] as const) {
    // A column's name comment is its note: its label is a terse table header.
    addName(ctx, c.name, top, bottom, { profilePath: columnPath(STAFF_LIST, c), comment: c.source });
    const rule = inputRule(c);
    if (rule) sheet.validations.push({ range: localRange(top, bottom), rule });
  }
  const salaryTotal = b.at(totalRow, COLS.source);
  addName(ctx, "SS_StaffSalaryTotal", salaryTotal, undefined, { comment: "Σ salary × headcount of the in-house team" });

  sheet.blocks.push(b.build());
  sheet.merges.push("A1:E1", "A2:E2");
  sheet.freeze = { rows: 4, cols: 0 };
  sheet.print.area = `A1:E${b.nextRow}`;
  return { sheet, refs: { at, salaryTotal, companyName: at["company.name"] } };
}
