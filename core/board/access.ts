// What an adapter hands the sync and the status events for the board: the project the
// roadmap names and the client that may write it (the Action's project-token, the CLI's
// ROADMAP_PROJECT_TOKEN or its own token, the App's installation). No access: no board.
import type { GitHubClient } from "../github/client.js";
import type { RepoScope } from "../github/scope.js";
import type { Roadmap } from "../model/schema.js";
import type { ProjectRef } from "./project-ref.js";
import { projectRefOf } from "./project-ref.js";
import type { TopicIssue } from "../issues/topic-issues.js";
import type { TopicStatus } from "../model/progress.js";
import type { CreatedIssue } from "./topics.js";
import { boardTopics } from "./topics.js";
import type { BoardSyncResult } from "./sync-board.js";
import { syncBoard } from "./sync-board.js";
import type { BoardMove } from "./move-item.js";
import { moveBoardItem } from "./move-item.js";

export interface BoardAccess {
  project: ProjectRef;
  github: GitHubClient;
}

/** The board's access when the roadmap names a project, else undefined. */
export function boardAccess(
  roadmap: Pick<Roadmap, "settings">,
  github: GitHubClient,
): BoardAccess | undefined {
  const project = projectRefOf(roadmap);
  return project ? { project, github } : undefined;
}

/** The sync's board step, after the issues: every topic issue an item, its values in step. */
export function syncBoardAfterIssues(
  scope: RepoScope,
  access: BoardAccess,
  roadmap: Roadmap,
  issues: readonly TopicIssue[],
  created: readonly CreatedIssue[],
): Promise<BoardSyncResult> {
  return syncBoard(
    { ...scope, github: access.github },
    access.project,
    boardTopics(roadmap, issues, created),
  );
}

/**
 * What the sync's board step would send, read only (`roadmap plan`): its dry run, quiet but
 * for warnings. Topics without an issue yet are left out (the sync adds them once created).
 */
export function planBoardAfterIssues(
  scope: RepoScope,
  access: BoardAccess,
  roadmap: Roadmap,
  issues: readonly TopicIssue[],
): Promise<BoardSyncResult> {
  const log = { ...scope.log, info: () => {} };
  return syncBoard(
    { ...scope, github: access.github, dryRun: true, log },
    access.project,
    boardTopics(roadmap, issues),
  );
}

/** A status event's board step: the topic's item moves to its status. */
export function moveOnBoard(
  scope: RepoScope,
  access: BoardAccess,
  issue: { topicId: string; number: number; nodeId: string },
  status: TopicStatus,
): Promise<BoardMove> {
  return moveBoardItem({ ...scope, github: access.github }, access.project, issue, status);
}
