// Field values as people write them in a Markdown roadmap ("Easy → Medium", "Short
// (30–60 minutes)", "caching, rate limiting") turned into the roadmap's values. Anything
// unreadable falls back to a default and says so: the importer never fails on a value.
import type { Difficulty, Priority, Rating, TimeCost } from "../model/levels.js";
import { DIFFICULTIES, PRIORITIES, TIME_COSTS } from "../model/levels.js";

/** The field a label such as "Time Cost" or "Expectations" stands for. */
export type FieldName =
  "priority" | "difficulty" | "time" | "timebox" | "goal" | "focus" | "scope" | "expectation";

const FIELD_NAMES: Record<string, FieldName> = {
  priority: "priority",
  difficulty: "difficulty",
  level: "difficulty",
  "time cost": "time",
  time: "time",
  effort: "time",
  timebox: "timebox",
  "time box": "timebox",
  goal: "goal",
  why: "goal",
  objective: "goal",
  focus: "focus",
  scope: "scope",
  expectation: "expectation",
  expectations: "expectation",
};

export function fieldNameOf(label: string): FieldName | undefined {
  return FIELD_NAMES[label.trim().toLowerCase().replace(/\s+/g, " ")];
}

export const LIST_FIELDS = ["focus", "scope", "expectation"] as const;
export type ListField = (typeof LIST_FIELDS)[number];

export function isListField(field: FieldName): field is ListField {
  return (LIST_FIELDS as readonly string[]).includes(field);
}

/** The value used when a field is missing or unreadable. */
export const DEFAULTS = { priority: "medium", difficulty: "medium", time: "medium" } as const;

const SYNONYMS: Record<string, string> = {
  normal: "medium",
  moderate: "medium",
  intermediate: "medium",
  urgent: "critical",
  beginner: "easy",
  simple: "easy",
  advanced: "hard",
  difficult: "hard",
  quick: "short",
  small: "short",
  big: "long",
  large: "long",
};

export interface Parsed<T> {
  value: T;
  /** Set when the value was not read as written: what happened, for a warning. */
  problem?: string;
}

/** Markdown emphasis and stray punctuation around a value: "**High**" reads as "high". */
function plainWords(value: string): string {
  return value.replace(/[*_`]/g, "").trim().toLowerCase();
}

/** Parenthesised remarks, e.g. the "(30–60 minutes)" of "Short (30–60 minutes)". */
function splitRemark(value: string): { main: string; remark?: string } {
  const match = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(value);
  if (!match) return { main: value };
  const remark = match[2]!.trim();
  return remark ? { main: match[1]!, remark } : { main: match[1]! };
}

/** "Easy → Medium", "easy -> medium", "easy to medium", "easy/medium", "easy – medium". */
const RANGE_SEPARATOR = /\s*(?:→|->|⟶|–|—|\/|\s-\s|\bto\b)\s*/;

function scaleValue<T extends string>(scale: readonly T[], word: string): T | undefined {
  const normal = SYNONYMS[word] ?? word;
  return scale.find((value) => value === normal);
}

export function parseRating<T extends string>(
  raw: string,
  scale: readonly T[],
  what: string,
  fallback: T,
): Parsed<Rating<T>> {
  const words = plainWords(splitRemark(raw).main)
    .split(RANGE_SEPARATOR)
    .filter((word) => word.length > 0);
  const values = words.map((word) => scaleValue(scale, word));
  const expected = `expected ${scale.join(", ")}`;
  if (words.length === 0) return { value: fallback, problem: `empty ${what}; using ${fallback}` };
  if (values.some((value) => value === undefined)) {
    return { value: fallback, problem: `unknown ${what} "${raw.trim()}" (${expected}); using ${fallback}` };
  }
  const known = values as T[];
  const from = known[0]!;
  const to = known[known.length - 1]!;
  const problems: string[] = [];
  if (known.length > 2)
    problems.push(`a ${what} range has two ends; read "${raw.trim()}" as ${from} → ${to}`);
  if (from === to) return withProblem(from, problems);
  if (scale.indexOf(from) > scale.indexOf(to)) {
    problems.push(`${what} range "${raw.trim()}" runs backwards; read as ${to} → ${from}`);
    return withProblem([to, from] as const, problems);
  }
  return withProblem([from, to] as const, problems);
}

function withProblem<T>(value: T, problems: string[]): Parsed<T> {
  return problems.length > 0 ? { value, problem: problems.join("; ") } : { value };
}

export function parsePriority(raw: string): Parsed<Rating<Priority>> {
  return parseRating(raw, PRIORITIES, "priority", DEFAULTS.priority);
}

export function parseDifficulty(raw: string): Parsed<Rating<Difficulty>> {
  return parseRating(raw, DIFFICULTIES, "difficulty", DEFAULTS.difficulty);
}

export interface TimeValue {
  time: TimeCost;
  timebox?: string;
}

/**
 * "Short (30–60 minutes)" -> short with time box "30–60 minutes". A value that is not a
 * time cost ("2 weeks") is kept as the time box, and the time cost falls back to medium.
 */
export function parseTime(raw: string): Parsed<TimeValue> {
  const { main, remark } = splitRemark(raw.trim());
  const rating = parseRating(main, TIME_COSTS, "time cost", DEFAULTS.time);
  if (rating.problem?.startsWith("unknown") && !remark) {
    const box = raw.replace(/[*_`]/g, "").trim();
    return {
      value: { time: DEFAULTS.time, timebox: box },
      problem: `time cost "${raw.trim()}" is not one of ${TIME_COSTS.join(", ")}; kept it as the time box, time cost ${DEFAULTS.time}`,
    };
  }
  // The schema has no time range: a range means "up to", so take its upper end.
  let time: TimeCost;
  let problem = rating.problem;
  if (typeof rating.value === "string") time = rating.value;
  else {
    time = rating.value[1];
    problem = [problem, `time cost is one value; read the range "${main.trim()}" as ${time}`]
      .filter(Boolean)
      .join("; ");
  }
  const value: TimeValue = remark ? { time, timebox: remark } : { time };
  return problem ? { value, problem } : { value };
}

/** "caching, rate limiting, pub/sub" -> three items; commas inside parentheses stay. */
export function splitInlineList(raw: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = "";
  for (const character of raw) {
    if (character === "(" || character === "[") depth++;
    else if ((character === ")" || character === "]") && depth > 0) depth--;
    if ((character === "," || character === ";") && depth === 0) {
      items.push(current);
      current = "";
    } else current += character;
  }
  items.push(current);
  return items.map((item) => item.trim()).filter((item) => item.length > 0);
}
