/**
 * The CIO continuity sheet: the CIO's loaded cost, the cost of one departure
 * (CIO.TRANSITIONCOST with its documented default assumptions shown as cells), the expected
 * turnover cost over the horizon (CIO.CONTINUITYCOST), and in-house CIO vs virtual CIO.
 */
import { TRANSITION_DEFAULTS } from "../../../model/continuity";
import { nativeFormula } from "../../../model/functionTable";
import { fixedColumnA1 } from "../a1";
import { SheetPlan } from "../plan";
import { TAB_COLORS } from "../styles";
import { addName, BlockBuilder, BuildContext, CellAt, emptySheet, fx, lit, localRange, refText } from "./common";
import { InputRefs } from "./inputs";
import { companySubtitle, section } from "./layout";

export interface CioRefs {
  loaded: CellAt;
  transitionCost: CellAt;
  continuityCost: CellAt;
  inHouse: CellAt;
  virtual: CellAt;
}

const WIDTH = 8;
const VALUE = 3;

/** docs/spec.md §1.3's sources for the transition-cost defaults. */
const ASSUMPTIONS: { key: keyof typeof TRANSITION_DEFAULTS; label: string; fmt: string; note: string }[] = [
  { key: "searchFeeRate", label: "Executive search fee (share of first-year pay)", fmt: "0%", note: "Retained executive search ≈ one third of first-year pay." },
  { key: "vacancyMonths", label: "Vacancy (months)", fmt: "0.0", note: "Time to fill ≈ 4 months; interim cover costs ≈1.5× the role, the extra half is counted." },
  { key: "rampMonths", label: "Ramp-up (months)", fmt: "0.0", note: "Watkins: ≈6 months to break-even; a linear ramp-up loses half of it." },
  { key: "severanceMonths", label: "Severance (expected months of pay)", fmt: "0.0", note: "≈1/3 of departures are involuntary × ≈6 months." },
  { key: "knowledgeLoss", label: "Knowledge loss (amount)", fmt: "", note: "Your estimate: no reliable benchmark exists (0 by default)." },
];

