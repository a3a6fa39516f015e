import { describe, expect, it } from "vitest";
import { renderDailyComment } from "../../../core/daily/comment.js";
import { dailyMarker, parseDailyComment } from "../../../core/practice/daily-marker.js";
import { nextTopic } from "../../../core/issues/next-topic.js";
import { offlineProgress } from "../../../core/model/progress.js";
import { smallRoadmap } from "../../helpers/roadmaps.js";

const problem = {
  slug: "group-anagrams",
  title: "Group Anagrams",
  difficulty: "Medium",
  pattern: "Arrays & Hashing",
};

describe("the daily comment", () => {
  it("renders the date, problem link, pattern, time box, Solved box and the next topic", () => {
    const roadmap = smallRoadmap();
    const progress = offlineProgress(roadmap);
    progress.topics["postgresql"] = {
      ...progress.topics["postgresql"]!,
      status: "in-progress",
      issueUrl: "https://github.com/o/r/issues/3",
    };
    const body = renderDailyComment({
      date: "2026-11-26",
      problem,
      origin: "From the pool: 1 of 267",
      timebox: "30–60 minutes",
      next: nextTopic(roadmap, progress),
    });
    expect(body).toMatchInlineSnapshot(`
      "<!-- roadmap:daily date=2026-11-26 slug=group-anagrams -->
      ### 📅 2026-11-26: [Group Anagrams](https://leetcode.com/problems/group-anagrams/)

      | Difficulty | Pattern | Time box |
      | --- | --- | --- |
      | Medium | Arrays & Hashing | 30–60 minutes |

      - [ ] Solved

      **Next on the roadmap:** [PostgreSQL](https://github.com/o/r/issues/3) (Backend Core, in progress, priority medium)

      <sub>From the pool: 1 of 267. Tick Solved when you are done: streaks count ticked days.</sub>
      "
    `);
    expect(parseDailyComment(body)).toEqual({ date: "2026-11-26", slug: "group-anagrams", solved: false });
  });

  it("escapes text from outside (LeetCode's title) and says when everything is done", () => {
    const roadmap = smallRoadmap();
    const progress = offlineProgress(roadmap);
    for (const entry of Object.values(progress.topics)) entry.status = "done";
    const body = renderDailyComment({
      date: "2026-11-26",
      problem: { ...problem, title: "Pow(x, n) <img src=x> @octocat", pattern: "Math | Geometry" },
      origin: "LeetCode's question of the day",
      timebox: undefined,
      next: nextTopic(roadmap, progress),
    });
    expect(body).toContain(
      "[Pow(x, n) \\<img src=x\\> @\u200doctocat](https://leetcode.com/problems/group-anagrams/)",
    );
    expect(body).toContain("| Medium | Math \\| Geometry | — |");
    expect(body).toContain("**Next on the roadmap:** every topic is done or dropped. 🎉");
  });
});

describe("daily markers", () => {
  it("reads the date, slug and Solved tick back", () => {
    const marker = dailyMarker("2026-11-26", "two-sum");
    expect(parseDailyComment(`${marker}\n- [x] Solved`)).toEqual({
      date: "2026-11-26",
      slug: "two-sum",
      solved: true,
    });
    expect(parseDailyComment(`${marker}\n  * [X] Solved in 20 min`)).toMatchObject({ solved: true });
    expect(parseDailyComment(`${marker}\n- [ ] Solved`)).toMatchObject({ solved: false });
    expect(parseDailyComment(`${marker}\nno box`)).toMatchObject({ solved: false });
  });

  it("ignores other comments", () => {
    expect(parseDailyComment("- [x] Solved")).toBeUndefined();
    expect(parseDailyComment(null)).toBeUndefined();
    expect(parseDailyComment("<!-- roadmap:daily date=today slug=x -->")).toBeUndefined();
  });

  it("refuses a slug that would break the marker", () => {
    expect(() => dailyMarker("2026-11-26", "x --> <b>")).toThrow(/not a LeetCode slug/);
  });
});

describe("the next topic", () => {
  it("prefers the highest-priority topic in progress, then the highest-priority todo, in roadmap order", () => {
    const roadmap = smallRoadmap();
    const progress = offlineProgress(roadmap);
    expect(nextTopic(roadmap, progress)?.topic.id).toBe("redis"); // todo, high (the practice topic is skipped)
    progress.topics["postgresql"]!.status = "in-progress";
    expect(nextTopic(roadmap, progress)).toMatchObject({
      topic: { id: "postgresql" },
      status: "in-progress",
    });
    progress.topics["redis"]!.status = "in-progress";
    expect(nextTopic(roadmap, progress)?.topic.id).toBe("redis");
    progress.topics["redis"]!.status = "done";
    progress.topics["postgresql"]!.status = "dropped";
    expect(nextTopic(roadmap, progress)).toBeUndefined();
  });
});
