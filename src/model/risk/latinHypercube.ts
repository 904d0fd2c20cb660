/**
 * Latin hypercube draws (docs/spec.md §7.2): for each variable j a permutation π_j of 0..N−1 and a
 * jitter v_ij, u_ij = (π_j(i) + v_ij) / N, so each column has exactly one draw in each of the N
 * strata [k/N, (k+1)/N). McKay, Beckman and Conover, Technometrics 21(2), 1979.
 *
 * Order of consumption, fixed so a seed always gives the same matrix: one MT19937 stream
 * (random.ts); for column 1, then 2, … : first the permutation, a Fisher–Yates shuffle of
 * 0..N−1 (Durstenfeld's form: for i = N−1 down to 1, swap a[i] with a[floor(res53·(i+1))]), then
 * the N jitters of rows 1..N in order, each one real3.
 *
 * real3 is in (0, 1) with 32-bit steps: π + v is exact and at least 2^−33 inside its stratum, so
 * floor(u·N) = π_j(i) in floating point too, and no draw is exactly 0 or 1 (BINOM.INV in some
 * engines rejects a probability of 0 or 1).
 */
import { mt19937 } from "./random";

/** The draws column by column: `columns` arrays of N draws in (0, 1). */
export function latinHypercubeColumns(trials: number, columns: number, seed: number): Float64Array[] {
  if (!Number.isInteger(trials) || trials < 1) throw new RangeError(`trials must be a whole number ≥ 1, not ${trials}`);
  const rng = mt19937(seed);
  const out: Float64Array[] = [];
  const perm = new Int32Array(trials);
  for (let j = 0; j < columns; j++) {
    for (let i = 0; i < trials; i++) perm[i] = i;
    for (let i = trials - 1; i > 0; i--) {
      // res53 < 1, so res53·(i+1) rounds to at most the double below i+1: k ≤ i (min() is a guard).
      const k = Math.min(i, Math.floor(rng.res53() * (i + 1)));
      const t = perm[i];
      perm[i] = perm[k];
      perm[k] = t;
    }
    const u = new Float64Array(trials);
    for (let i = 0; i < trials; i++) u[i] = (perm[i] + rng.real3()) / trials;
    out.push(u);
  }
  return out;
}

/** The same draws as N rows (trials) of `columns` numbers, as the workbook lays them out. */
export function latinHypercube(trials: number, columns: number, seed: number): number[][] {
  const cols = latinHypercubeColumns(trials, columns, seed);
  return Array.from({ length: trials }, (_, i) => cols.map((c) => c[i]));
}
