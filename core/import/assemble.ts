// The read drafts turned into the roadmap's input form: ids handed out, the one
// daily-practice topic and the projects marked, prerequisites resolved to topic ids,
// empty sections left out (each said once), and the counts for the summary line.
import type { RoadmapInput } from "../model/schema.js";
import type { ImportCounts, ImportReport } from "./report.js";
import { IdAllocator, slugify } from "./slug.js";
import type { TopicDraft, TopicInput } from "./topic-draft.js";

type SectionInput = RoadmapInput["sections"][number];

export interface SectionDraft {
  line: number;
  title: string;
  emoji?: string;
  subtitle?: string;
  description: string[];
  topics: TopicDraft[];
}

export interface RoadmapDraft {
  title: string;
  intro: string[];
  sections: SectionDraft[];
  notes: string[];
}

/** Nothing in the file looks like a topic: there is no roadmap to import. */
export class MarkdownImportError extends Error {}

/** The one topic that becomes the daily-practice issue. */
const PRACTICE_TITLE = /leetcode/i;
const PROJECT_TITLE = /\bproject\b/i;

export function assembleRoadmap(
  draft: RoadmapDraft,
  report: ImportReport,
): { roadmap: RoadmapInput; counts: ImportCounts } {
  const sectionIds = new IdAllocator("section");
  const topicIds = new IdAllocator("topic");
  const notes = [...draft.notes];
  const kept = draft.sections.filter((section) => {
    if (section.topics.length > 0) return true;
    // Its text is not lost: an empty section's paragraphs are the roadmap's notes.
    const text = section.description.join(" ");
    if (text !== "") notes.push(`${section.title}: ${text}`);
    report.warn(
      section.line,
      `section "${section.title}" has no topics; left out${text !== "" ? ", its text kept as a note" : ""}`,
    );
    return false;
  });
  if (kept.length === 0) {
    throw new MarkdownImportError(
      'no topics found: expected "## Section" headings with "### Topic" headings, list items, checkboxes or table rows under them',
    );
  }
  const ids = new Map<TopicDraft, string>();
  const byBaseId = new Map<string, TopicDraft>();
  for (const section of kept) {
    for (const topic of section.topics) {
      const id = topicIds.next(topic.title);
      ids.set(topic, id);
      // A second topic with the same id-to-be (the same title, usually) gets "-2": said, since
      // two checkboxes of one name are often one topic listed twice.
      const base = slugify(topic.title, "topic");
      const first = byBaseId.get(base);
      if (first && id !== base) {
        report.warn(
          topic.line,
          `topic "${topic.title}" gets the id "${id}": "${base}" is taken by "${first.title}" (line ${first.line}); merge them if they are one topic`,
        );
      } else byBaseId.set(base, topic);
    }
  }
  const resolve = prerequisiteResolver(ids);

  let practiceTaken = false;
  const counts: ImportCounts = { sections: kept.length, topics: ids.size, focusItems: 0, ticked: 0 };
  const sections = kept.map((draftSection): SectionInput => {
    const topics = draftSection.topics.map((topic): TopicInput => {
      counts.focusItems += topic.itemCount;
      counts.ticked += topic.tickedCount;
      const id = ids.get(topic)!;
      const requires = topic.prerequisites.flatMap(({ title, line }) => {
        const found = resolve(title);
        if (found !== undefined && found !== id) return [found];
        report.warn(
          line,
          `prerequisite "${title}" of "${topic.title}" is not a topic of this roadmap; left out`,
        );
        return [];
      });
      const unique = [...new Set(requires)];
      if (PRACTICE_TITLE.test(topic.title)) {
        if (!practiceTaken) {
          practiceTaken = true;
          const practice = {
            site: "leetcode",
            difficulty: topic.singleDifficulty ?? "medium",
            source: "pool",
          } as const;
          return topic.finish(id, "practice", unique, practice);
        }
        report.warn(topic.line, `only one daily-practice topic: "${topic.title}" stays a plain topic`);
      }
      const kind = PROJECT_TITLE.test(topic.title) || topic.hasExpectation ? "project" : "topic";
      return topic.finish(id, kind, unique);
    });
    const description = draftSection.description.join("\n\n");
    return {
      id: sectionIds.next(draftSection.title),
      title: draftSection.title,
      ...(draftSection.emoji !== undefined && { emoji: draftSection.emoji }),
      ...(draftSection.subtitle !== undefined && { subtitle: draftSection.subtitle }),
      ...(description !== "" && { description }),
      topics,
    };
  });

  const intro = draft.intro.join("\n\n").trim();
  // Key order as people read it: title, intro, sections, notes.
  const roadmap: RoadmapInput = {
    title: draft.title,
    ...(intro !== "" && { intro }),
    sections,
    ...(notes.length > 0 && { notes }),
  };
  return { roadmap, counts };
}

/** "SQL", "sql", "SQL Basics (Deep)": a prerequisite found by title or by id. */
function prerequisiteResolver(ids: Map<TopicDraft, string>): (title: string) => string | undefined {
  const byKey = new Map<string, string>();
  for (const [topic, id] of ids) {
    byKey.set(topic.title.toLowerCase(), id);
    byKey.set(slugify(topic.title, id), id);
  }
  const known = new Set(ids.values());
  return (title) => {
    const plain = title.replace(/[*_`[\]]/g, "").trim();
    const slug = slugify(plain, "");
    return byKey.get(plain.toLowerCase()) ?? byKey.get(slug) ?? (known.has(slug) ? slug : undefined);
  };
}
