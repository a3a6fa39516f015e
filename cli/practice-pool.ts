// The daily-practice pool validate checks the roadmap against: --pool, else leetcode.yml
// beside the roadmap (roadmap/leetcode.yml), else the pool the Action ships with (what the
// daily step would use: validate and doctor agree). A pool that does not load is
// reported, not guessed at.
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { parsePool } from "../core/daily/pool.js";
import type { Difficulty } from "../core/model/levels.js";
import type { PracticePool } from "../core/validate/validate-roadmap.js";
import type { CliIO } from "./io.js";
import { displayPath } from "./user-files.js";

/** The pool the Action ships with: this package's own roadmap/leetcode.yml. */
const SHIPPED_POOL = new URL("../roadmap/leetcode.yml", import.meta.url);

export async function readPracticePool(
  io: CliIO,
  roadmapFile: string,
  named: string | undefined,
): Promise<PracticePool | undefined> {
  const file = named ?? join(dirname(roadmapFile), "leetcode.yml");
  const shown = displayPath(io, file);
  let text: string;
  let from = shown;
  try {
    text = await readFile(resolve(io.cwd, file), "utf8");
  } catch (error) {
    if (named !== undefined || (error as NodeJS.ErrnoException).code !== "ENOENT") {
      throw new Error(`cannot read the problem pool ${shown}: ${(error as Error).message}`);
    }
    const shipped = await readFile(SHIPPED_POOL, "utf8").catch(() => undefined);
    if (shipped === undefined) return undefined;
    text = shipped;
    from = "the Action's roadmap/leetcode.yml";
  }
  const pool = parsePool(text, from);
  const difficulties = [...new Set(pool.problems.map((problem) => problem.difficulty.toLowerCase()))];
  return { file: from, difficulties: difficulties as Difficulty[] };
}
