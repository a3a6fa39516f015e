// A pull request that changes the roadmap file gets a check run: every validation problem
// as an annotation on its line, or the plan the merge would apply ("creates 2 issues,
// closes 1"). It reads the PR head through the API only; nothing from the PR runs and
// nothing is applied before merge.
import type { GitHubClient, Logger, RepoRef } from "../../core/github/client.js";
import { describeRequest } from "../../core/sync/operations.js";
import { readRemoteRoadmap } from "../../core/sync/remote-roadmap.js";
import { planSync } from "../../core/sync/sync.js";
import type { Problem } from "../../core/validate/validate-roadmap.js";

export const ROADMAP_CHECK_NAME = "roadmap plan";
/** GitHub accepts at most 50 annotations per check-run request. */
const ANNOTATIONS_PER_REQUEST = 50;

export interface RoadmapCheckDeps {
  github: GitHubClient;
  repo: RepoRef;
  log: Logger;
  roadmapPath: string;
}

export interface PullRequestRef {
  number: number;
  headSha: string;
}

async function changedFiles(deps: RoadmapCheckDeps, pull: PullRequestRef): Promise<string[]> {
  const files = await deps.github.paginate<{ filename: string; previous_filename?: string }>(
    "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
    { ...deps.repo, pull_number: pull.number, per_page: 100 },
  );
  return files.flatMap((file) => [
    file.filename,
    ...(file.previous_filename ? [file.previous_filename] : []),
  ]);
}

function annotation(problem: Problem) {
  return {
    path: problem.file,
    start_line: problem.line,
    end_line: problem.line,
    start_column: problem.column,
    end_column: problem.column,
    annotation_level: "failure",
    title: "Invalid roadmap",
    message: problem.message,
  };
}

/** Returns the check's conclusion, or undefined when the PR does not touch the roadmap. */
export async function checkRoadmapPullRequest(
  deps: RoadmapCheckDeps,
  pull: PullRequestRef,
): Promise<"success" | "failure" | undefined> {
  if (!(await changedFiles(deps, pull)).includes(deps.roadmapPath)) return undefined;
  const remote = await readRemoteRoadmap(deps.github, deps.repo, deps.roadmapPath, pull.headSha);
  let conclusion: "success" | "failure";
  let title: string;
  let summary: string;
  let annotations: ReturnType<typeof annotation>[] = [];
  if (!remote.found) {
    conclusion = "failure";
    title = `${deps.roadmapPath} is deleted`;
    summary = `This pull request deletes \`${deps.roadmapPath}\`. The roadmap's issues stay as they are; restore the file to keep syncing.`;
  } else if (!remote.result.ok) {
    const problems = remote.result.problems;
    conclusion = "failure";
    title = `${problems.length} problem${problems.length === 1 ? "" : "s"} in ${deps.roadmapPath}`;
    summary = problems.map((p) => `- \`${p.file}:${p.line}:${p.column}\` ${p.message}`).join("\n");
    annotations = problems.map(annotation);
  } else {
    const planned = await planSync(deps, remote.result.roadmap);
    conclusion = "success";
    title = `On merge: ${planned.summary}`;
    summary = planned.operations.length
      ? `Merging this pull request ${planned.summary}:\n\n${planned.operations.map((op) => `- ${op.summary}`).join("\n")}\n\n<details><summary>Requests</summary>\n\n\`\`\`\n${planned.operations.map(describeRequest).join("\n")}\n\`\`\`\n</details>`
      : "Merging this pull request changes no issue or label.";
  }
  const first = annotations.slice(0, ANNOTATIONS_PER_REQUEST);
  const { data } = await deps.github.request<{ id: number }>("POST /repos/{owner}/{repo}/check-runs", {
    ...deps.repo,
    name: ROADMAP_CHECK_NAME,
    head_sha: pull.headSha,
    status: "completed",
    conclusion,
    output: { title, summary, ...(first.length ? { annotations: first } : {}) },
  });
  for (let start = ANNOTATIONS_PER_REQUEST; start < annotations.length; start += ANNOTATIONS_PER_REQUEST) {
    await deps.github.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
      ...deps.repo,
      check_run_id: data.id,
      output: { title, summary, annotations: annotations.slice(start, start + ANNOTATIONS_PER_REQUEST) },
    });
  }
  return conclusion;
}
