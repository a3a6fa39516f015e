// `command: daily`: one comment per date on the daily-practice issue. The history is the
// issue's own comments, so a second run for the same date finds its comment and writes
// nothing. Requests: the practice issue's comments (ceil(n/100) reads) and one comment
// write; the topic issues are read by the caller (shared with the README update). Without
// a practice issue among them, one more list read (core/daily/practice-issue.ts) and one
// write to take it back or create it. A post whose answer is lost (5xx): one more comments
// read, and at most one more post.
import type { RepoScope } from "../github/scope.js";
import { statusOf } from "../github/errors.js";
import { pinIssue } from "../github/pin-issue.js";
import type { PlacedTopic } from "../model/roadmap.js";
import { practiceTopic } from "../model/roadmap.js";
import type { Practice, Roadmap } from "../model/schema.js";
import { progressFromSnapshot } from "../issues/progress-from-issues.js";
import type { TopicIssue } from "../issues/topic-issues.js";
import type { DailyProblem } from "./comment.js";
import { renderDailyComment } from "./comment.js";
import { readDailyHistory } from "../practice/daily-history.js";
import type { FetchLike } from "./leetcode-daily.js";
import { fetchLeetCodeDaily } from "./leetcode-daily.js";
import type { DailyEntry } from "../practice/daily-marker.js";
import { parseDailyComment } from "../practice/daily-marker.js";
import { nextTopic } from "../issues/next-topic.js";
import { isPractising, practiceStreaks } from "../practice/streaks.js";
import { applyOperations } from "../github/plan/apply.js";
import { planStatusChange } from "../issues/label-changes.js";
import { practiceStatus } from "../issues/status.js";
import { currentCycle, pickFromPool } from "./pick.js";
import type { Pool } from "./pool.js";
import { leetCodeDifficulty } from "./pool.js";
import { ensurePracticeIssue } from "./practice-issue.js";

export interface DailyInput {
  roadmap: Roadmap;
  /** The pool, or how to load it: called only when a problem is picked (not on a day already posted). */
  pool: Pool | (() => Pool);
  /** YYYY-MM-DD. */
  date: string;
  /** Every topic issue (the caller's snapshot). */
  issues: readonly TopicIssue[];
  /** For `source: leetcode-daily`; without it the pool is used. */
  fetch?: FetchLike;
}

export type DailyResult =
  | { status: "no-practice-topic" }
  | { status: "issue-closed"; issue: TopicIssue }
  | {
      status: "posted" | "already-posted" | "dry-run";
      /** The practice issue, when it exists (a dry run may find none). */
      issue: TopicIssue | undefined;
      /** Set when the issue was created by this run. */
      created: boolean;
      /** Every daily entry, this date's included. */
      history: DailyEntry[];
      entry: DailyEntry;
      body?: string;
    };

/** The pool restricted to the configured difficulty; empty is a setup mistake. */
function poolOf(pool: Pool, practice: Practice): Pool {
  const want = leetCodeDifficulty(practice.difficulty);
  const problems = pool.problems.filter((problem) => problem.difficulty === want);
  if (problems.length === 0) {
    throw new Error(
      `roadmap/leetcode.yml has no ${want} problems: rebuild it with \`roadmap leetcode-pool --difficulty ${practice.difficulty} --write\``,
    );
  }
  return { problems };
}

async function chooseProblem(
  scope: RepoScope,
  fetch: FetchLike | undefined,
  practice: Practice,
  pool: Pool,
  history: readonly DailyEntry[],
  date: string,
): Promise<{ problem: DailyProblem; origin: string }> {
  const posted = history.map((entry) => entry.slug);
  if (practice.source === "leetcode-daily" && fetch) {
    const result = await fetchLeetCodeDaily(fetch, leetCodeDifficulty(practice.difficulty), date);
    if (result.ok) {
      const { problem } = result;
      const fromPool = pool.problems.find((candidate) => candidate.slug === problem.slug);
      if (!fromPool || !currentCycle(pool, posted).used.has(problem.slug)) {
        const pattern = fromPool?.pattern ?? (problem.tags.slice(0, 3).join(", ") || "—");
        return { problem: { ...problem, pattern }, origin: "LeetCode's question of the day" };
      }
      scope.log.info(
        `LeetCode's question of the day (${problem.slug}) was already posted in this cycle: using the pool`,
      );
    } else {
      scope.log.warn(`LeetCode's question of the day is not used: ${result.reason}; using the pool`);
    }
  }
  const pick = pickFromPool(pool, posted);
  return {
    problem: pick.problem,
    origin: `From the pool: ${pick.position} of ${pool.problems.length}${pick.cycle > 1 ? `, round ${pick.cycle}` : ""}`,
  };
}

