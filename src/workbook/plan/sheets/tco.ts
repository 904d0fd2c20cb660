/**
 * The TCO comparison sheet: the annual cost basis (LOADEDCOST, OUTSOURCEDCOST), the headline TCO
 * results (TCO's native formula), break-even and payback, then a year-by-year table (nominal and
 * discounted, difference, cumulative, totals) and two charts.
 */
import { nativeFormula } from "../../../model/functionTable";
import { a1, fixedColumnA1 } from "../a1";
import { SheetPlan } from "../plan";
import { TAB_COLORS } from "../styles";
import { breakEvenFlags, PAYBACK_RESULT } from "./calc";
import { addName, BlockBuilder, BuildContext, CellAt, emptySheet, fx, lit, localRange, rangeText, refText } from "./common";
import { InputRefs } from "./inputs";
import { companySubtitle, section } from "./layout";

export interface TcoRefs {
  inHouseAnnual: CellAt;
  outsourcedAnnual: CellAt;
  tcoInHouse: CellAt;
  tcoOutsourced: CellAt;
  saving: CellAt;
  savingPct: CellAt;
  breakEven: CellAt;
  payback: CellAt;
  /** Year t's nominal saving and cumulative nominal saving (t = 0..H). */
  yearSaving: (t: number) => CellAt;
  yearCumulative: (t: number) => CellAt;
}

/** Year-table columns. */
export const TCO_COL = { year: 0, inHouse: 1, outsourced: 2, saving: 3, cumSaving: 4, factor: 5, inHouseDisc: 6, outsourcedDisc: 7, savingDisc: 8, cumSavingDisc: 9 } as const;
const WIDTH = 10;
const VALUE = 3;

