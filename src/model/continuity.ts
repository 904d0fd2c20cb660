/** The cost of CIO turnover: one departure, and the expected cost over a horizon. */
import { finite } from "./errors";

/**
 * Fixed model constants (documented in the README): interim cover costs ~1.5× the role, so
 * half the role's cost is extra during the vacancy; a linear ramp-up loses half the ramp.
 */
export const VACANCY_EXTRA_FACTOR = 0.5;
export const RAMP_LOSS_FACTOR = 0.5;

export interface TransitionArgs {
  annualCost: number;
  searchFeeRate: number;
  vacancyMonths: number;
  rampMonths: number;
  severanceMonths: number;
  knowledgeLoss: number;
}

export const TRANSITION_DEFAULTS = {
  searchFeeRate: 0.33,
  vacancyMonths: 4,
  rampMonths: 6,
  severanceMonths: 2,
  knowledgeLoss: 0,
} as const;

export function transitionCost(a: TransitionArgs): number {
  const share =
    a.searchFeeRate +
    (VACANCY_EXTRA_FACTOR * a.vacancyMonths) / 12 +
    (RAMP_LOSS_FACTOR * a.rampMonths) / 12 +
    a.severanceMonths / 12;
  return finite(a.annualCost * share + a.knowledgeLoss, "CIO.TRANSITIONCOST");
}

/**
 * Departures arrive as a Poisson process (rate λ = 12/tenure per year); each costs C.
 * Expected discounted cost over H years = ∫₀ᴴ C·λ·(1+r)^(−t) dt.
 */
export function continuityCost(
  transition: number,
  horizonMonths: number,
  tenureMonths: number,
  discountRate: number,
): number {
  if (discountRate === 0) return finite((transition * horizonMonths) / tenureMonths, "CIO.CONTINUITYCOST");
  const lambda = 12 / tenureMonths;
  const years = horizonMonths / 12;
  const ln = Math.log1p(discountRate);
  // −expm1(−H·ln) = 1 − (1+r)^(−H), accurate for small r.
  return finite((transition * lambda * -Math.expm1(-years * ln)) / ln, "CIO.CONTINUITYCOST");
}
