// A completed check run with annotations, as both checks post it ("roadmap plan" on a PR
// that changes the roadmap, "roadmap notes" on a notes PR). GitHub takes at most 50
// annotations per request: the first 50 go with the POST, each further 50 in a PATCH.
import type { RepoScope } from "./scope.js";
import {
  ANNOTATION_MESSAGE_MAX,
  ANNOTATION_TITLE_MAX,
  COMMENT_MAX,
  fitText,
  MAX_ANNOTATIONS,
} from "./size-limits.js";
import { bounded, stripBidi } from "../text/neutralize.js";

export const ANNOTATIONS_PER_REQUEST = 50;
/** GitHub rejects a check run whose output.summary is longer than this. */
export const SUMMARY_MAX = COMMENT_MAX - 1;

/** The summary cut to GitHub's limit at a line break, saying that it was cut. */
export function fitSummary(summary: string): string {
  return fitText(summary, SUMMARY_MAX, "\n\n…(cut to fit GitHub's check-run size limit)");
}

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column: number;
  end_column: number;
  annotation_level: "failure" | "warning" | "notice";
  title: string;
  message: string;
}

/** An annotation on one position (a Problem from the validators, a notes problem). */
export function annotationAt(
  at: { file: string; line: number; column: number; message: string },
  level: CheckAnnotation["annotation_level"],
  title: string,
): CheckAnnotation {
  return {
    path: at.file,
    start_line: at.line,
    end_line: at.line,
    // GitHub ignores columns on multi-line annotations; ours are one line.
    start_column: at.column,
    end_column: at.column,
    annotation_level: level,
    title: bounded(title, ANNOTATION_TITLE_MAX),
    // Messages quote the file (a value, a name): no bidi control reorders what the reader sees.
    message: bounded(stripBidi(at.message), ANNOTATION_MESSAGE_MAX),
  };
}

export interface CheckRunOutput {
  name: string;
  headSha: string;
  conclusion: "success" | "failure" | "neutral";
  title: string;
  summary: string;
  annotations: readonly CheckAnnotation[];
}

/** Posts the check; returns the number of requests sent (0 in a dry run). */
export async function postCheckRun(scope: RepoScope, check: CheckRunOutput): Promise<number> {
  const { name, headSha, conclusion, title } = check;
  // Past MAX_ANNOTATIONS the summary says how many were left out (each 50 is one more request).
  const annotations = check.annotations.slice(0, MAX_ANNOTATIONS);
  const left = check.annotations.length - annotations.length;
  const summary = fitSummary(
    left > 0 ? `${check.summary}\n\n… and ${left} more problems not annotated` : check.summary,
  );
  if (scope.dryRun) {
    scope.log.info(`[dry run] check run "${name}" on ${headSha}: ${conclusion}, ${title}`);
    return 0;
  }
  scope.log.info(`check run "${name}": ${conclusion}, ${title}`);
  const first = annotations.slice(0, ANNOTATIONS_PER_REQUEST);
  const { data } = await scope.github.request<{ id: number }>("POST /repos/{owner}/{repo}/check-runs", {
    ...scope.repo,
    name,
    head_sha: headSha,
    status: "completed",
    conclusion,
    output: { title, summary, ...(first.length ? { annotations: first } : {}) },
  });
  let requests = 1;
  for (let start = ANNOTATIONS_PER_REQUEST; start < annotations.length; start += ANNOTATIONS_PER_REQUEST) {
    await scope.github.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
      ...scope.repo,
      check_run_id: data.id,
      output: { title, summary, annotations: annotations.slice(start, start + ANNOTATIONS_PER_REQUEST) },
    });
    requests++;
  }
  return requests;
}