export function buildTcoSheet(ctx: BuildContext, inputs: InputRefs): { sheet: SheetPlan; refs: TcoRefs } {
  // Money columns of 18 show "CHF 10,115,851,253" (a 50-year total of a large firm) without ####.
  const sheet = emptySheet(ctx, "tco", [10, 18, 18, 18, 18, 10, 18, 18, 18, 18, 3], TAB_COLORS.tco);
  const inp = (path: string) => refText(ctx, inputs.at[path], "tco");
  const H = ctx.profile.horizonYears;
  const b = new BlockBuilder("tco", 0, 0, WIDTH);
  const v = (row: number) => b.at(row, VALUE);
  const loc = (c: CellAt) => refText(ctx, c, "tco");

  b.add([lit("TCO comparison: in-house vs outsourced IT", "title")]);
  b.add([companySubtitle(ctx, inputs, "tco")]);
  b.add();
  section(b, "Annual cost basis (first year)");
  const line = (label: string, cell: ReturnType<typeof fx>, note = "") => b.add([lit(label, "label"), lit(null), lit(null), cell, lit(note || null, "note")]);
  const salaries = line("Staff salaries (Σ salary × headcount)", fx(refText(ctx, inputs.salaryTotal, "tco"), "money"), "From the staff table on SS Inputs.");
  const loaded = line(
    "In-house team, fully loaded",
    fx(nativeFormula("LOADEDCOST", [loc(v(salaries)), inp("inHouse.benefitsRate"), inp("inHouse.overheadRate")])!, "money"),
    "LOADEDCOST: salaries × (1 + benefits + overhead).",
  );
  const other = line("Other in-house IT costs", fx(inp("inHouse.otherAnnualCosts"), "money"));
  const inHouseAnnualRow = line("In-house annual cost", fx(`${loc(v(loaded))}+${loc(v(other))}`, "moneyBold"), "Named SS_InHouseAnnual.");
  const fee = line(
    "Outsourcing fee incl. governance",
    fx(nativeFormula("OUTSOURCEDCOST", [inp("outsourcing.annualFee"), inp("outsourcing.governanceRate")])!, "money"),
    "OUTSOURCEDCOST: fee × (1 + governance).",
  );
  const retained = line("Retained in-house costs", fx(inp("outsourcing.retainedAnnualCosts"), "money"));
  const outsourcedAnnualRow = line("Outsourced annual cost", fx(`${loc(v(fee))}+${loc(v(retained))}`, "moneyBold"), "Named SS_OutsourcedAnnual.");
  const inHouseAnnual = v(inHouseAnnualRow);
  const outsourcedAnnual = v(outsourcedAnnualRow);
  addName(ctx, "SS_InHouseAnnual", inHouseAnnual, undefined, { comment: "In-house annual cost: loaded team + other costs" });
  addName(ctx, "SS_OutsourcedAnnual", outsourcedAnnual, undefined, { comment: "Outsourced annual cost: fee with governance + retained costs" });
  b.add();

  section(b, "Total cost of ownership over the horizon (discounted)");
  line("Horizon", fx(inp("horizonYears"), "int", '0 "years"'));
  line("Discount rate", fx(inp("discountRate"), "pct"));
  const rate = inp("discountRate");
  const years = inp("horizonYears");
  const tcoIn = line(
    "In-house TCO",
    fx(nativeFormula("TCO", [loc(inHouseAnnual), years, inp("inHouse.escalation"), rate])!, "result"),
    "TCO of the in-house annual cost, escalating each year. SS_TCO_InHouse.",
  );
  const tcoOut = line(
    "Outsourced TCO (incl. transition and exit)",
    fx(nativeFormula("TCO", [loc(outsourcedAnnual), years, inp("outsourcing.escalation"), rate, inp("outsourcing.transitionCost"), inp("outsourcing.exitCost")])!, "result"),
    "Transition paid at the start, exit at the end. SS_TCO_Outsourced.",
  );
  const saving = line("Saving from outsourcing", fx(`${loc(v(tcoIn))}-${loc(v(tcoOut))}`, "result"), "In-house TCO − outsourced TCO. SS_TCO_Saving.");
  const savingPct = line("Saving % of in-house TCO", fx(`IF(${loc(v(tcoIn))}=0,"",${loc(v(saving))}/${loc(v(tcoIn))})`, "resultPct"), "Blank when the in-house TCO is 0. SS_TCO_SavingPct.");
  const flags = breakEvenFlags();
  const breakEven = line(
    "Break-even (months after the move)",
    fx(`IF(${inp("outsourcing.transitionCost")}<=0,0,IFERROR(MATCH(1,${rangeText(ctx, flags.first, flags.last, "tco")},0),"never"))`, "resultMonths"),
    "First month whose discounted savings repay the transition cost (or never). SS_BreakEvenMonths.",
  );
  const payback = line("Payback (years, nominal)", fx(refText(ctx, PAYBACK_RESULT, "tco"), "resultYears"), "Years until cumulative nominal savings cover the transition cost. SS_PaybackYears.");
  b.add();

  section(b, "Year by year (costs paid at each year's end; year 0 is the transition)");
  const group = b.add([lit(null, "headerGroup"), ...[1, 2, 3, 4].map((i) => lit(i === 1 ? "Nominal" : null, "headerGroup")), ...[5, 6, 7, 8, 9].map((i) => lit(i === 5 ? "Discounted" : null, "headerGroup"))]);
  sheet.merges.push(`B${group + 1}:E${group + 1}`, `F${group + 1}:J${group + 1}`);
  const header = b.add(["Year", "In-house", "Outsourced", "Saving", "Cumulative", "Factor", "In-house", "Outsourced", "Saving", "Cumulative"].map((h) => lit(h, "header")));
  // A long horizon runs the table onto further pages: repeat its two header rows there (not the
  // title block, whose nine result lines would fill half of every page).
  sheet.print.titleRows = { first: group, last: header };
  const firstYearRow = b.nextRow;
  for (let t = 0; t <= H; t++) {
    const row = b.nextRow;
    const yr = fixedColumnA1(row, TCO_COL.year);
    const inHouseCost = t === 0 ? "0" : `${loc(inHouseAnnual)}*(1+${inp("inHouse.escalation")})^(${yr}-1)`;
    const outsourcedCost =
      t === 0
        ? inp("outsourcing.transitionCost")
        : `${loc(outsourcedAnnual)}*(1+${inp("outsourcing.escalation")})^(${yr}-1)` + (t === H ? `+${inp("outsourcing.exitCost")}` : "");
    b.add([
      lit(t, "yearCell"),
      fx(inHouseCost, "money"),
      fx(outsourcedCost, "money"),
      fx(`${fixedColumnA1(row, TCO_COL.inHouse)}-${fixedColumnA1(row, TCO_COL.outsourced)}`, "money"),
      fx(t === 0 ? fixedColumnA1(row, TCO_COL.saving) : `${fixedColumnA1(row - 1, TCO_COL.cumSaving)}+${fixedColumnA1(row, TCO_COL.saving)}`, "money"),
      fx(`1/(1+${rate})^${yr}`, "factor"),
      fx(`${fixedColumnA1(row, TCO_COL.inHouse)}*${fixedColumnA1(row, TCO_COL.factor)}`, "money"),
      fx(`${fixedColumnA1(row, TCO_COL.outsourced)}*${fixedColumnA1(row, TCO_COL.factor)}`, "money"),
      fx(`${fixedColumnA1(row, TCO_COL.inHouseDisc)}-${fixedColumnA1(row, TCO_COL.outsourcedDisc)}`, "money"),
      fx(t === 0 ? fixedColumnA1(row, TCO_COL.savingDisc) : `${fixedColumnA1(row - 1, TCO_COL.cumSavingDisc)}+${fixedColumnA1(row, TCO_COL.savingDisc)}`, "money"),
    ]);
  }
  const lastYearRow = b.nextRow - 1;
  const sum = (col: number) => fx(`SUM(${fixedColumnA1(firstYearRow, col)}:${fixedColumnA1(lastYearRow, col)})`, "totalMoney");
  b.add([
    lit("Total", "totalLabel"),
    sum(TCO_COL.inHouse),
    sum(TCO_COL.outsourced),
    sum(TCO_COL.saving),
    lit(null, "totalLabel"),
    lit(null, "totalLabel"),
    sum(TCO_COL.inHouseDisc),
    sum(TCO_COL.outsourcedDisc),
    sum(TCO_COL.savingDisc),
    lit(null, "totalLabel"),
  ]);
  sheet.blocks.push(b.build());

  // Headline names: their comment is their definition (definitions.ts).
  const headlines: [string, number][] = [
    ["SS_TCO_InHouse", tcoIn],
    ["SS_TCO_Outsourced", tcoOut],
    ["SS_TCO_Saving", saving],
    ["SS_TCO_SavingPct", savingPct],
    ["SS_BreakEvenMonths", breakEven],
  ];
  for (const [name, row] of headlines) addName(ctx, name, v(row));
  addName(ctx, "SS_PaybackYears", v(payback), undefined, { comment: "Years until cumulative nominal savings cover the transition cost" });

  const col = (k: number) => [b.at(firstYearRow, k), b.at(lastYearRow, k)] as const;
  const range = (k: number) => localRange(...col(k));
  sheet.charts.push(
    {
      title: "Yearly cost, nominal: in-house vs outsourced",
      type: "column",
      categories: range(TCO_COL.year),
      series: [
        { name: "In-house", values: range(TCO_COL.inHouse) },
        { name: "Outsourced", values: range(TCO_COL.outsourced) },
      ],
      from: "L4",
      to: "T21",
    },
    {
      title: "Cumulative saving from outsourcing",
      type: "line",
      categories: range(TCO_COL.year),
      series: [
        { name: "Nominal", values: range(TCO_COL.cumSaving) },
        { name: "Discounted", values: range(TCO_COL.cumSavingDisc) },
      ],
      // Below the title rows, not across them: Excel and Calc print whatever lies in title rows,
      // a chart's slice included, on every page.
      from: a1(header + 1, 11),
      to: a1(header + 18, 19),
    },
  );
  sheet.print.area = `A1:T${Math.max(b.nextRow, header + 20)}`;
  return {
    sheet,
    refs: {
      inHouseAnnual,
      outsourcedAnnual,
      tcoInHouse: v(tcoIn),
      tcoOutsourced: v(tcoOut),
      saving: v(saving),
      savingPct: v(savingPct),
      breakEven: v(breakEven),
      payback: v(payback),
      yearSaving: (t) => b.at(firstYearRow + t, TCO_COL.saving),
      yearCumulative: (t) => b.at(firstYearRow + t, TCO_COL.cumSaving),
    },
  };
}
