// How a topic's status follows its issue. Pure: given what happened and what the issue
// looks like now, the status it should carry.
//   closed as completed (or with no reason)  -> done
//   closed as not planned / duplicate        -> dropped
//   reopened                                 -> in progress if any box is ticked, else todo
//   open, at least one box ticked            -> in progress (from todo)
//   open, all boxes ticked                   -> still in progress: only closing completes
//   open, boxes unticked again               -> stays in progress once started
import type { TopicStatus } from "../model/progress.js";

export interface IssueState {
  state: "open" | "closed";
  stateReason: string | null;
  /** Focus boxes ticked in the generated part. */
  checked: number;
  /** The status label the issue carries now, if any. */
  current: TopicStatus | undefined;
}

export type IssueAction = "opened" | "edited" | "closed" | "reopened" | "sync";

export function statusFor(action: IssueAction, issue: IssueState): TopicStatus {
  if (issue.state === "closed") {
    return issue.stateReason === "not_planned" || issue.stateReason === "duplicate" ? "dropped" : "done";
  }
  const started: TopicStatus = issue.checked > 0 ? "in-progress" : "todo";
  if (action === "reopened") return started;
  // An open issue keeps "in progress" once it got there; anything else (no label yet, a
  // stale done/dropped label from a missed reopen event) is derived from the ticks.
  return issue.current === "in-progress" ? "in-progress" : started;
}
