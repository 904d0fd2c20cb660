/**
 * The provider's fee as the quote writes it (docs/spec.md §6.1 `outsourcing.pricing`, and each §9 quote's
 * `pricing`), and the annual fee every TCO uses. Workbook: amount, amount*12, amount*12*users.
 */
import { moneyText } from "./moneyText";

export const PRICING_BASES = ["annual", "monthly", "perUserMonthly"] as const;
export type PricingBasis = (typeof PRICING_BASES)[number];

export interface Pricing {
  basis: PricingBasis;
  amount: number;
  /** Required (whole, ≥ 1) for perUserMonthly only; ignored otherwise. */
  users?: number;
}

/** amount × 1, × 12, or × 12 × users (multiplied in that order, as the workbook does). */
export function annualFeeOf(p: Pricing): number {
  switch (p.basis) {
    case "annual":
      return p.amount;
    case "monthly":
      return p.amount * 12;
    case "perUserMonthly":
      return p.amount * 12 * (p.users ?? 0);
  }
}

/** What the pane shows beside the fee: "= $148,140 a year" (whole currency units). */
export const impliedAnnualText = (p: Pricing, currency: string): string => `= ${moneyText(annualFeeOf(p), currency)} a year`;
