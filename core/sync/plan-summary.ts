// What a sync plan changes, counted and said in one line: the Action's outputs, the
// check run's title, `roadmap plan` and the log all use it.
import type { Operation, OperationKind } from "../github/plan/operation.js";

export interface PlanCounts {
  labelsCreated: number;
  labelsUpdated: number;
  issuesCreated: number;
  issuesUpdated: number;
  issuesClosed: number;
  issuesReopened: number;
}

/** Counts per kind of change, an issue counted once however many requests it takes. */
export function countPlan(operations: readonly Operation[]): PlanCounts {
  const topics = (kinds: OperationKind[]) =>
    new Set(
      operations
        .filter((op) => kinds.includes(op.kind))
        .map((op) => `${op.topicId}#${String(op.params.issue_number)}`),
    ).size;
  const created = topics(["create-issue"]);
  const closed = topics(["close-removed", "close-duplicate"]);
  const reopened = topics(["reopen-issue"]);
  const touched = new Set(
    operations
      .filter((op) => ["update-issue", "add-labels", "remove-label"].includes(op.kind))
      .map((op) => `${op.topicId}#${String(op.params.issue_number)}`),
  );
  for (const op of operations) {
    if (["close-removed", "close-duplicate", "reopen-issue"].includes(op.kind)) {
      touched.delete(`${op.topicId}#${String(op.params.issue_number)}`);
    }
  }
  return {
    labelsCreated: operations.filter((op) => op.kind === "create-label").length,
    labelsUpdated: operations.filter((op) => op.kind === "update-label").length,
    issuesCreated: created,
    issuesUpdated: touched.size,
    issuesClosed: closed,
    issuesReopened: reopened,
  };
}

type Mood = "does" | "would";

const VERBS = {
  create: { does: "creates", would: "create" },
  update: { does: "updates", would: "update" },
  close: { does: "closes", would: "close" },
  reopen: { does: "reopens", would: "reopen" },
} as const;

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

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
