// Where the CLI finds GitHub: the token in GITHUB_TOKEN (or GH_TOKEN, as the gh CLI
// uses), the repository in --repo or GITHUB_REPOSITORY, the API in GITHUB_API_URL; the
// Projects board's token in ROADMAP_PROJECT_TOKEN, else the same token.
import type { GitHubClient, Logger, RepoRef } from "../core/github/client.js";
import { parseRepo } from "../core/github/client.js";
import type { CliIO } from "./io.js";
import { UsageError } from "./io.js";
import { createGitHubClient, DEFAULT_API_URL } from "../octokit/create-client.js";

export interface GitHubTarget {
  github: GitHubClient;
  repo: RepoRef;
  log: Logger;
}

export function cliLogger(io: CliIO, verbose = false): Logger {
  return {
    info: (message) => io.stderr(`${message}\n`),
    warn: (message) => io.stderr(`warning: ${message}\n`),
    debug: (message) => {
      if (verbose) io.stderr(`${message}\n`);
    },
  };
}

export function githubTarget(io: CliIO, repoOption: string | undefined): GitHubTarget {
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN;
  if (!token) {
    throw new UsageError(
      "set GITHUB_TOKEN (or GH_TOKEN) to a token that can read and write this repository's issues",
    );
  }
  const fullName = repoOption ?? io.env.GITHUB_REPOSITORY;
  if (!fullName) throw new UsageError("name the repository with --repo owner/name or GITHUB_REPOSITORY");
  let repo: RepoRef;
  try {
    repo = parseRepo(fullName);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const log = cliLogger(io, Boolean(io.env.ROADMAP_DEBUG));
  const baseUrl = io.env.GITHUB_API_URL || DEFAULT_API_URL;
  return { github: createGitHubClient({ token, baseUrl, log, ...io.octokit }), repo, log };
}

/** The env var of the board's token (settings.project). */
export const PROJECT_TOKEN_ENV = "ROADMAP_PROJECT_TOKEN";

/** The board's client: ROADMAP_PROJECT_TOKEN's, else the target's own (its token may reach the project). */
export function projectGitHub(io: CliIO, target: GitHubTarget): GitHubClient {
  const token = io.env[PROJECT_TOKEN_ENV];
  if (!token) return target.github;
  const baseUrl = io.env.GITHUB_API_URL || DEFAULT_API_URL;
  return createGitHubClient({ token, baseUrl, log: target.log, ...io.octokit });
}
