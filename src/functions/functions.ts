/*
 * The SMARTSOURCE custom functions. This file is only JSDoc (which generates functions.json
 * through custom-functions-metadata-plugin, which also appends the CustomFunctions.associate
 * calls) and one-line forwards to the model's function table, where arguments, defaults and
 * errors are declared once.
 */
import { run } from "./excelErrors";

// Outside Excel (the pane opened in a plain browser) there is no custom-functions runtime: make
// the CustomFunctions.associate calls the metadata plugin appends below no-ops, not errors.
if (typeof CustomFunctions === "undefined") {
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = { associate: () => undefined };
}


/**
 * Fully loaded annual cost of in-house staff: total salary × (1 + benefits rate + overhead rate).
 * @customfunction LOADEDCOST
 * @helpurl https://localhost:3000/help.html#loadedcost
 * @param salary Annual base salary: one cell, or a range with one cell per person. Blank cells are skipped.
 * @param [benefits_rate] Employer benefits and payroll taxes as a share of salary, e.g. 42% (the default, from the BLS Employer Costs for Employee Compensation survey).
 * @param [overhead_rate] Space, equipment, software seats and management time as a share of salary, e.g. 15% (the default, a stated assumption).
 * @returns Fully loaded annual cost.
 */
export function loadedCost(salary: number[][], benefits_rate?: number, overhead_rate?: number): number {
  return run("LOADEDCOST", [salary, benefits_rate, overhead_rate]);
}

/**
 * Annual cost of an outsourced arrangement including the vendor-management effort you keep in-house: fee × (1 + governance rate).
 * @customfunction OUTSOURCEDCOST
 * @helpurl https://localhost:3000/help.html#outsourcedcost
 * @param annual_fee Annual fee the provider charges.
 * @param [governance_rate] Retained governance and vendor-management effort as a share of the fee, e.g. 6% (the default; the literature gives 3-8%).
 * @returns Annual cost of outsourcing, governance included.
 */
export function outsourcedCost(annual_fee: number, governance_rate?: number): number {
  return run("OUTSOURCEDCOST", [annual_fee, governance_rate]);
}

/**
 * Total cost of ownership over a number of whole years: upfront cost, each year's cost (paid at year end, growing with escalation) and an exit cost, discounted to today.
 * @customfunction TCO
 * @helpurl https://localhost:3000/help.html#tco
 * @param annual_cost Cost in the first year.
 * @param years Number of whole years, 1 to 100.
 * @param [escalation] Yearly cost increase, e.g. 3%. Default 0.
 * @param [discount_rate] Yearly discount rate (your cost of capital), e.g. 8%. Default 0 gives the plain total.
 * @param [upfront_cost] One-off cost paid today, e.g. a transition project. Default 0.
 * @param [exit_cost] One-off cost at the end of the last year, e.g. moving out of the contract. Default 0.
 * @returns Total cost of ownership in today's money.
 */
export function tco(annual_cost: number, years: number, escalation?: number, discount_rate?: number, upfront_cost?: number, exit_cost?: number): number {
  return run("TCO", [annual_cost, years, escalation, discount_rate, upfront_cost, exit_cost]);
}

/**
 * Year-by-year cost schedule behind TCO: one row per year from year 0 (the upfront cost) with the year, its cost, its discounted cost and the running total.
 * @customfunction TCOSCHEDULE
 * @helpurl https://localhost:3000/help.html#tcoschedule
 * @param annual_cost Cost in the first year.
 * @param years Number of whole years, 1 to 100.
 * @param [escalation] Yearly cost increase, e.g. 3%. Default 0.
 * @param [discount_rate] Yearly discount rate (your cost of capital), e.g. 8%. Default 0.
 * @param [upfront_cost] One-off cost paid today (year 0). Default 0.
 * @param [exit_cost] One-off cost added to the last year. Default 0.
 * @returns A table of years+1 rows and 4 columns: year, cost, discounted cost, cumulative discounted cost.
 */
export function tcoSchedule(annual_cost: number, years: number, escalation?: number, discount_rate?: number, upfront_cost?: number, exit_cost?: number): number[][] {
  return run("TCOSCHEDULE", [annual_cost, years, escalation, discount_rate, upfront_cost, exit_cost]);
}

/**
 * Whole months until outsourcing has paid back its one-off transition cost out of the monthly savings against staying in-house.
 * @customfunction BREAKEVEN
 * @helpurl https://localhost:3000/help.html#breakeven
 * @param inhouse_annual Annual cost of doing it in-house today.
 * @param outsourced_annual Annual cost of the outsourced arrangement today.
 * @param [upfront_cost] One-off transition cost to recover. Default 0 (breaks even at once).
 * @param [inhouse_escalation] Yearly increase of the in-house cost. Default 0.
 * @param [outsourced_escalation] Yearly increase of the outsourced cost. Default 0.
 * @param [discount_rate] Yearly discount rate applied month by month. Default 0.
 * @returns Months to break even; #N/A if it never does within 100 years.
 */
export function breakEven(inhouse_annual: number, outsourced_annual: number, upfront_cost?: number, inhouse_escalation?: number, outsourced_escalation?: number, discount_rate?: number): number {
  return run("BREAKEVEN", [inhouse_annual, outsourced_annual, upfront_cost, inhouse_escalation, outsourced_escalation, discount_rate]);
}

