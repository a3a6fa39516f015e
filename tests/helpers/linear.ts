// Linear time on untrusted text, asserted as a ratio rather than a wall time: the same
// function on a 100 KB pathological input and on a 1 KB one of the same shape. Linear work
// takes about 100 times as long; quadratic work about 10,000 times. The bound leaves room
// for a slow or busy machine, not for a quadratic algorithm.
import { expect } from "vitest";

export const SMALL = 1024;
export const LARGE = 100 * 1024;
/** 100x the input: linear is ~100x the time; this allows 6x noise and is still 16x below quadratic. */
export const MAX_RATIO = 600;

/** The best of three rounds; a round repeats `run` until `minMs` have passed, then averages. */
function timeOf(run: () => void, minMs: number): number {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const start = performance.now();
    let runs = 0;
    let elapsed = 0;
    do {
      run();
      runs++;
      elapsed = performance.now() - start;
    } while (elapsed < minMs);
    best = Math.min(best, elapsed / runs);
  }
  return best;
}

/**
 * `make(n)` builds an input of about n characters; `run` is the code under test. The small
 * input is timed over many repeats (a single 1 KB run is below the clock's resolution), the
 * large one once a round; both after a warm-up, so the JIT compiles before either is timed.
 */
export function measureRatio(make: (size: number) => string, run: (input: string) => unknown): number {
  const small = make(SMALL);
  const large = make(LARGE);
  for (let i = 0; i < 20; i++) run(small);
  run(large);
  const smallTime = Math.max(
    timeOf(() => run(small), 50),
    1e-4,
  );
  const largeTime = timeOf(() => run(large), 0);
  return largeTime / smallTime;
}

/** Generous: a 100 KB run of a linear parser takes well under a second, three rounds of it too. */
export const LINEAR_TEST_TIMEOUT = 60_000;

export function expectLinear(make: (size: number) => string, run: (input: string) => unknown): number {
  const ratio = measureRatio(make, run);
  expect(ratio, `100 KB took ${ratio.toFixed(0)}x the time of 1 KB`).toBeLessThan(MAX_RATIO);
  return ratio;
}

/** `unit` repeated to about `size` characters. */
export function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.floor(size / unit.length)));
}
