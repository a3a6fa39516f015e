// The one comment the roadmap keeps on a notes pull request: each topic the notes belong
// to, its issue and checklist state, and what the notes cover. It is found again by its
// hidden marker and edited in place, so every event leaves exactly one such comment.
import type { TopicStatus } from "../model/progress.js";
import { checklistOf } from "../model/roadmap.js";
import { inlineText } from "../text/markdown.js";
import { bounded, untrustedMarkdown } from "../text/neutralize.js";
import { andMore, capList, fitText } from "../github/size-limits.js";
import { countTicks } from "../issues/checklist.js";
import { statusOfLabels } from "../issues/labels.js";
import { splitBody } from "../issues/markers.js";
import type { TopicIssue } from "../issues/topic-issues.js";
import type { NotesAnalysis } from "./analyze.js";
import { hasFailures } from "./analyze.js";
import { NOTES_CHECK_NAME } from "./notes-check.js";

/** Files listed in the comment, and characters of each name: 100 long names stay far under 65,536. */
export const MAX_FILES_LISTED = 100;
const MAX_PATH_SHOWN = 200;

export const NOTES_PR_MARKER = "<!-- roadmap:notes-pr -->";
/** Added to the PR comment once the merge has been applied: a repeated merge event stops there. */
export const NOTES_MERGED_MARKER = "<!-- roadmap:notes-merged -->";

const STATUS_TEXT: Record<TopicStatus, string> = {
  todo: "⬜ todo",
  "in-progress": "🚧 in progress",
  done: "✅ done",
  dropped: "🚫 dropped",
};

export interface PrCommentInput {
  analysis: NotesAnalysis;
  /** Topic issues by topic id (the lead issue of each topic). */
  issues: ReadonlyMap<string, TopicIssue>;
  /** Topic issues the PR body says it completes (closing keywords or "Completes #N"). */
  completes: readonly number[];
  /** Set once the merge was applied: the topic issues the merged notes are linked from. */
  merged?: { branch: string };
}

export function isNotesPrComment(body: string | null | undefined): boolean {
  return (body ?? "").trimStart().startsWith(NOTES_PR_MARKER);
}

function checklistCell(issue: TopicIssue | undefined, total: number): string {
  if (!issue) return "no issue yet: run a sync";
  const status = statusOfLabels(issue.labels);
  const ticks = countTicks(splitBody(issue.body).generated ?? "");
  const parts = [total > 0 ? `${ticks.checked}/${ticks.total} ticked` : "no checklist"];
  if (status) parts.push(STATUS_TEXT[status]);
  return parts.join(" · ");
}

function topicTable(input: PrCommentInput): string[] {
  const rows = input.analysis.topics.map(({ placed, focus }) => {
    const issue = input.issues.get(placed.topic.id);
    const total = checklistOf(placed.topic)?.items.length ?? 0;
    const covered = focus.length ? focus.map(untrustedMarkdown).join(", ") : "—";
    return `| ${untrustedMarkdown(placed.topic.title)} | ${issue ? `#${issue.number}` : "—"} | ${checklistCell(issue, total)} | ${covered} |`;
  });
  return ["| Topic | Issue | Checklist | Covered by these notes |", "| --- | --- | --- | --- |", ...rows];
}

function completedLine(input: PrCommentInput): string[] {
  const topicIssues = new Set([...input.issues.values()].map((issue) => issue.number));
  const completes = [...new Set(input.completes)]
    .filter((number) => topicIssues.has(number))
    .sort((a, b) => a - b);
  if (completes.length === 0) return [];
  const list = completes.map((number) => `#${number}`).join(", ");
  return [input.merged ? `Completed: ${list}.` : `Merging completes ${list}.`, ""];
}

export function renderPrComment(input: PrCommentInput): string {
  const { analysis } = input;
  const lines = [NOTES_PR_MARKER, "### 📝 Study notes", ""];
  if (analysis.files.length === 0) {
    lines.push("This pull request has no notes files (`notes/<topic-id>/*.md`) any more.", "");
    return lines.join("\n");
  }
  if (analysis.topics.length > 0) lines.push(...topicTable(input), "");
  const count = analysis.files.length;
  lines.push(
    `<details><summary>${count} notes file${count === 1 ? "" : "s"}</summary>`,
    "",
    // File names are the PR author's: no link, mention, reference, HTML or bidi trick survives.
    ...capList(
      analysis.files.map((file) => `- ${untrustedMarkdown(bounded(file.path, MAX_PATH_SHOWN))}`),
      MAX_FILES_LISTED,
      andMore("files"),
    ),
    "",
    "</details>",
    "",
  );
  if (input.merged) {
    const linked = analysis.topics
      .map(({ placed }) => input.issues.get(placed.topic.id))
      .filter((issue): issue is TopicIssue => issue !== undefined)
      .map((issue) => `#${issue.number}`);
    lines.push(
      NOTES_MERGED_MARKER,
      `**Merged into ${inlineText(input.merged.branch)}.**${linked.length ? ` The notes are linked from ${linked.join(", ")}.` : ""}`,
      "",
    );
  } else if (analysis.topics.length > 0) {
    lines.push(
      "On merge, each topic issue links these notes, gets the covered items ticked, and moves from *todo* to *in progress*.",
      "",
    );
  }
  lines.push(...completedLine(input));
  if (hasFailures(analysis)) {
    const failures = analysis.problems.filter((problem) => problem.level === "failure").length;
    lines.push(
      `⚠️ ${failures} problem${failures === 1 ? "" : "s"} in the notes: see the **${NOTES_CHECK_NAME}** check.`,
      "",
    );
  }
  // The lists above are capped, so this only ever cuts a comment with absurdly long names.
  return fitText(lines.join("\n"));
}
