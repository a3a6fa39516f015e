// Option parsing for every command: node:util's parseArgs, strict, with its complaints
// turned into usage errors (one line, exit code 2).
import type { ParseArgsConfig } from "node:util";
import { parseArgs } from "node:util";
import { UsageError } from "./io.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

function parse<T extends Options>(args: string[], options: T, usage: string) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: true });
  } catch (error) {
    // Node's wording is long ("…place it at the end of the command after '--'…"): say it short.
    const message = (error as Error).message;
    const unknown = /^Unknown option '([^']+)'/.exec(message);
    const positional = /^Unexpected argument '([^']+)'/.exec(message);
    const short = unknown
      ? `unknown option "${unknown[1]}"`
      : positional
        ? `unexpected argument "${positional[1]}"`
        : (message.split(". ")[0] ?? message);
    throw new UsageError(`${short}; ${usage}`);
  }
}

/** Options plus at most `maxPositionals` plain arguments (e.g. the file to read). */
export function parseCommandLine<T extends Options>(
  args: string[],
  options: T,
  usage: string,
  maxPositionals = 1,
) {
  const { values, positionals } = parse(args, options, usage);
  if (positionals.length > maxPositionals) {
    throw new UsageError(`unexpected argument "${positionals[maxPositionals]}"; ${usage}`);
  }
  return { values, positionals };
}
