// `roadmap render [FILE] [--readme README.md] [--file roadmap/roadmap.yml] [--check]`: rewrites the
// README's progress block (and its header, when it has the header markers) offline. A block
// the Action filled keeps its live progress, read back from the state it left in the block
// (statuses, links, streaks, pace, reviews); a new one shows every topic as todo.
// --check writes nothing and exits 1 when the README's block differs.
import { writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { offlineProgress } from "../../core/model/progress.js";
import { readBlockState } from "../../core/readme/block-state.js";
import { restoreFromState } from "../../core/readme/restore-state.js";
import { renderHeader } from "../../core/readme/header.js";
import { renderProgressBlock } from "../../core/readme/progress-block.js";
import { replaceBlock, replaceHeader } from "../../core/readme/readme-region.js";
import type { Command } from "../io.js";
import { UsageError } from "../io.js";
import { parseCommandLine } from "../args.js";
import {
  DEFAULT_ROADMAP_FILE,
  displayPath,
  findRepositoryRoot,
  readRoadmap,
  readUserFile,
  roadmapFileFor,
} from "../user-files.js";

const USAGE = "usage: roadmap render [<file> | --file <file>] [--readme README.md] [--check]";
export const HELP = `${USAGE}

Rewrites the README's progress block offline. A block the Action filled keeps its live progress
(statuses, issue links, streaks, pace): only what the roadmap changed is drawn anew.

  <file>, -f, --file <file>   the roadmap (default: ${DEFAULT_ROADMAP_FILE} of this repository)
  --readme <file>             the README to update (default: README.md of this repository)
  --check                     write nothing; exit 1 when the README's block is out of date
  -h, --help                  show this help
`;

const OPTIONS = {
  readme: { type: "string" },
  file: { type: "string", short: "f" },
  check: { type: "boolean", default: false },
} as const;

/** Byte for byte outside the block means: keep a BOM, and never "fix" invalid UTF-8. */
function decodeReadme(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new Error(`${name} is not UTF-8 text; left untouched`);
  }
}

export const run: Command = async (args, io) => {
  const { values, positionals } = parseCommandLine(args, OPTIONS, USAGE);
  if (values.readme === "" || values.file === "") {
    throw new UsageError(`--readme and --file need a path\n${USAGE}`);
  }
  const root = findRepositoryRoot(io);
  const readme = values.readme ?? (root ? relative(resolve(io.cwd), join(root, "README.md")) : "README.md");
  const file = roadmapFileFor(io, values.file ?? positionals[0]);
  const options = { readme, file, check: values.check ?? false };
  const { roadmap } = await readRoadmap(io, options.file);
  const readmeName = displayPath(io, options.readme);
  const text = decodeReadme(await readUserFile(io, options.readme), readmeName);
  const saved = readBlockState(text);
  const block = saved
    ? renderProgressBlock(roadmap, ...restoreFromState(roadmap, offlineProgress(roadmap), saved))
    : renderProgressBlock(roadmap, offlineProgress(roadmap));
  let updated: string;
  try {
    updated = replaceHeader(replaceBlock(text, block), renderHeader(roadmap));
  } catch (error) {
    throw new Error(`${readmeName}: ${error instanceof Error ? error.message : String(error)}`);
  }

  if (options.check) {
    if (updated === text) return 0;
    io.stderr(
      `${readmeName} is out of date with ${options.file}: run \`npx roadmap render\` and commit it\n`,
    );
    return 1;
  }
  if (updated === text) {
    io.stdout(`${readmeName}: roadmap block already up to date\n`);
    return 0;
  }
  await writeFile(resolve(io.cwd, options.readme), updated);
  io.stdout(`${readmeName}: roadmap block updated\n`);
  return 0;
};
