// `pull_request` / `pull_request_target` events under `command: auto`: study notes (core's
// handler, the same the app runs). Opened, synchronized, reopened: labels, the one comment
// and the "roadmap notes" check; merged: the topic issues move on. Returns true when the
// merge changed topic issues, so the README step that follows shows it; false skips it.
import type { NotesResult } from "../../core/notes/result.js";
import { handleNotesPullRequest } from "../../core/notes/pr-event.js";
import type { PullRequestPayload } from "../../core/notes/pull-request.js";
import type { ActionContext } from "../context.js";

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

export async function runNotes(ctx: ActionContext): Promise<boolean> {
  const payload = ctx.payload as unknown as PullRequestPayload;
  if (!payload.pull_request || typeof payload.action !== "string") {
    throw new Error(
      "the pull_request event payload has no pull_request: is GITHUB_EVENT_PATH the event file of a pull_request event?",
    );
  }
  const result = await handleNotesPullRequest(
    { github: ctx.github, repo: ctx.repo, log: ctx.log, dryRun: ctx.dryRun, roadmapPath: ctx.roadmapPath },
    payload,
  );
  if (result.skipped)
    ctx.log.info(`pull_request.${payload.action} #${payload.pull_request.number}: ${result.skipped}`);
  ctx.summary.push(summaryLine(payload, result, ctx.dryRun));
  const merged = payload.action === "closed" && !result.skipped;
  const changedIssues = result.operations.some((operation) => operation.topicId !== undefined);
  if (merged && changedIssues) {
    ctx.outputs["issues-updated"] += new Set(
      result.operations.map((operation) => operation.topicId).filter(Boolean),
    ).size;
    ctx.cache.issues = undefined;
  }
  return merged && changedIssues;
}
