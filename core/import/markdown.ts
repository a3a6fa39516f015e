// Imports a Markdown roadmap written by hand into the roadmap's data model. Made for the
// learner's seed roadmap ("# Title", intro, "## 🧠 Section", "### Topic", "- **Priority:**
// High" bullets, a "## 📌 Notes" list) but forgiving about other shapes: sections as "#"
// and topics as "##", numbered headings, "Priority: high" without bold. What it cannot read
// becomes a default plus a warning naming the line, never a failure.
import type { RoadmapInput } from "../model/schema.js";
import { headingText, splitSubtitle } from "./heading-text.js";
import type { MarkdownLine } from "./lines.js";
import { readLines } from "./lines.js";
import { repairMacRomanMojibake } from "./mojibake.js";
import { IdAllocator } from "./slug.js";
import type { TopicInput, Warn } from "./topic-draft.js";
import { excerpt, TopicDraft } from "./topic-draft.js";

export interface MarkdownImport {
  roadmap: RoadmapInput;
  /** "line 12: …", in line order. */
  warnings: string[];
  repairedMojibake: boolean;
  /** The lines the mojibake repair changed (empty when it repaired nothing). */
  repairedLines: number[];
}

/** Nothing in the file looks like a topic: there is no roadmap to import. */
export class MarkdownImportError extends Error {}

export const DEFAULT_TITLE = "Learning Roadmap";
const NOTES_TITLE = /^notes?$/i;
/** The one topic that becomes the daily-practice issue. */
const PRACTICE_TITLE = /leetcode/i;
const PROJECT_TITLE = /\bproject\b/i;

type Heading = Extract<MarkdownLine, { kind: "heading" }>;
type SectionInput = RoadmapInput["sections"][number];

interface SectionDraft {
  line: number;
  title: string;
  emoji?: string;
  subtitle?: string;
  topics: TopicDraft[];
}

/** Which heading level holds what: decided from the headings actually used. */
interface Outline {
  title?: Heading;
  sectionLevel: number;
  /** Undefined when the file has one level of headings below the title: topics only. */
  topicLevel?: number;
}

function outlineOf(lines: MarkdownLine[]): Outline {
  const headings = lines.filter((line): line is Heading => line.kind === "heading");
  const first = headings[0];
  let title = first?.level === 1 ? first : undefined;
  let rest = title ? headings.slice(1) : headings;
  // "# A" followed by "## x" and later "# B": the "#"s are sections and there is no title.
  if (title && rest.some((heading) => heading.level === 1) && (rest[0]?.level ?? 1) > 1) {
    title = undefined;
    rest = headings;
  }
  const levels = [...new Set(rest.map((heading) => heading.level))].sort((a, b) => a - b);
  const outline: Outline = { sectionLevel: levels[0] ?? 2 };
  if (title) outline.title = title;
  if (levels[1] !== undefined) outline.topicLevel = levels[1];
  return outline;
}

