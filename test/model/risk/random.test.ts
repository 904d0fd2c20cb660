/**
 * The draws' generator is MT19937 as its authors' reference code seeds and converts it, checked
 * against values published independently of this code base: the C++ standard's required output
 * of std::mt19937 and numpy's legacy RandomState (init_genrand + genrand_res53).
 */
import { mersenne } from "pure-rand";
import { mt19937, SEED_MAX } from "../../../src/model/risk/random";

test("pure-rand's mersenne is MT19937: seeded 5489 (the default), the 1st output is 3499211612 and the 10,000th 4123659995 (ISO C++ [rand.predef])", () => {
  const g = mersenne(5489);
  const outputs = Array.from({ length: 10_000 }, () => g.unsafeNext() >>> 0);
  expect(outputs[0]).toBe(3499211612);
  expect(outputs[9999]).toBe(4123659995);
});

test("real3 is (k + 0.5) / 2^32 of each 32-bit output, in (0, 1)", () => {
  const u = mt19937(5489);
  const draws = Array.from({ length: 10_000 }, () => u.real3());
  expect(draws[0]).toBe((3499211612 + 0.5) / 2 ** 32);
  expect(draws[9999]).toBe((4123659995 + 0.5) / 2 ** 32);
  expect(Math.min(...draws)).toBeGreaterThan(0);
  expect(Math.max(...draws)).toBeLessThan(1);
});

test("res53 is numpy's random_sample: RandomState(1), RandomState(0) and RandomState(4294967295)", () => {
  // numpy.random.RandomState(1).random_sample(5), the sequence np.random.seed(1) tutorials print.
  const one = mt19937(1);
  expect(Array.from({ length: 5 }, () => one.res53())).toEqual([0.417022004702574, 0.7203244934421581, 0.00011437481734488664, 0.30233257263183977, 0.14675589081711304]);
  const zero = mt19937(0);
  expect(Array.from({ length: 3 }, () => zero.res53())).toEqual([0.5488135039273248, 0.7151893663724195, 0.6027633760716439]);
  const max = mt19937(SEED_MAX);
  expect(Array.from({ length: 2 }, () => max.res53())).toEqual([0.0976320289940138, 0.9123828453026218]);
});

test("a seed is a whole number from 0 to 4,294,967,295 (init_genrand's 32 bits)", () => {
  expect(SEED_MAX).toBe(2 ** 32 - 1);
  for (const bad of [-1, 1.5, 2 ** 32, NaN]) expect(() => mt19937(bad)).toThrow(RangeError);
});
