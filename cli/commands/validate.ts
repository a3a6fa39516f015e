// `roadmap validate [--file F]`: every problem as "F:LINE:COL: message" on stderr and
// exit 1, or a one-line summary and exit 0. Inside GitHub Actions each problem is also an
// error annotation, so it shows on the line in the pull request.
import { formatProblem, validateRoadmap } from "../../core/validate/validate-roadmap.js";
import { inGitHubActions, problemAnnotation } from "../annotations.js";
import { parseOptions } from "../args.js";
import type { Command } from "../io.js";
import { UsageError } from "../io.js";
import { DEFAULT_ROADMAP_FILE, displayPath, readUserFile } from "../user-files.js";
import { plural, summarizeRoadmap } from "../text.js";

const USAGE = `usage: roadmap validate [--file <path>]   (default ${DEFAULT_ROADMAP_FILE})`;

const OPTIONS = { file: { type: "string", short: "f", default: DEFAULT_ROADMAP_FILE } } as const;

export const run: Command = async (args, io) => {
  const { file } = parseOptions(args, OPTIONS, USAGE);
  if (!file) throw new UsageError(`--file needs a path; ${USAGE}`);
  const shown = displayPath(io, file);
  const result = validateRoadmap(await readUserFile(io, file), shown);
  if (!result.ok) {
    for (const problem of result.problems) io.stderr(`${formatProblem(problem)}\n`);
    if (inGitHubActions(io.env)) {
      for (const problem of result.problems) io.stdout(`${problemAnnotation(problem)}\n`);
    }
    io.stderr(`${shown}: ${plural(result.problems.length, "problem")}\n`);
    return 1;
  }
  io.stdout(`${shown}: valid — ${summarizeRoadmap(result.roadmap)}\n`);
  return 0;
};
