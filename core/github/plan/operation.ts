// A planned write: the exact REST request it will send, plus what it means. The plan is
// a list of these; applying it sends them in order, and a dry run prints them instead.
import type { RequestParams } from "../client.js";

export type OperationKind =
  | "create-label"
  | "update-label"
  | "create-issue"
  | "update-issue"
  | "reopen-issue"
  | "close-removed"
  | "close-duplicate"
  | "add-labels"
  | "remove-label"
  | "comment";

export interface Operation {
  kind: OperationKind;
  /** The topic the operation is for, when it is for one. */
  topicId?: string;
  /** One line for people: "create issue for topic redis". */
  summary: string;
  route: string;
  params: RequestParams;
}

/** "POST /repos/o/r/issues {…}": how a dry run shows an operation. */
export function describeRequest(operation: Operation): string {
  const [method, template] = operation.route.split(" ") as [string, string];
  const used = new Set<string>();
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    used.add(name);
    return encodeURIComponent(String(operation.params[name]));
  });
  const body = Object.fromEntries(Object.entries(operation.params).filter(([key]) => !used.has(key)));
  return `${method} ${path}${Object.keys(body).length ? ` ${JSON.stringify(body)}` : ""}`;
}

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
