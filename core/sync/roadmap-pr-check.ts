// A pull request that changes the roadmap file gets a check run: every validation problem
// as an annotation on its line, or the plan the merge would apply ("creates 2 issues,
// closes 1"). It reads the PR head through the API only; nothing from the PR runs and
// nothing is applied before merge.
import type { RepoScope } from "../github/scope.js";
import { describeRequest } from "../github/plan/operation.js";
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
    summary = problems.map((p) => `- \`${p.file}:${p.line}:${p.column}\` ${p.message}`).join("\n");
    annotations = problems.map((problem) => annotationAt(problem, "failure", "Invalid roadmap"));
  } else {
    const planned = await planSync(scope, remote.result.roadmap);
    conclusion = "success";
    title = `On merge: ${planned.summary}`;
    summary = planned.operations.length
      ? `Merging this pull request ${planned.summary}:\n\n${planned.operations.map((op) => `- ${op.summary}`).join("\n")}\n\n<details><summary>Requests</summary>\n\n\`\`\`\n${planned.operations.map(describeRequest).join("\n")}\n\`\`\`\n</details>`
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
