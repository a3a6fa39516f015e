// `roadmap render [--readme README.md] [--file roadmap/roadmap.yml] [--check]`: rewrites the
// README's progress block offline (every topic todo; the Action renders live progress).
// --check writes nothing and exits 1 when the README's block differs.
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { offlineProgress } from "../../core/model/progress.js";
import { renderProgressBlock } from "../../core/render/readme-block.js";
import { replaceBlock } from "../../core/render/readme.js";
import type { Command } from "../io.js";
import { UsageError } from "../io.js";
import { DEFAULT_ROADMAP_FILE, displayPath, readRoadmap, readUserFile } from "../read-roadmap.js";

const USAGE = "usage: roadmap render [--readme README.md] [--file roadmap/roadmap.yml] [--check]";

interface Options {
  readme: string;
  file: string;
  check: boolean;
}

function parseOptions(args: string[]): Options {
  const options: Options = { readme: "README.md", file: DEFAULT_ROADMAP_FILE, check: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--check") {
      options.check = true;
      continue;
    }
    if (arg !== "--readme" && arg !== "--file") throw new UsageError(`unknown option "${arg}"\n${USAGE}`);
    const value = args[++i];
    if (value === undefined || value.startsWith("--")) throw new UsageError(`${arg} needs a path\n${USAGE}`);
    options[arg === "--readme" ? "readme" : "file"] = value;
  }
  return options;
}

/** Byte for byte outside the block means: keep a BOM, and never "fix" invalid UTF-8. */
function decodeReadme(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new Error(`${name} is not UTF-8 text; left untouched`);
  }
}

export const run: Command = async (args, io) => {
  const options = parseOptions(args);
  const { roadmap } = await readRoadmap(io, options.file);
  const readmeName = displayPath(io, options.readme);
  const readme = decodeReadme(await readUserFile(io, options.readme), readmeName);
  const block = renderProgressBlock(roadmap, offlineProgress(roadmap));
  let updated: string;
  try {
    updated = replaceBlock(readme, block);
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
