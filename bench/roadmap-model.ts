// Validate + render for the seed roadmap and for generated 100- and 1,000-topic roadmaps.
// The per-topic column shows whether the cost grows linearly; the target is 1,000 topics
// validated and rendered in under 200 ms.
import { readFileSync } from "node:fs";
import type { ProgressSnapshot } from "../core/model/progress.js";
import { STATUSES } from "../core/model/progress.js";
import { allTopics, checklistOf } from "../core/model/roadmap.js";
import type { Roadmap } from "../core/model/schema.js";
import { renderProgressBlock } from "../core/readme/progress-block.js";
import { parseRoadmapOrThrow } from "../core/validate/validate-roadmap.js";
import { generateRoadmapYaml } from "./large-roadmap.js";
import type { BenchSection } from "./harness.js";
import { formatMb, formatMs, markdownTable, measure } from "./harness.js";

const TARGET_MS = 200;

/** Mixed statuses, issue links and ticks: the render does the work the Action's does. */
function liveProgress(roadmap: Roadmap): ProgressSnapshot {
  const topics: ProgressSnapshot["topics"] = {};
  allTopics(roadmap).forEach(({ topic }, i) => {
    const total = checklistOf(topic)?.items.length ?? 0;
    topics[topic.id] = {
      status: STATUSES[i % STATUSES.length]!,
      checked: Math.min(total, i % 3),
      total,
      issueUrl: `https://github.com/learner/roadmap/issues/${i + 1}`,
      ...(i % 5 === 0 && { notesPath: `notes/${topic.id}` }),
    };
  });
  return { topics, practice: { solved: 120, currentStreak: 6, longestStreak: 30 } };
}

interface Scenario {
  name: string;
  yaml: string;
}

function scenarios(): Scenario[] {
  const seed = readFileSync(new URL("../roadmap/roadmap.yml", import.meta.url), "utf8");
  return [
    { name: "seed (roadmap/roadmap.yml)", yaml: seed },
    { name: "generated, 100 topics", yaml: generateRoadmapYaml(100) },
    { name: "generated, 1,000 topics", yaml: generateRoadmapYaml(1000) },
  ];
}

export const roadmapModel: BenchSection = {
  title: "Roadmap model: validate + render the README block",
  async run() {
    const rows: string[][] = [];
    const verdicts: string[] = [];
    for (const { name, yaml } of scenarios()) {
      const roadmap = parseRoadmapOrThrow(yaml, "bench.yml");
      const topics = allTopics(roadmap).length;
      const progress = liveProgress(roadmap);
      const runs = topics > 500 ? 10 : 25;
      const validate = await measure(() => parseRoadmapOrThrow(yaml, "bench.yml"), { runs });
      const render = await measure(
        () => renderProgressBlock(roadmap, progress, { chartPath: "progress.svg" }),
        { runs },
      );
      const total = await measure(
        () =>
          renderProgressBlock(parseRoadmapOrThrow(yaml, "bench.yml"), progress, {
            chartPath: "progress.svg",
          }),
        { runs },
      );
      rows.push([
        name,
        topics.toLocaleString("en-US"),
        `${(yaml.length / 1024).toFixed(0)} KiB`,
        formatMs(validate.medianMs),
        formatMs(render.medianMs),
        formatMs(total.medianMs),
        ((total.medianMs * 1000) / topics).toFixed(0),
        formatMb(total.peakHeapBytes),
      ]);
      if (topics >= 1000) {
        const ok = total.medianMs < TARGET_MS;
        verdicts.push(
          `${ok ? "✅" : "❌"} ${topics.toLocaleString("en-US")} topics: ${formatMs(total.medianMs)} ms median (target < ${TARGET_MS} ms).`,
        );
      }
    }
    const table = markdownTable(
      [
        "Scenario",
        "Topics",
        "YAML",
        "validate ms",
        "render ms",
        "validate + render ms",
        "µs / topic",
        "heap Δ MB (max)",
      ],
      rows,
      [false, true, true, true, true, true, true, true],
    );
    return `${table}\n\n${verdicts.join("\n")}`;
  },
};
