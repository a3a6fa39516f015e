// `command: sync`: topic issues and labels follow roadmap.yml.
import { boardChanges } from "../../core/board/batch.js";
import { summarizePlan } from "../../core/sync/plan-summary.js";
import type { SyncResult } from "../../core/sync/sync.js";
import { syncRoadmap } from "../../core/sync/sync.js";
import type { ActionContext } from "../context.js";
import type { StepResult } from "../step-result.js";

/** The board's line of the summary (core/board). */
function boardLine(result: SyncResult, dryRun: boolean): string {
  const board = result.board;
  if (!board) return "";
  const what = board.error
    ? `not synced: ${board.error}`
    : board.stopped
      ? `stopped: ${board.stopped.message}; the next run continues`
      : boardChanges(board.operations, dryRun);
  return `\n\n**Board** (${board.url ? `[${board.project}](${board.url})` : board.project}): ${what}.${faultLines(board.faults)}`;
}

function faultLines(faults: readonly string[] | undefined): string {
  if (!faults?.length) return "";
  return `\n\nFaults met and got over (${faults.length}):\n${faults.map((fault) => `- ${fault}`).join("\n")}`;
}

export async function runSync(ctx: ActionContext): Promise<StepResult> {
  const { scope } = ctx;
  const result = await syncRoadmap(scope, ctx.roadmap, ctx.board ? { board: ctx.board } : {});
  const counts = {
    "issues-created": result.issuesCreated,
    "issues-updated": result.issuesUpdated + result.issuesReopened,
    "issues-closed": result.issuesClosed,
  };
  if (result.stopped) {
    // The run's limits ended the sync: nothing is wrong, the next run continues. The later
    // steps would write too; they run on the next run, after the sync has caught up.
    return {
      counts,
      issues: "stale",
      history: "stale",
      stop: true,
      warning: `sync stopped: ${result.stopped.message}: ${result.stopped.line}`,
      summary: `**Sync:** ${result.stopped.line} (${result.stopped.message}).${faultLines(result.faults)}`,
    };
  }
  return {
    counts,
    // Nothing written (or a dry run): what the sync read is still what GitHub holds, so the
    // README and daily steps reuse it instead of listing the issues again.
    issues: result.operations.length === 0 || scope.dryRun ? result.snapshot.issues : "stale",
    history: "stale",
    summary: `**Sync:** ${scope.dryRun ? summarizePlan(result.operations, "would") : result.summary}${faultLines(result.faults)}${boardLine(result, scope.dryRun)}`,
  };
}
