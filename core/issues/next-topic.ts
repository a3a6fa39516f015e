// The one roadmap topic to study next, shown in the daily comment and as "Next up" in the
// README. It follows the roadmap: only a ready topic is suggested (every prerequisite done
// or dropped; a project without `requires` once every topic before it is), the one in
// progress first (finish what was started), then the highest priority among the ready
// ones, ties going to the first in roadmap order. The practice topic is never suggested.
import { PRIORITIES, ratingRank } from "../model/levels.js";
import type { ProgressSnapshot, TopicStatus } from "../model/progress.js";
import type { PlacedTopic } from "../model/roadmap.js";
import { allTopics, prerequisitesOf } from "../model/roadmap.js";
import type { Roadmap, Topic } from "../model/schema.js";
import { isSatisfied } from "./prerequisites.js";

export interface NextTopic extends PlacedTopic {
  status: Extract<TopicStatus, "todo" | "in-progress">;
  issueUrl?: string;
}

function statusIn(progress: ProgressSnapshot, id: string): TopicStatus {
  return progress.topics[id]?.status ?? "todo";
}

/** The topic's prerequisites not done (nor dropped) yet, in `requires` order. */
export function openPrerequisites(roadmap: Roadmap, topic: Topic, progress: ProgressSnapshot): PlacedTopic[] {
  return prerequisitesOf(roadmap, topic).filter(({ topic: p }) => !isSatisfied(statusIn(progress, p.id)));
}

/** Every prerequisite is done; a project without `requires` waits for every topic before it. */
export function isReady(roadmap: Roadmap, placed: PlacedTopic, progress: ProgressSnapshot): boolean {
  const { topic } = placed;
  if (openPrerequisites(roadmap, topic, progress).length > 0) return false;
  if (topic.kind !== "project" || (topic.requires ?? []).length > 0) return true;
  const all = allTopics(roadmap);
  return all
    .slice(
      0,
      all.findIndex((other) => other.topic.id === topic.id),
    )
    .every(({ topic: other }) => other.kind === "practice" || isSatisfied(statusIn(progress, other.id)));
}

export function nextTopic(roadmap: Roadmap, progress: ProgressSnapshot): NextTopic | undefined {
  const ready = allTopics(roadmap).filter(
    (placed) => placed.topic.kind !== "practice" && isReady(roadmap, placed, progress),
  );
  for (const status of ["in-progress", "todo"] as const) {
    let best: PlacedTopic | undefined;
    for (const placed of ready) {
      if (statusIn(progress, placed.topic.id) !== status) continue;
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