export function buildCioSheet(ctx: BuildContext, inputs: InputRefs): { sheet: SheetPlan; refs: CioRefs } {
  // Money columns as wide as the TCO sheet's; I is the gap before the chart, wide enough that the
  // longest note (from E) ends before it.
  const sheet = emptySheet(ctx, "cio", [10, 18, 18, 18, 18, 18, 18, 18, 12], TAB_COLORS.cio);
  const inp = (path: string) => refText(ctx, inputs.at[path], "cio");
  const b = new BlockBuilder("cio", 0, 0, WIDTH);
  const v = (row: number) => b.at(row, VALUE);
  const loc = (c: CellAt) => refText(ctx, c, "cio");
  const line = (label: string, cell: ReturnType<typeof fx>, note = "") => b.add([lit(label, "label"), lit(null), lit(null), cell, lit(note || null, "note")]);
  const H = ctx.profile.horizonYears;
  const rate = inp("discountRate");

  b.add([lit("CIO continuity: in-house CIO vs virtual CIO", "title")]);
  b.add([companySubtitle(ctx, inputs, "cio")]);
  b.add();
  section(b, "In-house CIO, fully loaded");
  const salary = line("CIO salary", fx(inp("cio.salary"), "money"), "From SS Inputs.");
  const loadedRow = line(
    "CIO loaded annual cost",
    fx(nativeFormula("LOADEDCOST", [loc(v(salary)), inp("inHouse.benefitsRate"), inp("inHouse.overheadRate")])!, "moneyBold"),
    "LOADEDCOST with the team's benefits and overhead rates. SS_CIO_Loaded.",
  );
  const loaded = v(loadedRow);
  b.add();

  section(b, "Cost of one departure (Smartsource's documented assumptions)");
  const assumptionCells: string[] = [];
  for (const a of ASSUMPTIONS) {
    const row = line(a.label, lit(TRANSITION_DEFAULTS[a.key], "assumption", a.fmt || ctx.currencyFormat), a.note);
    assumptionCells.push(loc(v(row)));
  }
  const transitionRow = line(
    "Transition cost per departure",
    fx(nativeFormula("CIO.TRANSITIONCOST", [loc(loaded), ...assumptionCells])!, "moneyBold"),
    "CIO.TRANSITIONCOST of the loaded cost with the assumptions above. SS_CIO_TransitionCost.",
  );
  const transition = v(transitionRow);
  b.add();

  section(b, "Expected turnover over the horizon");
  const months = line("Horizon (months)", fx(`12*${inp("horizonYears")}`, "int"));
  const tenure = line("Mean CIO tenure (months)", fx(inp("cio.tenureMonths"), "number"), "Departures arrive at random (Poisson) with this mean tenure.");
  line("Expected departures", fx(`${loc(v(months))}/${loc(v(tenure))}`, "number"), "Horizon ÷ tenure.");
  const continuityRow = line(
    "Expected turnover cost (discounted)",
    fx(nativeFormula("CIO.CONTINUITYCOST", [loc(loaded), loc(v(months)), loc(v(tenure)), loc(transition), rate])!, "result"),
    "CIO.CONTINUITYCOST. SS_CIO_ContinuityCost.",
  );
  b.add();

  section(b, "In-house CIO vs virtual CIO over the horizon (discounted)");
  const cioTco = line("In-house CIO cost", fx(nativeFormula("TCO", [loc(loaded), inp("horizonYears"), inp("inHouse.escalation"), rate])!, "money"), "TCO of the loaded cost, escalating with in-house costs.");
  line("+ expected turnover cost", fx(loc(v(continuityRow)), "money"));
  const inHouseRow = line("In-house CIO, total", fx(`${loc(v(cioTco))}+${loc(v(continuityRow))}`, "result"), "SS_CIO_InHouse.");
  const virtualRow = line(
    "Virtual CIO",
    fx(nativeFormula("TCO", [`12*${inp("cio.vcioMonthlyRetainer")}`, inp("horizonYears"), inp("cio.vcioEscalation"), rate])!, "result"),
    "TCO of 12 × the monthly retainer. SS_CIO_Virtual.",
  );
  line("Saving with a virtual CIO", fx(`${loc(v(inHouseRow))}-${loc(v(virtualRow))}`, "moneyBold"), "In-house total − virtual.");
  b.add();

  section(b, "Year by year (discounted)");
  const group = b.add([lit(null, "headerGroup"), ...[1, 2, 3, 4].map((i) => lit(i === 1 ? "Each year" : null, "headerGroup")), ...[5, 6, 7].map((i) => lit(i === 5 ? "Cumulative" : null, "headerGroup"))]);
  sheet.merges.push(`B${group + 1}:E${group + 1}`, `F${group + 1}:H${group + 1}`);
  const header = b.add(["Year", "In-house CIO", "Turnover", "In-house total", "Virtual CIO", "In-house", "Virtual", "Saving"].map((h) => lit(h, "header")));
  // The year table's two header rows repeat on the pages a long horizon adds.
  sheet.print.titleRows = { first: group, last: header };
  const first = b.nextRow;
  const ten = loc(v(tenure));
  const C = loc(transition);
  for (let t = 1; t <= H; t++) {
    const row = b.nextRow;
    const yr = fixedColumnA1(row, 0);
    // The year's share of CIO.CONTINUITYCOST: C·λ·∫_{t-1}^{t} (1+r)^-s ds (C·λ when r = 0).
    const turnover = `IF(${rate}=0,${C}*12/${ten},${C}*(12/${ten})*((1+${rate})^(-(${yr}-1))-(1+${rate})^(-${yr}))/LN(1+${rate}))`;
    b.add([
      lit(t, "yearCell"),
      fx(`${loc(loaded)}*(1+${inp("inHouse.escalation")})^(${yr}-1)/(1+${rate})^${yr}`, "money"),
      fx(turnover, "money"),
      fx(`${fixedColumnA1(row, 1)}+${fixedColumnA1(row, 2)}`, "money"),
      fx(`12*${inp("cio.vcioMonthlyRetainer")}*(1+${inp("cio.vcioEscalation")})^(${yr}-1)/(1+${rate})^${yr}`, "money"),
      fx(t === 1 ? fixedColumnA1(row, 3) : `${fixedColumnA1(row - 1, 5)}+${fixedColumnA1(row, 3)}`, "money"),
      fx(t === 1 ? fixedColumnA1(row, 4) : `${fixedColumnA1(row - 1, 6)}+${fixedColumnA1(row, 4)}`, "money"),
      fx(`${fixedColumnA1(row, 5)}-${fixedColumnA1(row, 6)}`, "money"),
    ]);
  }
  const last = b.nextRow - 1;
  const sum = (col: number) => fx(`SUM(${fixedColumnA1(first, col)}:${fixedColumnA1(last, col)})`, "totalMoney");
  b.add([lit("Total", "totalLabel"), sum(1), sum(2), sum(3), sum(4), lit(null, "totalLabel"), lit(null, "totalLabel"), lit(null, "totalLabel")]);
  sheet.blocks.push(b.build());

  addName(ctx, "SS_CIO_Loaded", loaded, undefined, { comment: "CIO fully loaded annual cost" });
  addName(ctx, "SS_CIO_TransitionCost", transition, undefined, { comment: "Cost of one CIO departure and replacement" });
  // Headline names: their comment is their definition (definitions.ts).
  addName(ctx, "SS_CIO_ContinuityCost", v(continuityRow));
  addName(ctx, "SS_CIO_InHouse", v(inHouseRow));
  addName(ctx, "SS_CIO_Virtual", v(virtualRow));

  const range = (col: number) => localRange(b.at(first, col), b.at(last, col));
  sheet.charts.push({
    title: "Cumulative CIO cost, discounted: in-house (incl. turnover) vs virtual",
    type: "line",
    categories: range(0),
    series: [
      { name: "In-house CIO incl. turnover", values: range(5) },
      { name: "Virtual CIO", values: range(6) },
    ],
    from: "J4",
    to: "Q21",
  });
  sheet.print.area = `A1:Q${Math.max(b.nextRow, 22)}`;
  return {
    sheet,
    refs: { loaded, transitionCost: transition, continuityCost: v(continuityRow), inHouse: v(inHouseRow), virtual: v(virtualRow) },
  };
}
