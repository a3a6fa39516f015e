// Which pool problem comes next: the first one, in pool order, not yet posted in the
// current cycle. A cycle ends when every pool problem was posted; then it starts over,
// so no problem repeats before the pool is used up.
import type { Pool, PoolProblem } from "./pool.js";

export interface PoolPick {
  problem: PoolProblem;
  /** 1 for the first pass through the pool, 2 after it was used up once, … */
  cycle: number;
  /** 1-based position of the problem in this cycle. */
  position: number;
}

/** Slugs posted in the current cycle, given every slug posted so far (oldest first). */
export function currentCycle(
  pool: Pool,
  postedSlugs: readonly string[],
): { cycle: number; used: Set<string> } {
  const inPool = new Set(pool.problems.map((problem) => problem.slug));
  let cycle = 1;
  let used = new Set<string>();
  for (const slug of postedSlugs) {
    // Problems from elsewhere (LeetCode's question of the day) do not count towards the
    // pool, but a pool problem LeetCode served is not served again in the same cycle.
    if (!inPool.has(slug)) continue;
    used.add(slug);
    if (used.size === inPool.size) {
      cycle++;
      used = new Set();
    }
  }
  return { cycle, used };
}

export function pickFromPool(pool: Pool, postedSlugs: readonly string[]): PoolPick {
  const { cycle, used } = currentCycle(pool, postedSlugs);
  const problem = pool.problems.find((candidate) => !used.has(candidate.slug))!;
  return { problem, cycle, position: used.size + 1 };
}
