// `roadmap validate [--file F]`: every problem as "F:LINE:COL: message" on stderr and
// exit 1, or a one-line summary and exit 0. Inside GitHub Actions each problem is also an
// error annotation, so it shows on the line in the pull request.
import type { Roadmap } from "../../core/model/schema.js";
import { formatProblem, validateRoadmap } from "../../core/validate/validate-roadmap.js";
import { inGitHubActions, problemAnnotation } from "../annotations.js";
import type { Command } from "../io.js";
import { UsageError } from "../io.js";
import { DEFAULT_ROADMAP_FILE, displayPath, readUserFile } from "../read-roadmap.js";

const USAGE = `usage: roadmap validate [--file <path>]   (default ${DEFAULT_ROADMAP_FILE})`;

export const run: Command = async (args, io) => {
  const file = parseArgs(args);
  const shown = displayPath(io, file);
  const result = validateRoadmap(await readUserFile(io, file), shown);
  if (!result.ok) {
    for (const problem of result.problems) io.stderr(`${formatProblem(problem)}\n`);
    if (inGitHubActions(io.env)) {
      for (const problem of result.problems) io.stdout(`${problemAnnotation(problem)}\n`);
    }
    const count = result.problems.length;
    io.stderr(`${shown}: ${count} problem${count === 1 ? "" : "s"}\n`);
    return 1;
  }
  io.stdout(`${shown}: valid — ${summarize(result.roadmap)}\n`);
  return 0;
};

function parseArgs(args: string[]): string {
  let file = DEFAULT_ROADMAP_FILE;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--file" || arg === "-f") {
      const value = args[++i];
      if (value === undefined || value === "") throw new UsageError(`--file needs a path; ${USAGE}`);
      file = value;
    } else if (arg.startsWith("--file=")) {
      file = arg.slice("--file=".length);
      if (file === "") throw new UsageError(`--file needs a path; ${USAGE}`);
    } else {
      throw new UsageError(`unexpected argument "${arg}"; ${USAGE}`);
    }
  }
  return file;
}

/** "10 sections, 27 topics (25 topics, 1 practice, 1 project)" */
export function summarize(roadmap: Roadmap): string {
  const topics = roadmap.sections.flatMap((section) => section.topics);
  const kinds = new Map<string, number>();
  for (const topic of topics) kinds.set(topic.kind, (kinds.get(topic.kind) ?? 0) + 1);
  const head = `${plural(roadmap.sections.length, "section")}, ${plural(topics.length, "topic")}`;
  // The breakdown only says something when a topic is not a plain one.
  if (kinds.size === 1 && kinds.has("topic")) return head;
  const order = ["topic", "practice", "project"];
  const parts = order.filter((kind) => kinds.has(kind)).map((kind) => plural(kinds.get(kind)!, kind));
  return `${head} (${parts.join(", ")})`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
