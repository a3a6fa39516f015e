// Each topic with an issue, as the board shows it: the issue's node id, the status the sync
// gives it (core/issues/status.ts), its levels and dates.
import type { Roadmap } from "../model/schema.js";
import { allTopics } from "../model/roadmap.js";
import type { TopicIssue } from "../issues/topic-issues.js";
import { groupByTopic } from "../issues/topic-issues.js";
import { statusAfterSync } from "../issues/status.js";
import { priorStatus } from "../issues/issue-body.js";
import type { BoardTopic } from "./plan-board.js";
import { upperLevel } from "./plan-board.js";

/** An issue the sync created in this run (its status is the topic's progress before the first sync). */
export interface CreatedIssue {
  topicId: string;
  number: number;
  nodeId?: string;
}

export function boardTopics(
  roadmap: Roadmap,
  issues: readonly TopicIssue[],
  created: readonly CreatedIssue[] = [],
): BoardTopic[] {
  const leads = groupByTopic(issues);
  const made = new Map(created.map((issue) => [issue.topicId, issue]));
  return allTopics(roadmap).flatMap(({ topic }) => {
    const lead = leads.get(topic.id)?.lead;
    const fresh = made.get(topic.id);
    const issue = fresh?.nodeId
      ? { number: fresh.number, nodeId: fresh.nodeId, status: priorStatus(topic) }
      : lead
        ? // As the sync leaves it: a topic back in the roadmap has its issue reopened.
          { number: lead.number, nodeId: lead.nodeId, status: statusAfterSync(lead) }
        : undefined;
    if (!issue?.nodeId) return [];
    return [
      {
        topicId: topic.id,
        issueNumber: issue.number,
        issueNodeId: issue.nodeId,
        status: issue.status,
        priority: upperLevel(topic.priority),
        difficulty: upperLevel(topic.difficulty),
        time: topic.time,
        ...(topic.start ? { start: topic.start } : {}),
        ...(topic.target ? { target: topic.target } : {}),
      },
    ];
  });
}
