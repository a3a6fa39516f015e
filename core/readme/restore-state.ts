// An offline render of a block the Action filled: its saved state (block-state.ts) made
// back into what the renderer takes, so `roadmap render` draws the block as the Action
// would for the roadmap as it is now, and never turns live progress back into todo.
import { dueReviews } from "../issues/reviews.js";
import type { TopicIssue } from "../issues/topic-issues.js";
import type { ProgressSnapshot } from "../model/progress.js";
import type { Roadmap } from "../model/schema.js";
import type { BlockState } from "./block-state.js";
import { carryOver } from "./block-state.js";
import { paceOf } from "./pace.js";
import type { RenderOptions } from "./progress-block.js";

/**
 * The topic issues as far as the state tells them: enough for the pace and the reviews
 * (which topics are done, and on which day), nothing more.
 */
function issuesFromState(progress: ProgressSnapshot, closedDays: Record<string, string>): TopicIssue[] {
  return Object.entries(progress.topics).map(([topicId, topic], index) => ({
    topicId,
    number: index + 1,
    id: index + 1,
    nodeId: "",
    title: topicId,
    body: "",
    state: topic.status === "done" || topic.status === "dropped" ? "closed" : "open",
    stateReason: topic.status === "dropped" ? "not_planned" : topic.status === "done" ? "completed" : null,
    labels: [],
    htmlUrl: topic.issueUrl ?? "",
    createdAt: "",
    closedAt: closedDays[topicId] ? `${closedDays[topicId]}T12:00:00Z` : null,
  }));
}

/**
 * What an offline render draws from a block the Action filled: its live progress carried
 * onto the roadmap as it is now, and the pace and reviews as of the day the Action drew it,
 * so the block comes out as the Action would draw it for that roadmap.
 */
export function restoreFromState(
  roadmap: Roadmap,
  offline: ProgressSnapshot,
  saved: BlockState,
): [ProgressSnapshot, RenderOptions] {
  const progress = carryOver(offline, saved.progress);
  const { today, closedDays = {} } = saved.options;
  if (!today) return [progress, saved.options];
  const issues = issuesFromState(progress, closedDays);
  return [
    progress,
    {
      ...saved.options,
      pace: paceOf(roadmap, progress, issues, today),
      reviews: dueReviews(roadmap, issues, today),
    },
  ];
}