export function importMarkdown(markdown: string): MarkdownImport {
  const repair = repairMacRomanMojibake(markdown);
  const lines = readLines(repair.text);
  const found: { line: number; message: string }[] = [];
  const warn: Warn = (line, message) => found.push({ line, message });
  const outline = outlineOf(lines);

  let title = DEFAULT_TITLE;
  if (outline.title) title = headingText(outline.title.text).title || DEFAULT_TITLE;
  else warn(1, `no "# Title" heading; using the title "${DEFAULT_TITLE}"`);

  const intro: string[] = [];
  const notes: string[] = [];
  const sections: SectionDraft[] = [];
  let section: SectionDraft | undefined;
  let topic: TopicDraft | undefined;
  /** Where loose text goes: the intro until the first rule or section, then nowhere. */
  let place: "before-title" | "intro" | "between" | "notes" | "section" | "topic" = outline.title
    ? "before-title"
    : "between";
  let noteOpen = false;
  let skipping = false;

  const implicitSection = (line: number, why: string): SectionDraft => {
    warn(line, why);
    const created: SectionDraft = { line, title: "Topics", topics: [] };
    sections.push(created);
    return created;
  };

  for (const line of lines) {
    if (line.kind === "heading") {
      skipping = false;
      noteOpen = false;
      if (line === outline.title) {
        place = "intro";
        continue;
      }
      const text = headingText(line.text);
      if (line.level === outline.sectionLevel && NOTES_TITLE.test(text.title)) {
        place = "notes";
        topic = undefined;
        continue;
      }
      if (outline.topicLevel !== undefined && line.level === outline.sectionLevel) {
        const { title: sectionTitle, subtitle } = splitSubtitle(text.title);
        section = { line: line.line, title: sectionTitle || `Section ${sections.length + 1}`, topics: [] };
        if (text.emoji !== undefined) section.emoji = text.emoji;
        if (subtitle !== undefined) section.subtitle = subtitle;
        sections.push(section);
        topic = undefined;
        place = "section";
        continue;
      }
      if (line.level === (outline.topicLevel ?? outline.sectionLevel)) {
        section ??=
          outline.topicLevel === undefined
            ? implicitSection(line.line, `no section headings; all topics go into one section "Topics"`)
            : implicitSection(
                line.line,
                `topic "${line.text}" comes before any section; put into a section "Topics"`,
              );
        // A topic keeps its emoji in the title: topics have no emoji field of their own.
        const topicTitle = headingText(line.text);
        const name = [topicTitle.emoji, topicTitle.title].filter(Boolean).join(" ");
        topic = new TopicDraft(line.line, name || `Topic ${section.topics.length + 1}`, warn);
        section.topics.push(topic);
        place = "topic";
        continue;
      }
      // A deeper heading inside a topic: its lines are skipped as a whole, warned about once.
      warn(line.line, `heading "${line.text}" is deeper than a topic; it and its text are ignored`);
      skipping = true;
      continue;
    }
    if (skipping) continue;
    if (line.kind === "rule") {
      if (place === "intro") place = "between";
      noteOpen = false;
      continue;
    }
    switch (place) {
      case "topic":
        topic!.read(line);
        break;
      case "intro":
        intro.push(line.kind === "text" ? line.raw : "");
        break;
      case "notes":
        noteOpen = readNote(line, notes, noteOpen);
        break;
      default:
        if (line.kind === "text")
          warn(line.line, `text outside any topic ignored: "${excerpt(line.content)}"`);
    }
  }

  const roadmap = assemble(title, intro, sections, notes, warn);
  found.sort((a, b) => a.line - b.line);
  return {
    roadmap,
    warnings: found.map(({ line, message }) => `line ${line}: ${message}`),
    repairedMojibake: repair.repaired,
    repairedLines: repair.changedLines,
  };
}

/** Each bullet (or paragraph) of the notes section is one note; wrapped lines join it. */
function readNote(line: MarkdownLine, notes: string[], noteOpen: boolean): boolean {
  if (line.kind !== "text") return false;
  if (line.bullet || !noteOpen) {
    notes.push(line.content);
    return true;
  }
  notes[notes.length - 1] = `${notes[notes.length - 1]} ${line.content}`;
  return true;
}

function assemble(
  title: string,
  intro: string[],
  drafts: SectionDraft[],
  notes: string[],
  warn: Warn,
): RoadmapInput {
  const sectionIds = new IdAllocator("section");
  const topicIds = new IdAllocator("topic");
  let practiceTaken = false;
  const sections: SectionInput[] = [];
  for (const draft of drafts) {
    if (draft.topics.length === 0) {
      warn(draft.line, `section "${draft.title}" has no topics; left out`);
      continue;
    }
    const topics = draft.topics.map((topic): TopicInput => {
      const id = topicIds.next(topic.title);
      if (PRACTICE_TITLE.test(topic.title)) {
        if (!practiceTaken) {
          practiceTaken = true;
          const practice = {
            site: "leetcode",
            difficulty: topic.singleDifficulty ?? "medium",
            source: "pool",
          } as const;
          return topic.finish(id, "practice", practice);
        }
        warn(topic.line, `only one daily-practice topic: "${topic.title}" stays a plain topic`);
      }
      return topic.finish(id, PROJECT_TITLE.test(topic.title) || topic.hasExpectation ? "project" : "topic");
    });
    const section: SectionInput = {
      id: sectionIds.next(draft.title),
      title: draft.title,
      ...(draft.emoji !== undefined && { emoji: draft.emoji }),
      ...(draft.subtitle !== undefined && { subtitle: draft.subtitle }),
      topics,
    };
    sections.push(section);
  }
  if (sections.length === 0)
    throw new MarkdownImportError('no topics found: expected "## Section" and "### Topic" headings');

  const introText = paragraphs(intro);
  // Key order as people read it: title, intro, sections, notes.
  return {
    title,
    ...(introText !== undefined && { intro: introText }),
    sections,
    ...(notes.length > 0 && { notes }),
  };
}

/** The intro's lines as written, blank runs collapsed to one paragraph break. */
function paragraphs(lines: string[]): string | undefined {
  const text = lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return text === "" ? undefined : text;
}
