// `issues` events under `command: auto`: the status label follows what happened to the
// issue. When the issue is no topic issue, the run stops: nothing the README shows can
// have changed.
import type { IssueEventPayload } from "../../core/sync/status-event.js";
import { handleIssueEvent } from "../../core/sync/status-event.js";
import type { ActionContext } from "../context.js";
import type { StepResult } from "../step-result.js";

export async function runIssueEvent(ctx: ActionContext): Promise<StepResult> {
  const payload = ctx.payload as unknown as IssueEventPayload;
  if (!payload.issue || typeof payload.action !== "string") {
    throw new Error(
      "the issues event payload has no issue: is GITHUB_EVENT_PATH the event file of an issues event?",
    );
  }
  const { scope } = ctx;
  const result = await handleIssueEvent(scope, payload, ctx.board ? { board: ctx.board } : {});
  if (result.skipped) {
    scope.log.info(`issues.${payload.action} #${payload.issue.number}: ${result.skipped}`);
    return { stop: true };
  }
  const changed = result.operations.length > 0;
  return {
    ...(changed ? { counts: { "issues-updated": 1 }, issues: "stale" as const } : {}),
    summary:
      `**Issue #${payload.issue.number}** (${result.topicId}): status ${result.status}` +
      (changed ? (scope.dryRun ? " (dry run: label not changed)" : " (label updated)") : " (unchanged)") +
      (result.board
        ? `; board: ${result.board.error ? `not moved (${result.board.error})` : result.board.operations.length ? "item moved" : "in step"}`
        : ""),
  };
}
