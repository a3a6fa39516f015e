// The board kept in step (issue 14): read it once (paginated), then plan and apply in three
// steps, each with the ids the one before returned: missing fields, issues not yet items,
// values that differ. Nothing differs: nothing is written. In a dry run, what would be
// created gets a stand-in id ("new:…") so the later steps can still be printed.
import type { RepoScope } from "../github/scope.js";
import type { Operation } from "../github/plan/operation.js";
import type { AppliedOperation } from "../github/plan/apply.js";
import { applyPlan } from "../github/plan/apply.js";
import type { ProjectFieldNode } from "../github/project-fields.js";
import type { RunStopped } from "../github/write-budget.js";
import { isRunStopped } from "../github/write-budget.js";
import type { ProjectRef } from "./project-ref.js";
import { projectName } from "./project-ref.js";
import type { Board } from "./read-project.js";
import { asBoardRefusal, readBoard, toField } from "./read-project.js";
import type { BoardTopic, WantedField } from "./plan-board.js";
import { planFields, planItems, planValues, wantedFields } from "./plan-board.js";
import { addedItems, batchItemAdds, batchValues, changesIn } from "./batch.js";

export interface BoardSyncResult {
  project: string;
  /** The board's URL, once read. */
  url?: string;
  /** Every mutation sent (or, in a dry run, printed). */
  operations: Operation[];
  warnings: string[];
  faults: string[];
  /** The run's limits stopped the board before its end. */
  stopped?: RunStopped;
  /** The board could not be read or written: why, with the fix (the issues are synced). */
  error?: string;
}

interface CreatedField {
  createProjectV2Field?: { projectV2Field?: ProjectFieldNode | null };
}

/** The board after the fields step: new fields with their ids (or stand-ins in a dry run). */
function withFields(
  board: Board,
  applied: readonly AppliedOperation[],
  wanted: readonly WantedField[],
  dryRun: boolean,
): Board {
  const fields = [...board.fields];
  for (const { operation, answer } of applied) {
    const name = String((operation.params.variables as { name?: unknown } | undefined)?.name ?? "");
    const node = (answer as CreatedField | undefined)?.createProjectV2Field?.projectV2Field;
    const field = node ? toField(node) : undefined;
    if (field) fields.push(field);
    else if (dryRun) {
      const want = wanted.find((candidate) => candidate.name === name);
      fields.push({
        id: `new:${name}`,
        name,
        dataType: want?.dataType ?? "",
        options: Object.values(want?.options ?? {}).map((o) => ({
          id: `new:${name}:${o.name}`,
          name: o.name,
        })),
      });
    }
  }
  return { ...board, fields };
}

function withItems(board: Board, applied: readonly AppliedOperation[], dryRun: boolean): Board {
  const items = [...board.items];
  for (const { operation, answer } of applied) {
    if (dryRun) {
      // Stand-ins for every issue the request would add (one, or a batch: batch.ts).
      const variables = (operation.params.variables ?? {}) as Record<string, unknown>;
      const contents = Object.entries(variables)
        .filter(([name]) => name === "contentId" || /^content\d+$/.test(name))
        .map(([, value]) => String(value));
      for (const contentId of contents) items.push({ id: `new:${contentId}`, contentId, values: new Map() });
      continue;
    }
    for (const { contentId, id } of addedItems(operation, answer))
      items.push({ id, contentId, values: new Map() });
  }
  return { ...board, items };
}

/** Reads the board once and brings every topic's item in step. Never throws for the board's own refusals. */
export async function syncBoard(
  scope: RepoScope,
  ref: ProjectRef,
  topics: readonly BoardTopic[],
): Promise<BoardSyncResult> {
  const result: BoardSyncResult = { project: projectName(ref), operations: [], warnings: [], faults: [] };
  const dryRun = scope.dryRun ?? false;
  try {
    let board = await readBoard(scope.github, ref);
    result.url = board.url;
    const wanted = wantedFields(topics);
    const apply = async (operations: Operation[]): Promise<AppliedOperation[] | undefined> => {
      if (operations.length === 0) return [];
      const outcome = await applyPlan(scope, operations);
      result.operations.push(...outcome.applied.map((entry) => entry.operation));
      result.faults.push(...outcome.faults);
      if (outcome.stopped) {
        result.stopped = outcome.stopped;
        scope.log.warn(`board stopped: ${outcome.stopped.message}; the next run continues`);
        return undefined;
      }
      return outcome.applied;
    };
    const fields = await apply(planFields(board, wanted));
    if (!fields) return result;
    board = withFields(board, fields, wanted, dryRun);
    const items = await apply(batchItemAdds(planItems(board, topics)));
    if (!items) return result;
    board = withItems(board, items, dryRun);
    const values = planValues(board, topics, wanted);
    for (const warning of values.warnings) scope.log.warn(`${result.project}: ${warning}`);
    result.warnings.push(...values.warnings);
    await apply(batchValues(values.operations));
    const changes = changesIn(result.operations);
    scope.log.info(
      `${result.project}: ${changes === 0 ? "in step, nothing to write" : `${changes} change(s) in ${result.operations.length} request(s)${dryRun ? " (dry run)" : ""}`}`,
    );
    return result;
  } catch (error) {
    if (isRunStopped(error)) {
      result.stopped = error;
      scope.log.warn(`board stopped: ${error.message}; the next run continues`);
      return result;
    }
    const refusal = asBoardRefusal(ref, error);
    if (!refusal) throw error;
    result.error = refusal.message;
    scope.log.warn(refusal.message);
    return result;
  }
}
