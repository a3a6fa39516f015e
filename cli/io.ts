// What a command may touch besides the file system: passed in, so tests capture output
// and set the environment without touching the real process.
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
  /**
   * Octokit overrides for tests: `{ retries: 0 }` turns retries and throttling off, which
   * otherwise space writes a second apart as GitHub asks of integrations.
   */
  octokit?: { retries?: number; msPerSecond?: number };
  /** `git remote get-url origin` in a folder; tests pass their own instead of running git. */
  gitOriginUrl?: (cwd: string) => Promise<string | undefined>;
}

export type Command = (args: string[], io: CliIO) => Promise<number>;

/** Thrown for a usage mistake: printed as one line, exit code 2. */
export class UsageError extends Error {}
