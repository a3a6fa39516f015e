// A pull request that changes the roadmap file gets a check run: every validation problem
// as an annotation on its line, or the plan the merge would apply ("creates 2 issues,
// closes 1"). It reads the PR head through the API only; nothing from the PR runs and
// nothing is applied before merge.
import type { RepoScope } from "../github/scope.js";
import { describeRequest } from "../github/plan/operation.js";
import type { Operation } from "../github/plan/operation.js";
import { andMore, capList, MAX_LISTED } from "../github/size-limits.js";
import { stripBidi, untrustedMarkdown } from "../text/neutralize.js";
import { DEFAULT_ROADMAP_PATH, readRemoteRoadmap } from "../validate/read-from-github.js";
import { planSync } from "./sync.js";
import type { CheckAnnotation } from "../github/post-check-run.js";
import { annotationAt, postCheckRun } from "../github/post-check-run.js";

export const ROADMAP_CHECK_NAME = "roadmap plan";

export interface PullRequestRef {
  number: number;
  headSha: string;
}

async function changedFiles(scope: RepoScope, pull: PullRequestRef): Promise<string[]> {
  const files = await scope.github.paginate<{ filename: string; previous_filename?: string }>(
    "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
    { ...scope.repo, pull_number: pull.number, per_page: 100 },
  );
  return files.flatMap((file) => [
    file.filename,
    ...(file.previous_filename ? [file.previous_filename] : []),
  ]);
}

/**
 * The plan in Markdown. Titles come from the pull request's roadmap (maybe a fork's): each
 * line goes through untrustedMarkdown, and the requests sit in a code fence longer than any
 * run of backticks in them, so no title can close the fence and start HTML of its own.
 */
function planSummary(oneLine: string, operations: readonly Operation[]): string {
  const items = capList(
    operations.map((op) => `- ${operationLine(op.summary)}`),
    MAX_LISTED,
    andMore("changes"),
  );
  const requests = capList(
    operations.map((op) => stripBidi(describeRequest(op))),
    MAX_LISTED,
    (n) => `… and ${n} more requests`,
  ).join("\n");
  const fence = "`".repeat(Math.max(3, longestRun(requests, "`") + 1));
  return `Merging this pull request ${oneLine}:\n\n${items.join("\n")}\n\n<details><summary>Requests</summary>\n\n${fence}\n${requests}\n${fence}\n</details>`;
}

/** "#5: update title …": the leading issue number is ours and stays a link; the rest is not. */
function operationLine(summary: string): string {
  const ours = /^#\d+: /.exec(summary)?.[0] ?? "";
  return `${ours}${untrustedMarkdown(summary.slice(ours.length))}`;
}

function longestRun(text: string, char: string): number {
  let longest = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

/** Returns the check's conclusion, or undefined when the PR does not touch the roadmap. */
export async function checkRoadmapPullRequest(
  scope: RepoScope,
  pull: PullRequestRef,
  roadmapPath: string = DEFAULT_ROADMAP_PATH,
): Promise<"success" | "failure" | undefined> {
  if (!(await changedFiles(scope, pull)).includes(roadmapPath)) return undefined;
  const remote = await readRemoteRoadmap(scope.github, scope.repo, roadmapPath, pull.headSha);
  let conclusion: "success" | "failure";
  let title: string;
  let summary: string;
  let annotations: CheckAnnotation[] = [];
  if (!remote.found) {
    conclusion = "failure";
    title = `${roadmapPath} is deleted`;
    summary = `This pull request deletes \`${roadmapPath}\`. The roadmap's issues stay as they are; restore the file to keep syncing.`;
  } else if (!remote.result.ok) {
    const problems = remote.result.problems;
    conclusion = "failure";
    title = `${problems.length} problem${problems.length === 1 ? "" : "s"} in ${roadmapPath}`;
    // The messages quote the pull request's roadmap: its text, not ours (no HTML, links, mentions).
    summary = capList(
      problems.map(
        (p) => `- ${untrustedMarkdown(`${p.file}:${p.line}:${p.column}`)} ${untrustedMarkdown(p.message)}`,
      ),
      MAX_LISTED,
      andMore("problems"),
    ).join("\n");
    annotations = problems.map((problem) => annotationAt(problem, "failure", "Invalid roadmap"));
  } else {
    const planned = await planSync(scope, remote.result.roadmap);
    conclusion = "success";
    title = `On merge: ${planned.summary}`;
    summary = planned.operations.length
      ? planSummary(planned.summary, planned.operations)
      : "Merging this pull request changes no issue or label.";
  }
  await postCheckRun(scope, {
    name: ROADMAP_CHECK_NAME,
    headSha: pull.headSha,
    conclusion,
    title,
    summary,
    annotations,
  });
  return conclusion;
}
