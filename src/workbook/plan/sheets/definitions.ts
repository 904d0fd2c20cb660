/**
 * docs/spec.md §2.2's definition of each headline defined name, in a CFO's words: shown as the cell's note
 * and as the name's comment in Name Manager, and listed in docs/workbook.md.
 */
import { HEADLINE_NAMES } from "../../../model/headline";

type HeadlineName = keyof typeof HEADLINE_NAMES;

export const HEADLINE_DEFINITIONS: Record<HeadlineName, string> = {
  SS_TCO_InHouse:
    "TCO(in-house annual, horizon, in-house escalation, discount rate). In-house annual = LOADEDCOST(Σ salary × headcount, benefits, overhead) + other annual costs.",
  SS_TCO_Outsourced:
    "TCO(outsourced annual, horizon, fee escalation, discount rate, transition cost, exit cost). Outsourced annual = OUTSOURCEDCOST(fee, governance) + retained costs.",
  SS_TCO_Saving: "SS_TCO_InHouse − SS_TCO_Outsourced.",
  SS_TCO_SavingPct: "SS_TCO_Saving ÷ SS_TCO_InHouse; blank text when the in-house TCO is 0.",
  SS_BreakEvenMonths:
    'BREAKEVEN(in-house annual, outsourced annual, transition cost, in-house escalation, fee escalation, discount rate): the first month whose cumulative discounted saving covers the transition cost; "never" if none within 1,200 months.',
  SS_CIO_ContinuityCost: "CIO.CONTINUITYCOST(CIO loaded cost, 12 × horizon, tenure, default transition cost, discount rate): expected cost of CIO turnover over the horizon.",
  SS_CIO_InHouse: "TCO(CIO loaded cost, horizon, in-house escalation, discount rate) + SS_CIO_ContinuityCost.",
  SS_CIO_Virtual: "TCO(12 × virtual CIO monthly retainer, horizon, virtual CIO escalation, discount rate).",
  SS_ITSpendPctRevenue: "Current annual IT spend (in-house annual + CIO loaded cost) ÷ revenue; blank text when revenue is 0.",
  SS_ITSpendPerEmployee: "Current annual IT spend ÷ employees; blank text when employees is 0.",
  SS_IT_ROI: "(Annual benefits − current annual IT spend) ÷ current annual IT spend; blank text when the spend is 0.",
};

const BY_NAME = new Map<string, string>(Object.entries(HEADLINE_DEFINITIONS));

/** The definition of a headline name; undefined for any other name. */
export const headlineDefinition = (name: string): string | undefined => BY_NAME.get(name);
