// `command: sync`: topic issues and labels follow roadmap.yml.
import { summarizePlan } from "../../core/sync/plan-summary.js";
import { syncRoadmap } from "../../core/sync/sync.js";
import type { ActionContext } from "../context.js";
import type { StepResult } from "../step-result.js";

export async function runSync(ctx: ActionContext): Promise<StepResult> {
  const { scope } = ctx;
  const result = await syncRoadmap(scope, ctx.roadmap);
  return {
    counts: {
      "issues-created": result.issuesCreated,
      "issues-updated": result.issuesUpdated + result.issuesReopened,
      "issues-closed": result.issuesClosed,
    },
    // Nothing written (or a dry run): what the sync read is still what GitHub holds, so the
    // README and daily steps reuse it instead of listing the issues again.
    issues: result.operations.length === 0 || scope.dryRun ? result.snapshot.issues : "stale",
    history: "stale",
    summary: `**Sync:** ${scope.dryRun ? summarizePlan(result.operations, "would") : result.summary}`,
  };
}
