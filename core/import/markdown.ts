// Imports a Markdown roadmap written by hand into the roadmap's data model, by walking
// its syntax tree (CommonMark + GFM). Sections are the shallower headings, topics the
// deeper ones, or list items and table rows straight under a section; topic-reader.ts
// reads fields, checklists, ticks, links and prose into topic-draft.ts. What it cannot
// read becomes a default or a "not understood" count in the report, never a failure.
import type { RoadmapInput } from "../model/schema.js";
import { headingText, splitSubtitle } from "./heading-text.js";
import { repairMacRomanMojibake } from "./mojibake.js";
import type { Outline, Part } from "./outline.js";
import { hasFields, outlineOf, partsOf } from "./outline.js";
import type { ImportCounts } from "./report.js";
import { ImportReport } from "./report.js";
import { readIntro, readNotes, readSectionBlocks } from "./section-blocks.js";
import { assembleRoadmap } from "./assemble.js";
import type { SectionDraft } from "./assemble.js";
import type { ReadContext } from "./topic-draft.js";
import { TopicDraft } from "./topic-draft.js";
import { lineOf, parseMarkdown, plainText } from "./tree.js";

export interface MarkdownImport {
  roadmap: RoadmapInput;
  /** "line 12: …", in line order, then the grouped ones. */
  warnings: string[];
  /** One line: what was imported and what was not understood. */
  summary: string;
  counts: ImportCounts;
  repairedMojibake: boolean;
  /** The lines the mojibake repair changed (empty when it repaired nothing). */
  repairedLines: number[];
}

export { MarkdownImportError } from "./assemble.js";

export const DEFAULT_TITLE = "Learning Roadmap";
const NOTES_TITLE = /^notes?$/i;
const MAX_EMOJI_LENGTH = 16;

type Role = "section" | "topic" | "sub" | "notes";

function roleOf(part: Part, outline: Outline, source: string): Role {
  const level = part.heading!.depth;
  const { topicLevel, sectionLevel } = outline;
  if (topicLevel === undefined || level < topicLevel) {
    if (level <= sectionLevel && NOTES_TITLE.test(headingText(plainText(part.heading!).trim()).title)) {
      return "notes";
    }
    if (topicLevel === undefined && hasFields(part.blocks, source)) return "topic";
    return "section";
  }
  return level === topicLevel ? "topic" : "sub";
}

export function importMarkdown(markdown: string): MarkdownImport {
  const repair = repairMacRomanMojibake(markdown);
  const source = repair.text;
  const report = new ImportReport();
  const ctx: ReadContext = { source, report };
  const parts = partsOf(parseMarkdown(source).children);
  const outline = outlineOf(parts, source);
  const roles = new Map(
    parts.flatMap((part) =>
      part.heading && part !== outline.title ? [[part, roleOf(part, outline, source)] as const] : [],
    ),
  );
  const structured = [...roles.values()].some((role) => role !== "notes");

  let title = DEFAULT_TITLE;
  if (outline.title) title = headingText(plainText(outline.title.heading!).trim()).title || DEFAULT_TITLE;
  else report.warn(1, `no "# Title" heading; using the title "${DEFAULT_TITLE}"`);

  const intro: string[] = [];
  const notes: string[] = [];
  const sections: SectionDraft[] = [];
  let section: SectionDraft | undefined;
  let topic: TopicDraft | undefined;
  let inNotes = false;

  const implicitSection = (line: number, why: string): SectionDraft => {
    report.warn(line, why);
    const created: SectionDraft = { line, title: "Topics", description: [], topics: [] };
    sections.push(created);
    return created;
  };

  for (const part of parts) {
    const role = roles.get(part);
    if (role === undefined) {
      if (structured) {
        const rest = readIntro(part.blocks, intro, ctx);
        if (rest.length > 0) {
          section ??= implicitSection(
            lineOf(rest[0]!),
            'topics before any section; put into a section "Topics"',
          );
          readSectionBlocks(rest, section, ctx);
        }
      } else {
        // No section or topic headings at all: lists and tables are the topics.
        section ??= { line: 1, title: "Topics", description: [], topics: [] };
        if (!sections.includes(section)) sections.push(section);
        readSectionBlocks(part.blocks, section, ctx, intro);
      }
      continue;
    }
    const heading = part.heading!;
    const line = lineOf(heading);
    const raw = plainText(heading).trim();
    if (role === "notes" || (inNotes && role === "sub")) {
      inNotes = true;
      topic = undefined;
      readNotes(part.blocks, notes, ctx);
      continue;
    }
    inNotes = false;
    if (role === "section") {
      let text = headingText(raw);
      // The schema keeps an emoji short: a long run of them stays in the title.
      if ((text.emoji?.length ?? 0) > MAX_EMOJI_LENGTH) text = { title: raw };
      const { title: sectionTitle, subtitle } = splitSubtitle(text.title);
      section = {
        line,
        title: sectionTitle || `Section ${sections.length + 1}`,
        description: [],
        topics: [],
      };
      if (text.emoji !== undefined) section.emoji = text.emoji;
      if (subtitle !== undefined) section.subtitle = subtitle;
      sections.push(section);
      topic = undefined;
      readSectionBlocks(part.blocks, section, ctx);
      continue;
    }
    if (role === "sub" && topic) {
      // A heading under a topic is one of its items; what follows it is still the topic's.
      const marked = statusMark(raw);
      topic.addItem(topicTitle(marked.text), marked.done);
      topic.readBlocks(part.blocks);
      continue;
    }
    section ??=
      outline.topicLevel === undefined
        ? implicitSection(line, `no section headings; all topics go into one section "Topics"`)
        : implicitSection(line, `topic "${raw}" comes before any section; put into a section "Topics"`);
    const marked = statusMark(raw);
    topic = new TopicDraft(line, topicTitle(marked.text) || `Topic ${section.topics.length + 1}`, ctx);
    if (marked.done) topic.setChecked(true);
    section.topics.push(topic);
    topic.readBlocks(part.blocks);
  }

  const assembled = assembleRoadmap({ title, intro, sections, notes }, report);
  return {
    roadmap: assembled.roadmap,
    warnings: report.warnings(),
    summary: report.summary(assembled.counts),
    counts: assembled.counts,
    repairedMojibake: repair.repaired,
    repairedLines: repair.changedLines,
  };
}

const DONE_MARKS = ["✅", "✔️", "✔", "☑️", "☑"];

/** "Python ✅" or "[x] Python": a topic heading marked done; the mark is no part of the title. */
function statusMark(raw: string): { text: string; done: boolean } {
  for (const mark of DONE_MARKS) {
    if (raw.endsWith(mark)) return { text: raw.slice(0, -mark.length).trim(), done: true };
    if (raw.startsWith(mark)) return { text: raw.slice(mark.length).trim(), done: true };
  }
  if (/^\[[xX]\]\s/.test(raw)) return { text: raw.slice(3).trim(), done: true };
  if (raw.startsWith("[ ] ")) return { text: raw.slice(4).trim(), done: false };
  return { text: raw, done: false };
}

/** A topic keeps its emoji in the title (topics have no emoji field); the numbering goes. */
function topicTitle(raw: string): string {
  const text = headingText(raw);
  if (text.emoji === undefined) return text.title;
  return raw.startsWith(text.emoji) ? `${text.emoji} ${text.title}` : `${text.title} ${text.emoji}`;
}
