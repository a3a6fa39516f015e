// Loads the roadmap file for a CLI command: read from disk, validated by the one
// validator every adapter uses. Problems come back as "file:line:col: message" lines.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import type { Roadmap } from "../core/model/schema.js";
import { parseRoadmapOrThrow } from "../core/validate/validate-roadmap.js";
import type { CliIO } from "./io.js";

export const DEFAULT_ROADMAP_FILE = "roadmap/roadmap.yml";

export interface LoadedRoadmap {
  roadmap: Roadmap;
  /** The path as problems name it: relative to the working directory when inside it. */
  file: string;
  /** The absolute path. */
  path: string;
}

/** How a path is shown: as the user gave it when relative, else relative to cwd when inside it. */
export function displayPath(io: CliIO, file: string): string {
  const path = resolve(io.cwd, file);
  const shown = relative(io.cwd, path);
  return !isAbsolute(file) || (shown !== "" && !shown.startsWith("..") && !isAbsolute(shown)) ? shown : path;
}

/** Reads a text file the user named; a missing file is an error message, not a stack. */
export async function readUserFile(io: CliIO, file: string): Promise<Uint8Array> {
  try {
    return await readFile(resolve(io.cwd, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : error instanceof Error ? error.message : String(error);
    throw new Error(`cannot read ${displayPath(io, file)}: ${why}`);
  }
}

/** Throws RoadmapInvalidError (every problem, one per line) when the file is not a valid roadmap. */
export async function readRoadmap(io: CliIO, file: string = DEFAULT_ROADMAP_FILE): Promise<LoadedRoadmap> {
  const shown = displayPath(io, file);
  const bytes = await readUserFile(io, file);
  return { roadmap: parseRoadmapOrThrow(bytes, shown), file: shown, path: resolve(io.cwd, file) };
}

/**
 * The repository's root seen from the working directory: the nearest folder, walking up,
 * that holds a .git or a roadmap/ folder. Undefined outside any repository.
 */
export function findRepositoryRoot(io: CliIO): string | undefined {
  let dir = resolve(io.cwd);
  for (;;) {
    if (existsSync(join(dir, ".git")) || existsSync(join(dir, "roadmap"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * The roadmap a command reads: the one named (a positional argument or --file), else
 * roadmap/roadmap.yml of the repository the working directory is in, so a command run
 * from a subfolder finds it. Returned relative to the working directory.
 */
export function roadmapFileFor(io: CliIO, named: string | undefined): string {
  if (named !== undefined) return named;
  const root = findRepositoryRoot(io);
  return root === undefined
    ? DEFAULT_ROADMAP_FILE
    : relative(resolve(io.cwd), join(root, DEFAULT_ROADMAP_FILE));
}
