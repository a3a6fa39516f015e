// `command: sync`: topic issues and labels follow roadmap.yml (the lead's sync engine).
import { syncRoadmap } from "../../core/sync/sync.js";
import type { ActionContext } from "../context.js";

export async function runSync(ctx: ActionContext): Promise<void> {
  const result = await syncRoadmap(
    { github: ctx.github, repo: ctx.repo, log: ctx.log, dryRun: ctx.dryRun },
    ctx.roadmap,
  );
  ctx.outputs["issues-created"] += result.issuesCreated;
  ctx.outputs["issues-updated"] += result.issuesUpdated + result.issuesReopened;
  ctx.outputs["issues-closed"] += result.issuesClosed;
  // Nothing written (or a dry run): what the sync read is still what GitHub holds, so the
  // README and daily steps reuse it instead of listing the issues again.
  ctx.cache.issues = result.operations.length === 0 || ctx.dryRun ? result.snapshot.issues : undefined;
  ctx.cache.history = undefined;
  ctx.summary.push(`**Sync:** ${ctx.dryRun ? "would " : ""}${result.summary}`);
}
