/**
 * The hidden helper sheet. BREAKEVEN has no single native formula, so it is done month by month
 * exactly as the model does it (1200 rows: saving discounted by (1+r)^(m/12), cumulative, a flag)
 * and the TCO sheet MATCHes the first flag. PAYBACK likewise needs a running total: the year rows
 * here find the year where the cumulative nominal saving turns and interpolate inside it.
 */
import { BREAKEVEN_MAX_MONTHS } from "../../../model/finance";
import { SheetPlan } from "../plan";
import { TAB_COLORS } from "../styles";
import { BlockBuilder, BuildContext, CellAt, emptySheet, fx, lit, refText } from "./common";

const HEADER_ROW = 3;
const FIRST = HEADER_ROW + 1;
/** Column of the 0/1 "covers the transition cost" flags. */
const FLAG_COL = 4;
const PAYBACK_COL = 6;

/** The month-by-month flags range (month m on row FIRST+m-1), which the TCO sheet MATCHes. */
export function breakEvenFlags(): { first: CellAt; last: CellAt } {
  return { first: { sheet: "calc", row: FIRST, col: FLAG_COL }, last: { sheet: "calc", row: FIRST + BREAKEVEN_MAX_MONTHS - 1, col: FLAG_COL } };
}

/** The payback result cell: years, or the text "not within horizon". */
export const PAYBACK_RESULT: CellAt = { sheet: "calc", row: 1, col: PAYBACK_COL + 3 };

export interface CalcInputs {
  inHouseAnnual: CellAt;
  outsourcedAnnual: CellAt;
  transitionCost: CellAt;
  inHouseEscalation: CellAt;
  outsourcedEscalation: CellAt;
  discountRate: CellAt;
  /** Year t's nominal saving and cumulative nominal saving on the TCO sheet, for t = 0..H. */
  yearSaving: (t: number) => CellAt;
  yearCumulative: (t: number) => CellAt;
}

export function buildCalcSheet(ctx: BuildContext, inp: CalcInputs): SheetPlan {
  const sheet = emptySheet(ctx, "calc", [10, 10, 22, 22, 12, 4, 8, 20, 22, 22], TAB_COLORS.calc);
  sheet.hidden = true;
  const r = (c: CellAt) => refText(ctx, c, "calc");

  const be = new BlockBuilder("calc", 0, 0, 5);
  be.add([lit("Smartsource helper: break-even month by month", "title")]);
  be.add([lit("Month m saves (in-house − outsourced)/12 at year y = INT((m-1)/12), discounted by (1+r)^(m/12). Do not edit: the SS TCO sheet reads this.", "note")]);
  be.add();
  be.add(["Month", "Year index", "Saving (discounted)", "Cumulative saving", "Covers transition"].map((h) => lit(h, "header")));
  for (let m = 1; m <= BREAKEVEN_MAX_MONTHS; m++) {
    const row = be.nextRow;
    const month = `$A${row + 1}`;
    const year = `$B${row + 1}`;
    const saving = `(${r(inp.inHouseAnnual)}*(1+${r(inp.inHouseEscalation)})^${year}-${r(inp.outsourcedAnnual)}*(1+${r(inp.outsourcedEscalation)})^${year})/12/(1+${r(inp.discountRate)})^(${month}/12)`;
    const cumulative = m === 1 ? `$C${row + 1}` : `$D${row}+$C${row + 1}`;
    be.add([lit(m, "int"), lit(Math.floor((m - 1) / 12), "int"), fx(saving, "money"), fx(cumulative, "money"), fx(`IF($D${row + 1}>=${r(inp.transitionCost)},1,0)`, "int")]);
  }
  sheet.blocks.push(be.build());

  // Payback: first year whose cumulative nominal saving reaches ≥ 0, interpolated inside it.
  const horizon = ctx.profile.horizonYears;
  const pb = new BlockBuilder("calc", 0, PAYBACK_COL, 4);
  pb.add([lit("Payback (years, nominal)", "section"), lit(null, "section"), lit(null, "section"), lit(null, "section")]);
  const firstCum = `$I$${FIRST + 1}`;
  const crossings = `$J$${FIRST + 2}:$J$${FIRST + 1 + horizon}`;
  pb.add([
    lit("Result", "label"),
    lit(null),
    lit(null),
    fx(`IF(${firstCum}>=0,0,IF(COUNT(${crossings})=0,"not within horizon",MIN(${crossings})))`, "number"),
  ]);
  pb.add();
  pb.add(["Year", "Saving (nominal)", "Cumulative (nominal)", "Turns in year"].map((h) => lit(h, "header")));
  for (let t = 0; t <= horizon; t++) {
    const row = pb.nextRow;
    const crossing = t === 0 ? lit(null) : fx(`IF(AND($I${row}<0,$I${row + 1}>=0),$G${row}+(-$I${row})/$H${row + 1},"")`, "number");
    pb.add([lit(t, "int"), fx(r(inp.yearSaving(t)), "money"), fx(r(inp.yearCumulative(t)), "money"), crossing]);
  }
  sheet.blocks.push(pb.build());
  sheet.freeze = { rows: FIRST, cols: 0 };
  sheet.print = { orientation: "portrait", fitToWidth: true };
  return sheet;
}
