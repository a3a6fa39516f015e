// `roadmap sync [FILE] [--repo owner/name] [--file F] [--dry-run]`: the same sync the app
// and the Action run, from a terminal. Validates first: nothing is written for an invalid file.
import { summarizePlan } from "../../core/sync/plan-summary.js";
import { syncRoadmap } from "../../core/sync/sync.js";
import { githubTarget } from "../github-env.js";
import type { Command } from "../io.js";
import { DEFAULT_ROADMAP_FILE, readRoadmap, roadmapFileFor } from "../user-files.js";
import { parseCommandLine } from "../args.js";
import { repositoryName } from "../repo-name.js";

const USAGE = "usage: roadmap sync [<file> | --file <file>] [--repo owner/name] [--dry-run]";
export const HELP = `${USAGE}

Syncs topic issues and labels with the roadmap. Needs GITHUB_TOKEN (or GH_TOKEN).

  <file>, -f, --file <file>   the roadmap (default: ${DEFAULT_ROADMAP_FILE} of this repository)
  --repo owner/name           the repository (default: GITHUB_REPOSITORY, else the GitHub
                              repository of \`git remote get-url origin\`)
  --dry-run                   print the requests instead of sending the writes
  -h, --help                  show this help
`;

const OPTIONS = {
  repo: { type: "string" },
  file: { type: "string", short: "f" },
  "dry-run": { type: "boolean", default: false },
} as const;

export const run: Command = async (args, io) => {
  const { values, positionals } = parseCommandLine(args, OPTIONS, USAGE);
  const { roadmap } = await readRoadmap(io, roadmapFileFor(io, values.file ?? positionals[0]));
  const target = githubTarget(io, await repositoryName(io, values.repo));
  const result = await syncRoadmap({ ...target, dryRun: values["dry-run"] }, roadmap);
  const said = values["dry-run"] ? summarizePlan(result.operations, "would") : result.summary;
  io.stdout(`${target.repo.owner}/${target.repo.repo}: ${said}\n`);
  return 0;
};
