// A sync from the roadmap file as the repository holds it on its default branch:
// read, validate, sync. An invalid roadmap is reported and nothing is written; a
// repository without the file is not a roadmap repository.
import type { GitHubClient, Logger, RepoRef } from "../github/client.js";
import { formatProblem } from "../validate/validate-roadmap.js";
import { readRemoteRoadmap } from "../validate/read-from-github.js";
import type { SyncResult } from "./sync.js";
import { syncRoadmap } from "./sync.js";

export interface SyncRemoteDeps {
  github: GitHubClient;
  repo: RepoRef;
  log: Logger;
  dryRun?: boolean;
}

export async function syncFromRepository(
  deps: SyncRemoteDeps,
  roadmapPath: string,
): Promise<SyncResult | undefined> {
  const name = `${deps.repo.owner}/${deps.repo.repo}`;
  const remote = await readRemoteRoadmap(deps.github, deps.repo, roadmapPath);
  if (!remote.found) {
    deps.log.info(`${name}: no ${roadmapPath}, nothing to sync`);
    return undefined;
  }
  if (!remote.result.ok) {
    deps.log.warn(
      `${name}: ${roadmapPath} is invalid, nothing was synced:\n${remote.result.problems.map(formatProblem).join("\n")}`,
    );
    return undefined;
  }
  return syncRoadmap(deps, remote.result.roadmap);
}
