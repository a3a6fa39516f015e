// `roadmap import <file.md> [--out <file.yml>]`: a Markdown roadmap written by hand ->
// roadmap YAML, on stdout or written to --out. Warnings (each naming its line), the
// mojibake repair and one summary line go to stderr, so
//   npx roadmap import my-roadmap.md > roadmap/roadmap.yml
// leaves a clean file and still shows what was guessed. --out writes atomically (a failed
// import leaves the old file whole) and, onto an existing roadmap, keeps each renamed
// topic's id and names the topics a sync would then close.
import { allTopics } from "../../core/model/roadmap.js";
import { keepIds } from "../../core/import/keep-ids.js";
import type { KeepIdsResult } from "../../core/import/keep-ids.js";
import { importMarkdown, MarkdownImportError } from "../../core/import/markdown.js";
import { roadmapToYaml } from "../../core/import/to-yaml.js";
import { formatProblem, validateRoadmap } from "../../core/validate/validate-roadmap.js";
import { parseCommandLine } from "../args.js";
import type { CliIO, Command } from "../io.js";
import { UsageError } from "../io.js";
import { displayPath, readUserFile } from "../user-files.js";
import { plural } from "../text.js";
import { writeFileAtomic } from "../write-atomic.js";
import { resolve } from "node:path";
import { readFile } from "node:fs/promises";

export const USAGE = "usage: roadmap import <file.md> [--out <file.yml>] [--force]";
export const HELP = `${USAGE}

Converts a Markdown roadmap (headings, bullets, checklists, tables) to roadmap YAML.

  <file.md>          the Markdown to read
  -o, --out <file>   write the YAML to this file (atomically) instead of stdout; onto an
                     existing roadmap, renamed topics keep their ids and the topics a sync
                     would close are named
  --force            replace --out even when it is not a valid roadmap, or is
                     another roadmap (none of its topics in <file.md>)
  -h, --help         show this help
`;

const OPTIONS = {
  out: { type: "string", short: "o" },
  force: { type: "boolean", default: false },
} as const;

function decode(bytes: Uint8Array, shown: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new Error(`${shown} is not UTF-8 text`);
  }
}

/** The roadmap already at --out, to keep ids from; undefined when there is no file yet. */
async function existingRoadmap(io: CliIO, out: string, force: boolean) {
  const shown = displayPath(io, out);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolve(io.cwd, out));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new Error(`cannot read ${shown}: ${(error as Error).message}`);
  }
  const result = validateRoadmap(bytes, shown);
  if (result.ok) return result.roadmap;
  if (force) {
    io.stderr(`${shown}: not a valid roadmap; replaced without keeping its ids (--force)\n`);
    return undefined;
  }
  throw new Error(
    `${shown} exists and is not a valid roadmap (${plural(result.problems.length, "problem")}, e.g. ${formatProblem(result.problems[0]!)}); left untouched: pass --force to replace it`,
  );
}

function reportIds(io: CliIO, shown: string, result: KeepIdsResult): void {
  const why = { checklist: "same checklist", title: "similar title", position: "same place" } as const;
  for (const kept of result.kept) {
    io.stderr(
      `${shown}: kept id "${kept.id}" for "${kept.title}" (was "${kept.oldTitle}"; ${why[kept.by]})\n`,
    );
  }
  if (result.closing.length > 0) {
    const named = result.closing.map((topic) => `${topic.id} ("${topic.title}")`).join(", ");
    io.stderr(
      `${shown}: a sync would close the issues of ${plural(result.closing.length, "topic")} no longer in the roadmap: ${named}\n`,
    );
  }
}

export const run: Command = async (args, io) => {
  const { values, positionals } = parseCommandLine(args, OPTIONS, USAGE);
  const [file] = positionals;
  if (file === undefined) throw new UsageError(USAGE);
  if (values.out === "") throw new UsageError(`--out needs a path; ${USAGE}`);
  const shown = displayPath(io, file);
  const markdown = decode(await readUserFile(io, file), shown);

  let imported: ReturnType<typeof importMarkdown>;
  try {
    imported = importMarkdown(markdown);
  } catch (error) {
    if (error instanceof MarkdownImportError) throw new Error(`${shown}: ${error.message}`);
    throw error;
  }
  if (imported.repairedMojibake) {
    const lines = imported.repairedLines;
    const listed = lines.length > 8 ? `${lines.slice(0, 8).join(", ")}, …` : lines.join(", ");
    io.stderr(
      `${shown}: repaired Mac Roman mojibake (UTF-8 read as Mac Roman, e.g. "‚Üí" for →) on ${plural(lines.length, "line")}: ${listed}\n`,
    );
  }
  for (const warning of imported.warnings) io.stderr(`${shown}: warning: ${warning}\n`);

  let roadmap = imported.roadmap;
  const existing = values.out === undefined ? undefined : await existingRoadmap(io, values.out, values.force);
  if (existing && values.out !== undefined) {
    const result = keepIds(roadmap, existing);
    // Not an edit of that roadmap but another one: every topic's issue would be closed.
    if (!values.force && result.closing.length > 0 && result.closing.length === allTopics(existing).length) {
      throw new Error(
        `${displayPath(io, values.out)} holds another roadmap: none of its ${plural(result.closing.length, "topic")} is in ${shown}, so a sync would close every one of their issues; left untouched: pass --force to replace it`,
      );
    }
    reportIds(io, displayPath(io, values.out), result);
    roadmap = result.roadmap;
  }

  const yaml = roadmapToYaml(roadmap);
  // The importer's output must load like any hand-written roadmap; if it does not, that is
  // an importer bug, and writing the YAML would only hide it.
  const checked = validateRoadmap(yaml, "<imported>");
  if (!checked.ok) {
    for (const problem of checked.problems) io.stderr(`${formatProblem(problem)}\n`);
    throw new Error(`the YAML imported from ${shown} does not validate (see above); please report it`);
  }
  if (values.out === undefined) {
    io.stdout(yaml);
    io.stderr(`${shown}: ${imported.summary}\n`);
    return 0;
  }
  try {
    await writeFileAtomic(resolve(io.cwd, values.out), yaml);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "no such folder"
        : code === "EACCES"
          ? "permission denied"
          : (error as Error).message;
    throw new Error(`cannot write ${displayPath(io, values.out)}: ${why}; nothing was written`);
  }
  io.stderr(`${shown}: ${imported.summary}; wrote ${displayPath(io, values.out)}\n`);
  return 0;
};
