// Applying a sync plan so that prerequisites are linked by number in the same run. The plan
// is made before GitHub hands out issue numbers, so a topic whose prerequisite gets its
// issue in this run names it by title. Its own write (the create, or the body update) waits
// until the prerequisite's issue exists, and goes out with the `#number` in: no extra
// request, and the next sync has nothing left to write. Creates keep roadmap order except
// that a topic comes after the prerequisites it waits for.
import type { AppliedOperation, ApplyOutcome } from "../github/plan/apply.js";
import { applyPlan } from "../github/plan/apply.js";
import type { Operation } from "../github/plan/operation.js";
import type { RepoScope } from "../github/scope.js";
import { mergeBody } from "../issues/issue-body.js";
import type { LeadIssues } from "../issues/prerequisites.js";
import { leadIssues, prerequisiteStates } from "../issues/prerequisites.js";
import type { Snapshot } from "../issues/topic-issues.js";
import type { PlacedTopic } from "../model/roadmap.js";
import { allTopics } from "../model/roadmap.js";
import type { Roadmap } from "../model/schema.js";

const BODY_WRITES = new Set<Operation["kind"]>(["create-issue", "update-issue", "reopen-issue"]);

export async function applyWithPrerequisiteLinks(
  scope: Pick<RepoScope, "github" | "log" | "dryRun">,
  roadmap: Roadmap,
  snapshot: Pick<Snapshot, "issues">,
  operations: readonly Operation[],
): Promise<ApplyOutcome> {
  const topics = new Map<string, PlacedTopic>(allTopics(roadmap).map((placed) => [placed.topic.id, placed]));
  const creating = new Set(
    operations.filter((op) => op.kind === "create-issue" && op.topicId).map((op) => op.topicId!),
  );
  const awaited = (op: Operation): string[] =>
    op.topicId && BODY_WRITES.has(op.kind) && typeof op.params.body === "string"
      ? (topics.get(op.topicId)?.topic.requires ?? []).filter((id) => creating.has(id) && id !== op.topicId)
      : [];
  const later = operations.filter((op) => awaited(op).length > 0);
  const waiting = new Set(later);
  const first = await applyPlan(
    scope,
    operations.filter((op) => !waiting.has(op)),
  );
  const applied = [...first.applied];
  const faults = [...first.faults];
  // Stopped by the run's limits: the rest waits for the next run, which plans it afresh.
  if (first.stopped || later.length === 0) return first;

  const created = new Map<string, { number: number; body: string; labels: string[] }>();
  const record = (done: readonly AppliedOperation[]) => {
    for (const { operation, created: issue } of done) {
      if (operation.kind !== "create-issue" || !operation.topicId || !issue) continue;
      const labels = Array.isArray(operation.params.labels) ? (operation.params.labels as string[]) : [];
      created.set(operation.topicId, { number: issue.number, body: String(operation.params.body), labels });
    }
  };
  record(first.applied);
  const before = leadIssues(snapshot.issues);
  const pending = [...later];
  while (pending.length > 0) {
    // The first one whose awaited prerequisites all exist now (requires has no cycle, so
    // there is one; in a dry run nothing is created and they go out in plan order).
    const index = Math.max(
      0,
      pending.findIndex((op) => awaited(op).every((id) => created.has(id))),
    );
    const op = pending.splice(index, 1)[0]!;
    const placed = topics.get(op.topicId!)!;
    const leads: LeadIssues = new Map([
      ...before,
      ...[...created].map(
        ([topicId, issue]) => [topicId, { ...issue, state: "open" as const, stateReason: null }] as const,
      ),
    ]);
    let body = String(op.params.body);
    try {
      body = mergeBody(body, placed.topic, placed.section, prerequisiteStates(roadmap, placed.topic, leads));
    } catch {
      // Over GitHub's limit with the numbers in: sent as planned.
    }
    const outcome = await applyPlan(scope, [{ ...op, params: { ...op.params, body } }]);
    faults.push(...outcome.faults);
    record(outcome.applied);
    applied.push(...outcome.applied);
    if (outcome.stopped) return { applied, faults, stopped: outcome.stopped };
  }
  return { applied, faults };
}
