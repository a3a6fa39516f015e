// `roadmap sync [--repo owner/name] [--file F] [--dry-run] [--max-writes N]`: the same sync
// the app and the Action run, from a terminal. Validates first: nothing is written for an
// invalid file. Like the Action, at most --max-writes writes (400 by default, under GitHub's
// 500 content-creating requests an hour); when they are spent, or GitHub asks to wait more
// than a minute, it stops cleanly (exit 0, a warning) and the next run continues.
import { DEFAULT_MAX_WRITES, withRunLimits, WriteBudget } from "../../core/github/limits.js";
import { syncRoadmap } from "../../core/sync/sync.js";
import { githubTarget } from "../github-env.js";
import type { Command } from "../io.js";
import { UsageError } from "../io.js";
import { DEFAULT_ROADMAP_FILE, readRoadmap } from "../user-files.js";
import { parseOptions } from "../args.js";

const OPTIONS = {
  repo: { type: "string" },
  file: { type: "string", short: "f", default: DEFAULT_ROADMAP_FILE },
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
  const values = parseOptions(args, OPTIONS);
  const budget = new WriteBudget(maxWrites(values["max-writes"]));
  const { roadmap } = await readRoadmap(io, values.file);
  const target = githubTarget(io, values.repo);
  const result = await syncRoadmap(
    { ...target, github: withRunLimits(target.github, budget), dryRun: values["dry-run"] },
    roadmap,
  );
  const name = `${target.repo.owner}/${target.repo.repo}`;
  for (const fault of result.faults ?? []) io.stderr(`fault met and got over: ${fault}\n`);
  if (result.stopped) {
    io.stderr(`warning: sync stopped: ${result.stopped.message}\n`);
    io.stdout(`${name}: ${result.stopped.line}\n`);
    return 0;
  }
  io.stdout(`${name}: ${values["dry-run"] ? "would apply: " : ""}${result.summary}\n`);
  return 0;
};
