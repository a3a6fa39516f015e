// Applying a sync plan: the topic issues and the parents first (prerequisites linked by
// number, prerequisite-links.ts), then the sub-issues, whose requests name issues this same
// run created (their refs are filled in from what GitHub handed out). In a dry run nothing is
// created and the sub-issue requests are printed with their refs.
import type { AppliedOperation, ApplyOutcome } from "../github/plan/apply.js";
import { applyPlan } from "../github/plan/apply.js";
import type { Operation } from "../github/plan/operation.js";
import type { RepoScope } from "../github/scope.js";
import type { Snapshot } from "../issues/topic-issues.js";
import type { Roadmap } from "../model/schema.js";
import { applyWithPrerequisiteLinks } from "./prerequisite-links.js";
import { SUB_ISSUE_KINDS } from "./sub-issues.js";

type Created = Map<string, { number: number; id: number }>;

function createdIssues(applied: readonly AppliedOperation[]): Created {
  const created: Created = new Map();
  for (const { operation, created: issue } of applied) {
    if (!issue) continue;
    if (operation.kind === "create-issue" && operation.topicId)
      created.set(`topic:${operation.topicId}`, issue);
    if (operation.kind === "create-section" && operation.sectionId)
      created.set(`section:${operation.sectionId}`, issue);
  }
  return created;
}

/** The operation with its refs filled in, or undefined when an issue it names was not created. */
function resolved(operation: Operation, created: Created): Operation | undefined {
  if (!operation.refs) return operation;
  const params = { ...operation.params };
  for (const [name, ref] of Object.entries(operation.refs)) {
    const issue = created.get(ref.of);
    if (!issue) return undefined;
    params[name] = ref.field === "id" ? issue.id : issue.number;
  }
  const { refs: _filled, ...rest } = operation;
  return { ...rest, params };
}

/** Which stage an operation goes in: the topics' issues, the parents, then the sub-issues. */
function stageOf(operation: Operation): 0 | 1 | 2 {
  if (SUB_ISSUE_KINDS.has(operation.kind)) return 2;
  // A topic's write that names its own new issue (the close of a topic done before the first
  // sync) goes once the topics' issues exist, as the parents do.
  return operation.sectionId === undefined && operation.refs === undefined ? 0 : 1;
}

export async function applySyncPlan(
  scope: Pick<RepoScope, "github" | "log" | "dryRun">,
  roadmap: Roadmap,
  snapshot: Pick<Snapshot, "issues">,
  operations: readonly Operation[],
): Promise<ApplyOutcome> {
  const [topics, parents, subIssues] = ([0, 1, 2] as const).map((stage) =>
    operations.filter((op) => stageOf(op) === stage),
  ) as [Operation[], Operation[], Operation[]];
  // The topics first, so their issues keep roadmap numbers (#1 …) even when a create waits
  // for its prerequisites; then the parents; then what links them.
  const outcome = await applyWithPrerequisiteLinks(scope, roadmap, snapshot, topics);
  // Stopped by the run's limits: the rest waits for the next run, which plans it afresh.
  if (outcome.stopped) return outcome;
  const applied = [...outcome.applied];
  const faults = [...outcome.faults];
  for (const stage of [parents, subIssues]) {
    if (stage.length === 0) continue;
    const created = createdIssues(applied);
    const ready = scope.dryRun
      ? stage
      : stage.flatMap((op) => {
          const filled = resolved(op, created);
          if (!filled) scope.log.warn(`${op.summary}: its issue was not created, the next sync does it`);
          return filled ? [filled] : [];
        });
    const next = await applyPlan(scope, ready);
    applied.push(...next.applied);
    faults.push(...next.faults);
    if (next.stopped) return { applied, faults, stopped: next.stopped };
  }
  return { applied, faults };
}
