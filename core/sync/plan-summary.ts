// What a sync plan changes, counted and said in one line: the Action's outputs, the
// check run's title, `roadmap plan` and the log all use it.
import { plural } from "../text/plural.js";
import type { Operation, OperationKind } from "../github/plan/operation.js";

export interface PlanCounts {
  labelsCreated: number;
  labelsUpdated: number;
  issuesCreated: number;
  issuesUpdated: number;
  issuesClosed: number;
  issuesReopened: number;
  /** Sub-issues added to, moved within or taken off the sections' parent issues. */
  subIssuesAdded: number;
  subIssuesMoved: number;
  subIssuesRemoved: number;
}

/** One key per issue: a topic's, or a section's parent. */
function issueKey(op: Operation): string {
  return `${op.topicId ?? `section:${op.sectionId ?? ""}`}#${String(op.params.issue_number)}`;
}

/** Counts per kind of change, an issue counted once however many requests it takes. */
export function countPlan(operations: readonly Operation[]): PlanCounts {
  const issues = (kinds: OperationKind[]) =>
    new Set(operations.filter((op) => kinds.includes(op.kind)).map(issueKey)).size;
  const created = issues(["create-issue", "create-section"]);
  const closed = issues(["close-removed", "close-duplicate", "close-section", "close-prior"]);
  const reopened = issues(["reopen-issue", "reopen-section"]);
  const touched = new Set(
    operations
      .filter((op) => ["update-issue", "update-section", "add-labels", "remove-label"].includes(op.kind))
      .map(issueKey),
  );
  for (const op of operations) {
    if (
      ["close-removed", "close-duplicate", "close-section", "reopen-issue", "reopen-section"].includes(
        op.kind,
      )
    ) {
      touched.delete(issueKey(op));
    }
  }
  const count = (kind: OperationKind) => operations.filter((op) => op.kind === kind).length;
  return {
    labelsCreated: operations.filter((op) => op.kind === "create-label").length,
    labelsUpdated: operations.filter((op) => op.kind === "update-label").length,
    issuesCreated: created,
    issuesUpdated: touched.size,
    issuesClosed: closed,
    issuesReopened: reopened,
    subIssuesAdded: count("add-sub-issue"),
    subIssuesMoved: count("move-sub-issue"),
    subIssuesRemoved: count("remove-sub-issue"),
  };
}

type Mood = "does" | "would";

const VERBS = {
  create: { does: "creates", would: "create" },
  update: { does: "updates", would: "update" },
  close: { does: "closes", would: "close" },
  reopen: { does: "reopens", would: "reopen" },
  add: { does: "adds", would: "add" },
  move: { does: "moves", would: "move" },
  remove: { does: "removes", would: "remove" },
} as const;

/**
 * The plan in one line, for check runs, logs and summaries: "creates 2 labels, creates 3
 * issues" for what a sync does, "would create 2 labels and 3 issues" for a dry run.
 */
export function summarizePlan(operations: readonly Operation[], mood: Mood = "does"): string {
  const counts = countPlan(operations);
  const groups: [keyof typeof VERBS, string[]][] = [
    [
      "create",
      [
        counts.labelsCreated ? plural(counts.labelsCreated, "label") : "",
        counts.issuesCreated ? plural(counts.issuesCreated, "issue") : "",
      ],
    ],
    [
      "update",
      [
        counts.labelsUpdated ? plural(counts.labelsUpdated, "label") : "",
        counts.issuesUpdated ? plural(counts.issuesUpdated, "issue") : "",
      ],
    ],
    ["close", [counts.issuesClosed ? plural(counts.issuesClosed, "issue") : ""]],
    ["reopen", [counts.issuesReopened ? plural(counts.issuesReopened, "issue") : ""]],
    ["add", [counts.subIssuesAdded ? plural(counts.subIssuesAdded, "sub-issue") : ""]],
    ["move", [counts.subIssuesMoved ? plural(counts.subIssuesMoved, "sub-issue") : ""]],
    ["remove", [counts.subIssuesRemoved ? plural(counts.subIssuesRemoved, "sub-issue") : ""]],
  ];
  const parts: string[] = [];
  for (const [verb, nouns] of groups) {
    const said = nouns.filter(Boolean);
    if (said.length === 0) continue;
    // "creates 2 labels, creates 3 issues" (each count on its own, as logs and checks read
    // it) or "would create 2 labels and 3 issues" (one verb, as a sentence reads).
    if (mood === "does") parts.push(...said.map((noun) => `${VERBS[verb].does} ${noun}`));
    else parts.push(`${VERBS[verb].would} ${said.join(" and ")}`);
  }
  if (parts.length === 0) return mood === "does" ? "no changes" : "would change nothing";
  return mood === "does" ? parts.join(", ") : `would ${parts.join(", ")}`;
}
