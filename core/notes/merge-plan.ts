// What merging a notes pull request does to one topic issue, as planned writes: the
// status label (todo -> in progress, or done when the PR completes the topic), the covered
// focus items ticked, the issue closed for "Completes #N", and one comment linking the
// merged notes. Pure: the issue as it is now in, the fewest writes out; an issue already
// in that state plans nothing, so a repeated merge event writes nothing.
import type { RepoRef } from "../github/client.js";
import type { Topic } from "../model/schema.js";
import { inlineText } from "../text/markdown.js";
import { bounded, untrustedMarkdown } from "../text/neutralize.js";
import { capList } from "../github/size-limits.js";
import { STATUS_LABELS, statusOfLabels } from "../issues/labels.js";
import type { Operation } from "../github/plan/operation.js";
import { planStatusChange } from "../issues/label-changes.js";
import { topicStatus } from "../issues/status.js";
import type { TopicIssue } from "../issues/topic-issues.js";
import { tickItems } from "../issues/tick.js";

export function topicCommentMarker(pullNumber: number): string {
  return `<!-- roadmap:notes-merged pr=${pullNumber} -->`;
}

export interface MergeContext {
  repo: RepoRef;
  pullNumber: number;
  /** The merge commit: the notes are linked as they are there. */
  mergeSha: string;
  /** "https://github.com/owner/repo" (another host on GitHub Enterprise). */
  repoUrl: string;
}

export interface TopicMergeInput {
  issue: TopicIssue;
  topic: Topic;
  /** The merged notes of this topic, when the PR has some (a PR may only complete it). */
  notes?: { files: readonly string[]; focus: readonly string[] };
  /** The PR body completes the topic: by a GitHub closing keyword (GitHub closes it) or "Completes #N" (we close it). */
  completion?: "github-closes" | "completes";
  /** A comment with this PR's marker is already on the issue. */
  commented: boolean;
}

export interface TopicMergePlan {
  operations: Operation[];
  /** The issue as it will be once the operations are applied (what the PR comment shows). */
  after: TopicIssue;
}

function blobUrl(context: MergeContext, path: string): string {
  // encodeURIComponent leaves ( and ) alone, and a ")" in a file name would end the link.
  const encoded = path
    .split("/")
    .map((part) => encodeURIComponent(part).replace(/\(/g, "%28").replace(/\)/g, "%29"))
    .join("/");
  return `${context.repoUrl.replace(/\/+$/, "")}/blob/${context.mergeSha}/${encoded}`;
}

/** Notes linked from one topic comment; 100 long links stay far under GitHub's 65,536 characters. */
export const MAX_FILES_LINKED = 100;

export function topicComment(
  context: MergeContext,
  notes: { files: readonly string[]; focus: readonly string[] },
): string {
  // The names are the pull request author's: inert text, and at most MAX_FILES_LINKED of them.
  const links = capList(
    notes.files.map((path) => `[${untrustedMarkdown(bounded(path, 200))}](${blobUrl(context, path)})`),
    MAX_FILES_LINKED,
    (count) => `… and ${count} more`,
  );
  const lines = [
    topicCommentMarker(context.pullNumber),
    `📝 Notes merged in #${context.pullNumber}: ${links.join(", ")}`,
  ];
  if (notes.focus.length) lines.push("", `Covered: ${notes.focus.map(inlineText).join(", ")}.`);
  return `${lines.join("\n")}\n`;
}

export function planTopicMerge(context: MergeContext, input: TopicMergeInput): TopicMergePlan {
  const { repo } = context;
  const { issue, topic } = input;
  const operations: Operation[] = [];
  let labels = issue.labels;

  // Labels first: the body edit below fires issues.edited, whose handler then finds the status already set.
  const status = topicStatus(issue, input.completion ? "completed" : "notes-merged");
  if (status !== statusOfLabels(issue.labels)) {
    const others = issue.labels.filter((name) => statusOfLabels([name]) === undefined);
    labels = [...others, STATUS_LABELS[status].name];
    operations.push(...planStatusChange(repo, issue, status));
  }

  const body = input.notes ? tickItems(issue.body, topic, input.notes.focus) : issue.body;
  const close = input.completion === "completes" && issue.state === "open" && status === "done";
  const patch: Record<string, unknown> = {};
  if (body !== issue.body) patch.body = body;
  if (close) Object.assign(patch, { state: "closed", state_reason: "completed" });
  if (Object.keys(patch).length) {
    operations.push({
      kind: "update-issue",
      topicId: issue.topicId,
      summary: `#${issue.number}: ${[
        ...(patch.body !== undefined ? ["tick the items the merged notes cover"] : []),
        ...(close ? [`close as completed (#${context.pullNumber} completes it)`] : []),
      ].join(", ")}`,
      route: "PATCH /repos/{owner}/{repo}/issues/{issue_number}",
      params: { ...repo, issue_number: issue.number, ...patch },
    });
  }

  if (input.notes && !input.commented) {
    operations.push({
      kind: "comment",
      topicId: issue.topicId,
      summary: `#${issue.number}: link the notes merged in #${context.pullNumber}`,
      route: "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
      params: { ...repo, issue_number: issue.number, body: topicComment(context, input.notes) },
    });
  }

  return {
    operations,
    after: {
      ...issue,
      labels,
      body,
      ...(close ? { state: "closed" as const, stateReason: "completed" } : {}),
    },
  };
}
