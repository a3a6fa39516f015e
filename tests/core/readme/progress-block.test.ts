import { describe, expect, it } from "vitest";
import type { ProgressSnapshot } from "../../../core/model/progress.js";
import { offlineProgress } from "../../../core/model/progress.js";
import { RoadmapSchema } from "../../../core/model/schema.js";
import { percentDone, progressBar, renderProgressBlock } from "../../../core/readme/progress-block.js";
import { replaceBlock } from "../../../core/readme/readme-region.js";

const roadmap = RoadmapSchema.parse({
  title: "Small roadmap",
  sections: [
    {
      id: "daily",
      title: "Daily",
      emoji: "📅",
      topics: [
        {
          id: "leetcode",
          title: "LeetCode (1 problem/day)",
          kind: "practice",
          priority: "high",
          difficulty: "medium",
          time: "short",
          timebox: "30–60 minutes",
          practice: {},
        },
      ],
    },
    {
      id: "backend",
      title: "Backend",
      emoji: "🧠",
      subtitle: "Core – first",
      topics: [
        {
          id: "redis",
          title: "Redis",
          priority: "high",
          difficulty: ["easy", "medium"],
          time: "short",
          focus: ["caching", "pub/sub"],
        },
        {
          id: "celery",
          title: "Async & Celery",
          priority: "high",
          difficulty: ["medium", "hard"],
          time: "medium",
          focus: ["jobs", "retries", "beat"],
        },
        {
          id: "vim",
          title: "Basic Vim",
          priority: "low",
          difficulty: "easy",
          time: "short",
          scope: ["motions"],
        },
        { id: "sse", title: "SSE", priority: "medium", difficulty: "easy", time: "short", focus: ["events"] },
      ],
    },
  ],
  notes: ["Depth over **breadth**.", "Thanks @mentor for the plan."],
});

const progress: ProgressSnapshot = {
  topics: {
    leetcode: {
      status: "in-progress",
      checked: 0,
      total: 0,
      issueUrl: "https://github.com/me/plan/issues/1",
    },
    redis: {
      status: "done",
      checked: 2,
      total: 2,
      issueUrl: "https://github.com/me/plan/issues/2",
      notesPath: "notes/redis",
    },
    celery: { status: "in-progress", checked: 1, total: 3, issueUrl: "https://github.com/me/plan/issues/3" },
    vim: { status: "dropped", checked: 0, total: 1, issueUrl: "https://github.com/me/plan/issues/4" },
    // sse is missing: a topic added since the last sync renders as todo.
  },
  practice: { solved: 42, currentStreak: 1, longestStreak: 12 },
};

