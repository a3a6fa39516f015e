// Importing onto an existing roadmap: a topic's id names its issue, so a topic whose
// title changed in the Markdown must keep the id it had, or the next sync would close
// its issue and open a new one. Each new topic without an id of the old roadmap is
// matched, in this order, by the same checklist, a similar title, or the same place
// (section and position); what stays unmatched is named as what a sync would close.
import type { Roadmap, RoadmapInput } from "../model/schema.js";
import { CHECKLIST_KINDS } from "../model/schema.js";
import { editDistance } from "../validate/did-you-mean.js";

type TopicIn = RoadmapInput["sections"][number]["topics"][number];

export interface KeptId {
  id: string;
  /** The id the import would have given it. */
  was: string;
  title: string;
  oldTitle: string;
  by: "checklist" | "title" | "position";
}

export interface KeepIdsResult {
  roadmap: RoadmapInput;
  kept: KeptId[];
  /** Topics of the old roadmap missing from the new one: a sync would close their issues. */
  closing: { id: string; title: string }[];
}

interface Slot {
  id: string;
  title: string;
  section: string;
  index: number;
  items: string[];
}

function itemsOf(topic: Record<string, unknown>): string[] {
  for (const kind of CHECKLIST_KINDS) {
    const items = topic[kind];
    if (Array.isArray(items)) return items as string[];
  }
  return [];
}

function slotsOf(roadmap: Pick<Roadmap, "sections"> | RoadmapInput): Slot[] {
  return roadmap.sections.flatMap((section) =>
    section.topics.map((topic, index) => ({
      id: topic.id,
      title: topic.title,
      section: section.id,
      index,
      items: itemsOf(topic as Record<string, unknown>),
    })),
  );
}

const normal = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/** Titles close enough to be the same topic renamed: "Django" and "Django (Advanced)". */
function similarTitles(a: string, b: string): boolean {
  const x = normal(a);
  const y = normal(b);
  if (x === "" || y === "") return false;
  // "Django" and "Django Advanced" are one topic; "Go" and "Google Cloud" are not.
  if (x.startsWith(`${y} `) || y.startsWith(`${x} `)) return true;
  return editDistance(x, y) <= Math.floor(Math.max(x.length, y.length) / 4);
}

const sameItems = (a: string[], b: string[]) =>
  a.length > 0 && a.length === b.length && a.every((item, index) => item === b[index]);

export function keepIds(imported: RoadmapInput, existing: Pick<Roadmap, "sections">): KeepIdsResult {
  const old = slotsOf(existing);
  const fresh = slotsOf(imported);
  const freshIds = new Set(fresh.map((slot) => slot.id));
  const free = old.filter((slot) => !freshIds.has(slot.id));
  const unmatched = fresh.filter((slot) => !old.some((known) => known.id === slot.id));
  const renames = new Map<string, KeptId>();

  const pass = (by: KeptId["by"], matches: (slot: Slot, known: Slot) => boolean) => {
    for (const slot of unmatched) {
      if (renames.has(slot.id)) continue;
      const at = free.findIndex((known) => matches(slot, known));
      if (at < 0) continue;
      const [known] = free.splice(at, 1);
      renames.set(slot.id, { id: known!.id, was: slot.id, title: slot.title, oldTitle: known!.title, by });
    }
  };
  pass("checklist", (slot, known) => sameItems(slot.items, known.items));
  pass("title", (slot, known) => similarTitles(slot.title, known.title));
  pass("position", (slot, known) => slot.section === known.section && slot.index === known.index);

  const renamed = (id: string) => renames.get(id)?.id ?? id;
  const roadmap: RoadmapInput = {
    ...imported,
    sections: imported.sections.map((section) => ({
      ...section,
      topics: section.topics.map((topic): TopicIn => ({
        ...topic,
        id: renamed(topic.id),
        ...(topic.requires && { requires: topic.requires.map(renamed) }),
      })),
    })),
  };
  return {
    roadmap,
    kept: [...renames.values()],
    closing: free.map((slot) => ({ id: slot.id, title: slot.title })),
  };
}
