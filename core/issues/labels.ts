// Every label the roadmap owns, defined in one place: names, colours, descriptions.
// A label is "ours" only when it is one the code makes (see ownedLabelNames); everything
// else on an issue belongs to the learner and is never removed, even "priority: this week".
import type { Rating } from "../model/levels.js";
import { DIFFICULTIES, PRIORITIES, TIME_COSTS } from "../model/levels.js";
import { ratingBounds } from "../model/levels.js";
import type { TopicStatus } from "../model/progress.js";
import type { Roadmap, Section, Topic } from "../model/schema.js";
import type { RatingLabels } from "../model/levels.js";
import { ALL_RATING_LABELS } from "../model/levels.js";

/** A label as the repository holds it. */
export interface RepoLabel {
  name: string;
  color: string;
  description: string | null;
}

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

/** Section labels say so in their description: how a renamed section's old label is still known as ours. */
export const SECTION_DESCRIPTION_PREFIX = "Roadmap section";

export function isStatusLabel(name: string): boolean {
  return statusOfLabels([name]) !== undefined;
}

/**
 * The lowercase names of every label the roadmap may put on an issue: the fixed ones
 * (roadmap, daily, status, every priority/difficulty/time value), the current sections'
 * labels, and any repository label whose description marks it as a section label we made.
 */
export function ownedLabelNames(roadmap: Roadmap, repoLabels: readonly RepoLabel[]): Set<string> {
  const names = new Set<string>([ROADMAP_LABEL, DAILY_LABEL]);
  for (const spec of Object.values(STATUS_LABELS)) names.add(spec.name);
  for (const value of PRIORITIES) names.add(`priority: ${value}`);
  for (const value of DIFFICULTIES) names.add(`difficulty: ${value}`);
  for (const value of TIME_COSTS) names.add(`time: ${value}`);
  for (const section of roadmap.sections) names.add(sectionLabel(section).name.toLowerCase());
  for (const label of repoLabels) {
    if (label.description?.startsWith(SECTION_DESCRIPTION_PREFIX)) names.add(label.name.toLowerCase());
  }
  return names;
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
      `${SECTION_DESCRIPTION_PREFIX} ${section.emoji ? `${section.emoji} ` : ""}${section.title}`,
      LABEL_DESCRIPTION_MAX,
    ),
  };
}

/** The labels a topic's issue carries besides its status label (rating labels as `settings.labels` says). */
export function topicLabels(
  topic: Topic,
  section: Section,
  ratings: RatingLabels = ALL_RATING_LABELS,
): LabelSpec[] {
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
  if (ratings.priority) labels.push(...ratingLabels("priority", topic.priority, "priority"));
  if (ratings.difficulty) labels.push(...ratingLabels("difficulty", topic.difficulty, "difficulty"));
  if (ratings.time) labels.push(...ratingLabels("time", topic.time, "time cost"));
  labels.push(sectionLabel(section));
  return labels;
}
