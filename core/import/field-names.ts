// The labels people give fields in a Markdown roadmap ("Level", "Estimated time", "What to
// learn", "Prerequisites") and the roadmap field each stands for; a close misspelling of a
// label is read as it, and said so.
import { closestMatch } from "../validate/did-you-mean.js";

/** The field a label such as "Time Cost", "Estimated time" or "What to learn" stands for. */
export type FieldName =
  | "priority"
  | "difficulty"
  | "time"
  | "timebox"
  | "goal"
  | "description"
  | "status"
  | "focus"
  | "scope"
  | "expectation"
  | "resources"
  | "requires";

const FIELD_NAMES: Record<string, FieldName> = {
  priority: "priority",
  importance: "priority",
  difficulty: "difficulty",
  level: "difficulty",
  "time cost": "time",
  time: "time",
  effort: "time",
  "estimated time": "time",
  "time estimate": "time",
  estimate: "time",
  duration: "time",
  timeframe: "time",
  "time frame": "time",
  timebox: "timebox",
  "time box": "timebox",
  goal: "goal",
  goals: "goal",
  why: "goal",
  objective: "goal",
  purpose: "goal",
  description: "description",
  summary: "description",
  about: "description",
  overview: "description",
  status: "status",
  state: "status",
  progress: "status",
  focus: "focus",
  topics: "focus",
  checklist: "focus",
  "what to learn": "focus",
  "key topics": "focus",
  "key concepts": "focus",
  concepts: "focus",
  subtopics: "focus",
  skills: "focus",
  learn: "focus",
  tasks: "focus",
  scope: "scope",
  covers: "scope",
  expectation: "expectation",
  expectations: "expectation",
  deliverables: "expectation",
  deliverable: "expectation",
  resources: "resources",
  resource: "resources",
  links: "resources",
  references: "resources",
  materials: "resources",
  reading: "resources",
  prerequisites: "requires",
  prerequisite: "requires",
  prereqs: "requires",
  requires: "requires",
  "depends on": "requires",
  "builds on": "requires",
};

/** The field a label names exactly ("Level", "Estimated time"), for deciding structure. */
export function exactFieldNameOf(label: string): FieldName | undefined {
  return FIELD_NAMES[normalLabel(label)];
}

/**
 * The field a label names: "Level", "Estimated time", and labels that start or end with a
 * field's name ("Topics to cover", "Level of difficulty", "Estimated duration").
 */
export function fieldNameOf(label: string): FieldName | undefined {
  const normal = normalLabel(label);
  const exact = FIELD_NAMES[normal];
  if (exact) return exact;
  const words = normal.split(" ");
  if (words.length < 2 || words.length > 4) return undefined;
  return FIELD_NAMES[words[0]!] ?? FIELD_NAMES[words[words.length - 1]!];
}

export function guessFieldName(label: string): { name: FieldName; label: string } | undefined {
  const normal = normalLabel(label);
  if (normal.length < 4) return undefined;
  const close = closestMatch(normal, Object.keys(FIELD_NAMES));
  return close === undefined ? undefined : { name: FIELD_NAMES[close]!, label: close };
}

function normalLabel(label: string): string {
  return label.trim().toLowerCase().replace(/\s+/g, " ");
}

export const LIST_FIELDS = ["focus", "scope", "expectation", "resources", "requires"] as const;
export type ListField = (typeof LIST_FIELDS)[number];

export function isListField(field: string): field is ListField {
  return (LIST_FIELDS as readonly string[]).includes(field);
}
