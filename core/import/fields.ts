// Field values as people write them in a Markdown roadmap ("Easy → Medium", "Short
// (30–60 minutes)", "caching, rate limiting") turned into the roadmap's values. Anything
// unreadable falls back to a default and says so: the importer never fails on a value.
import type { Difficulty, Priority, Rating, TimeCost } from "../model/levels.js";
import { DIFFICULTIES, PRIORITIES, TIME_COSTS } from "../model/levels.js";
import { closestMatch } from "../validate/did-you-mean.js";
export type { FieldName, ListField } from "./field-names.js";
export { exactFieldNameOf, fieldNameOf, guessFieldName, isListField, LIST_FIELDS } from "./field-names.js";
export { parseStatus } from "./status-words.js";
import { durationDays, timeCostOfDays } from "../model/duration.js";
import { plainWords } from "./plain-words.js";
import { splitTrailingRemark } from "./remark.js";

/** The value used when a field is missing or unreadable. */
export const DEFAULTS = { priority: "medium", difficulty: "medium", time: "medium" } as const;

/** Words and phrases people use for a rating, keyed without hyphens. */
const SYNONYMS: Record<string, string> = {
  hi: "high",
  med: "medium",
  mid: "medium",
  lo: "low",
  normal: "medium",
  moderate: "medium",
  intermediate: "medium",
  urgent: "critical",
  essential: "critical",
  top: "critical",
  "must have": "high",
  required: "high",
  core: "high",
  important: "high",
  "should have": "medium",
  "nice to have": "low",
  optional: "low",
  bonus: "low",
  beginner: "easy",
  basic: "easy",
  novice: "easy",
  simple: "easy",
  advanced: "hard",
  expert: "hard",
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

/** Longer than any rating people write: read as unknown without looking further. */
const MAX_VALUE_LENGTH = 200;

/** Parenthesised remarks, e.g. the "(30–60 minutes)" of "Short (30–60 minutes)". */
function splitRemark(value: string): { main: string; remark?: string } {
  return splitTrailingRemark(value);
}

/** "Easy → Medium", "easy -> medium", "easy to medium", "easy/medium", "easy – medium". */
const RANGE_SEPARATOR = /\s*(?:→|->|⟶|–|—|\/|\s-\s|\bto\b)\s*/;

interface ScaleWord<T> {
  value: T;
  /** Set when the word was a misspelling read as `value`. */
  guessed?: string;
}

function scaleValue<T extends string>(scale: readonly T[], word: string): ScaleWord<T> | undefined {
  const key = word.replace(/-/g, " ");
  const normal = SYNONYMS[key] ?? key;
  const exact = scale.find((value) => value === normal);
  if (exact) return { value: exact };
  const close = closestMatch(word, [...scale, ...Object.keys(SYNONYMS)]);
  if (close === undefined) return undefined;
  const value = scale.find((candidate) => candidate === (SYNONYMS[close] ?? close));
  return value === undefined ? undefined : { value, guessed: word };
}

export function parseRating<T extends string>(
  raw: string,
  scale: readonly T[],
  what: string,
  fallback: T,
): Parsed<Rating<T>> {
  const expected = `expected ${scale.join(", ")}`;
  if (raw.length > MAX_VALUE_LENGTH) {
    return { value: fallback, problem: `unreadable ${what} (${expected}); using ${fallback}` };
  }
  const main = plainWords(splitRemark(raw).main);
  // A phrase first ("nice to have"), so its "to" is not read as a range.
  const phrase = SYNONYMS[main.replace(/-/g, " ")];
  const words = (phrase ? [phrase] : main.split(RANGE_SEPARATOR)).filter((word) => word.length > 0);
  const values = words.map((word) => scaleValue(scale, word));
  if (words.length === 0) return { value: fallback, problem: `empty ${what}; using ${fallback}` };
  if (values.some((value) => value === undefined)) {
    return { value: fallback, problem: `unknown ${what} "${raw.trim()}" (${expected}); using ${fallback}` };
  }
  const known = values.map((word) => word!.value);
  const from = known[0]!;
  const to = known[known.length - 1]!;
  const problems: string[] = values.flatMap((word) =>
    word!.guessed ? [`read ${what} "${word!.guessed}" as ${word!.value}`] : [],
  );
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
  const box = raw.replace(/[*_`]/g, "").trim();
  const days = durationDays(main);
  if (days !== undefined) return { value: { time: timeCostOfDays(days), timebox: box } };
  const rating = parseRating(main, TIME_COSTS, "time cost", DEFAULTS.time);
  if (rating.problem?.startsWith("unknown") && !remark) {
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
