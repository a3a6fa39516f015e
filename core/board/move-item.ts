// A status event (an issue closed, reopened, ticked) moves its topic's item: one read (the
// board's fields and this issue's items, readIssueItem), then the Status when it differs:
// 1 mutation, or 2 when the issue is no item yet (added, then its Status). A delivery that
// comes twice reads once and writes nothing the second time.
import { addedItems } from "./batch.js";
import type { RepoScope } from "../github/scope.js";
import { applyPlan } from "../github/plan/apply.js";
import type { Operation } from "../github/plan/operation.js";
import { isRunStopped } from "../github/write-budget.js";
import type { TopicStatus } from "../model/progress.js";
import type { ProjectRef } from "./project-ref.js";
import { projectName } from "./project-ref.js";
import { asBoardRefusal, readIssueItem } from "./read-project.js";
import type { BoardTopic, WantedField } from "./plan-board.js";
import { planItems, planValues, STATUS_FIELD, STATUS_OPTIONS } from "./plan-board.js";

export interface BoardMove {
  project: string;
  operations: Operation[];
  /** Why the board was not moved (its refusal with the fix, or the run's limits). */
  error?: string;
}

const STATUS_ONLY: WantedField[] = [
  {
    name: STATUS_FIELD,
    dataType: "SINGLE_SELECT",
    options: STATUS_OPTIONS,
    value: (t) => t.status,
    clearWhenUnset: true,
  },
];

export async function moveBoardItem(
  scope: RepoScope,
  ref: ProjectRef,
  issue: { topicId: string; number: number; nodeId: string },
  status: TopicStatus,
): Promise<BoardMove> {
  const move: BoardMove = { project: projectName(ref), operations: [] };
  // Only the Status moves on an event: the levels are the sync's.
  const topic: BoardTopic = {
    topicId: issue.topicId,
    issueNumber: issue.number,
    issueNodeId: issue.nodeId,
    status,
    priority: "",
    difficulty: "",
    time: "",
  };
  try {
    let { board } = await readIssueItem(scope.github, ref, issue.nodeId);
    const add = planItems(board, [topic]);
    if (add.length) {
      const outcome = await applyPlan(scope, add);
      move.operations.push(...outcome.applied.map((entry) => entry.operation));
      if (outcome.stopped) return { ...move, error: outcome.stopped.message };
      const added = outcome.applied[0];
      const id = added
        ? (addedItems(added.operation, added.answer)[0]?.id ??
          (scope.dryRun ? `new:${issue.nodeId}` : undefined))
        : undefined;
      if (!id) return move;
      board = { ...board, items: [{ id, contentId: issue.nodeId, values: new Map() }] };
    }
    const values = planValues(board, [topic], STATUS_ONLY);
    for (const warning of values.warnings) scope.log.warn(`${move.project}: ${warning}`);
    const outcome = await applyPlan(scope, values.operations);
    move.operations.push(...outcome.applied.map((entry) => entry.operation));
    if (outcome.stopped) return { ...move, error: outcome.stopped.message };
    return move;
  } catch (error) {
    if (isRunStopped(error)) return { ...move, error: error.message };
    const refusal = asBoardRefusal(ref, error);
    if (!refusal) throw error;
    scope.log.warn(refusal.message);
    return { ...move, error: refusal.message };
  }
}
