/** Performance checks: SLA attainment over periods and the RAG status of one KPI. */
import { divError, valueError } from "./errors";
import { atLeast } from "./finance";

export type Rag = "GREEN" | "AMBER" | "RED";

export function meets(value: number, target: number, higherIsBetter: boolean): boolean {
  return higherIsBetter ? atLeast(value, target) : atLeast(target, value);
}

/** Share of measured periods that met target; actuals are already stripped of blanks (NaN = blank). */
export function slaAttainment(actuals: ArrayLike<number>, targets: ArrayLike<number> | number, higherIsBetter: boolean): number {
  let measured = 0;
  let met = 0;
  for (let i = 0; i < actuals.length; i++) {
    const a = actuals[i];
    if (Number.isNaN(a)) continue; // blank period
    measured++;
    const t = typeof targets === "number" ? targets : targets[i];
    if (Number.isNaN(t)) throw valueError("targets has a blank cell beside a measured actual");
    if (meets(a, t, higherIsBetter)) met++;
  }
  if (measured === 0) throw divError("no period has a measured actual");
  return met / measured;
}

export function kpiStatus(value: number, target: number, higherIsBetter: boolean, amberBand: number): Rag {
  if (meets(value, target, higherIsBetter)) return "GREEN";
  return atLeast(amberBand * Math.abs(target), Math.abs(value - target)) ? "AMBER" : "RED";
}
