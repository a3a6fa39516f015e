// `roadmap plan [--repo owner/name] [--file F] [--json]`: what a sync would change, read
// only. --json prints the operations (method, path, body) for scripts.
import { describeRequest } from "../../core/github/plan/operation.js";
import { planSync } from "../../core/sync/sync.js";
import { githubTarget } from "../github-env.js";
import type { Command } from "../io.js";
import { parseOptions } from "../args.js";
import { DEFAULT_ROADMAP_FILE, readRoadmap } from "../user-files.js";

const OPTIONS = {
  repo: { type: "string" },
  file: { type: "string", short: "f", default: DEFAULT_ROADMAP_FILE },
  json: { type: "boolean", default: false },
} as const;

export const run: Command = async (args, io) => {
  const values = parseOptions(args, OPTIONS);
  // The roadmap is validated before anything talks to GitHub.
  const { roadmap } = await readRoadmap(io, values.file);
  const target = githubTarget(io, values.repo);
  const result = await planSync(target, roadmap);
  if (values.json) {
    const operations = result.operations.map((op) => {
      const [method] = op.route.split(" ");
      return {
        kind: op.kind,
        topic: op.topicId ?? null,
        summary: op.summary,
        method,
        request: describeRequest(op),
      };
    });
    io.stdout(`${JSON.stringify({ summary: result.summary, operations }, null, 2)}\n`);
    return 0;
  }
  io.stdout(`${target.repo.owner}/${target.repo.repo}: ${result.summary}\n`);
  for (const op of result.operations) io.stdout(`  ${op.summary}\n`);
  return 0;
};
