// `roadmap render [--readme README.md] [--file roadmap/roadmap.yml] [--check]`: rewrites the
// README's progress block offline. A block the Action filled keeps its live progress (the
// state it left in the block); a new one shows every topic as todo.
// --check writes nothing and exits 1 when the README's block differs.
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { offlineProgress } from "../../core/model/progress.js";
import { carryOver, readBlockState } from "../../core/readme/block-state.js";
import { renderProgressBlock } from "../../core/readme/progress-block.js";
import { renderHeader } from "../../core/readme/header.js";
import { replaceBlock, replaceHeader } from "../../core/readme/readme-region.js";
import type { Command } from "../io.js";
import { UsageError } from "../io.js";
import { parseOptions } from "../args.js";
import { DEFAULT_ROADMAP_FILE, displayPath, readRoadmap, readUserFile } from "../user-files.js";

const USAGE = "usage: roadmap render [--readme README.md] [--file roadmap/roadmap.yml] [--check]";

const OPTIONS = {
  readme: { type: "string", default: "README.md" },
  file: { type: "string", short: "f", default: DEFAULT_ROADMAP_FILE },
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
  const values = parseOptions(args, OPTIONS, USAGE);
  if (!values.readme || !values.file) throw new UsageError(`--readme and --file need a path\n${USAGE}`);
  const options = { readme: values.readme, file: values.file, check: values.check ?? false };
  const { roadmap } = await readRoadmap(io, options.file);
  const readmeName = displayPath(io, options.readme);
  const readme = decodeReadme(await readUserFile(io, options.readme), readmeName);
  // A block the Action filled keeps its live progress (statuses, links, chart, streaks):
  // only what the roadmap changed is drawn anew. Without that state, every topic is todo.
  const saved = readBlockState(readme);
  const block = saved
    ? renderProgressBlock(roadmap, carryOver(offlineProgress(roadmap), saved.progress), saved.options)
    : renderProgressBlock(roadmap, offlineProgress(roadmap));
  let updated: string;
  try {
    updated = replaceHeader(replaceBlock(readme, block), renderHeader(roadmap));
  } catch (error) {
    throw new Error(`${readmeName}: ${error instanceof Error ? error.message : String(error)}`);
  }

  if (options.check) {
    if (updated === readme) return 0;
    io.stderr(
      `${readmeName} is out of date with ${options.file}: run \`npx roadmap render\` and commit it\n`,
    );
    return 1;
  }
  if (updated === readme) {
    io.stdout(`${readmeName}: roadmap block already up to date\n`);
    return 0;
  }
  await writeFile(resolve(io.cwd, options.readme), updated);
  io.stdout(`${readmeName}: roadmap block updated\n`);
  return 0;
};