/** A server error or no answer at all: GitHub may have stored the comment all the same. */
function answerMayBeLost(error: unknown): boolean {
  const status = statusOf(error);
  return status === undefined || status >= 500;
}

/**
 * Posts the day's comment. POSTs are never retried blindly (core/github/client.ts): when
 * the answer is lost, the issue's comments are read once more: today's marker there means
 * the comment landed (that entry is the day's, even if another run wrote it); otherwise it
 * is posted once more, and a second failure is thrown. Any other failure (a 403, a 422) is
 * thrown at once: nothing was stored.
 */
async function postComment(
  scope: RepoScope,
  issueNumber: number,
  date: string,
  body: string,
): Promise<DailyEntry> {
  const post = async (): Promise<DailyEntry> => {
    const { data } = await scope.github.request<{ id: number; html_url: string }>(
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
      { ...scope.repo, issue_number: issueNumber, body },
    );
    return { ...parseDailyComment(body)!, commentId: data.id, commentUrl: data.html_url };
  };
  try {
    return await post();
  } catch (error) {
    if (!answerMayBeLost(error)) throw error;
    scope.log.warn(
      `posting the daily comment on #${issueNumber} failed (${error instanceof Error ? error.message : String(error)}): looking for it among the issue's comments`,
    );
  }
  const landed = (await readDailyHistory(scope.github, scope.repo, issueNumber, scope.trust)).find(
    (entry) => entry.date === date,
  );
  if (landed) {
    scope.log.info(`the comment for ${date} is there: it was posted`);
    return landed;
  }
  return post();
}

export async function postDaily(scope: RepoScope, input: DailyInput): Promise<DailyResult> {
  const placed: PlacedTopic | undefined = practiceTopic(input.roadmap);
  if (!placed?.topic.practice) {
    scope.log.info("the roadmap has no practice topic (kind: practice): no daily problem to post");
    return { status: "no-practice-topic" };
  }
  const practice = placed.topic.practice;
  // A pool passed as a value is checked before any request; one passed as a loader only
  // when a problem is picked.
  const given = typeof input.pool === "function" ? undefined : poolOf(input.pool, practice);

  const found = await ensurePracticeIssue(scope, placed, input.issues, input.roadmap);
  const issue = found.kind === "missing" ? undefined : found.issue;
  if (issue?.state === "closed") {
    scope.log.info(`the daily-practice issue #${issue.number} is closed: reopen it to get a problem a day`);
    return { status: "issue-closed", issue };
  }
  // A brand-new issue has no comments: no need to ask (an adopted one may have).
  const history =
    issue && found.kind !== "created"
      ? await readDailyHistory(scope.github, scope.repo, issue.number, scope.trust)
      : [];
  const created = found.kind === "created";

  const already = history.find((entry) => entry.date === input.date);
  if (already) {
    scope.log.info(`the problem for ${input.date} is already posted (${already.slug}): nothing to do`);
    return { status: "already-posted", issue, created, history, entry: already };
  }

  const pool = given ?? poolOf((input.pool as () => Pool)(), practice);
  const { problem, origin } = await chooseProblem(scope, input.fetch, practice, pool, history, input.date);
  // A created or adopted issue is not in the caller's list yet.
  const issues = issue && found.kind !== "existing" ? [...input.issues, issue] : [...input.issues];
  const body = renderDailyComment({
    date: input.date,
    problem,
    origin,
    timebox: placed.topic.timebox,
    next: nextTopic(input.roadmap, progressFromSnapshot(input.roadmap, { issues })),
    // Today's problem is the one being posted: the streak runs up to yesterday.
    streak: practiceStreaks(
      history.filter((entry) => entry.date < input.date),
      input.date,
    ),
  });

  if (scope.dryRun || !issue) {
    scope.log.info(
      `dry run: would post on the daily-practice issue${issue ? ` #${issue.number}` : ""}:\n${body}`,
    );
    const entry: DailyEntry = { ...parseDailyComment(body)! };
    return { status: "dry-run", issue, created, history: [...history, entry], entry, body };
  }

  const entry = await postComment(scope, issue.number, input.date, body);
  scope.log.info(`posted ${entry.slug} for ${input.date} on #${issue.number}: ${entry.commentUrl ?? ""}`);

  // The practice topic's status follows its practice (core/issues/status.ts): its label
  // moves when the learner starts practising or stops for a week; no write otherwise.
  const practising = isPractising(practiceStreaks([...history, entry], input.date), input.date);
  await applyOperations(scope, planStatusChange(scope.repo, issue, practiceStatus(issue, practising)));

  // Pin once, when the practice starts (no earlier daily comment): a learner who unpins
  // the issue later is not overruled every day, and no request is spent checking.
  if (history.length === 0) await pinIssue(scope.github, issue.nodeId, scope.log);

  return { status: "posted", issue, created, history: [...history, entry], entry, body };
}
