// An issue was opened, edited, closed or reopened: keep its status label in step.
// The payload tells what happened; before writing, the issue is read fresh, so a
// delivery that arrives twice (or late, after a newer event) writes nothing the second time.
import type { GitHubClient, Logger, RepoRef } from "../github/client.js";
import type { TopicStatus } from "../model/progress.js";
import type { IssueAction } from "../issues/status.js";
import { statusFor } from "../issues/status.js";
import { applyOperations } from "../github/plan/apply.js";
import { countTicks } from "../issues/checklist.js";
import { statusOfLabels } from "../issues/labels.js";
import { splitBody } from "../issues/markers.js";
import type { Operation } from "../github/plan/operation.js";
import { planStatusChange } from "./plan.js";
import type { RestIssue, TopicIssue } from "../issues/topic-issues.js";
import { toTopicIssue } from "../issues/topic-issues.js";

export interface IssueEventPayload {
  action: string;
  issue: RestIssue;
  changes?: { body?: unknown; title?: unknown };
}

export interface IssueEventDeps {
  github: GitHubClient;
  repo: RepoRef;
  log: Logger;
  dryRun?: boolean;
}

export interface IssueEventResult {
  /** Why nothing was done, when nothing was. */
  skipped?: string;
  topicId?: string;
  status?: TopicStatus;
  operations: Operation[];
}

const HANDLED = new Set<string>(["opened", "edited", "closed", "reopened"]);

function wantedStatus(action: IssueAction, issue: TopicIssue): TopicStatus {
  return statusFor(action, {
    state: issue.state,
    stateReason: issue.stateReason,
    checked: countTicks(splitBody(issue.body).generated ?? "").checked,
    current: statusOfLabels(issue.labels),
  });
}

export async function handleIssueEvent(
  deps: IssueEventDeps,
  payload: IssueEventPayload,
): Promise<IssueEventResult> {
  if (!HANDLED.has(payload.action))
    return { skipped: `issues.${payload.action} is not a status event`, operations: [] };
  if (payload.action === "edited" && payload.changes?.body === undefined) {
    return { skipped: "only the title changed", operations: [] };
  }
  const fromPayload = toTopicIssue(payload.issue);
  if (!fromPayload) return { skipped: `#${payload.issue.number} is not a topic issue`, operations: [] };
  const action = payload.action as IssueAction;

  // The payload alone says nothing needs to change: no request at all.
  const expected = wantedStatus(action, fromPayload);
  if (planStatusChange(deps.repo, fromPayload, expected).length === 0) {
    return { topicId: fromPayload.topicId, status: expected, operations: [] };
  }

  const { data } = await deps.github.request<RestIssue>("GET /repos/{owner}/{repo}/issues/{issue_number}", {
    ...deps.repo,
    issue_number: fromPayload.number,
  });
  const fresh = toTopicIssue(data);
  if (!fresh) return { skipped: `#${fromPayload.number} is no longer a topic issue`, operations: [] };
  // The issue may have moved on since the event (closed, then reopened): follow what it is now.
  const freshAction: IssueAction =
    fresh.state === "closed" ? "closed" : action === "closed" ? "reopened" : action;
  const status = wantedStatus(freshAction, fresh);
  const operations = planStatusChange(deps.repo, fresh, status);
  if (operations.length) deps.log.info(`#${fresh.number} (${fresh.topicId}): status ${status}`);
  await applyOperations(deps, operations);
  return { topicId: fresh.topicId, status, operations };
}
