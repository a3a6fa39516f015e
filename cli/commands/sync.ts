// `roadmap sync [--repo owner/name] [--file F] [--dry-run]`: the same sync the app and the
// Action run, from a terminal. Validates first: nothing is written for an invalid file.
import { summarizePlan } from "../../core/sync/plan-summary.js";
import { syncRoadmap } from "../../core/sync/sync.js";
import { githubTarget } from "../github-env.js";
import type { Command } from "../io.js";
import { DEFAULT_ROADMAP_FILE, readRoadmap } from "../user-files.js";
import { parseOptions } from "../args.js";

const OPTIONS = {
  repo: { type: "string" },
  file: { type: "string", short: "f", default: DEFAULT_ROADMAP_FILE },
  "dry-run": { type: "boolean", default: false },
} as const;

export const run: Command = async (args, io) => {
  const values = parseOptions(args, OPTIONS);
  const { roadmap } = await readRoadmap(io, values.file);
  const target = githubTarget(io, values.repo);
  const result = await syncRoadmap({ ...target, dryRun: values["dry-run"] }, roadmap);
  const said = values["dry-run"] ? summarizePlan(result.operations, "would") : result.summary;
  io.stdout(`${target.repo.owner}/${target.repo.repo}: ${said}\n`);
  return 0;
};
