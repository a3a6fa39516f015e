// `command: doctor`: what GitHub says about this repository, read only: the token, the
// repository, the labels, the daily-practice issue and this workflow's schedule, each
// with its fix (the same checks as `roadmap doctor`). Any ✗ fails the step.
import { formatChecks } from "../../core/doctor/checks.js";
import { onlineChecks } from "../../core/doctor/online-checks.js";
import type { ActionContext } from "../context.js";
import type { StepResult } from "../step-result.js";

export async function runDoctor(ctx: ActionContext): Promise<StepResult> {
  const checks = await onlineChecks(ctx.scope, {
    roadmap: ctx.roadmap,
    ...(ctx.workflowFile ? { workflowFile: ctx.workflowFile } : {}),
    // The board's own token (settings.project): the project-token input.
    board: { ...(ctx.board ? { github: ctx.board.github } : {}), token: "project-token" },
  });
  const report = formatChecks(checks);
  ctx.scope.log.info(report);
  const failed = checks.filter((check) => !check.ok).length;
  if (failed) throw new Error(`doctor: ${failed} of ${checks.length} checks failed:\n${report}`);
  return { summary: `**Doctor:** all ${checks.length} checks passed\n\n\`\`\`\n${report}\n\`\`\`` };
}
