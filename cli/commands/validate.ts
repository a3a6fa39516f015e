// `roadmap validate [FILE | --file F]`: every problem as "F:LINE:COL: message" on stderr
// and exit 1, or a one-line summary and exit 0. Inside GitHub Actions each problem is also
// an error annotation, so it shows on the line in the pull request. A Markdown file is not
// checked as YAML: the message says to import it instead.
import { formatProblem, validateRoadmap } from "../../core/validate/validate-roadmap.js";
import { inGitHubActions, problemAnnotation } from "../annotations.js";
import { parseCommandLine } from "../args.js";
import type { Command } from "../io.js";
import { UsageError } from "../io.js";
import { DEFAULT_ROADMAP_FILE, displayPath, readUserFile, roadmapFileFor } from "../user-files.js";
import { plural, summarizeRoadmap } from "../text.js";
import { readPracticePool } from "../practice-pool.js";

const USAGE = "usage: roadmap validate [<file> | --file <file>] [--pool <leetcode.yml>]";
export const HELP = `${USAGE}

Checks a roadmap file: every problem with its line and column, exit 1 if there is any.

  <file>, -f, --file <file>   the roadmap (default: ${DEFAULT_ROADMAP_FILE} of the repository
                              the working directory is in)
  --pool <file>               the daily-practice problem pool the practice difficulty must
                              be served from (default: leetcode.yml beside the roadmap, else
                              the one the Action ships with)
  -h, --help                  show this help
`;

const OPTIONS = { file: { type: "string", short: "f" }, pool: { type: "string" } } as const;

const MARKDOWN = [".md", ".markdown", ".mdown", ".mkd"];

export const run: Command = async (args, io) => {
  const { values, positionals } = parseCommandLine(args, OPTIONS, USAGE);
  if (values.file !== undefined && positionals.length > 0) {
    throw new UsageError(`name the roadmap once, as an argument or with --file; ${USAGE}`);
  }
  if (values.file === "") throw new UsageError(`--file needs a path; ${USAGE}`);
  const file = roadmapFileFor(io, values.file ?? positionals[0]);
  const shown = displayPath(io, file);
  if (MARKDOWN.some((extension) => file.toLowerCase().endsWith(extension))) {
    io.stderr(
      `${shown} is Markdown, not a roadmap YAML file: convert it with \`roadmap import ${shown} --out ${DEFAULT_ROADMAP_FILE}\`, then validate that\n`,
    );
    return 1;
  }
  const practicePool = await readPracticePool(io, file, values.pool);
  const result = validateRoadmap(await readUserFile(io, file), shown, practicePool ? { practicePool } : {});
  // Valid YAML that is probably not what was meant: said, but the file still passes.
  for (const warning of result.warnings) {
    io.stderr(`${formatProblem({ ...warning, message: `warning: ${warning.message}` })}\n`);
    if (inGitHubActions(io.env)) io.stdout(`${problemAnnotation(warning, "Roadmap slip", "warning")}\n`);
  }
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
