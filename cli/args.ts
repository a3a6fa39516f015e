// Option parsing for the commands that talk to GitHub: node:util's parseArgs, strict, with
// its complaints turned into usage errors (one line, exit code 2).
import type { ParseArgsConfig } from "node:util";
import { parseArgs } from "node:util";
import { UsageError } from "./io.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

export function parseOptions<T extends Options>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
