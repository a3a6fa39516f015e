// Checks that look past one topic: the daily-practice difficulty is one the problem pool
// can serve (prerequisites are requires-rules.ts's). The pool is an
// input (its file name and the difficulties it holds): the validator reads no file itself.
import type { Difficulty } from "../model/levels.js";
import { dataAt } from "./describe.js";
import type { PathSegment } from "./locate.js";
import { locate, valueOffset } from "./locate.js";
import { positionOf } from "./position.js";
import type { Problem } from "./problem.js";
import type { RuleContext } from "./roadmap-rules.js";

export interface PracticePool {
  /** How problems name the pool, e.g. roadmap/leetcode.yml. */
  file: string;
  /** The difficulties of the problems it holds. */
  difficulties: readonly Difficulty[];
}

export function crossChecks(ctx: RuleContext, pool: PracticePool | undefined): Problem[] {
  const problems: Problem[] = [];
  const report = (path: PathSegment[], message: string) => {
    const located = locate(ctx.doc, path);
    problems.push(positionOf(ctx.lines, ctx.file, located ? valueOffset(located) : 0, message));
  };
  const topics: { path: PathSegment[]; topic: Record<string, unknown> }[] = [];
  const sections = dataAt(ctx.data, ["sections"]);
  (Array.isArray(sections) ? sections : []).forEach((_, i) => {
    const list = dataAt(ctx.data, ["sections", i, "topics"]);
    (Array.isArray(list) ? list : []).forEach((topic, j) => {
      if (typeof topic === "object" && topic !== null && !Array.isArray(topic)) {
        topics.push({ path: ["sections", i, "topics", j], topic: topic as Record<string, unknown> });
      }
    });
  });

  for (const { path, topic } of topics) {
    if (pool && topic.kind === "practice") {
      const practice = topic.practice;
      if (typeof practice !== "object" || practice === null) continue;
      const difficulty = (practice as Record<string, unknown>).difficulty ?? "medium";
      if (typeof difficulty !== "string" || pool.difficulties.includes(difficulty as Difficulty)) continue;
      const has =
        pool.difficulties.length > 0 ? `only ${pool.difficulties.join(" and ")} problems` : "no problems";
      const where =
        (practice as Record<string, unknown>).difficulty === undefined ? "practice" : "practice.difficulty";
      report(
        where === "practice" ? [...path, "practice"] : [...path, "practice", "difficulty"],
        `${where} ${difficulty}${where === "practice" ? " (the default)" : ""} cannot be served: the problem pool ${pool.file} has ${has}; rebuild it with \`roadmap leetcode-pool --difficulty ${difficulty} --write\`, or choose ${pool.difficulties[0] ?? "another difficulty"}`,
      );
    }
  }
  return problems;
}
