// Read-only views over a validated roadmap, so callers never walk sections by hand.
import type { ChecklistKind, Roadmap, Section, Topic } from "./schema.js";
import { CHECKLIST_KINDS } from "./schema.js";

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
