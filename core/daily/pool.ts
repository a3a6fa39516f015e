// The LeetCode problem pool (roadmap/leetcode.yml): the problems the daily prompt picks
// from, in the order they are served. Validated on load, so a hand-edited pool fails with
// the entry and field at fault instead of posting a broken link.
import { parse } from "yaml";
import { z } from "zod";
import { SLUG_PATTERN } from "../practice/daily-marker.js";

export const LEETCODE_DIFFICULTIES = ["Easy", "Medium", "Hard"] as const;
export type LeetCodeDifficulty = (typeof LEETCODE_DIFFICULTIES)[number];

export const PoolProblemSchema = z.strictObject({
  id: z.number().int().positive(),
  title: z.string().trim().min(1),
  slug: z.string().regex(SLUG_PATTERN, "a slug is lowercase letters, digits and hyphens, e.g. two-sum"),
  difficulty: z.enum(LEETCODE_DIFFICULTIES),
  pattern: z.string().trim().min(1),
});

export const PoolSchema = z
  .strictObject({ problems: z.array(PoolProblemSchema).min(1, "the pool needs at least one problem") })
  .superRefine((pool, ctx) => {
    const seen = new Set<string>();
    pool.problems.forEach((problem, index) => {
      if (seen.has(problem.slug)) {
        ctx.addIssue({
          code: "custom",
          path: ["problems", index, "slug"],
          message: `"${problem.slug}" is listed twice`,
        });
      }
      seen.add(problem.slug);
    });
  });

export type PoolProblem = z.infer<typeof PoolProblemSchema>;
export type Pool = z.infer<typeof PoolSchema>;

/** Parses and validates the pool file; the error names the file and each wrong field. */
export function parsePool(text: string, file = "roadmap/leetcode.yml"): Pool {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  return checkPool(data, file);
}

/**
 * The pool as build.mjs ships it next to the Action's bundle: the committed YAML, validated
 * at build time and written as JSON (JSON.parse is many times faster than a YAML parse), with
 * the SHA-256 of the YAML it came from, so a checkout whose leetcode.yml has the same bytes
 * can use it instead of parsing its YAML.
 */
export interface BuiltPool {
  sourceSha256: string;
  pool: Pool;
}

export function checkPool(data: unknown, file: string): Pool {
  const result = PoolSchema.safeParse(data);
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `  ${issue.path.join(".") || "(root)"}: ${issue.message}`,
    );
    throw new Error(`${file} is not a valid LeetCode pool:\n${lines.join("\n")}`);
  }
  return result.data;
}

/** "medium" (the roadmap's spelling) -> "Medium" (LeetCode's). */
export function leetCodeDifficulty(difficulty: "easy" | "medium" | "hard"): LeetCodeDifficulty {
  return difficulty === "easy" ? "Easy" : difficulty === "medium" ? "Medium" : "Hard";
}

export function problemUrl(slug: string): string {
  return `https://leetcode.com/problems/${slug}/`;
}
