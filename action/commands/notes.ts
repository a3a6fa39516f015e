// `pull_request` / `pull_request_target` events under `command: auto`: study notes (core's
// handler, the same the app runs). Opened, synchronized, reopened: labels, the one comment
// and the "roadmap notes" check; merged: the topic issues move on. The README step that
// follows runs only when the merge changed topic issues.
import { handleNotesPullRequest } from "../../core/notes/pr-event.js";
import type { PullRequestPayload } from "../../core/notes/pull-request.js";
import type { NotesResult } from "../../core/notes/result.js";
import type { ActionContext } from "../context.js";
import type { StepResult } from "../step-result.js";

function summaryLine(payload: PullRequestPayload, result: NotesResult, dryRun: boolean): string {
  const head = `**Pull request #${payload.pull_request.number}** (${payload.action})`;
  if (result.skipped) return `${head}: ${result.skipped}`;
  const topics = result.analysis?.topics.map(({ placed }) => placed.topic.id) ?? [];
  const parts = [topics.length ? `notes for ${topics.join(", ")}` : "no topic"];
  if (result.check) parts.push(`check ${result.check.conclusion}`);
  const writes = result.operations.length;
  parts.push(
    dryRun
      ? `${writes} write${writes === 1 ? "" : "s"} printed (dry run)`
      : `${writes} write${writes === 1 ? "" : "s"}`,
  );
  return `${head}: ${parts.join(", ")}`;
}

export async function runNotes(ctx: ActionContext): Promise<StepResult> {
  const payload = ctx.payload as unknown as PullRequestPayload;
  if (!payload.pull_request || typeof payload.action !== "string") {
    throw new Error(
      "the pull_request event payload has no pull_request: is GITHUB_EVENT_PATH the event file of a pull_request event?",
    );
  }
  const { scope } = ctx;
  const result = await handleNotesPullRequest(scope, payload, { roadmapPath: ctx.roadmapPath });
  if (result.skipped)
    scope.log.info(`pull_request.${payload.action} #${payload.pull_request.number}: ${result.skipped}`);
  const summary = summaryLine(payload, result, scope.dryRun);
  const merged = payload.action === "closed" && !result.skipped;
  const topics = new Set(result.operations.map((operation) => operation.topicId).filter(Boolean));
  if (!merged || topics.size === 0) return { summary, stop: true };
  return { summary, counts: { "issues-updated": topics.size }, issues: "stale" };
}
