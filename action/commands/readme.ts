// `command: readme`: the README's progress block and chart (core/readme/update-readme.ts).
// Missing markers in the checkout fail before anything is written (the topic issues may
// already be on their way: action/early-reads.ts).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { findBlock } from "../../core/readme/readme-region.js";
import { updateReadme } from "../../core/readme/update-readme.js";
import type { ActionContext } from "../context.js";
import type { StepResult } from "../step-result.js";

/** Missing markers fail before anything is written, when the checkout has the README. */
function checkMarkersInWorkspace(ctx: ActionContext): void {
  let text: string;
  try {
    text = readFileSync(join(ctx.workspace, ctx.readmePath), "utf8");
  } catch {
    return; // no checkout of it: the README read from GitHub is checked by updateReadme
  }
  try {
    findBlock(text);
  } catch (error) {
    throw Object.assign(error as Error, { message: `${ctx.readmePath}: ${(error as Error).message}` });
  }
}

export async function runReadme(ctx: ActionContext): Promise<StepResult> {
  checkMarkersInWorkspace(ctx);
  const result = await updateReadme(ctx.scope, {
    roadmap: ctx.roadmap,
    roadmapPath: ctx.roadmapPath,
    readmePath: ctx.readmePath,
    repoUrl: ctx.repoUrl,
    issues: await ctx.reads.topicIssues(),
    dailyHistory: () => ctx.reads.dailyHistory(),
    today: ctx.today,
    timeZone: ctx.timeZone,
  });
  return { set: { progress: result.progress, "readme-changed": result.changed }, summary: result.block };
}
