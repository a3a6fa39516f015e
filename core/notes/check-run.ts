// The "roadmap notes" check run on a notes pull request's head commit: every problem as an
// annotation on its line (unknown topic, broken front matter, a focus item the topic does
// not have), or one line saying which topics the notes are for.
import type { GitHubClient, Logger, RepoRef } from "../github/client.js";
import { inlineText } from "../render/markdown.js";
import type { NotesAnalysis, NotesProblem } from "./analyze.js";
import { hasFailures } from "./analyze.js";

export const NOTES_CHECK_NAME = "roadmap notes";
/** GitHub accepts at most 50 annotations per check-run request. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** Problems listed in the summary; the annotations carry them all. */
const SUMMARY_PROBLEMS = 50;

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column: number;
  end_column: number;
  annotation_level: "failure" | "warning";
  title: string;
  message: string;
}

export interface NotesCheck {
  conclusion: "success" | "failure" | "neutral";
  title: string;
  summary: string;
  annotations: CheckAnnotation[];
}

function annotation(problem: NotesProblem): CheckAnnotation {
  return {
    path: problem.file,
    start_line: problem.line,
    end_line: problem.line,
    start_column: problem.column,
    end_column: problem.column,
    annotation_level: problem.level,
    title: problem.level === "failure" ? "Study notes" : "Study notes (warning)",
    message: problem.message,
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export function notesCheck(analysis: NotesAnalysis): NotesCheck {
  const annotations = analysis.problems.map(annotation);
  if (hasFailures(analysis)) {
    const failures = analysis.problems.filter((problem) => problem.level === "failure");
    const listed = analysis.problems.slice(0, SUMMARY_PROBLEMS).map(
      (p) => `- ${p.level === "warning" ? "(warning) " : ""}${inlineText(`${p.file}:${p.line}:${p.column}`)} ${inlineText(p.message)}`,
    );
    const more = analysis.problems.length - listed.length;
    return {
      conclusion: "failure",
      title: `${plural(failures.length, "problem")} in the notes`,
      summary: [...listed, ...(more > 0 ? [`- …and ${more} more (see the annotations)`] : [])].join("\n"),
      annotations,
    };
  }
  const titles = analysis.topics.map(({ placed }) => placed.topic.title);
  const files = plural(analysis.files.length, "notes file");
  return {
    conclusion: "success",
    title: titles.length ? `Notes for ${titles.join(", ")}` : "No notes files",
    summary: titles.length
      ? `${files} for ${plural(titles.length, "topic")}: ${titles.map(inlineText).join(", ")}.`
      : "This pull request has no notes files any more.",
    annotations,
  };
}

/** The check when the roadmap itself cannot be read: the notes cannot be checked against it. */
export function roadmapUnreadableCheck(reason: string): NotesCheck {
  return {
    conclusion: "neutral",
    title: "Notes not checked",
    summary: `${inlineText(reason)}: the notes are checked once the roadmap is valid again.`,
    annotations: [],
  };
}

export interface CheckRunDeps {
  github: GitHubClient;
  repo: RepoRef;
  log: Logger;
  dryRun?: boolean;
}

/** One POST with the first 50 annotations, one PATCH per further 50. Returns the requests' count. */
export async function postNotesCheck(deps: CheckRunDeps, headSha: string, check: NotesCheck): Promise<number> {
  const { conclusion, title, summary, annotations } = check;
  const first = annotations.slice(0, ANNOTATIONS_PER_REQUEST);
  const params = {
    ...deps.repo,
    name: NOTES_CHECK_NAME,
    head_sha: headSha,
    status: "completed",
    conclusion,
    output: { title, summary, ...(first.length ? { annotations: first } : {}) },
  };
  if (deps.dryRun) {
    deps.log.info(`[dry run] check run "${NOTES_CHECK_NAME}" on ${headSha}: ${conclusion}, ${title}`);
    return 0;
  }
  deps.log.info(`check run "${NOTES_CHECK_NAME}": ${conclusion}, ${title}`);
  const { data } = await deps.github.request<{ id: number }>("POST /repos/{owner}/{repo}/check-runs", params);
  let requests = 1;
  for (let start = ANNOTATIONS_PER_REQUEST; start < annotations.length; start += ANNOTATIONS_PER_REQUEST) {
    await deps.github.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
      ...deps.repo,
      check_run_id: data.id,
      output: { title, summary, annotations: annotations.slice(start, start + ANNOTATIONS_PER_REQUEST) },
    });
    requests++;
  }
  return requests;
}
