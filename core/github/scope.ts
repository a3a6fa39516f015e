// The one thing every use case gets from its adapter: which repository, the client to reach
// it, where to log, the clock, and whether writes are only printed (Probot's context, cut
// to what core/ needs). Extra inputs of a use case are its own parameters, never fields here.
import type { GitHubClient, Logger, RepoRef } from "./client.js";
import type { Trust } from "./write-access.js";
import { defaultTrust } from "./write-access.js";

export interface RepoScope {
  github: GitHubClient;
  repo: RepoRef;
  log: Logger;
  /** The clock; tests pin it. Use cases that need no time ignore it. */
  now?: () => Date;
  /** Print every write instead of sending it. */
  dryRun?: boolean;
  /**
   * Whose markers and closing references count: this project's own identity and people with
   * write access. One per run or delivery, so each author's permission is read once.
   */
  trust?: Trust;
}

/** The scope's trust, or the Action's identity with lookups for this call only. */
export function trustOf(scope: Pick<RepoScope, "github" | "repo" | "trust">): Trust {
  return scope.trust ?? defaultTrust(scope.github, scope.repo);
}

/** The scope's clock, or the real one. */
export function nowOf(scope: Pick<RepoScope, "now">): Date {
  return scope.now?.() ?? new Date();
}
