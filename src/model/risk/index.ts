/** The risk model of docs/spec.md §7: draws, distributions, ranges and the simulation. */
export { SEED_MAX, mt19937 } from "./random";
export type { Uniforms } from "./random";
export { latinHypercube, latinHypercubeColumns } from "./latinHypercube";
export { binomialInv, percentileInc, percentileIncSorted, triangularInv } from "./distributions";
export {
  defaultRange,
  defaultRanges,
  resolveRanges,
  validateUncertainty,
  RISK_DRAW_COLUMNS,
  RISK_VARIABLES,
  TENURE_MIN,
  TRIALS_MAX,
  TRIALS_MIN,
  UNCERTAINTY_DEFAULTS,
} from "./ranges";
export type { RangeOverrides, RiskLikely, RiskRanges, RiskVariable, Triangle, UncertaintyInput, UncertaintyIssue } from "./ranges";
export { averageDiscount, riskDraws, riskDrivers, riskLikely, RiskInputError, simulateRisk } from "./simulate";
export type { RiskCio, RiskDriver, RiskInputs, RiskOutsourcing, RiskResults } from "./simulate";
