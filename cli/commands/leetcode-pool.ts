// `roadmap leetcode-pool`: (re)builds roadmap/leetcode.yml, the daily prompt's problem
// pool, from the NeetCode problem list JSON. Prints the YAML unless --write is given.
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { buildPool, renderPoolYaml } from "../../core/daily/build-pool.js";
import { leetCodeDifficulty } from "../../core/daily/pool.js";
import type { Command } from "../io.js";
import { UsageError } from "../io.js";

// The NeetCode problem list (MIT, attributed in its "source" field), committed in the
// repository so a fresh clone can rebuild the pool; relative to the working directory.
const DEFAULT_FROM = "tests/fixtures/leetcode-problems.json";
const DEFAULT_OUT = "roadmap/leetcode.yml";
const USAGE =
  `roadmap leetcode-pool [--from <json> (default: ${DEFAULT_FROM})] [--difficulty easy|medium|hard] ` +
  `[--out <yml> (default: ${DEFAULT_OUT})] [--write]`;

export const HELP = `usage: roadmap leetcode-pool [--from <json>] [--difficulty easy|medium|hard] [--out <yml>] [--write]

Builds the daily problem pool from the NeetCode problem list. Prints the YAML unless --write.

  --from <json>                     the problem list (default: ${DEFAULT_FROM})
  --difficulty easy|medium|hard     the problems to keep (default: medium)
  --out <yml>                       where --write writes (default: ${DEFAULT_OUT})
  --write                           write the pool instead of printing it
  -h, --help                        show this help
`;

interface Options {
  from: string;
  out: string;
  difficulty: "easy" | "medium" | "hard";
  write: boolean;
}

function parseArgs(args: string[]): Options {
  const options: Options = { from: DEFAULT_FROM, out: DEFAULT_OUT, difficulty: "medium", write: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = (): string => {
      const next = args[++i];
      if (next === undefined || next.startsWith("--")) throw new UsageError(`${arg} needs a value\n${USAGE}`);
      return next;
    };
    if (arg === "--write") options.write = true;
    else if (arg === "--from") options.from = value();
    else if (arg === "--out") options.out = value();
    else if (arg === "--difficulty") {
      const difficulty = value();
      if (difficulty !== "easy" && difficulty !== "medium" && difficulty !== "hard") {
        throw new UsageError(`--difficulty is easy, medium or hard (got "${difficulty}")`);
      }
      options.difficulty = difficulty;
    } else throw new UsageError(`unknown option "${arg}"\n${USAGE}`);
  }
  return options;
}

export const run: Command = async (args, io) => {
  const options = parseArgs(args);
  const from = resolve(io.cwd, options.from);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(from, "utf8"));
  } catch (error) {
    throw new Error(`cannot read ${from}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const built = buildPool(json, leetCodeDifficulty(options.difficulty));
  const yaml = renderPoolYaml(built);
  if (!options.write) {
    io.stdout(yaml);
    return 0;
  }
  const out = resolve(io.cwd, options.out);
  await writeFile(out, yaml);
  const { premium, excludedPattern } = built.skipped;
  io.stdout(
    `wrote ${options.out}: ${built.pool.problems.length} problems ` +
      `(left out: ${premium} premium, ${excludedPattern} JavaScript exercises)\n`,
  );
  return 0;
};
