import { COMMANDS } from "./commands/index.js";
import type { CliIO } from "./io.js";
import { UsageError } from "./io.js";

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, entry]) => `  ${name.padEnd(width)}  ${entry.summary}`);
  return `Usage: roadmap <command> [options]\n\nCommands:\n${lines.join("\n")}\n`;
}

/** Runs one `roadmap` command and returns its exit code. Never throws. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    io.stdout(usage());
    return name === undefined ? 2 : 0;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    io.stderr(`roadmap: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  try {
    const command = await entry.load();
    return await command(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`roadmap ${name}: ${error.message}\n`);
      return 2;
    }
    // A bug, not bad input: say so in one line, the stack only when asked for.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`roadmap ${name}: ${message}\n`);
    if (io.env.ROADMAP_DEBUG) io.stderr(`${error instanceof Error ? error.stack : ""}\n`);
    return 1;
  }
}
