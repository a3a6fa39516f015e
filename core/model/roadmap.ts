// Read-only views over a validated roadmap, so callers never walk sections by hand.
import type { ChecklistKind, Roadmap, Section, Topic } from "./schema.js";
import { CHECKLIST_KINDS } from "./schema.js";
import type { TimeCost } from "./levels.js";
import { DEFAULT_HOURS, DEFAULT_REVIEW_DAYS } from "./levels.js";
// Kept where they were first defined for callers of this module.
export type { RatingLabels } from "./levels.js";
export { ALL_RATING_LABELS, ratingLabelsOf } from "./levels.js";

export interface Checklist {
  kind: ChecklistKind;
  items: readonly string[];
}

/** The topic's focus / scope / expectation list (at most one exists), or none. */
export function checklistOf(topic: Topic): Checklist | undefined {
  for (const kind of CHECKLIST_KINDS) {
    const items = topic[kind];
    if (items) return { kind, items };
  }
  return undefined;
}

export interface PlacedTopic {
  topic: Topic;
  section: Section;
}

/** Every topic in roadmap order, each with its section. */
export function allTopics(roadmap: Roadmap): PlacedTopic[] {
  return roadmap.sections.flatMap((section) => section.topics.map((topic) => ({ topic, section })));
}

/** The daily-practice topic (kind: practice), if the roadmap has one. */
export function practiceTopic(roadmap: Roadmap): PlacedTopic | undefined {
  return allTopics(roadmap).find(({ topic }) => topic.kind === "practice");
}

/** Every topic by id (validation keeps ids unique). */
export type TopicIndex = ReadonlyMap<string, PlacedTopic>;

/** Build it once where many topics' prerequisites are looked up (a README, a sync). */
const indexes = new WeakMap<Roadmap, TopicIndex>();

/**
 * Every topic by id, built once per roadmap object (a roadmap is not changed once loaded):
 * callers that ask for many topics' prerequisites (the sync, the README) stay linear.
 */
export function topicIndex(roadmap: Roadmap): TopicIndex {
  let index = indexes.get(roadmap);
  if (!index) {
    index = new Map(allTopics(roadmap).map((placed) => [placed.topic.id, placed]));
    indexes.set(roadmap, index);
  }
  return index;
}

/**
 * The topic's prerequisites in roadmap order of `requires` (unknown ids left out: validation
 * reports them). Without `index`, one is built for this call: pass one when asking for many topics.
 */
export function prerequisitesOf(roadmap: Roadmap, topic: Topic, index?: TopicIndex): PlacedTopic[] {
  const requires = topic.requires ?? [];
  if (requires.length === 0) return [];
  const byId = index ?? topicIndex(roadmap);
  return requires.flatMap((id) => {
    const placed = byId.get(id);
    return placed && placed.topic.id !== topic.id ? [placed] : [];
  });
}

/** Hours per time cost: the roadmap's `settings.hours` over the documented defaults. */
export function hoursPerTimeCost(roadmap: Roadmap): Record<TimeCost, number> {
  return { ...DEFAULT_HOURS, ...roadmap.settings?.hours };
}

/** The topic's time cost in hours. */
export function hoursOf(roadmap: Roadmap, topic: Topic): number {
  return hoursPerTimeCost(roadmap)[topic.time];
}

/** The days after closing when a done topic is reviewed; [] when reviews are off. */
export function reviewDays(roadmap: Roadmap): number[] {
  const reviews = roadmap.settings?.reviews;
  if (reviews && !reviews.enabled) return [];
  return [...new Set(reviews?.days ?? DEFAULT_REVIEW_DAYS)].sort((a, b) => a - b);
}

/** Sections as parent issues with their topics as sub-issues (`settings.sub-issues`, on by default). */
export function subIssuesOn(roadmap: Roadmap): boolean {
  return roadmap.settings?.["sub-issues"] ?? true;
}
