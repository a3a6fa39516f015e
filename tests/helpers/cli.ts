// The `roadmap` CLI through its real dispatcher (cli/main.ts) with a fake io: output is
// captured instead of printed, and the environment is only what the test passes.
import { fileURLToPath } from "node:url";
import type { CliIO } from "../../cli/io.js";
import { main } from "../../cli/main.js";

/** The repository root: the working directory a command gets unless the test names another. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface FakeCliOptions {
  /** Working directory of the command; the repository root by default. */
  cwd?: string;
  /** The whole environment the command sees; empty by default (never the real process.env). */
  env?: Record<string, string | undefined>;
  octokit?: CliIO["octokit"];
  /** What `git remote get-url origin` answers; no remote by default (the real git is never run). */
  gitOriginUrl?: string;
}

export interface FakeCli {
  io: CliIO;
  /** Everything written to stdout so far, by every run of this fake. */
  out(): string;
  /** Everything written to stderr so far. */
  err(): string;
  /** Runs `roadmap ...argv` and returns its exit code. */
  run(...argv: string[]): Promise<number>;
}

export function fakeCli(options: FakeCliOptions = {}): FakeCli {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd: options.cwd ?? ROOT,
    env: options.env ?? {},
    ...(options.octokit ? { octokit: options.octokit } : {}),
    gitOriginUrl: async () => options.gitOriginUrl,
  };
  return { io, out: () => stdout, err: () => stderr, run: (...argv) => main(argv, io) };
}

/** Runs one command in a fresh fake CLI: its exit code and all it printed, to assert at once. */
export async function runCli(
  argv: string[],
  options: FakeCliOptions = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const cli = fakeCli(options);
  const code = await cli.run(...argv);
  return { code, stdout: cli.out(), stderr: cli.err() };
}
