/**
 * The seeded generator behind the risk draws: MT19937, the Mersenne Twister of M. Matsumoto and
 * T. Nishimura, "Mersenne Twister: a 623-dimensionally equidistributed uniform pseudo-random
 * number generator", ACM Transactions on Modeling and Computer Simulation 8(1), 1998, seeded as
 * the authors' reference code mt19937ar.c seeds it (init_genrand). pure-rand's `mersenne` is that
 * generator; the two conversions to [0, 1) below are the reference code's own. Any MT19937 gives
 * the same stream: numpy.random.RandomState(seed).random_sample() is genrand_res53.
 */
import { mersenne } from "pure-rand";

/** init_genrand takes a 32-bit seed. */
export const SEED_MAX = 0xffffffff;

export interface Uniforms {
  /** genrand_res53: a 53-bit number in [0, 1). */
  res53(): number;
  /** genrand_real3: (k + 0.5) / 2^32 for a 32-bit k, a number in (0, 1), never 0 or 1. */
  real3(): number;
}

/** The reference code's two uniform streams over one MT19937 seeded with `seed` (whole, 0..SEED_MAX). */
export function mt19937(seed: number): Uniforms {
  if (!Number.isInteger(seed) || seed < 0 || seed > SEED_MAX) throw new RangeError(`seed must be a whole number from 0 to ${SEED_MAX}, not ${seed}`);
  const g = mersenne(seed);
  const next = () => g.unsafeNext() >>> 0; // pure-rand returns the 32-bit output as a signed int
  return {
    res53: () => ((next() >>> 5) * 67108864 + (next() >>> 6)) / 9007199254740992,
    real3: () => (next() + 0.5) / 4294967296,
  };
}
