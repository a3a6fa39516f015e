// Ticking the focus items merged notes cover, inside the generated part of a topic issue's
// body only. Every other tick and all of the learner's own text stay byte for byte.
import type { Topic } from "../model/schema.js";
import { checklistOf } from "../model/roadmap.js";
import { checklistLines } from "./issue-body.js";
import { splitBody } from "./markers.js";

// An unticked task line: `- [ ] text` (the text as the sync engine renders it).
const UNTICKED_LINE = /^([ \t]*[-*] \[) (\] )(.*?)([ \t]*)$/gm;

/** The body with `items` (checklist items as written in roadmap.yml) ticked; unchanged when nothing is left to tick. */
export function tickItems(body: string, topic: Topic, items: readonly string[]): string {
  const all = checklistOf(topic)?.items ?? [];
  const rendered = checklistLines(topic);
  const wanted = new Set(
    items.map((item) => rendered[all.indexOf(item)]).filter((line) => line !== undefined),
  );
  const parts = splitBody(body);
  if (wanted.size === 0 || parts.generated === undefined) return body;
  const generated = parts.generated.replace(
    UNTICKED_LINE,
    (line, start: string, end: string, text: string, trailing: string) =>
      wanted.has(text) ? `${start}x${end}${text}${trailing}` : line,
  );
  return parts.before + generated + parts.after;
}
