// `issues` events under `command: auto`: the status label follows what happened to the
// issue (the lead's handler). Returns false when the issue is no topic issue, so the
// README step is skipped too: nothing it shows can have changed.
import type { IssueEventPayload } from "../../core/sync/status-event.js";
import { handleIssueEvent } from "../../core/sync/status-event.js";
import type { ActionContext } from "../context.js";

export async function runIssueEvent(ctx: ActionContext): Promise<boolean> {
  const payload = ctx.payload as unknown as IssueEventPayload;
  if (!payload.issue || typeof payload.action !== "string") {
    throw new Error(
      "the issues event payload has no issue: is GITHUB_EVENT_PATH the event file of an issues event?",
    );
  }
  const result = await handleIssueEvent(
    { github: ctx.github, repo: ctx.repo, log: ctx.log, dryRun: ctx.dryRun },
    payload,
  );
  if (result.skipped) {
    ctx.log.info(`issues.${payload.action} #${payload.issue.number}: ${result.skipped}`);
    return false;
  }
  if (result.operations.length > 0) {
    ctx.outputs["issues-updated"] += 1;
    ctx.cache.issues = undefined;
  }
  ctx.summary.push(
    `**Issue #${payload.issue.number}** (${result.topicId}): status ${result.status}` +
      (result.operations.length
        ? ctx.dryRun
          ? " (dry run: label not changed)"
          : " (label updated)"
        : " (unchanged)"),
  );
  return true;
}
