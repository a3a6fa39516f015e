// Option parsing for the commands that talk to GitHub: node:util's parseArgs, strict, with
// its complaints turned into usage errors (one line, exit code 2).
import type { ParseArgsConfig } from "node:util";
import { parseArgs } from "node:util";
import { UsageError } from "./io.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

export function parseOptions<T extends Options>(args: string[], options: T, usage?: string) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    // Node's wording is long ("…place it at the end of the command after '--'…"): say it short.
    const message = (error as Error).message;
    const unknown = /^Unknown option '([^']+)'/.exec(message);
    const short = unknown ? `unknown option "${unknown[1]}"` : (message.split(". ")[0] ?? message);
    throw new UsageError(usage ? `${short}; ${usage}` : short);
  }
}
