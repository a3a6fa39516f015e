import { explainGitHubError } from "../core/github/explain-error.js";
import type { ErrorContext } from "../core/github/explain-error.js";
import { COMMANDS } from "./commands/index.js";
import type { CliIO } from "./io.js";
import { UsageError } from "./io.js";

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, entry]) => `  ${name.padEnd(width)}  ${entry.summary}`);
  return `Usage: roadmap <command> [options]\n\nCommands:\n${lines.join("\n")}\n`;
}

/** How a person fixes what GitHub refused, from a terminal. */
function githubErrorContext(env: Record<string, string | undefined>): ErrorContext {
  return {
    apiUrl: env.GITHUB_API_URL || "https://api.github.com",
    apiUrlFrom: env.GITHUB_API_URL ? "GITHUB_API_URL" : "the default",
    tokenFrom: env.GITHUB_TOKEN ? "GITHUB_TOKEN" : env.GH_TOKEN ? "GH_TOKEN" : "GITHUB_TOKEN",
    grant: (permission) =>
      `use a token that has it (a fine-grained token with this repository selected and ${permission.replace(": ", " ")}; a classic token needs the repo scope)`,
  };
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
    // GitHub's refusals said as what to check; anything else in one line, the stack only
    // when asked for.
    const message =
      explainGitHubError(error, githubErrorContext(io.env)) ??
      (error instanceof Error ? error.message : String(error));
    io.stderr(`roadmap ${name}: ${message}\n`);
    if (io.env.ROADMAP_DEBUG) io.stderr(`${error instanceof Error ? error.stack : ""}\n`);
    return 1;
  }
}
