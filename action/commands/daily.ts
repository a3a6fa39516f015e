// `command: daily`: one LeetCode problem a day as a comment on the daily-practice issue.
// The pool is loaded only when a problem is picked: a re-run on a day already posted reads
// two lists and loads nothing.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BuiltPool, Pool } from "../../core/daily/pool.js";
import { checkPool, parsePool, problemUrl } from "../../core/daily/pool.js";
import { postDaily } from "../../core/daily/post-daily.js";
import { postReviews } from "../../core/daily/reviews.js";
import type { ActionContext } from "../context.js";
import type { StepResult } from "../step-result.js";

/** The pool build.mjs writes next to the bundle (action/dist/leetcode-pool.json). */
const BUILT_POOL = new URL("../dist/leetcode-pool.json", import.meta.url);

function readBuiltPool(): BuiltPool | undefined {
  try {
    return JSON.parse(readFileSync(BUILT_POOL, "utf8")) as BuiltPool;
  } catch {
    return undefined;
  }
}

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * The pool next to the roadmap file in the workspace (the learner's own, possibly
 * edited), else the copy that ships with the Action. Either way the built JSON is used when
 * it was made from the same bytes (a hash instead of a YAML parse); only an edited pool is
 * parsed as YAML. Both this file and the bundle (action/dist/index.js) sit two levels below
 * the root.
 */
export function loadPool(ctx: Pick<ActionContext, "workspace" | "roadmapPath">): Pool {
  const built = readBuiltPool();
  const candidates = [
    {
      path: join(ctx.workspace, dirname(ctx.roadmapPath), "leetcode.yml"),
      shown: join(dirname(ctx.roadmapPath), "leetcode.yml"),
    },
    {
      path: fileURLToPath(new URL("../../roadmap/leetcode.yml", import.meta.url)),
      shown: "the Action's roadmap/leetcode.yml",
    },
  ];
  for (const candidate of candidates) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(candidate.path);
    } catch {
      continue;
    }
    if (built && sha256(bytes) === built.sourceSha256) return checkPool(built.pool, candidate.shown);
    return parsePool(bytes.toString("utf8"), candidate.shown);
  }
  if (built) return checkPool(built.pool, "the Action's built pool");
  throw new Error(
    `no LeetCode pool: add ${candidates[0]!.shown} (build it with \`npx roadmap leetcode-pool --write\`)`,
  );
}

/** Spaced review of done topics, from the run's topic issues: one comment per due topic. */
async function reviewSummary(
  ctx: ActionContext,
  issues: Awaited<ReturnType<ActionContext["reads"]["topicIssues"]>>,
): Promise<string> {
  const reviews = await postReviews(ctx.scope, {
    roadmap: ctx.roadmap,
    issues,
    today: ctx.today,
    timeZone: ctx.timeZone,
  });
  if (reviews.due.length === 0) return "";
  const verb = ctx.scope.dryRun ? "would post" : "posted";
  return `\n\n**Reviews ${ctx.today}:** ${verb} ${reviews.operations.length}, already posted ${reviews.already.length} (${reviews.due.map((review) => `#${review.issue.number}`).join(", ")})`;
}

export async function runDaily(ctx: ActionContext): Promise<StepResult> {
  const issues = await ctx.reads.topicIssues();
  const result = await postDaily(ctx.scope, {
    roadmap: ctx.roadmap,
    pool: () => loadPool(ctx),
    date: ctx.date,
    issues,
    ...(ctx.fetch ? { fetch: ctx.fetch } : {}),
  });
  // After the day's problem, which matters more: a failing review does not cost it.
  const reviews = await reviewSummary(ctx, issues);
  switch (result.status) {
    case "no-practice-topic":
      return { summary: `**Daily:** the roadmap has no practice topic (\`kind: practice\`).${reviews}` };
    case "issue-closed":
      return {
        summary: `**Daily:** the daily-practice issue #${result.issue.number} is closed; reopen it to get a problem a day.${reviews}`,
      };
  }
  // A practice issue this run created or took back is not in the list yet: add it, so the
  // README step that follows sees it without listing the issues again.
  const practice = result.issue;
  const added = practice && !issues.some((issue) => issue.number === practice.number);
  const verb = { posted: "posted", "already-posted": "already posted", "dry-run": "would post" }[
    result.status
  ];
  return {
    ...(added ? { issues: [...issues, practice] } : {}),
    history: result.history,
    ...(result.entry.commentUrl ? { set: { "daily-comment-url": result.entry.commentUrl } } : {}),
    summary:
      `**Daily ${result.entry.date}:** ${verb} [${result.entry.slug}](${problemUrl(result.entry.slug)})` +
      (result.entry.commentUrl ? ` ([comment](${result.entry.commentUrl}))` : "") +
      reviews,
  };
}
