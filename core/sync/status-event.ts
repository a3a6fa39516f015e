// An issue was opened, edited, closed or reopened: keep its status label in step.
// The payload tells what happened; before writing, the issue is read fresh, so a
// delivery that arrives twice (or late, after a newer event) writes nothing the second time.
import type { RepoScope } from "../github/scope.js";
import type { TopicStatus } from "../model/progress.js";
import { topicStatus } from "../issues/status.js";
import { applyOperations } from "../github/plan/apply.js";
import type { Operation } from "../github/plan/operation.js";
import { planStatusChange } from "../issues/label-changes.js";
import type { RestIssue } from "../issues/topic-issues.js";
import { toTopicIssue } from "../issues/topic-issues.js";
import type { BoardAccess } from "../board/access.js";
import { moveOnBoard } from "../board/access.js";
import type { BoardMove } from "../board/move-item.js";

export interface IssueEventPayload {
  action: string;
  issue: RestIssue;
  changes?: { body?: unknown; title?: unknown };
}

export interface IssueEventResult {
  /** Why nothing was done, when nothing was. */
  skipped?: string;
  topicId?: string;
  status?: TopicStatus;
  operations: Operation[];
  /** The Projects board's step (core/board), when the adapter gave its access. */
  board?: BoardMove;
}

export interface IssueEventOptions {
  /**
   * The board the roadmap names and the client that may write it (core/board/access.ts), or
   * how to find it (the App reads the roadmap only when the board would move).
   */
  board?: BoardAccess | (() => Promise<BoardAccess | undefined>);
}

/** The webhook actions that can move a topic. */
type IssueAction = "opened" | "edited" | "closed" | "reopened";

const HANDLED = new Set<string>(["opened", "edited", "closed", "reopened"]);

export async function handleIssueEvent(
  scope: RepoScope,
  payload: IssueEventPayload,
  options: IssueEventOptions = {},
): Promise<IssueEventResult> {
  const result = await handleStatusLabel(scope, payload);
  // The board (core/board): a close, a reopen or a status that moved moves the topic's item.
  const moved = result.operations.length > 0 || payload.action === "closed" || payload.action === "reopened";
  if (!options.board || result.skipped || !result.status || !moved) return result;
  const access = typeof options.board === "function" ? await options.board() : options.board;
  if (!access) return result;
  const issue = {
    topicId: result.topicId ?? "",
    number: payload.issue.number,
    nodeId: payload.issue.node_id,
  };
  return { ...result, board: await moveOnBoard(scope, access, issue, result.status) };
}

async function handleStatusLabel(scope: RepoScope, payload: IssueEventPayload): Promise<IssueEventResult> {
  if (!HANDLED.has(payload.action))
    return { skipped: `issues.${payload.action} is not a status event`, operations: [] };
  if (payload.action === "edited" && payload.changes?.body === undefined) {
    return { skipped: "only the title changed", operations: [] };
  }
  const fromPayload = toTopicIssue(payload.issue);
  if (!fromPayload) return { skipped: `#${payload.issue.number} is not a topic issue`, operations: [] };
  const action = payload.action as IssueAction;

  // The payload alone says nothing needs to change: no request at all.
  const expected = topicStatus(fromPayload, action);
  if (planStatusChange(scope.repo, fromPayload, expected).length === 0) {
    return { topicId: fromPayload.topicId, status: expected, operations: [] };
  }

  const { data } = await scope.github.request<RestIssue>("GET /repos/{owner}/{repo}/issues/{issue_number}", {
    ...scope.repo,
    issue_number: fromPayload.number,
  });
  const fresh = toTopicIssue(data);
  if (!fresh) return { skipped: `#${fromPayload.number} is no longer a topic issue`, operations: [] };
  // The issue may have moved on since the event (closed, then reopened): follow what it is now.
  const freshAction: IssueAction =
    fresh.state === "closed" ? "closed" : action === "closed" ? "reopened" : action;
  const status = topicStatus(fresh, freshAction);
  const operations = planStatusChange(scope.repo, fresh, status);
  if (operations.length) scope.log.info(`#${fresh.number} (${fresh.topicId}): status ${status}`);
  await applyOperations(scope, operations);
  return { topicId: fresh.topicId, status, operations };
}
