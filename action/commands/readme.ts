// `command: readme`: the README's progress block and roadmap/progress.svg from the topic
// issues and the daily comments, each committed through the Contents API only when its
// bytes change. An unchanged repository costs list reads and two file reads, no write.
import { readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { renderProgressSvg } from "../../core/readme/progress-chart.js";
import { percentDone, sectionTallies, totalTally } from "../../core/issues/tally.js";
import { practiceStreaks } from "../../core/practice/streaks.js";
import { commitFile } from "../../core/github/commit-file.js";
import { practiceTopic } from "../../core/model/roadmap.js";
import { addNotesPaths } from "../../core/readme/notes-links.js";
import { progressFromSnapshot } from "../../core/issues/progress.js";
import { renderProgressBlock } from "../../core/readme/progress-block.js";
import { findBlock, replaceBlock } from "../../core/readme/readme-region.js";
import type { ActionContext } from "../context.js";
import { dailyHistory, topicIssues } from "../context.js";

export const COMMIT_MESSAGE = "docs(roadmap): update progress [skip ci]";

/** Keeps a byte order mark, so bytes outside the markers come back exactly as they were. */
const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export function chartPathOf(roadmapPath: string): string {
  return posix.join(posix.dirname(roadmapPath), "progress.svg");
}

/** Missing markers fail before anything is written, when the checkout has the README. */
function checkMarkersInWorkspace(ctx: ActionContext): void {
  let text: string;
  try {
    text = readFileSync(join(ctx.workspace, ctx.readmePath), "utf8");
  } catch {
    return; // no checkout of it: the README read from GitHub is checked below
  }
  try {
    findBlock(text);
  } catch (error) {
    throw Object.assign(error as Error, { message: `${ctx.readmePath}: ${(error as Error).message}` });
  }
}

export async function runReadme(ctx: ActionContext): Promise<void> {
  checkMarkersInWorkspace(ctx);
  const issues = await topicIssues(ctx);
  // Rows link their notes folder once notes/<topic-id>/ exists on the default branch (one
  // read: the checkout may be a pull request's merge ref, not what the README describes).
  const progress = await addNotesPaths(
    ctx.github,
    ctx.repo,
    ctx.roadmap,
    progressFromSnapshot(ctx.roadmap, { issues }),
  );
  if (practiceTopic(ctx.roadmap)) progress.practice = practiceStreaks(await dailyHistory(ctx), ctx.today);

  const chartPath = chartPathOf(ctx.roadmapPath);
  const block = renderProgressBlock(ctx.roadmap, progress, { repoUrl: ctx.repoUrl, chartPath });
  const tallies = sectionTallies(ctx.roadmap, progress);
  ctx.outputs.progress = percentDone(totalTally(tallies));

  const deps = { github: ctx.github, repo: ctx.repo, log: ctx.log, dryRun: ctx.dryRun };
  // The chart first: the README links to it, so it must exist by the time the README does.
  await commitFile(deps, { path: chartPath, content: renderProgressSvg(tallies), message: COMMIT_MESSAGE });
  const readme = await commitFile(deps, {
    path: ctx.readmePath,
    message: COMMIT_MESSAGE,
    content: (current) => {
      if (!current)
        throw new Error(
          `${ctx.readmePath} does not exist on the default branch: add it with the roadmap markers`,
        );
      try {
        return replaceBlock(decoder.decode(current), block);
      } catch (error) {
        throw Object.assign(error as Error, { message: `${ctx.readmePath}: ${(error as Error).message}` });
      }
    },
  });
  ctx.outputs["readme-changed"] = readme.status === "committed" || readme.status === "dry-run";
  ctx.summary.push(block);
}
