// The app's sync of one repository: core's sync from the repository's own roadmap file,
// one at a time per repository inside this process (see RepoLock).
import type { GitHubClient, Logger, RepoRef } from "../../core/github/client.js";
import { syncFromRepository } from "../../core/sync/sync-remote.js";
import type { SyncResult } from "../../core/sync/sync.js";
import type { RepoLock } from "../repo-lock.js";

export interface SyncRepositoryDeps {
  github: GitHubClient;
  repo: RepoRef;
  log: Logger;
  lock: RepoLock;
  roadmapPath: string;
}

export function syncRepository(deps: SyncRepositoryDeps, ref?: string): Promise<SyncResult | undefined> {
  const { lock, roadmapPath, ...core } = deps;
  return lock.run(`${deps.repo.owner}/${deps.repo.repo}`.toLowerCase(), () =>
    syncFromRepository(core, roadmapPath, ref),
  );
}
