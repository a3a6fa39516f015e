// A sync from the roadmap file as the repository holds it on its default branch:
// read, validate, sync. An invalid roadmap is reported and nothing is written; a
// repository without the file is not a roadmap repository.
import type { RepoScope } from "../github/scope.js";
import { formatProblem } from "../validate/validate-roadmap.js";
import { readRemoteRoadmap } from "../validate/read-from-github.js";
import type { Roadmap } from "../model/schema.js";
import type { BoardAccess } from "../board/access.js";
import type { SyncResult } from "./sync.js";
import { syncRoadmap } from "./sync.js";

export async function syncFromRepository(
  scope: RepoScope,
  roadmapPath: string,
  /** The board's access for the roadmap read (the App: its installation's client). */
  board?: (roadmap: Roadmap) => BoardAccess | undefined,
): Promise<SyncResult | undefined> {
  const name = `${scope.repo.owner}/${scope.repo.repo}`;
  const remote = await readRemoteRoadmap(scope.github, scope.repo, roadmapPath);
  if (!remote.found) {
    scope.log.info(`${name}: no ${roadmapPath}, nothing to sync`);
    return undefined;
  }
  if (!remote.result.ok) {
    scope.log.warn(
      `${name}: ${roadmapPath} is invalid, nothing was synced:\n${remote.result.problems.map(formatProblem).join("\n")}`,
    );
    return undefined;
  }
  const access = board?.(remote.result.roadmap);
  return syncRoadmap(scope, remote.result.roadmap, access ? { board: access } : {});
}
