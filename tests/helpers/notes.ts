// Topic issues for the small test roadmap, as a first sync creates them.
import { allTopics } from "../../core/model/roadmap.js";
import { newTopicIssue } from "../../core/issues/issue-body.js";
import type { TopicIssue } from "../../core/issues/topic-issues.js";
import { REPO } from "./constants.js";
import { smallRoadmap } from "./roadmaps.js";

export const roadmap = smallRoadmap();

export function placedTopic(id: string) {
  return allTopics(roadmap).find(({ topic }) => topic.id === id)!;
}

/** Issue numbers of the small roadmap's topics: leetcode #1, redis #2, postgresql #3. */
export const ISSUE_NUMBERS: Record<string, number> = { leetcode: 1, redis: 2, postgresql: 3 };

export function topicIssue(id: string, change: Partial<TopicIssue> = {}): TopicIssue {
  const { topic, section } = placedTopic(id);
  const issue = newTopicIssue(topic, section);
  const number = ISSUE_NUMBERS[id]!;
  return {
    topicId: id,
    number,
    id: 1000 + number,
    nodeId: `I_node${number}`,
    title: issue.title,
    body: issue.body,
    state: "open",
    stateReason: null,
    labels: issue.labels,
    htmlUrl: `https://github.com/${REPO.owner}/${REPO.repo}/issues/${number}`,
    createdAt: "2026-11-01T00:00:00Z",
    ...change,
  };
}
