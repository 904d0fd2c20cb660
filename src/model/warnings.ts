/**
 * docs/spec.md §6.5's plausibility warnings: they never block and never change a value. The inputs are
 * the profile's own fields (a structural subset of profile v2, so a profile can be passed as it
 * is, with its currency and the in-house annual cost beside it); each warning names the field's
 * profile path, as the CLI prints it (`warning: PATH: message`). Every bound is strict, as the
 * spec's table writes it (a discount rate of exactly 1% or 25% does not warn).
 */
import { moneyText } from "./moneyText";
import { annualFeeOf, Pricing } from "./pricing";

export interface WarningInputs {
  /** ISO code, for the amounts quoted in messages. */
  currency: string;
  discountRate: number;
  inHouse: { staff: readonly { salary: number }[]; benefitsRate: number; overheadRate: number; escalation: number };
  cio: { salary: number; tenureMonths: number; vcioEscalation: number };
  outsourcing: { pricing: Pricing; escalation: number; governanceRate: number; transitionCost: number };
  /** The in-house team's annual cost (SS_InHouseAnnual: loaded staff + other costs). */
  inHouseAnnual: number;
}

export interface Warning {
  path: string;
  message: string;
  /** A one-click correction: set `path` to `value` (a fraction, as the profile stores it). */
  fix?: { value: number; label: string };
}

export const WARN = {
  lowRate: 0.05,
  discountLow: 0.01,
  discountHigh: 0.25,
  escalationLow: -0.05,
  escalationHigh: 0.15,
  governanceHigh: 0.15,
  tenureLow: 6,
  tenureHigh: 120,
  salaryLow: 10_000,
  salaryHigh: 2_000_000,
  feeShareOfInHouse: 0.1,
  teamCostAbove: 100_000,
  annualAmountBelow: 20_000,
  transitionTimesFee: 2,
} as const;

/** A fraction as the user typed it: 0.0042 → "0.42%" (12 digits drop binary noise). */
const typed = (x: number) => `${Number((x * 100).toPrecision(12))}%`;

export function plausibilityWarnings(i: WarningInputs): Warning[] {
  const out: Warning[] = [];
  const money = (x: number) => moneyText(x, i.currency);

  for (const path of ["inHouse.benefitsRate", "inHouse.overheadRate"] as const) {
    const x = path === "inHouse.benefitsRate" ? i.inHouse.benefitsRate : i.inHouse.overheadRate;
    if (!(x > 0 && x < WARN.lowRate)) continue;
    // 0.42 typed as a percentage is stored as 0.0042; x × 100 is what was meant when it is ≤ 100%.
    const meant = Number((x * 100).toPrecision(12));
    if (meant <= 1) out.push({ path, message: `${typed(x)} looks low: did you mean ${typed(meant)}?`, fix: { value: meant, label: `Use ${typed(meant)}` } });
    else out.push({ path, message: `${typed(x)} looks low for a share of pay: check the rate` });
  }

  const r = i.discountRate;
  if (r < WARN.discountLow || r > WARN.discountHigh) out.push({ path: "discountRate", message: `${typed(r)}: typical corporate discount rates are 5-15%` });

  const escalations: [string, number][] = [
    ["inHouse.escalation", i.inHouse.escalation],
    ["outsourcing.escalation", i.outsourcing.escalation],
    ["cio.vcioEscalation", i.cio.vcioEscalation],
  ];
  for (const [path, g] of escalations) {
    if (g < WARN.escalationLow || g > WARN.escalationHigh) out.push({ path, message: `a yearly increase of ${typed(g)} is outside -5% to 15%: check it` });
  }

  if (i.outsourcing.governanceRate > WARN.governanceHigh) {
    out.push({ path: "outsourcing.governanceRate", message: `${typed(i.outsourcing.governanceRate)} is high: the literature range is 3-8% of the fee` });
  }

  const tenure = i.cio.tenureMonths;
  if (tenure < WARN.tenureLow || tenure > WARN.tenureHigh) {
    out.push({ path: "cio.tenureMonths", message: `${tenure} months: small-firm CIOs stay about 24 months, large firms 4-5 years` });
  }

  const salaries: [string, number][] = [...i.inHouse.staff.map((s, k): [string, number] => [`inHouse.staff[${k}].salary`, s.salary]), ["cio.salary", i.cio.salary]];
  for (const [path, s] of salaries) {
    if (s > 0 && (s < WARN.salaryLow || s > WARN.salaryHigh)) out.push({ path, message: `${money(s)}: per person, per year?` });
  }

  const { pricing, transitionCost } = i.outsourcing;
  const fee = annualFeeOf(pricing);
  if (fee > 0) {
    const smallShare = i.inHouseAnnual > WARN.teamCostAbove && fee < WARN.feeShareOfInHouse * i.inHouseAnnual;
    const smallAnnual = pricing.basis === "annual" && pricing.amount < WARN.annualAmountBelow;
    if (smallAnnual || (smallShare && pricing.basis === "annual")) {
      out.push({ path: "outsourcing.pricing.amount", message: `${money(fee)} a year: is this a monthly fee?` });
    } else if (smallShare) {
      out.push({ path: "outsourcing.pricing.amount", message: `= ${money(fee)} a year, under 10% of the in-house team's cost: check the amount and the basis` });
    }
    if (transitionCost > WARN.transitionTimesFee * fee) {
      out.push({ path: "outsourcing.transitionCost", message: `${money(transitionCost)} is more than twice the provider's annual fee (${money(fee)}): unusually large` });
    }
  }
  return out;
}
