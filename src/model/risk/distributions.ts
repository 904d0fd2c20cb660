/**
 * The three statistical building blocks of the risk view, each with the semantics of the native
 * formula the workbook writes: the triangular inverse CDF (docs/spec.md §7.5), Excel's BINOM.INV and
 * PERCENTILE.INC. Arguments arrive validated (functionTable.ts, ranges.ts).
 */
import { atLeast, RELATIVE_TOLERANCE } from "../finance";

/**
 * Inverse CDF of the triangular distribution (low a ≤ mode m ≤ high b, 0 ≤ p ≤ 1):
 * a + √(p(b−a)(m−a)) when p(b−a) < m−a, else b − √((1−p)(b−a)(b−m)).
 * docs/spec.md §7.5 writes the test as p < (m−a)/(b−a); multiplied out it needs no division, so a = b
 * falls in the second branch and gives b = a without a case of its own. At the boundary both
 * branches equal m, so the two forms agree wherever rounding could send them different ways.
 */
export function triangularInv(p: number, a: number, m: number, b: number): number {
  const width = b - a;
  if (p * width < m - a) return a + Math.sqrt(p * width * (m - a));
  return b - Math.sqrt((1 - p) * width * (b - m));
}

/** A term below this share of the running total (and of the criterion's tail) is dropped: far below one ulp. */
const TAIL = 1e-18;

/**
 * BINOM.INV(n, p, alpha): the smallest k whose binomial CDF is ≥ alpha, for whole n ≥ 0 and
 * 0 ≤ p, alpha ≤ 1; alpha = 0 gives 0 and alpha = 1 gives n (docs/spec.md §7.5). "≥" as
 * spreadsheets compare (finance.ts's atLeast): a CDF that agrees with alpha to 12 significant
 * digits meets it, so an exact tie (3 trials at 0.5: CDF(1) = 1/2) is not lost to the last bit
 * of a sum.
 *
 * (1−p)^n underflows long before n = 1200 (0.5^1200 < 1e−361), so the probabilities are not
 * built up from k = 0. They are built outward from the mode, relative to it (mode = 1), by the
 * ratio of neighbouring terms P(k+1)/P(k) = (n−k)/(k+1) · p/(1−p), until a term is negligible
 * beside both the total and the tail the criterion asks about; then CDF(k) ≥ alpha is decided on
 * the side where it is accurate: summed from the bottom for alpha ≤ 1/2, and as
 * 1 − CDF(k) ≤ 1 − alpha summed from the top above it (1 − alpha is exact there). Only the
 * terms that can matter are visited: a few standard deviations, fast enough for every trial.
 */
export function binomialInv(n: number, p: number, alpha: number): number {
  if (alpha <= 0 || n === 0 || p === 0) return 0;
  if (alpha >= 1 || p === 1) return n;
  const odds = p / (1 - p);
  const mode = Math.min(n, Math.floor((n + 1) * p));
  const fromTop = alpha > 0.5;
  const tail = fromTop ? 1 - alpha : alpha; // the probability on the side the answer is read from
  const belowCut = fromTop ? TAIL : Math.min(TAIL, tail * 1e-16);
  const aboveCut = fromTop ? Math.min(TAIL, tail * 1e-16) : TAIL;
  const terms = scratch(n + 1); // terms[k] ∝ P(k) for first ≤ k ≤ last
  terms[mode] = 1;
  let total = 1;
  let first = mode;
  for (let t = 1; first > 0; first--) {
    t *= first / (n - first + 1) / odds; // P(k−1)/P(k)
    if (t < belowCut * total) break;
    terms[first - 1] = t;
    total += t;
  }
  let last = mode;
  for (let t = 1; last < n; last++) {
    t *= ((n - last) / (last + 1)) * odds; // P(k+1)/P(k)
    if (t < aboveCut * total) break;
    terms[last + 1] = t;
    total += t;
  }
  if (!fromTop) {
    const target = alpha * total;
    let cum = 0;
    for (let k = first; k < last; k++) {
      cum += terms[k];
      if (atLeast(cum, target)) return k;
    }
    return last;
  }
  // CDF(k) ≥ alpha within the tolerance ⇔ P(X > k) ≤ (1 − alpha + tolerance·alpha)·total: step
  // down from the top while the mass above stays within that.
  const allowed = (tail + RELATIVE_TOLERANCE * alpha) * total;
  let massAbove = 0;
  for (let k = last; k > first; k--) {
    massAbove += terms[k]; // P(X > k − 1)
    if (massAbove > allowed) return k;
  }
  return first;
}

/** One reusable buffer for binomialInv's terms (it runs once per trial). */
let buffer = new Float64Array(1201);
function scratch(size: number): Float64Array {
  if (buffer.length < size) buffer = new Float64Array(size);
  return buffer;
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
