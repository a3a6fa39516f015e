// `roadmap start` (what `npm start` runs): the first look at the project, all offline.
// Validates roadmap/roadmap.yml and says what a first sync would create on GitHub (the
// summary, first), previews the README block it renders, then the ways in. Nothing is
// sent anywhere.
import { readFile } from "node:fs/promises";
import { allTopics, checklistOf } from "../../core/model/roadmap.js";
import type { Roadmap } from "../../core/model/schema.js";
import { offlineProgress } from "../../core/model/progress.js";
import { renderProgressBlock } from "../../core/readme/progress-block.js";
import { countPlan } from "../../core/sync/plan-summary.js";
import { plan } from "../../core/sync/plan.js";
import type { PackageInfo } from "../../core/scaffold/action-ref.js";
import { actionRef } from "../../core/scaffold/action-ref.js";
import { waysIn } from "../../core/scaffold/ways-in.js";
import type { Command } from "../io.js";
import { UsageError } from "../io.js";
import { DEFAULT_ROADMAP_FILE, readRoadmap, roadmapFileFor } from "../user-files.js";
import { plural, summarizeRoadmap } from "../text.js";

export const HELP = `usage: roadmap start

Validates ${DEFAULT_ROADMAP_FILE} (of the repository the working directory is in), previews
the README block it renders and says what a first sync would create. All offline.

  -h, --help   show this help
`;

/** Stands in for the learner's repository: the plan's counts do not depend on it. */
const PREVIEW_REPO = { owner: "you", repo: "your-roadmap" };

/** One paragraph: what the first sync against an empty repository would create. */
export function firstSyncSummary(roadmap: Roadmap): string {
  const operations = plan(PREVIEW_REPO, roadmap, { issues: [], labels: [] });
  const counts = countPlan(operations);
  const parents = operations.filter((op) => op.kind === "create-section").length;
  const topics = allTopics(roadmap);
  const kinds = (kind: string) => topics.filter(({ topic }) => topic.kind === kind).length;
  const checkboxes = topics.reduce((sum, { topic }) => sum + (checklistOf(topic)?.items.length ?? 0), 0);
  const byKind = [
    plural(kinds("topic"), "topic"),
    ...(kinds("practice") ? [plural(kinds("practice"), "practice")] : []),
    ...(kinds("project") ? [plural(kinds("project"), "project")] : []),
  ].join(", ");
  return (
    `A first sync would create ${plural(counts.labelsCreated, "label")} and ` +
    `${plural(counts.issuesCreated - parents, "topic issue")} (${byKind}) with ` +
    `${plural(checkboxes, "focus checkbox", "focus checkboxes")}` +
    (parents ? `, and ${plural(parents, "section issue")} with their topics as sub-issues` : "") +
    "; nothing is sent: this preview is offline."
  );
}

export const run: Command = async (args, io) => {
  if (args.length > 0)
    throw new UsageError("usage: roadmap start (no options; see roadmap render, roadmap sync)");
  const { roadmap, file } = await readRoadmap(io, roadmapFileFor(io, undefined));
  io.stdout(`${file} is valid: ${summarizeRoadmap(roadmap)}.\n`);
  io.stdout(`${firstSyncSummary(roadmap)}\n\n`);
  io.stdout("README block preview (what `npx roadmap render` writes between the roadmap markers):\n\n");
  io.stdout(`${renderProgressBlock(roadmap, offlineProgress(roadmap))}\n\n`);
  const pkg = JSON.parse(
    await readFile(new URL("../../package.json", import.meta.url), "utf8"),
  ) as PackageInfo;
  io.stdout(waysIn({ action: actionRef(pkg) }));
  return 0;
};
