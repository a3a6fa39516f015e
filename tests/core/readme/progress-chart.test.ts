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
    // The Daily section holds only the practice topic: a streak line, not a bar.
    expect(svg.match(/class="track"/g)).toHaveLength(seed.sections.length - 1);
    for (const tally of tallies.filter((t) => !t.practice)) {
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
      '<desc id="desc">1 of 2 topics done (50%). 📅 Daily: current streak 0 days, 0 solved; 🧠 Backend Core: 1 done, 0 in progress, 1 to do.</desc>',
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

describe("the practice row and the burn-up", () => {
  it("shows the streak on the practice row, and the burn-up with the forecast", () => {
    const roadmap = smallRoadmap();
    const progress = offlineProgress(roadmap);
    progress.topics["redis"]!.status = "done";
    progress.practice = { solved: 20, currentStreak: 12, longestStreak: 14 };
    const pace = {
      weeks: [
        { week: "2026-11-09", done: 1, total: 1 },
        { week: "2026-11-16", done: 0, total: 1 },
      ],
      planned: 2,
      done: 1,
      hoursPlanned: 16,
      hoursDone: 4,
      hoursLeft: 12,
      recentTopics: 1,
      recentHours: 4,
      paceWeeks: 2,
      hoursPerWeek: 2,
      forecast: "2027-01-01",
    };
    const svg = renderProgressSvg(sectionTallies(roadmap, progress), undefined, pace);
    expect(svg).toContain(">🔥 12-day streak · 20 solved · longest 14 days</text>");
    expect(svg).toContain("Burn-up: 1 of 2 topics done, week by week");
    expect(svg).toMatch(/<polyline points="230,\d+ [\d.]+,[\d.]+ [\d.]+,[\d.]+" fill="none"/);
    expect(svg).toContain("<title>at this pace: done by 2027-01-01</title>");
    expect(svg).toContain(
      "Burn-up: week of 2026-11-09: 1, week of 2026-11-16: 1 of 2; at this pace done by 2027-01-01.",
    );
    // Without history, no burn-up.
    expect(renderProgressSvg(sectionTallies(roadmap, progress))).not.toContain("polyline");
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
      // The practice topic counts by its streak, not among the topics.
      {
        id: "daily",
        label: "📅 Daily",
        done: 0,
        inProgress: 0,
        todo: 0,
        practice: { solved: 0, currentStreak: 0, longestStreak: 0 },
      },
      { id: "backend-core", label: "🧠 Backend Core", done: 1, inProgress: 0, todo: 0 },
    ]);
    expect(percentDone(totalTally(tallies))).toBe(100);
    expect(percentDone({ done: 2, inProgress: 0, todo: 1 })).toBe(66);
    expect(percentDone({ done: 0, inProgress: 0, todo: 0 })).toBe(0);
  });
});
