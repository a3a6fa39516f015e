// The "roadmap notes" check run on a notes pull request's head commit: every problem as an
// annotation on its line (unknown topic, broken front matter, a focus item the topic does
// not have), or one line saying which topics the notes are for.
import { plural } from "../text/plural.js";
import type { CheckAnnotation } from "../github/post-check-run.js";
import type { RepoScope } from "../github/scope.js";
import { annotationAt, postCheckRun } from "../github/post-check-run.js";
import { bounded, untrustedMarkdown } from "../text/neutralize.js";
import { capList, MAX_LISTED } from "../github/size-limits.js";

/** A check run's output.title is one line; GitHub shows about this much of it. */
const CHECK_TITLE_MAX = 255;
import type { NotesAnalysis, NotesProblem } from "./analyze.js";
import { hasFailures } from "./analyze.js";

export const NOTES_CHECK_NAME = "roadmap notes";
/** Problems listed in the summary; the annotations carry them all. */
const SUMMARY_PROBLEMS = 50;

export interface NotesCheck {
  conclusion: "success" | "failure" | "neutral";
  title: string;
  summary: string;
  annotations: CheckAnnotation[];
}

function annotation(problem: NotesProblem): CheckAnnotation {
  return annotationAt(
    problem,
    problem.level,
    problem.level === "failure" ? "Study notes" : "Study notes (warning)",
  );
}

export function notesCheck(analysis: NotesAnalysis): NotesCheck {
  const annotations = analysis.problems.map(annotation);
  if (hasFailures(analysis)) {
    const failures = analysis.problems.filter((problem) => problem.level === "failure");
    const listed = analysis.problems
      .slice(0, SUMMARY_PROBLEMS)
      .map(
        (p) =>
          `- ${p.level === "warning" ? "(warning) " : ""}${untrustedMarkdown(`${p.file}:${p.line}:${p.column}`)} ${untrustedMarkdown(p.message)}`,
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
    title: titles.length ? bounded(`Notes for ${titles.join(", ")}`, CHECK_TITLE_MAX) : "No notes files",
    summary: titles.length
      ? `${files} for ${plural(titles.length, "topic")}: ${capList(titles.map(untrustedMarkdown), MAX_LISTED, (n) => `… and ${n} more`).join(", ")}.`
      : "This pull request has no notes files any more.",
    annotations,
  };
}

/** The check when the roadmap itself cannot be read: the notes cannot be checked against it. */
export function roadmapUnreadableCheck(reason: string): NotesCheck {
  return {
    conclusion: "neutral",
    title: "Notes not checked",
    summary: `${untrustedMarkdown(reason)}: the notes are checked once the roadmap is valid again.`,
    annotations: [],
  };
}

/** One POST with the first 50 annotations, one PATCH per further 50. Returns the requests' count. */
export function postNotesCheck(scope: RepoScope, headSha: string, check: NotesCheck): Promise<number> {
  return postCheckRun(scope, { name: NOTES_CHECK_NAME, headSha, ...check });
}
