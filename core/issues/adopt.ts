// Taking back a topic issue whose marker the learner deleted, by its exact title: the
// sync and the daily command both use this rule instead of opening a second issue.
import type { PlacedTopic } from "../model/roadmap.js";
import { issueTitle } from "./issue-body.js";
import type { TopicIssue, UnmarkedIssue } from "./topic-issues.js";

/**
 * An open roadmap issue with the topic's exact title whose marker is gone (the learner
 * deleted the generated part): taken back rather than opening a second issue. Its text
 * stays and the generated part goes back on top. The one taken is removed from
 * `candidates`, so two topics never adopt the same issue.
 */
export function adopt(candidates: UnmarkedIssue[], { topic }: PlacedTopic): TopicIssue | undefined {
  const index = candidates.findIndex((issue) => issue.state === "open" && issue.title === issueTitle(topic));
  if (index === -1) return undefined;
  const [issue] = candidates.splice(index, 1);
  return { ...issue!, topicId: topic.id };
}
