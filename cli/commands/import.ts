// `roadmap import <file.md>`: a Markdown roadmap written by hand -> roadmap YAML on stdout.
// Warnings (each naming its line) and the mojibake repair go to stderr, so
//   npx roadmap import my-roadmap.md > roadmap/roadmap.yml
// leaves a clean file and still shows what was guessed.
import { importMarkdown } from "../../core/import/markdown.js";
import { roadmapToYaml } from "../../core/import/to-yaml.js";
import { formatProblem, validateRoadmap } from "../../core/validate/validate-roadmap.js";
import type { Command } from "../io.js";
import { UsageError } from "../io.js";
import { displayPath, readUserFile } from "../user-files.js";

const USAGE = "usage: roadmap import <file.md> > roadmap/roadmap.yml";

export const run: Command = async (args, io) => {
  const [file, ...rest] = args;
  if (file === undefined || file.startsWith("-") || rest.length > 0) throw new UsageError(USAGE);
  const shown = displayPath(io, file);
  const bytes = await readUserFile(io, file);
  let markdown: string;
  try {
    markdown = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new Error(`${shown} is not UTF-8 text`);
  }

  const imported = importMarkdown(markdown);
  if (imported.repairedMojibake) {
    const lines = imported.repairedLines;
    const listed = lines.length > 8 ? `${lines.slice(0, 8).join(", ")}, …` : lines.join(", ");
    io.stderr(
      `${shown}: repaired Mac Roman mojibake (UTF-8 read as Mac Roman, e.g. "‚Üí" for →) on ${lines.length} line${lines.length === 1 ? "" : "s"}: ${listed}\n`,
    );
  }
  for (const warning of imported.warnings) io.stderr(`${shown}: warning: ${warning}\n`);

  const yaml = roadmapToYaml(imported.roadmap);
  // The importer's output must load like any hand-written roadmap; if it does not, that is
  // an importer bug, and printing the YAML would only hide it.
  const checked = validateRoadmap(yaml, "<imported>");
  if (!checked.ok) {
    for (const problem of checked.problems) io.stderr(`${formatProblem(problem)}\n`);
    throw new Error(`the YAML imported from ${shown} does not validate (see above); please report it`);
  }
  io.stdout(yaml);
  return 0;
};
