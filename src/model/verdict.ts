/**
 * SS_Verdict (docs/spec.md §6.3): one sentence, from the four options, that the workbook builds by
 * formula with IF, & and FIXED (moneyText.ts), from fixed phrases (VERDICT_PHRASES). Definitions:
 *
 *   team    = the quote is entered and TI > 0        cio = both CIO sides are entered
 *   keys    = allInHouse, outsourcedTeam when no CIO side is entered (the CIO variants are the
 *             same figures), else all four
 *   base    = allInHouse if it has a value, else virtualCio      best = SS_Decision_Best
 *   Y       = H & IF(H=1," year"," years")
 *   Q       = "discounted at " & rate(r) & IF(no quote,"; no outsourcing quote entered","")
 *
 * 1. Nothing to compare (NOT team AND NOT cio):
 *      "To compare the options, enter " & NEED & HINT & "."
 *    NEED: TI = 0 and no quote  "the in-house IT team's salaries and the provider's quoted fee"
 *          TI = 0, quote        "the in-house IT team's salaries"
 *          TI > 0, no quote     "the provider's quoted fee"
 *    HINT: only the in-house CIO entered " (or a virtual CIO's monthly retainer, to compare the CIO choice)"
 *          only the virtual CIO entered  " (or the in-house CIO's salary, to compare the CIO choice)"
 *          otherwise                     ""
 * 2. The base is cheapest (best = base):   next = the cheapest of keys other than base (ties: order)
 *      "Over " & Y & ", " & cheapest(base) & " is cheapest: the next best option, " & option(next)
 *      & ", costs " & money(next − base) & " more (" & Q & ")."
 * 3. Otherwise:
 *      "Over " & Y & ", " & option(best) & " costs " & money(base − best) & " less than "
 *      & against(base) & " (" & percent((base − best)/base) & " less, " & Q & ")."
 *
 * e.g. "Over 5 years, outsourcing the IT team and renting a virtual CIO costs $1,203,000 less than
 * keeping both in-house (38% less, discounted at 8.0%)."
 */
import { cheapest, decide, DecisionInputs, OPTION_KEYS, OptionKey } from "./decision";
import { moneyText, percentText, rateText } from "./moneyText";

interface Phrases {
  /** The option as the cheaper one (case 3's best, case 2's next). */
  option: string;
  /** The base after "less than" (case 3). */
  against: string;
  /** The base before "is cheapest" (case 2). */
  cheapest: string;
}

/** With at least one CIO side entered. A base is only ever allInHouse or virtualCio. */
export const VERDICT_PHRASES: Readonly<Record<OptionKey, Phrases>> = {
  allInHouse: { option: "keeping IT and the CIO in-house", against: "keeping both in-house", cheapest: "keeping IT and the CIO in-house" },
  virtualCio: {
    option: "keeping the IT team in-house and renting a virtual CIO",
    against: "keeping the IT team in-house with a virtual CIO",
    cheapest: "keeping the IT team in-house with a virtual CIO",
  },
  outsourcedTeam: { option: "outsourcing the IT team and keeping the CIO in-house", against: "", cheapest: "" },
  smartsourced: { option: "outsourcing the IT team and renting a virtual CIO", against: "", cheapest: "" },
};

/** When no CIO side is entered: the team choice only. */
export const VERDICT_PHRASES_NO_CIO: Readonly<Record<"allInHouse" | "outsourcedTeam", Phrases>> = {
  allInHouse: { option: "keeping the IT team in-house", against: "keeping it in-house", cheapest: "keeping the IT team in-house" },
  outsourcedTeam: { option: "outsourcing the IT team", against: "", cheapest: "" },
};

export const VERDICT_TEXT = {
  enterPrefix: "To compare the options, enter ",
  needTeamAndQuote: "the in-house IT team's salaries and the provider's quoted fee",
  needTeam: "the in-house IT team's salaries",
  needQuote: "the provider's quoted fee",
  hintVirtual: " (or a virtual CIO's monthly retainer, to compare the CIO choice)",
  hintInHouse: " (or the in-house CIO's salary, to compare the CIO choice)",
  noQuote: "; no outsourcing quote entered",
} as const;

export interface VerdictContext {
  horizonYears: number;
  discountRate: number;
  /** ISO code: the money prefix or suffix (moneyText.ts). */
  currency: string;
}

export function verdict(i: DecisionInputs, ctx: VerdictContext): string {
  const d = decide(i);
  const quote = i.tcoOutsourced !== null;
  const team = quote && i.tcoInHouse > 0;
  const cio = i.cioInHouse !== null && i.cioVirtual !== null;
  if (!team && !cio) {
    const T = VERDICT_TEXT;
    const need = i.tcoInHouse > 0 ? T.needQuote : quote ? T.needTeam : T.needTeamAndQuote;
    const hint = i.cioInHouse !== null ? T.hintVirtual : i.cioVirtual !== null ? T.hintInHouse : "";
    return `${T.enterPrefix}${need}${hint}.`;
  }
  const keys: readonly OptionKey[] = d.noCio ? ["allInHouse", "outsourcedTeam"] : OPTION_KEYS;
  const phrase = (k: OptionKey): Phrases => (d.noCio ? VERDICT_PHRASES_NO_CIO[k as "allInHouse" | "outsourcedTeam"] : VERDICT_PHRASES[k]);
  const value = (k: OptionKey) => d.options[k]!;
  const base: OptionKey = d.options.allInHouse !== null ? "allInHouse" : "virtualCio";
  const over = `Over ${ctx.horizonYears} ${ctx.horizonYears === 1 ? "year" : "years"}, `;
  const qualifier = `discounted at ${rateText(ctx.discountRate)}${quote ? "" : VERDICT_TEXT.noQuote}`;
  if (d.best === base) {
    const next = cheapest(d.options, keys.filter((k) => k !== base))!;
    const more = moneyText(value(next) - value(base), ctx.currency);
    return `${over}${phrase(base).cheapest} is cheapest: the next best option, ${phrase(next).option}, costs ${more} more (${qualifier}).`;
  }
  const saving = value(base) - value(d.best);
  return `${over}${phrase(d.best).option} costs ${moneyText(saving, ctx.currency)} less than ${phrase(base).against} (${percentText(saving / value(base))} less, ${qualifier}).`;
}
