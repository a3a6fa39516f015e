// Where a closed issue becomes done: the one rule for a topic's status, computed from its
// issue as GitHub holds it and what just happened to it. The sync, the README, the daily
// comment's "next topic", the notes merge and the status events all call topicStatus.
//   closed as not planned / duplicate        -> dropped (whatever else happens)
//   closed as completed (or with no reason)  -> done
//   a pull request completes it              -> done
//   reopened                                 -> in progress if any box is ticked, else todo
//   notes merged for it                      -> in progress (an open issue)
//   open, at least one box ticked            -> in progress (from todo)
//   open, all boxes ticked                   -> still in progress: only closing completes
//   open, boxes unticked again               -> stays in progress once started
// The practice topic (kind: practice) follows its practice instead (practiceStatus):
//   closed as not planned -> dropped; closed -> done; practising (a streak, or a solved
//   day in the last week) -> in progress; else todo. The README applies it (withPractice in
//   progress.ts), and the daily run moves the practice issue's status label by it.
import type { TopicStatus } from "../model/progress.js";
import { countTicks } from "./checklist.js";
import { statusOfLabels } from "./labels.js";
import { removedBySync, splitBody } from "./markers.js";

/** What happened to the issue: a webhook action, a sync looking at it, or a notes merge. */
export type StatusEvent = "opened" | "edited" | "closed" | "reopened" | "sync" | "notes-merged" | "completed";

/** The parts of a topic issue the rule reads. */
export interface IssueForStatus {
  state: "open" | "closed";
  stateReason: string | null;
  body: string;
  labels: readonly string[];
}

export function isDropped(issue: Pick<IssueForStatus, "state" | "stateReason">): boolean {
  return (
    issue.state === "closed" && (issue.stateReason === "not_planned" || issue.stateReason === "duplicate")
  );
}

export function topicStatus(issue: IssueForStatus, event: StatusEvent = "sync"): TopicStatus {
  // A topic the learner dropped stays dropped whatever a pull request says.
  if (isDropped(issue)) return "dropped";
  if (issue.state === "closed" || event === "completed") return "done";
  const checked = countTicks(splitBody(issue.body).generated ?? "").checked;
  const started: TopicStatus = checked > 0 ? "in-progress" : "todo";
  if (event === "reopened") return started;
  if (event === "notes-merged") return "in-progress";
  // An open issue keeps "in progress" once it got there; anything else (no label yet, a
  // stale done/dropped label from a missed reopen event) is derived from the ticks.
  return statusOfLabels(issue.labels) === "in-progress" ? "in-progress" : started;
}

/**
 * The status a topic in the roadmap has once the sync is done with its issue: a closed issue
 * the sync closed when its topic left the roadmap is reopened (so counts as reopened), any
 * other as it is.
 */
export function statusAfterSync(issue: IssueForStatus): TopicStatus {
  return issue.state === "closed" && removedBySync(issue.body)
    ? topicStatus({ ...issue, state: "open" }, "reopened")
    : topicStatus(issue, "sync");
}

/**
 * The practice topic's status: its issue stays open while the learner practises, so ticks
 * and the open state say nothing; the practice does. `practising` comes from the daily
 * history (core/practice/streaks.ts `isPractising`).
 */
export function practiceStatus(
  issue: Pick<IssueForStatus, "state" | "stateReason"> | undefined,
  practising: boolean,
): TopicStatus {
  if (issue && isDropped(issue)) return "dropped";
  if (issue?.state === "closed") return "done";
  return practising ? "in-progress" : "todo";
}
