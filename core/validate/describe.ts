// Words for values, places and expectations, shared by the schema and the rule messages.
import type { PathSegment } from "./locate.js";

export function dataAt(data: unknown, path: readonly PathSegment[]): unknown {
  let here = data;
  for (const segment of path) {
    if (typeof here !== "object" || here === null) return undefined;
    if (!Object.prototype.hasOwnProperty.call(here, segment)) return undefined;
    here = (here as Record<PathSegment, unknown>)[segment];
  }
  return here;
}

/** `sections[1].topics[2].priority` */
export function formatPath(path: readonly PathSegment[]): string {
  return path
    .map((segment, i) => (typeof segment === "number" ? `[${segment}]` : i === 0 ? segment : `.${segment}`))
    .join("");
}

export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "empty";
  if (Array.isArray(value)) return "a list";
  if (value instanceof Uint8Array) return "binary data";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return quote(value);
  return String(value);
}

export function quote(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 39)}…` : text;
  return JSON.stringify(short);
}

const EXPECTED: Record<string, string> = {
  string: "text",
  array: "a list",
  object: "a mapping",
  tuple: "a two-item list",
  number: "a number",
  boolean: "true or false",
};

export function describeExpected(expected: string): string {
  return EXPECTED[expected] ?? expected;
}

export function listWords(words: readonly string[]): string {
  return words.join(", ");
}

/**
 * Who a path belongs to, in the learner's words: `topic "redis"`, `section "frontend"`, or
 * the roadmap; plus the rest of the path inside it (`practice.site`).
 */
export function ownerOf(data: unknown, path: readonly PathSegment[]): { owner: string; rest: PathSegment[] } {
  const [s, i, t, j] = path;
  if (s === "sections" && typeof i === "number") {
    if (t === "topics" && typeof j === "number") {
      return {
        owner: named("topic", dataAt(data, path.slice(0, 4)), `sections[${i}].topics[${j}]`),
        rest: path.slice(4),
      };
    }
    return { owner: named("section", dataAt(data, path.slice(0, 2)), `sections[${i}]`), rest: path.slice(2) };
  }
  return { owner: "the roadmap", rest: [...path] };
}

function named(kind: string, value: unknown, fallback: string): string {
  const id = typeof value === "object" && value !== null ? (value as Record<string, unknown>).id : undefined;
  return typeof id === "string" && id.trim() !== "" ? `${kind} ${quote(id)}` : `${kind} ${fallback}`;
}
