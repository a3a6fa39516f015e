// The daily-practice pool validate checks the roadmap against: --pool, else leetcode.yml
// beside the roadmap (roadmap/leetcode.yml). No pool file, no check: the Action then says
// so when it posts; a pool that does not load is reported, not guessed at.
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { parsePool } from "../core/daily/pool.js";
import type { Difficulty } from "../core/model/levels.js";
import type { PracticePool } from "../core/validate/validate-roadmap.js";
import type { CliIO } from "./io.js";
import { displayPath } from "./user-files.js";

export async function readPracticePool(
  io: CliIO,
  roadmapFile: string,
  named: string | undefined,
): Promise<PracticePool | undefined> {
  const file = named ?? join(dirname(roadmapFile), "leetcode.yml");
  const shown = displayPath(io, file);
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, file), "utf8");
  } catch (error) {
    if (named === undefined && (error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new Error(`cannot read the problem pool ${shown}: ${(error as Error).message}`);
  }
  const pool = parsePool(text, shown);
  const difficulties = [...new Set(pool.problems.map((problem) => problem.difficulty.toLowerCase()))];
  return { file: shown, difficulties: difficulties as Difficulty[] };
}
