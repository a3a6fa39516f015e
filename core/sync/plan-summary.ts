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

/** "creates 2 issues, closes 1": the plan in one line, for check runs and logs. */
export function summarizePlan(operations: readonly Operation[]): string {
  const counts = countPlan(operations);
  const parts: string[] = [];
  const say = (n: number, verb: string, noun: string) => {
    if (n > 0) parts.push(`${verb} ${n} ${noun}${n === 1 ? "" : "s"}`);
  };
  say(counts.labelsCreated, "creates", "label");
  say(counts.labelsUpdated, "updates", "label");
  say(counts.issuesCreated, "creates", "issue");
  say(counts.issuesUpdated, "updates", "issue");
  say(counts.issuesClosed, "closes", "issue");
  say(counts.issuesReopened, "reopens", "issue");
  return parts.length ? parts.join(", ") : "no changes";
}
