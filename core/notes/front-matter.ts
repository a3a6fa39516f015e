// The optional YAML front matter of a notes file: `---` on the first line, `---` (or `...`)
// to close it. Two keys mean something to the roadmap, `topic:` (overrides the folder) and
// `focus:` (the checklist items the notes cover); any other key (title:, date:, tags: for a
// static site generator) is left alone. Every value keeps its line and column in the file,
// so a check run can point at the exact place.
import type { Document, ParsedNode } from "yaml";
import { isScalar, isSeq } from "yaml";
import { locate, valueOffset } from "../validate/locate.js";
import { MAX_ALIAS_COUNT, parseYaml } from "../validate/parse-yaml.js";
import type { Problem } from "../validate/problem.js";

export interface Positioned<T> {
  value: T;
  /** 1-based line in the notes file. */
  line: number;
  /** 1-based column, in UTF-16 code units. */
  column: number;
}

export interface FrontMatter {
  topic?: Positioned<string>;
  focus: Positioned<string>[];
}

export interface FrontMatterResult {
  /** Undefined when the file has no front matter or it could not be read at all. */
  frontMatter?: FrontMatter;
  problems: Problem[];
}

/**
 * A front matter is a few lines; a notes file is anyone's. Past this the block is not
 * parsed at all (the file still counts for the topic of its folder).
 */
export const MAX_FRONT_MATTER_CHARS = 16 * 1024;

const FENCE_OPEN = /^---[ \t]*$/;
const FENCE_CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/** Front matter begins on the file's second line: YAML line n is file line n + 1. */
const LINE_SHIFT = 1;

export function parseFrontMatter(text: string, file: string): FrontMatterResult {
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const lines = source.split(/\r?\n/);
  if (!FENCE_OPEN.test(lines[0] ?? "")) return { problems: [] };
  const close = lines.findIndex((line, index) => index > 0 && FENCE_CLOSE.test(line));
  if (close === -1) {
    return {
      problems: [
        {
          file,
          line: 1,
          column: 1,
          message: "the front matter opened by --- on line 1 is never closed: end it with a line of ---",
        },
      ],
    };
  }
  const yamlText = lines.slice(1, close).join("\n");
  if (yamlText.length > MAX_FRONT_MATTER_CHARS) {
    return {
      problems: [
        {
          file,
          line: 2,
          column: 1,
          message: `the front matter is longer than ${MAX_FRONT_MATTER_CHARS / 1024} kB: keep it to topic: and focus: lines`,
        },
      ],
    };
  }
  const shift = (problem: Problem): Problem =>
    frontMatterWording({ ...problem, file, line: problem.line + LINE_SHIFT });

  const parsed = parseYaml(yamlText, file);
  if (!parsed.ok) return { problems: parsed.problems.map(shift) };
  const { doc } = parsed;
  const problems = parsed.problems.map(shift);
  const at = (offset: number): { line: number; column: number } => {
    const { line, col } = parsed.lines.linePos(offset);
    return { line: line + LINE_SHIFT, column: col };
  };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    problems.push({
      file,
      line: 2,
      column: 1,
      message: `the front matter cannot be read: ${messageOf(error)}`,
    });
    return { problems };
  }
  if (data === null || data === undefined) return { frontMatter: { focus: [] }, problems };
  if (typeof data !== "object" || Array.isArray(data)) {
    problems.push({
      file,
      ...at(doc.contents?.range?.[0] ?? 0),
      message: 'the front matter must be "key: value" lines, e.g. "topic: redis"',
    });
    return { problems };
  }

  const frontMatter: FrontMatter = { focus: [] };
  const record = data as Record<string, unknown>;
  if ("topic" in record) {
    const located = locate(doc, ["topic"])!;
    const position = at(valueOffset(located));
    const topic = record.topic;
    if (typeof topic === "string" && topic.trim() !== "") {
      frontMatter.topic = { value: topic.trim(), ...position };
    } else {
      problems.push({
        file,
        ...position,
        message: 'topic: must be one topic id from roadmap/roadmap.yml, e.g. "topic: redis"',
      });
    }
  }
  if ("focus" in record) {
    frontMatter.focus = readFocus(doc, record.focus, file, at, problems);
  }
  return { frontMatter, problems };
}

function readFocus(
  doc: Document.Parsed<ParsedNode>,
  value: unknown,
  file: string,
  at: (offset: number) => { line: number; column: number },
  problems: Problem[],
): Positioned<string>[] {
  const located = locate(doc, ["focus"])!;
  const items: Positioned<string>[] = [];
  // `focus: caching` is one item: easier to accept than to explain.
  if (typeof value === "string" && isScalar(located.node)) {
    if (value.trim()) items.push({ value: value.trim(), ...at(valueOffset(located)) });
    return items;
  }
  if (!Array.isArray(value) || !isSeq(located.node)) {
    problems.push({
      file,
      ...at(valueOffset(located)),
      message: 'focus: must be a list of the topic\'s focus items, e.g. "focus: [caching, rate limiting]"',
    });
    return items;
  }
  value.forEach((item, index) => {
    const position = at(valueOffset(locate(doc, ["focus", index]) ?? located));
    if (typeof item === "string" && item.trim() !== "") {
      items.push({ value: item.trim(), ...position });
    } else {
      problems.push({ file, ...position, message: "each focus: item must be the text of one focus item" });
    }
  });
  return items;
}

/** The YAML reader speaks of "a roadmap" and counts lines from the block's start; here it is the file's. */
function frontMatterWording(problem: Problem): Problem {
  if (problem.message.startsWith("a roadmap is one YAML document")) {
    return {
      ...problem,
      message: "the front matter ends at the first line of ---: this one starts a second block",
    };
  }
  const message = problem.message.replace(
    /\bon line (\d+)/g,
    (_, line: string) => `on line ${Number(line) + LINE_SHIFT}`,
  );
  return { ...problem, message };
}

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.charAt(0).toLowerCase() + text.slice(1);
}
