// Every label the roadmap owns, defined in one place: names, colours, descriptions.
// A label is "ours" when its name is one of these or starts with one of our prefixes;
// everything else on an issue belongs to the learner and is never removed.
import type { Rating } from "../model/levels.js";
import { ratingBounds } from "../model/levels.js";
import type { TopicStatus } from "../model/progress.js";
import type { Section, Topic } from "../model/schema.js";

export interface LabelSpec {
  name: string;
  color: string;
  description: string;
}

/** GitHub rejects label names over 50 characters. */
export const LABEL_NAME_MAX = 50;
/** GitHub rejects label descriptions over 100 characters. */
export const LABEL_DESCRIPTION_MAX = 100;

export const ROADMAP_LABEL = "roadmap";
export const DAILY_LABEL = "daily";

const PREFIXES = ["status: ", "priority: ", "difficulty: ", "time: ", "section: "] as const;

export const STATUS_LABELS: Record<TopicStatus, LabelSpec> = {
  todo: { name: "status: todo", color: "ededed", description: "Roadmap topic not started yet" },
  "in-progress": { name: "status: in progress", color: "fbca04", description: "Roadmap topic being studied" },
  done: { name: "status: done", color: "0e8a16", description: "Roadmap topic completed" },
  dropped: { name: "status: dropped", color: "bfbfbf", description: "Roadmap topic closed as not planned" },
};

const COLORS: Record<string, string> = {
  "priority: critical": "b60205",
  "priority: high": "d93f0b",
  "priority: medium": "fbca04",
  "priority: low": "c2e0c6",
  "difficulty: easy": "c5def5",
  "difficulty: medium": "7057ff",
  "difficulty: hard": "5319e7",
  "time: short": "bfdadc",
  "time: medium": "7fc4c8",
  "time: long": "006b75",
};

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function isOwnedLabel(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    lower === ROADMAP_LABEL || lower === DAILY_LABEL || PREFIXES.some((prefix) => lower.startsWith(prefix))
  );
}

export function statusOfLabels(names: readonly string[]): TopicStatus | undefined {
  const lower = new Set(names.map((name) => name.toLowerCase()));
  return (Object.keys(STATUS_LABELS) as TopicStatus[]).find((status) =>
    lower.has(STATUS_LABELS[status].name),
  );
}

function ratingLabels<T extends string>(kind: string, rating: Rating<T>, what: string): LabelSpec[] {
  const [from, to] = ratingBounds(rating);
  return [...new Set([from, to])].map((value) => {
    const name = `${kind}: ${value}`;
    return { name, color: COLORS[name] ?? "ededed", description: `Roadmap topics of ${value} ${what}` };
  });
}

export function sectionLabel(section: Section): LabelSpec {
  return {
    name: truncate(`section: ${section.title}`, LABEL_NAME_MAX),
    color: "1d76db",
    description: truncate(
      `Roadmap section ${section.emoji ? `${section.emoji} ` : ""}${section.title}`,
      LABEL_DESCRIPTION_MAX,
    ),
  };
}

/** The labels a topic's issue carries besides its status label. */
export function topicLabels(topic: Topic, section: Section): LabelSpec[] {
  const labels: LabelSpec[] = [
    {
      name: ROADMAP_LABEL,
      color: "0052cc",
      description: "An issue tracking one topic of roadmap/roadmap.yml",
    },
  ];
  if (topic.kind === "practice") {
    labels.push({
      name: DAILY_LABEL,
      color: "f9d0c4",
      description: "The daily-practice issue: one problem a day",
    });
  }
  labels.push(
    ...ratingLabels("priority", topic.priority, "priority"),
    ...ratingLabels("difficulty", topic.difficulty, "difficulty"),
    ...ratingLabels("time", topic.time, "time cost"),
    sectionLabel(section),
  );
  return labels;
}
