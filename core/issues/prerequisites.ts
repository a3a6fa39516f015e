// A topic's prerequisites as GitHub holds them: each one's issue number (when it has an
// issue) and status by the one status rule. The generated part of the issue body lists
// them, the README shows a topic with open ones as waiting, the daily "next topic" skips it.
import type { TopicStatus } from "../model/progress.js";
import { prerequisitesOf } from "../model/roadmap.js";
import type { Roadmap, Topic } from "../model/schema.js";
import { topicStatus } from "./status.js";
import type { TopicIssue } from "./topic-issues.js";
import { leadsByTopic } from "./topic-issues.js";

export interface Prerequisite {
  topicId: string;
  title: string;
  /** The prerequisite's issue, once it has one. */
  number?: number;
  status: TopicStatus;
}

/** Done, or dropped (a topic the learner dropped holds nothing back). */
export function isSatisfied(status: TopicStatus | undefined): boolean {
  return status === "done" || status === "dropped";
}

/** Lead issues by topic id, for callers that look up many topics. */
export type LeadIssues = ReadonlyMap<
  string,
  Pick<TopicIssue, "number" | "state" | "stateReason" | "body" | "labels">
>;

export function leadIssues(issues: readonly TopicIssue[]): LeadIssues {
  return leadsByTopic(issues);
}

export function prerequisiteStates(roadmap: Roadmap, topic: Topic, leads: LeadIssues): Prerequisite[] {
  return prerequisitesOf(roadmap, topic).map(({ topic: required }) => {
    const issue = leads.get(required.id);
    return {
      topicId: required.id,
      title: required.title,
      ...(issue ? { number: issue.number } : {}),
      status: issue ? topicStatus(issue) : "todo",
    };
  });
}
