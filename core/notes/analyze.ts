// From a pull request's notes files to the topics they belong to and the checklist items
// they cover, with every problem positioned in the file it comes from. Pure: the files'
// text is passed in (read through the API by the caller, never executed).
import type { PlacedTopic } from "../model/roadmap.js";
import { allTopics, checklistOf } from "../model/roadmap.js";
import type { Roadmap } from "../model/schema.js";
import { inlineText } from "../text/markdown.js";
import { closestMatch } from "../validate/did-you-mean.js";
import type { Problem } from "../validate/problem.js";
import type { FrontMatter, Positioned } from "./front-matter.js";
import { parseFrontMatter } from "./front-matter.js";
import { folderTopicOf, NOTES_DIR } from "../model/notes-paths.js";

export interface NotesFileInput {
  path: string;
  /** The file's text at the PR head; undefined when it could not be read (see `unreadable`). */
  text?: string;
  /** Why the text is missing, e.g. "larger than 1 MB": the folder still names the topic. */
  unreadable?: string;
}

/** A problem in a notes file. Warnings are shown but do not fail the check. */
export interface NotesProblem extends Problem {
  level: "failure" | "warning";
}

export interface AnalyzedFile {
  path: string;
  /** The topic the file belongs to, when it names a known one. */
  topicId?: string;
  /** Checklist items (as written in roadmap.yml) the front matter says the file covers. */
  focus: string[];
}

export interface TopicNotes {
  placed: PlacedTopic;
  files: string[];
  /** Checklist items covered by these notes, in checklist order, as written in roadmap.yml. */
  focus: string[];
}

export interface NotesAnalysis {
  files: AnalyzedFile[];
  /** Topics with notes in this PR, in roadmap order. */
  topics: TopicNotes[];
  problems: NotesProblem[];
}

/** Case, repeated spaces and Markdown escapes do not make another item. */
function normalize(text: string): string {
  return text.replace(/\\(.)/g, "$1").replace(/\s+/g, " ").trim().toLowerCase();
}

function listNames(topicIds: readonly string[]): string {
  const shown = topicIds.slice(0, 8);
  return topicIds.length > 8 ? `${shown.join(", ")}, …` : shown.join(", ");
}

/** Messages quote data with "…" (no Markdown): they show as annotations (plain text) and in summaries. */
function unknownTopicMessage(id: string, known: readonly string[], fromFolder: boolean): string {
  const suggestion = closestMatch(id, known);
  const what = `unknown topic "${id}"${fromFolder ? ` (the folder ${NOTES_DIR}/${id}/)` : ""}`;
  return suggestion
    ? `${what}: did you mean "${suggestion}"?`
    : `${what}: roadmap/roadmap.yml has no topic with this id (topics: ${listNames(known)})`;
}

function matchFocus(
  file: string,
  placed: PlacedTopic,
  items: readonly Positioned<string>[],
  problems: NotesProblem[],
): string[] {
  if (items.length === 0) return [];
  const checklist = checklistOf(placed.topic);
  const id = placed.topic.id;
  if (!checklist) {
    const first = items[0]!;
    problems.push({
      file,
      line: first.line,
      column: first.column,
      level: "failure",
      message: `topic "${id}" has no checklist to tick: remove focus: from the front matter`,
    });
    return [];
  }
  const byText = new Map<string, string>();
  for (const item of checklist.items) {
    byText.set(normalize(item), item);
    byText.set(normalize(inlineText(item)), item);
  }
  const covered: string[] = [];
  for (const item of items) {
    const found = byText.get(normalize(item.value));
    if (found) {
      covered.push(found);
      continue;
    }
    const suggestion = closestMatch(item.value, checklist.items);
    problems.push({
      file,
      line: item.line,
      column: item.column,
      level: "failure",
      message:
        `topic "${id}" has no ${checklist.kind} item "${item.value}"` +
        (suggestion
          ? `: did you mean "${suggestion}"?`
          : `: its items are ${checklist.items.map((text) => `"${text}"`).join(", ")}`),
    });
  }
  return covered;
}

function analyzeFile(
  input: NotesFileInput,
  topics: ReadonlyMap<string, PlacedTopic>,
  problems: NotesProblem[],
): AnalyzedFile {
  const { path } = input;
  let frontMatter: FrontMatter | undefined;
  if (input.text !== undefined) {
    const parsed = parseFrontMatter(input.text, path);
    frontMatter = parsed.frontMatter;
    problems.push(...parsed.problems.map((problem) => ({ ...problem, level: "failure" as const })));
  } else if (input.unreadable) {
    problems.push({
      file: path,
      line: 1,
      column: 1,
      level: "warning",
      message: `front matter not read (${input.unreadable}): the file counts for the topic of its folder`,
    });
  }

  const named = frontMatter?.topic;
  const id = named?.value ?? folderTopicOf(path);
  if (id === undefined) {
    problems.push({
      file: path,
      line: 1,
      column: 1,
      level: "failure",
      message: `this file names no topic: move it to ${NOTES_DIR}/<topic-id>/ or start it with front matter "topic: <topic-id>"`,
    });
    return { path, focus: [] };
  }
  const placed = topics.get(id);
  if (!placed) {
    problems.push({
      file: path,
      line: named?.line ?? 1,
      column: named?.column ?? 1,
      level: "failure",
      message: unknownTopicMessage(id, [...topics.keys()], !named),
    });
    return { path, focus: [] };
  }
  return { path, topicId: id, focus: matchFocus(path, placed, frontMatter?.focus ?? [], problems) };
}

export function analyzeNotes(roadmap: Roadmap, files: readonly NotesFileInput[]): NotesAnalysis {
  const placedTopics = allTopics(roadmap);
  const topics = new Map(placedTopics.map((placed) => [placed.topic.id, placed]));
  const problems: NotesProblem[] = [];
  const analyzed = [...files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((file) => analyzeFile(file, topics, problems));

  const linked: TopicNotes[] = [];
  for (const placed of placedTopics) {
    const mine = analyzed.filter((file) => file.topicId === placed.topic.id);
    if (mine.length === 0) continue;
    const covered = new Set(mine.flatMap((file) => file.focus));
    const items = checklistOf(placed.topic)?.items ?? [];
    linked.push({
      placed,
      files: mine.map((file) => file.path),
      focus: items.filter((item) => covered.has(item)),
    });
  }
  problems.sort((a, b) =>
    a.file === b.file ? a.line - b.line || a.column - b.column : a.file < b.file ? -1 : 1,
  );
  return { files: analyzed, topics: linked, problems };
}

/** Only failures fail the check; warnings are shown. */
export function hasFailures(analysis: NotesAnalysis): boolean {
  return analysis.problems.some((problem) => problem.level === "failure");
}
