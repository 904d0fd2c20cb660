/**
 * The three statistical building blocks of the risk view, each with the semantics of the native
 * formula the workbook writes: the triangular inverse CDF (SPEC §7.5), Excel's BINOM.INV and
 * PERCENTILE.INC. Arguments arrive validated (functionTable.ts, ranges.ts).
 */

/**
 * Inverse CDF of the triangular distribution (low a ≤ mode m ≤ high b, 0 ≤ p ≤ 1):
 * a + √(p(b−a)(m−a)) when p(b−a) < m−a, else b − √((1−p)(b−a)(b−m)).
 * SPEC §7.5 writes the test as p < (m−a)/(b−a); multiplied out it needs no division, so a = b
 * falls in the second branch and gives b = a without a case of its own. At the boundary both
 * branches equal m, so the two forms agree wherever rounding could send them different ways.
 */
export function triangularInv(p: number, a: number, m: number, b: number): number {
  const width = b - a;
  if (p * width < m - a) return a + Math.sqrt(p * width * (m - a));
  return b - Math.sqrt((1 - p) * width * (b - m));
}

/** Terms below this share of the running total are dropped: their sum is far below one ulp. */
const TAIL = 1e-18;

/**
 * BINOM.INV(n, p, alpha): the smallest k whose binomial CDF is ≥ alpha, for whole n ≥ 0 and
 * 0 ≤ p, alpha ≤ 1; alpha = 0 gives 0 and alpha = 1 gives n (SPEC §7.5).
 *
 * (1−p)^n underflows long before n = 1200 (0.5^1200 < 1e−361), so the probabilities are not
 * built up from k = 0. They are built outward from the mode, where the probability is largest,
 * relative to it (mode = 1), by the ratio of neighbouring terms
 * P(k+1)/P(k) = (n−k)/(k+1) · p/(1−p), until a term is negligible; the CDF is then the running
 * sum over the kept terms divided by their total. Only about ten standard deviations of terms
 * are visited, so it is fast enough to run once per trial.
 */
export function binomialInv(n: number, p: number, alpha: number): number {
  if (alpha <= 0 || n === 0 || p === 0) return 0;
  if (alpha >= 1 || p === 1) return n;
  const odds = p / (1 - p);
  const mode = Math.min(n, Math.floor((n + 1) * p));
  const below: number[] = []; // below[i] ∝ P(mode − 1 − i)
  const above: number[] = []; // above[i] ∝ P(mode + 1 + i)
  let total = 1;
  for (let k = mode, t = 1; k > 0; k--) {
    t *= k / (n - k + 1) / odds; // P(k−1)/P(k)
    if (t < TAIL * total) break;
    below.push(t);
    total += t;
  }
  for (let k = mode, t = 1; k < n; k++) {
    t *= ((n - k) / (k + 1)) * odds; // P(k+1)/P(k)
    if (t < TAIL * total) break;
    above.push(t);
    total += t;
  }
  const target = alpha * total;
  let cum = 0;
  for (let i = below.length - 1; i >= 0; i--) {
    cum += below[i];
    if (cum >= target) return mode - 1 - i;
  }
  cum += 1;
  if (cum >= target) return mode;
  for (let i = 0; i < above.length; i++) {
    cum += above[i];
    if (cum >= target) return mode + 1 + i;
  }
  return mode + above.length; // alpha within rounding of 1: the last kept term
}

/**
 * PERCENTILE.INC of values already sorted ascending (0 ≤ q ≤ 1): rank h = (N−1)·q from 0, then
 * linear interpolation between the values at floor(h) and floor(h)+1.
 */
export function percentileIncSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) throw new RangeError("PERCENTILE.INC of no values");
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  if (lo >= n - 1) return sorted[n - 1];
  return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
}

/** PERCENTILE.INC of values in any order. */
export function percentileInc(values: ArrayLike<number>, q: number): number {
  return percentileIncSorted(Float64Array.from(values).sort(), q);
}
