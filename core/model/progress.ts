// Where each topic stands. The renderer takes this as input: offline every topic is
// "todo"; the Action fills it from the topic issues on GitHub.
import type { Roadmap } from "./schema.js";
import { allTopics, checklistOf } from "./roadmap.js";

export { STATUSES } from "./statuses.js";
export type { TopicStatus } from "./statuses.js";
import type { TopicStatus } from "./statuses.js";

export interface TopicProgress {
  status: TopicStatus;
  /** Focus items ticked in the topic's issue. */
  checked: number;
  /** Focus items in the topic's checklist. */
  total: number;
  /** The topic's issue, when it has one. */
  issueUrl?: string;
  /** Repository path of the topic's notes folder, once notes were merged. */
  notesPath?: string;
}

export interface PracticeProgress {
  solved: number;
  currentStreak: number;
  longestStreak: number;
  /** YYYY-MM-DD of the latest solved day, if any. */
  lastSolved?: string;
}

export interface ProgressSnapshot {
  topics: Record<string, TopicProgress>;
  practice?: PracticeProgress;
}

/** Every topic todo, nothing ticked: what the README shows before the first sync. */
export function offlineProgress(roadmap: Roadmap): ProgressSnapshot {
  const topics: Record<string, TopicProgress> = {};
  for (const { topic } of allTopics(roadmap)) {
    topics[topic.id] = { status: "todo", checked: 0, total: checklistOf(topic)?.items.length ?? 0 };
  }
  return { topics };
}
