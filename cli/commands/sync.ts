// `roadmap sync [FILE] [--repo owner/name] [--file F] [--dry-run] [--max-writes N]`: the same
// sync the app and the Action run, from a terminal. Validates first: nothing is written for
// an invalid file. Like the Action, at most --max-writes writes (400 by default, under
// GitHub's 500 content-creating requests an hour); when they are spent, or GitHub asks to
// wait more than a minute, it stops cleanly (exit 0, a warning) and the next run continues.
import { boardChanges } from "../../core/board/batch.js";
import { DEFAULT_MAX_WRITES, withRunLimits, WriteBudget } from "../../core/github/write-budget.js";
import { summarizePlan } from "../../core/sync/plan-summary.js";
import { syncRoadmap } from "../../core/sync/sync.js";
import { parseCommandLine } from "../args.js";
import { githubTarget, PROJECT_TOKEN_ENV, projectGitHub } from "../github-env.js";
import { boardAccess } from "../../core/board/access.js";
import type { Command } from "../io.js";
import { UsageError } from "../io.js";
import { repositoryName } from "../repo-name.js";
import { DEFAULT_ROADMAP_FILE, readRoadmap, roadmapFileFor } from "../user-files.js";

const USAGE = "usage: roadmap sync [<file> | --file <file>] [--repo owner/name] [--dry-run] [--max-writes N]";
export const HELP = `${USAGE}

Syncs topic issues, the sections' parent issues (their topics as sub-issues) and labels
with the roadmap. Needs GITHUB_TOKEN (or GH_TOKEN).
When the roadmap names a Projects board (settings.project), keeps it in step too, with
${PROJECT_TOKEN_ENV} (a fine-grained token with Projects read and write) or else the same token.

  <file>, -f, --file <file>   the roadmap (default: ${DEFAULT_ROADMAP_FILE} of this repository)
  --repo owner/name           the repository (default: GITHUB_REPOSITORY, else the GitHub
                              repository of \`git remote get-url origin\`)
  --dry-run                   print the requests instead of sending the writes
  --max-writes N              stop cleanly after N writes (default ${DEFAULT_MAX_WRITES}, under GitHub's
                              500 content-creating requests an hour); the next run continues
  -h, --help                  show this help
`;

const OPTIONS = {
  repo: { type: "string" },
  file: { type: "string", short: "f" },
  "dry-run": { type: "boolean", default: false },
  "max-writes": { type: "string", default: String(DEFAULT_MAX_WRITES) },
} as const;

function maxWrites(value: string): number {
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1))
    throw new UsageError(`--max-writes must be a whole number of writes, 1 or more (got "${value}")`);
  return n;
}

export const run: Command = async (args, io) => {
  const { values, positionals } = parseCommandLine(args, OPTIONS, USAGE);
  const budget = new WriteBudget(maxWrites(values["max-writes"] ?? String(DEFAULT_MAX_WRITES)));
  const { roadmap } = await readRoadmap(io, roadmapFileFor(io, values.file ?? positionals[0]));
  const target = githubTarget(io, await repositoryName(io, values.repo));
  const board = boardAccess(roadmap, withRunLimits(projectGitHub(io, target), budget));
  const result = await syncRoadmap(
    { ...target, github: withRunLimits(target.github, budget), dryRun: values["dry-run"] },
    roadmap,
    board ? { board } : {},
  );
  const name = `${target.repo.owner}/${target.repo.repo}`;
  for (const fault of result.faults ?? []) io.stderr(`fault met and got over: ${fault}\n`);
  if (result.stopped) {
    io.stderr(`warning: sync stopped: ${result.stopped.message}\n`);
    io.stdout(`${name}: ${result.stopped.line}\n`);
    return 0;
  }
  const said = values["dry-run"] ? summarizePlan(result.operations, "would") : result.summary;
  io.stdout(`${name}: ${said}\n`);
  if (result.board) {
    const { board: step } = result;
    const what = step.error
      ? "not synced (see the warning)"
      : boardChanges(step.operations, values["dry-run"]);
    io.stdout(`${step.project}: ${what}\n`);
  }
  return 0;
};
