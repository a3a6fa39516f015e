// `npm run bench`: every benchmark section in turn, printed as Markdown. To add one, export
// a BenchSection from its own module and list it here.
import { roadmapModel } from "./roadmap-model.js";
import { syncRequests } from "./sync.js";
import type { BenchSection } from "./harness.js";
import { gcAvailable } from "./harness.js";

const SECTIONS: BenchSection[] = [
  roadmapModel,
  syncRequests,
  (await import("./board.js")).boardRequests,
  (await import("./action.js")).actionBench,
  (await import("./notes.js")).notesRequests,
  (await import("./pacing.js")).pacingBench,
  (await import("./queue.js")).queueBench,
];

const out: string[] = [
  "# roadmap-ops benchmarks",
  "",
  `Node ${process.version}, ${process.platform}/${process.arch}; times are medians; heap Δ is the most one run allocated` +
    `${gcAvailable ? " (measured in separate runs, GC forced before each)" : " (no forced GC: an upper bound)"}.`,
];
for (const section of SECTIONS) {
  out.push("", `## ${section.title}`, "", await section.run());
}
process.stdout.write(`${out.join("\n")}\n`);
