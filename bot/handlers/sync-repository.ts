// The app's sync of one repository: core's sync from the roadmap file on its default branch,
// one at a time per repository inside this process (see RepoLock).
import type { GitHubClient, Logger, RepoRef } from "../../core/github/client.js";
import { syncFromRepository } from "../../core/sync/sync-from-repository.js";
import type { SyncResult } from "../../core/sync/sync.js";
import type { RepoLock } from "../repo-lock.js";

export interface SyncRepositoryDeps {
  github: GitHubClient;
  repo: RepoRef;
  log: Logger;
  lock: RepoLock;
  roadmapPath: string;
}

export function syncRepository(deps: SyncRepositoryDeps): Promise<SyncResult | undefined> {
  const { lock, roadmapPath, ...core } = deps;
  return lock.forRepo(deps.repo, () => syncFromRepository(core, roadmapPath));
}
