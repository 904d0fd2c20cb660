/** Annual cost building blocks: loaded in-house staff cost and outsourced cost with governance. */
import { finite } from "./errors";

/** SUM(salary) × (1 + benefits + overhead). */
export function loadedCost(salaryTotal: number, benefitsRate: number, overheadRate: number): number {
  return finite(salaryTotal * (1 + benefitsRate + overheadRate), "LOADEDCOST");
}

/** annual_fee × (1 + governance). */
export function outsourcedCost(annualFee: number, governanceRate: number): number {
  return finite(annualFee * (1 + governanceRate), "OUTSOURCEDCOST");
}
