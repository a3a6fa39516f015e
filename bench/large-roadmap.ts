// Synthetic roadmaps for the benchmarks: `topics` topics in sections of ten, shaped like the
// seed (ranges, focus lists, a practice topic, a project), as the YAML text a user would have.
import { DIFFICULTIES, PRIORITIES, TIME_COSTS } from "../core/model/levels.js";
import type { RoadmapInput } from "../core/model/schema.js";
import { roadmapToYaml } from "../core/import/to-yaml.js";

type SectionInput = RoadmapInput["sections"][number];
type TopicInput = SectionInput["topics"][number];

function topic(n: number): TopicInput {
  const base: TopicInput = {
    id: `topic-${n}`,
    title: `Topic ${n}: caching & queues (part ${n % 7})`,
    priority: PRIORITIES[n % PRIORITIES.length]!,
    difficulty: n % 3 === 0 ? ["easy", "medium"] : DIFFICULTIES[n % DIFFICULTIES.length]!,
    time: TIME_COSTS[n % TIME_COSTS.length]!,
    focus: [`indexing ${n}`, "query planning", "EXPLAIN", `locks and transactions (${n})`],
  };
  if (n === 1) {
    return {
      ...base,
      kind: "practice",
      practice: { site: "leetcode", difficulty: "medium", source: "pool" },
    };
  }
  return base;
}

export function generateRoadmap(topics: number): RoadmapInput {
  const sections: SectionInput[] = [];
  for (let start = 1; start <= topics; start += 10) {
    const count = Math.min(10, topics - start + 1);
    const index = sections.length + 1;
    sections.push({
      id: `section-${index}`,
      title: `Section ${index}`,
      emoji: "🧠",
      topics: Array.from({ length: count }, (_, i) => topic(start + i)),
    });
  }
  return {
    title: `Generated roadmap (${topics} topics)`,
    intro: "A synthetic roadmap for benchmarks.",
    sections,
    notes: ["Generated."],
  };
}

export function generateRoadmapYaml(topics: number): string {
  return roadmapToYaml(generateRoadmap(topics));
}
