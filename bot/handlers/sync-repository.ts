// Sync one repository from its default branch (or a given commit): read, validate, sync.
// An invalid roadmap is logged and nothing is written; a repository without the file is
// simply not a roadmap repository.
import type { GitHubClient, Logger, RepoRef } from "../../core/github/client.js";
import { readRemoteRoadmap } from "../../core/sync/remote-roadmap.js";
import type { SyncResult } from "../../core/sync/sync.js";
import { syncRoadmap } from "../../core/sync/sync.js";
import { formatProblem } from "../../core/validate/validate-roadmap.js";
import type { RepoLock } from "../repo-lock.js";

export interface SyncRepositoryDeps {
  github: GitHubClient;
  repo: RepoRef;
  log: Logger;
  lock: RepoLock;
  roadmapPath: string;
}

export async function syncRepository(
  deps: SyncRepositoryDeps,
  ref?: string,
): Promise<SyncResult | undefined> {
  const key = `${deps.repo.owner}/${deps.repo.repo}`.toLowerCase();
  return deps.lock.run(key, async () => {
    const remote = await readRemoteRoadmap(deps.github, deps.repo, deps.roadmapPath, ref);
    if (!remote.found) {
      deps.log.info(`${key}: no ${deps.roadmapPath}, nothing to sync`);
      return undefined;
    }
    if (!remote.result.ok) {
      deps.log.warn(
        `${key}: ${deps.roadmapPath} is invalid, nothing was synced:\n${remote.result.problems.map(formatProblem).join("\n")}`,
      );
      return undefined;
    }
    return syncRoadmap({ github: deps.github, repo: deps.repo, log: deps.log }, remote.result.roadmap);
  });
}
