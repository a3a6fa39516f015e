import { explainGitHubError } from "../core/github/explain-error.js";
import type { ErrorContext } from "../core/github/explain-error.js";
import { readFileSync } from "node:fs";
import { closestMatch } from "../core/validate/did-you-mean.js";
import { COMMANDS } from "./commands/index.js";
import type { CliIO } from "./io.js";
import { UsageError } from "./io.js";

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, entry]) => `  ${name.padEnd(width)}  ${entry.summary}`);
  return (
    `Usage: roadmap <command> [options]\n\nCommands:\n${lines.join("\n")}\n\n` +
    "Run `roadmap <command> --help` for a command's options; `roadmap --version` for the version.\n"
  );
}

/** The version in package.json, read when asked for (the CLI runs from the sources). */
function version(): string {
  const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  return manifest.version;
}

/** --help or -h anywhere before a "--" asks for the command's help, whatever else is given. */
function wantsHelp(args: string[]): boolean {
  const end = args.indexOf("--");
  return (end < 0 ? args : args.slice(0, end)).some((arg) => arg === "--help" || arg === "-h");
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
  if (name === "--version" || name === "-v" || name === "version") {
    io.stdout(`roadmap ${version()}\n`);
    return 0;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    const guess = closestMatch(name, Object.keys(COMMANDS));
    const hint = guess ? ` (did you mean "${guess}"?)` : "";
    io.stderr(`roadmap: unknown command "${name}"${hint}\n\n${usage()}`);
    return 2;
  }
  try {
    const command = await entry.load();
    if (wantsHelp(args)) {
      io.stdout(command.HELP);
      return 0;
    }
    return await command.run(args, io);
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
