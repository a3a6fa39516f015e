// The one roadmap topic to study next, shown in the daily comment and as "Next up" in the
// README. It follows the roadmap: only a ready topic is suggested (every prerequisite done
// or dropped; a project without `requires` once every topic before it is), the one in
// progress first (finish what was started), then the highest priority among the ready
// ones, ties going to the first in roadmap order. The practice topic is never suggested.
import { PRIORITIES, ratingRank } from "../model/levels.js";
import type { ProgressSnapshot, TopicStatus } from "../model/progress.js";
import type { PlacedTopic } from "../model/roadmap.js";
import type { TopicIndex } from "../model/roadmap.js";
import { allTopics, prerequisitesOf, topicIndex } from "../model/roadmap.js";
import type { Roadmap, Topic } from "../model/schema.js";
import { isSatisfied } from "./prerequisites.js";

export interface NextTopic extends PlacedTopic {
  status: Extract<TopicStatus, "todo" | "in-progress">;
  issueUrl?: string;
}

function statusIn(progress: ProgressSnapshot, id: string): TopicStatus {
  return progress.topics[id]?.status ?? "todo";
}

/** The topic's prerequisites not done (nor dropped) yet, in `requires` order (`index`: see prerequisitesOf). */
export function openPrerequisites(
  roadmap: Roadmap,
  topic: Topic,
  progress: ProgressSnapshot,
  index?: TopicIndex,
): PlacedTopic[] {
  return prerequisitesOf(roadmap, topic, index).filter(
    ({ topic: p }) => !isSatisfied(statusIn(progress, p.id)),
  );
}

/** Every prerequisite is done; a project without `requires` waits for every topic before it. */
export function isReady(roadmap: Roadmap, placed: PlacedTopic, progress: ProgressSnapshot): boolean {
  return readiness(roadmap, progress)(placed);
}

/**
 * isReady for many topics of one roadmap, in linear time: the topic index is built once, and
 * "every topic before it is done" is the topic's place against the first one that is not.
 */
function readiness(roadmap: Roadmap, progress: ProgressSnapshot): (placed: PlacedTopic) => boolean {
  const all = allTopics(roadmap);
  const index = topicIndex(roadmap);
  // The first topic (not the practice one) neither done nor dropped: a project without
  // `requires` is ready when none comes before it.
  const firstOpen = all.findIndex(
    ({ topic }) => topic.kind !== "practice" && !isSatisfied(statusIn(progress, topic.id)),
  );
  const position = new Map<string, number>();
  all.forEach(({ topic }, i) => {
    if (!position.has(topic.id)) position.set(topic.id, i);
  });
  return ({ topic }) => {
    if (openPrerequisites(roadmap, topic, progress, index).length > 0) return false;
    if (topic.kind !== "project" || (topic.requires ?? []).length > 0) return true;
    // (A topic not in the roadmap is measured against all but the last, as slice(0, -1) would.)
    const at = position.get(topic.id) ?? all.length - 1;
    return firstOpen < 0 || firstOpen >= at;
  };
}

export function nextTopic(roadmap: Roadmap, progress: ProgressSnapshot): NextTopic | undefined {
  const ready = readiness(roadmap, progress);
  const candidates = allTopics(roadmap).filter((placed) => placed.topic.kind !== "practice" && ready(placed));
  for (const status of ["in-progress", "todo"] as const) {
    let best: PlacedTopic | undefined;
    for (const placed of candidates) {
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
