// Counting words for the CLI's one-line summaries.
import type { Roadmap } from "../core/model/schema.js";
import { plural } from "../core/text/plural.js";

export { plural };

/** "10 sections, 27 topics (25 topics, 1 practice, 1 project)" */
export function summarizeRoadmap(roadmap: Roadmap): string {
  const topics = roadmap.sections.flatMap((section) => section.topics);
  const kinds = new Map<string, number>();
  for (const topic of topics) kinds.set(topic.kind, (kinds.get(topic.kind) ?? 0) + 1);
  const head = `${plural(roadmap.sections.length, "section")}, ${plural(topics.length, "topic")}`;
  // The breakdown only says something when a topic is not a plain one.
  if (kinds.size === 1 && kinds.has("topic")) return head;
  const order = ["topic", "practice", "project"];
  const parts = order.filter((kind) => kinds.has(kind)).map((kind) => plural(kinds.get(kind)!, kind));
  return `${head} (${parts.join(", ")})`;
}
