// The app's sync of one repository: core's sync from the roadmap file on its default branch,
// one at a time per repository inside this process (see RepoLock).
import type { RepoScope } from "../../core/github/scope.js";
import { syncFromRepository } from "../../core/sync/sync-from-repository.js";
import type { SyncResult } from "../../core/sync/sync.js";
import type { RepoLock } from "../repo-lock.js";
import type { BoardAccess } from "../../core/board/access.js";
import type { Roadmap } from "../../core/model/schema.js";

export function syncRepository(
  scope: RepoScope,
  lock: RepoLock,
  roadmapPath: string,
  board?: (roadmap: Roadmap) => BoardAccess | undefined,
): Promise<SyncResult | undefined> {
  return lock.forRepo(scope.repo, () => syncFromRepository(scope, roadmapPath, board));
}
