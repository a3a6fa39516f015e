// The one roadmap topic the daily comment suggests next: the highest-priority topic in
// progress (finish what was started), else the highest-priority one not started yet.
// Ties go to roadmap order. The practice topic itself is never suggested.
import { PRIORITIES, ratingRank } from "../model/levels.js";
import type { ProgressSnapshot, TopicStatus } from "../model/progress.js";
import type { PlacedTopic } from "../model/roadmap.js";
import { allTopics } from "../model/roadmap.js";
import type { Roadmap } from "../model/schema.js";

export interface NextTopic extends PlacedTopic {
  status: Extract<TopicStatus, "todo" | "in-progress">;
  issueUrl?: string;
}

export function nextTopic(roadmap: Roadmap, progress: ProgressSnapshot): NextTopic | undefined {
  const candidates = allTopics(roadmap).filter(({ topic }) => topic.kind !== "practice");
  for (const status of ["in-progress", "todo"] as const) {
    let best: PlacedTopic | undefined;
    for (const placed of candidates) {
      if ((progress.topics[placed.topic.id]?.status ?? "todo") !== status) continue;
      if (
        !best ||
        ratingRank(PRIORITIES, placed.topic.priority) > ratingRank(PRIORITIES, best.topic.priority)
      )
        best = placed;
    }
    if (best) {
      const issueUrl = progress.topics[best.topic.id]?.issueUrl;
      return { ...best, status, ...(issueUrl ? { issueUrl } : {}) };
    }
  }
  return undefined;
}
