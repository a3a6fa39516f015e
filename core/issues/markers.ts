// Hidden HTML comments that tie GitHub objects to the roadmap. Issues are found by these,
// never by title, so a renamed topic renames its issue instead of opening a new one.

const TOPIC_MARKER_PATTERN = /<!-- roadmap:topic=([a-z0-9-]+) -->/;

export function topicMarker(topicId: string): string {
  return `<!-- roadmap:topic=${topicId} -->`;
}

/** The topic id an issue body belongs to, or undefined for any other issue. */
export function topicIdOf(body: string | null | undefined): string | undefined {
  return body ? TOPIC_MARKER_PATTERN.exec(body)?.[1] : undefined;
}

const SECTION_MARKER_PATTERN = /<!-- roadmap:section=([a-z0-9-]+) -->/;

/** The marker of a section's parent issue (its topics' issues are its sub-issues). */
export function sectionMarker(sectionId: string): string {
  return `<!-- roadmap:section=${sectionId} -->`;
}

/** The section id a parent issue's body belongs to, or undefined for any other issue. */
export function sectionIdOf(body: string | null | undefined): string | undefined {
  return body ? SECTION_MARKER_PATTERN.exec(body)?.[1] : undefined;
}

/** Bounds of the generated part of a topic issue's body. */
export const BODY_START =
  "<!-- roadmap:body:start (generated from roadmap/roadmap.yml: edit the YAML, not this part; your ticks are kept) -->";
export const BODY_END = "<!-- roadmap:body:end -->";
const BODY_START_PREFIX = "<!-- roadmap:body:start";

/**
 * Set in the generated part when the topic left roadmap.yml and its issue was closed as
 * not planned: it tells "removed by the sync" apart from "dropped by the learner", so a
 * topic that comes back is reopened but a dropped one stays dropped.
 */
export const REMOVED_MARKER = "<!-- roadmap:removed -->";

export interface BodyParts {
  /** Learner text before the generated part (kept as is). */
  before: string;
  /** The generated part, markers included; undefined when the body has none. */
  generated: string | undefined;
  /** Learner text after the generated part (kept as is). */
  after: string;
}

export function splitBody(body: string | null | undefined): BodyParts {
  const text = body ?? "";
  const start = text.indexOf(BODY_START_PREFIX);
  const end = start === -1 ? -1 : text.indexOf(BODY_END, start);
  if (start === -1 || end === -1) return { before: text, generated: undefined, after: "" };
  const stop = end + BODY_END.length;
  return { before: text.slice(0, start), generated: text.slice(start, stop), after: text.slice(stop) };
}

/** Whether the sync closed this issue because its topic (or section) left roadmap.yml: it reopens it when it comes back. */
export function removedBySync(body: string | null | undefined): boolean {
  return splitBody(body).generated?.includes(REMOVED_MARKER) ?? false;
}

/**
 * `body` with `note` (which starts with REMOVED_MARKER) put at the top of its generated part:
 * an issue closed because its topic or section left roadmap.yml. Unchanged when it has no
 * generated part, is marked already, or would go over `max` (the issue still closes).
 */
export function markRemovedWith(body: string, note: string, max: number): string {
  const parts = splitBody(body);
  if (parts.generated === undefined || parts.generated.includes(REMOVED_MARKER)) return body;
  // Right after the start marker's line, whatever line ending the body has (CRLF once
  // edited in GitHub's web editor).
  const generated = parts.generated.replace(/^([^\n]*\n)/, `$1${note}\n`);
  const marked = parts.before + generated + parts.after;
  return marked.length <= max ? marked : body;
}