describe("renderProgressBlock", () => {
  it("renders bars, counts, tables with links, the practice line, the chart and the notes", () => {
    expect(renderProgressBlock(roadmap, progress, { chartPath: "docs/progress.svg" })).toMatchInlineSnapshot(`
      "<!-- Generated from roadmap/roadmap.yml: edits inside the roadmap markers are overwritten. Regenerate offline with \`roadmap render\` (the roadmap-ops CLI; it keeps the live progress); the Action refreshes it. -->

      ## 📊 Progress

      **███░░░░░░░ 33%** — 1 done · 1 in progress · 1 todo · 1 dropped of 4 topics

      ![Progress per section: done, in progress and todo topics](docs/progress.svg)

      🧩 **LeetCode practice:** 42 solved · current streak 1 day · longest streak 12 days

      ➡️ **Next up:** [Async & Celery](https://github.com/me/plan/issues/3) (Backend, in progress, priority high)

      ### 📅 Daily

      🔥 1-day streak · 42 solved: practice counts by its streak, not among the topics

      | Topic | Priority | Difficulty | Time | Status | Focus |
      | --- | --- | --- | --- | --- | --- |
      | [LeetCode (1 problem/day)](https://github.com/me/plan/issues/1) | high | medium | short · 4 h (30–60 minutes) | 🚧 in progress | 🔥 1-day streak |

      ### 🧠 Backend (Core – first)

      ███░░░░░░░ 33% · 1/3 done · 1 dropped

      | Topic | Priority | Difficulty | Time | Status | Focus |
      | --- | --- | --- | --- | --- | --- |
      | [Redis](https://github.com/me/plan/issues/2) · [notes](notes/redis) | high | easy → medium | short · 4 h | ✅ done | 2/2 |
      | [Async & Celery](https://github.com/me/plan/issues/3) | high | medium → hard | medium · 12 h | 🚧 in progress | 1/3 |
      | [Basic Vim](https://github.com/me/plan/issues/4) | low | easy | short · 4 h | 🚫 dropped | 0/1 |
      | SSE | medium | easy | short · 4 h | ⬜ todo | 0/1 |

      ### 📌 Notes

      - Depth over **breadth**.
      - Thanks @‍mentor for the plan."
    `);
  });

  it("makes repository paths absolute with repoUrl", () => {
    const block = renderProgressBlock(roadmap, progress, {
      repoUrl: "https://github.com/me/plan/",
      chartPath: "./docs/progress chart.svg",
    });
    expect(block).toContain("· [notes](https://github.com/me/plan/tree/HEAD/notes/redis) |");
    expect(block).toContain(
      "![Progress per section: done, in progress and todo topics](https://github.com/me/plan/raw/HEAD/docs/progress%20chart.svg)",
    );
  });

  it("renders the offline state: every topic todo, no links, no practice line, no chart", () => {
    const block = renderProgressBlock(roadmap, offlineProgress(roadmap));
    expect(block).toContain("**░░░░░░░░░░ 0%** — 0 done · 0 in progress · 4 todo · 0 dropped of 4 topics");
    expect(block).not.toMatch(/\]\(|LeetCode practice|!\[/);
    expect(block).toContain("| Redis | high | easy → medium | short · 4 h | ⬜ todo | 0/2 |");
  });

  it("escapes data and neutralizes mentions in titles and items", () => {
    const hostile = RoadmapSchema.parse({
      title: "T",
      sections: [
        {
          id: "s",
          title: "<script> | @team",
          topics: [
            {
              id: "t",
              title: "a|b *c* _d_ `e` [f](g) \\ @octocat",
              priority: "low",
              difficulty: "easy",
              time: "short",
            },
          ],
        },
      ],
    });
    const block = renderProgressBlock(hostile, offlineProgress(hostile));
    expect(block).toContain("### \\<script\\> \\| @\u200dteam\n");
    expect(block).toContain("| a\\|b \\*c\\* \\_d\\_ \\`e\\` \\[f\\](g) \\\\ @\u200doctocat | low |");
  });

  it("renders a note that reads like a marker as text, so the README can be rendered again", () => {
    const tricky = RoadmapSchema.parse({ ...roadmap, notes: ["keep this\n<!-- roadmap:end -->\nand this"] });
    const block = renderProgressBlock(tricky, offlineProgress(tricky));
    const readme = replaceBlock("<!-- roadmap:start -->\n<!-- roadmap:end -->\n", block);
    expect(readme).toContain("&lt;!-- roadmap:end -->");
    expect(replaceBlock(readme, block)).toBe(readme);
  });

  it("is deterministic", () => {
    expect(renderProgressBlock(roadmap, progress)).toBe(
      renderProgressBlock(roadmap, structuredClone(progress)),
    );
  });
});

describe("progress bar", () => {
  it("counts done against planned topics (dropped ones do not count) and floors", () => {
    expect(percentDone({ todo: 1, "in-progress": 1, done: 1, dropped: 5 })).toBe(33);
    expect(percentDone({ todo: 0, "in-progress": 0, done: 0, dropped: 2 })).toBe(0);
    expect(percentDone({ todo: 1, "in-progress": 0, done: 199, dropped: 0 })).toBe(99);
    expect(progressBar(70)).toBe("███████░░░ 70%");
    expect(progressBar(0)).toBe("░░░░░░░░░░ 0%");
    expect(progressBar(100)).toBe("██████████ 100%");
  });
});

describe("the coach lines", () => {
  it("shows hours, pace and forecast with its method, done per week, next up, reviews due, waiting rows", async () => {
    const { smallRoadmap } = await import("../../helpers/roadmaps.js");
    const { nextTopic } = await import("../../../core/issues/next-topic.js");
    const small = smallRoadmap((input) => {
      input.settings = { hours: { short: 5 } };
      input.sections[1]!.topics[1]!.requires = ["redis"];
    });
    const state = offlineProgress(small);
    const pace = {
      weeks: [{ week: "2026-11-23", done: 0, total: 0 }],
      planned: 2,
      done: 0,
      hoursPlanned: 17,
      hoursDone: 0,
      hoursLeft: 17,
      recentTopics: 0,
      recentHours: 0,
      paceWeeks: 4,
    };
    const block = renderProgressBlock(small, state, { pace, next: nextTopic(small, state)! });
    expect(block).toContain("⏱️ **Hours:** 0 of 17 h done · 17 h to go");
    expect(block).toContain(
      "📈 **Pace:** no topic closed in the last 4 weeks: no forecast until the next one is done.",
    );
    expect(block).toContain("➡️ **Next up:** **Redis** (Backend Core, ready, priority high)");
    expect(block).toContain(
      "| PostgreSQL | medium | medium | medium · 12 h | ⏳ waiting on 1 prerequisite | 0/2 |",
    );
    expect(block).toContain("| Redis | high | easy → medium | short · 5 h | ⬜ todo | 0/3 |");

    const going = renderProgressBlock(small, state, {
      pace: {
        ...pace,
        weeks: [
          { week: "2026-11-16", done: 1, total: 1 },
          { week: "2026-11-23", done: 0, total: 1 },
        ],
        done: 1,
        hoursDone: 5,
        hoursLeft: 12,
        recentTopics: 1,
        recentHours: 5,
        paceWeeks: 2,
        hoursPerWeek: 2.5,
        forecast: "2027-01-02",
      },
    });
    expect(going).toContain(
      "📈 **Pace:** 1 topic (5 h) done in the last 2 weeks, ≈ 2.5 h a week · **at this pace: done by 2027-01-02**",
    );
    expect(going).toContain(
      "<sub>Forecast: the hours of the topics closed in the last 2 weeks (this one included) give the weekly pace; the hours still to go divided by it, counted from the end of this week. Hours per time cost: short 5 h, medium 12 h, long 30 h (`settings.hours`).</sub>",
    );
    expect(going).toContain(
      "| Week of | 2026-11-16 | 2026-11-23 |\n| --- | --- | --- |\n| Done | 1 | 0 |\n| Total | 1/2 | 1/2 |",
    );
  });
});
