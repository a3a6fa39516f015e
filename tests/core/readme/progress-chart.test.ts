import { describe, expect, it } from "vitest";
import { renderProgressSvg } from "../../../core/readme/progress-chart.js";
import { percentDone, sectionTallies, totalTally } from "../../../core/issues/tally.js";
import { offlineProgress } from "../../../core/model/progress.js";
import { smallRoadmap } from "../../helpers/roadmaps.js";
import { SEED } from "../../helpers/seed.js";

const seed = SEED;

function seedProgress() {
  const progress = offlineProgress(seed);
  const ids = Object.keys(progress.topics);
  // A learner some weeks in: a few topics done, a few started, one dropped.
  ids.slice(1, 4).forEach((id) => (progress.topics[id]!.status = "done"));
  ids.slice(4, 7).forEach((id) => (progress.topics[id]!.status = "in-progress"));
  progress.topics[ids[ids.length - 2]!]!.status = "dropped";
  return progress;
}

describe("the progress chart", () => {
  it("draws the seed roadmap (golden file)", async () => {
    const svg = renderProgressSvg(sectionTallies(seed, seedProgress()));
    await expect(svg).toMatchFileSnapshot("./__snapshots__/seed-progress.svg");
  });

  it("is deterministic and has one bar row per section with its count", () => {
    const tallies = sectionTallies(seed, seedProgress());
    const svg = renderProgressSvg(tallies);
    expect(renderProgressSvg(sectionTallies(seed, seedProgress()))).toBe(svg);
    expect(svg.match(/class="track"/g)).toHaveLength(seed.sections.length);
    for (const tally of tallies) {
      expect(svg).toContain(`${tally.done}/${tally.done + tally.inProgress + tally.todo} done`);
    }
  });

  it("is accessible: role img, title and a description in words", () => {
    const roadmap = smallRoadmap();
    const progress = offlineProgress(roadmap);
    progress.topics["redis"]!.status = "done";
    const svg = renderProgressSvg(sectionTallies(roadmap, progress));
    expect(svg).toContain('role="img" aria-labelledby="title desc"');
    expect(svg).toContain('<title id="title">Roadmap progress</title>');
    expect(svg).toContain(
      '<desc id="desc">1 of 3 topics done (33%). 📅 Daily: 0 done, 0 in progress, 1 to do; 🧠 Backend Core: 1 done, 0 in progress, 1 to do.</desc>',
    );
  });

  it("escapes text and keeps bar widths exact", () => {
    const svg = renderProgressSvg(
      [{ id: "x", label: `<script>&"'`, done: 1, inProgress: 1, todo: 1 }],
      "A & B",
    );
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;&amp;&quot;&apos;");
    expect(svg).toContain('<title id="title">A &amp; B</title>');
    const widths = [...svg.matchAll(/<rect x="[\d.]+" y="48" width="([\d.]+)" height="16" fill/g)].map((m) =>
      Number(m[1]),
    );
    expect(widths).toEqual([126.67, 126.67, 126.67]);
  });

  it("shows an empty track for a section without counted topics", () => {
    const svg = renderProgressSvg([{ id: "x", label: "Dropped all", done: 0, inProgress: 0, todo: 0 }]);
    expect(svg).toContain("0/0 done");
    expect(svg).not.toMatch(/fill="#2da44e"><title>/);
  });
});

describe("tallies", () => {
  it("counts by status, leaving dropped topics out, and rounds the percent down", () => {
    const roadmap = smallRoadmap();
    const progress = offlineProgress(roadmap);
    progress.topics["redis"]!.status = "done";
    progress.topics["postgresql"]!.status = "dropped";
    const tallies = sectionTallies(roadmap, progress);
    expect(tallies).toEqual([
      { id: "daily", label: "📅 Daily", done: 0, inProgress: 0, todo: 1 },
      { id: "backend-core", label: "🧠 Backend Core", done: 1, inProgress: 0, todo: 0 },
    ]);
    expect(percentDone(totalTally(tallies))).toBe(50);
    expect(percentDone({ done: 2, inProgress: 0, todo: 1 })).toBe(66);
    expect(percentDone({ done: 0, inProgress: 0, todo: 0 })).toBe(0);
  });
});
