/**
 * The catalog with one more field, as profile v2 will add it: a choice, `outsourcing.pricing.basis`,
 * under a path the profile does not have yet. Tests put it in place of the real catalog with
 * jest.mock, so every consumer (schema, wizard, Inputs sheet, writers, read-back) sees one new
 * catalog entry and nothing else.
 */
import type * as Catalog from "../../src/model/profileFields";

export const PRICING_BASIS: Catalog.ScalarField = {
  path: "outsourcing.pricing.basis",
  name: "SS_In_PricingBasis",
  section: "outsourcing",
  kind: "choice",
  default: "monthly",
  options: [
    { value: "annual", label: "Per year" },
    { value: "monthly", label: "Per month" },
    { value: "perUserMonthly", label: "Per user per month" },
  ],
  label: "Pricing basis",
  source: "How the provider's quote is written.",
};

/** The catalog module with PRICING_BASIS right after the annual fee. */
export function catalogWithPricingBasis(): typeof Catalog {
  const real = jest.requireActual<typeof Catalog>("../../src/model/profileFields");
  const entries = [...real.PROFILE_CATALOG];
  entries.splice(entries.findIndex((e) => e.path === "outsourcing.annualFee") + 1, 0, PRICING_BASIS);
  return { ...real, ...real.deriveCatalog(entries) };
}