/**
 * Cost of one CIO departure and replacement: search fee, interim cover during the vacancy, the new CIO's ramp-up, severance and lost knowledge.
 * @customfunction CIO.TRANSITIONCOST
 * @helpurl https://localhost:3000/help.html#cio-transitioncost
 * @param annual_cost Fully loaded annual cost of the CIO role.
 * @param [search_fee_rate] Executive search fee as a share of first-year pay, e.g. 33% (the default: retained search takes about one third).
 * @param [vacancy_months] Months the post stays empty, covered by an interim at about 1.5× the cost. Default 4.
 * @param [ramp_months] Months the new CIO needs to reach full productivity (half of it is lost). Default 6.
 * @param [severance_months] Expected months of pay in severance per departure. Default 2 (a third of departures are involuntary, about 6 months each).
 * @param [knowledge_loss] Your own estimate of the money lost with the departing CIO's knowledge. Default 0.
 * @returns Cost of one CIO transition.
 */
export function cioTransitionCost(annual_cost: number, search_fee_rate?: number, vacancy_months?: number, ramp_months?: number, severance_months?: number, knowledge_loss?: number): number {
  return run("CIO.TRANSITIONCOST", [annual_cost, search_fee_rate, vacancy_months, ramp_months, severance_months, knowledge_loss]);
}

/**
 * Expected cost of CIO turnover over a horizon, departures arriving at random with the given average tenure.
 * @customfunction CIO.CONTINUITYCOST
 * @helpurl https://localhost:3000/help.html#cio-continuitycost
 * @param annual_cost Fully loaded annual cost of the CIO role.
 * @param horizon_months Planning horizon in months, e.g. 60.
 * @param [tenure_months] Average months a CIO stays. Default 24, typical of small firms (large companies: about 4.3-4.6 years).
 * @param [transition_cost] Cost of one departure. Default: CIO.TRANSITIONCOST(annual_cost).
 * @param [discount_rate] Yearly discount rate. Default 0.
 * @returns Expected turnover cost over the horizon, in today's money.
 */
export function cioContinuityCost(annual_cost: number, horizon_months: number, tenure_months?: number, transition_cost?: number, discount_rate?: number): number {
  return run("CIO.CONTINUITYCOST", [annual_cost, horizon_months, tenure_months, transition_cost, discount_rate]);
}

/**
 * Expected number of CIO departures over a horizon, or, with a probability, the number of departures that many futures stay within (a binomial quantile).
 * @customfunction CIO.DEPARTURES
 * @helpurl https://localhost:3000/help.html#cio-departures
 * @param horizon_months Planning horizon in months, 0 to 1,200, e.g. 60.
 * @param [tenure_months] Average months a CIO stays, at least 1. Default 24, typical of small firms. Each month the CIO leaves with a chance of 1 in tenure_months.
 * @param [probability] Optional, 0 to 1: returns the smallest number of departures that covers this share of futures (0.9: nine futures in ten see no more). Leave it out for the expected number.
 * @returns Expected departures, or the whole number of departures at that probability.
 */
export function cioDepartures(horizon_months: number, tenure_months?: number, probability?: number): number {
  return run("CIO.DEPARTURES", [horizon_months, tenure_months, probability]);
}

/**
 * Return on investment: (total benefits − total costs) ÷ total costs.
 * @customfunction ROI
 * @helpurl https://localhost:3000/help.html#roi
 * @param benefits Benefits: one cell or a range. Blank cells are skipped.
 * @param costs Costs: one cell or a range. Blank cells are skipped.
 * @returns ROI as a fraction (0.25 is 25%).
 */
export function roi(benefits: number[][], costs: number[][]): number {
  return run("ROI", [benefits, costs]);
}

/**
 * Periods until the running total of cash flows first turns non-negative, interpolated within the period.
 * @customfunction PAYBACK
 * @helpurl https://localhost:3000/help.html#payback
 * @param cashflows Cash flows per period, the first being period 0 (usually the negative investment). Blank cells count as 0.
 * @returns Payback in periods; #N/A if it never pays back.
 */
export function payback(cashflows: number[][]): number {
  return run("PAYBACK", [cashflows]);
}

/**
 * Share of measured periods that met the service-level target.
 * @customfunction SLAATTAINMENT
 * @helpurl https://localhost:3000/help.html#slaattainment
 * @param actuals Measured values, one cell per period. Blank periods are skipped.
 * @param targets One target for all periods, or a range the same shape as actuals.
 * @param [higher_is_better] TRUE if a higher value is better (e.g. availability), FALSE if lower is better (e.g. hours to resolve). Default TRUE.
 * @returns Share of periods on target (0.9 is 90%).
 */
export function slaAttainment(actuals: number[][], targets: number[][], higher_is_better?: boolean): number {
  return run("SLAATTAINMENT", [actuals, targets, higher_is_better]);
}

/**
 * Red/amber/green status of a KPI against its target.
 * @customfunction KPISTATUS
 * @helpurl https://localhost:3000/help.html#kpistatus
 * @param value The KPI's measured value.
 * @param target The KPI's target.
 * @param [higher_is_better] TRUE if a higher value is better, FALSE if lower is better. Default TRUE.
 * @param [amber_band] How far short of target, as a share of the target, still counts as AMBER. Default 10%.
 * @returns "GREEN", "AMBER" or "RED".
 */
export function kpiStatus(value: number, target: number, higher_is_better?: boolean, amber_band?: number): string {
  return run("KPISTATUS", [value, target, higher_is_better, amber_band]);
}

/**
 * Value of a triangular distribution at a cumulative probability: the figure a range from low through most likely to high reaches with that probability.
 * @customfunction TRIANGULAR.INV
 * @helpurl https://localhost:3000/help.html#triangular-inv
 * @param probability Cumulative probability from 0 to 1, e.g. 0.9 for the figure nine futures in ten stay below.
 * @param low Lowest plausible value of the range.
 * @param mode Most likely value, between low and high.
 * @param high Highest plausible value of the range.
 * @returns The value at that probability, between low and high.
 */
export function triangularInv(probability: number, low: number, mode: number, high: number): number {
  return run("TRIANGULAR.INV", [probability, low, mode, high]);
}
