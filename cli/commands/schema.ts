// `roadmap schema [--write | --check]`: the JSON Schema editors use for roadmap.yml,
// generated from the zod schema. Prints it; --write updates roadmap/schema.json;
// --check exits 1 when the committed file is stale.
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { JSON_SCHEMA_PATH, roadmapJsonSchemaText } from "../../core/model/json-schema.js";
import type { Command } from "../io.js";
import { UsageError } from "../io.js";

const USAGE = "usage: roadmap schema [--write | --check]";
export const HELP = `${USAGE}

Prints the roadmap's JSON Schema (what editors use to complete and check roadmap.yml).

  --write      update ${JSON_SCHEMA_PATH}
  --check      exit 1 when ${JSON_SCHEMA_PATH} is stale or missing
  -h, --help   show this help
`;

export const run: Command = async (args, io) => {
  if (args.length > 1 || (args[0] !== undefined && args[0] !== "--write" && args[0] !== "--check")) {
    throw new UsageError(USAGE);
  }
  const text = roadmapJsonSchemaText();
  const path = resolve(io.cwd, JSON_SCHEMA_PATH);
  if (args[0] === "--write") {
    await writeFile(path, text);
    io.stdout(`wrote ${JSON_SCHEMA_PATH}\n`);
    return 0;
  }
  if (args[0] === "--check") {
    const committed = await readFile(path, "utf8").catch(() => undefined);
    if (committed === text) {
      io.stdout(`${JSON_SCHEMA_PATH} is up to date\n`);
      return 0;
    }
    io.stderr(
      `${JSON_SCHEMA_PATH} is ${committed === undefined ? "missing" : "stale"}: run \`npx roadmap schema --write\`\n`,
    );
    return 1;
  }
  io.stdout(text);
  return 0;
};
