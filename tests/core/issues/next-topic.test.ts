import { describe, expect, it } from "vitest";
import { isReady, nextTopic, openPrerequisites } from "../../../core/issues/next-topic.js";
import { offlineProgress } from "../../../core/model/progress.js";
import { allTopics } from "../../../core/model/roadmap.js";
import { smallRoadmap } from "../../helpers/roadmaps.js";
import { SEED } from "../../helpers/seed.js";

describe("the next topic follows the roadmap", () => {
  it("on the seed, suggests an early high-priority topic first, never the capstone", () => {
    const progress = offlineProgress(SEED);
    const next = nextTopic(SEED, progress);
    expect(next?.topic.id).toBe("django");
    expect(next?.topic.priority).toBe("high");
    // Walk the whole roadmap, finishing each suggestion: the capstone comes only once
    // every topic it requires is done, and then at once (it is critical).
    const order: string[] = [];
    for (let topic = nextTopic(SEED, progress); topic; topic = nextTopic(SEED, progress)) {
      order.push(topic.topic.id);
      progress.topics[topic.topic.id]!.status = "done";
    }
    const capstone = SEED.sections.at(-1)!.topics[0]!;
    const at = order.indexOf("production-grade-project");
    for (const required of capstone.requires!) expect(order.indexOf(required)).toBeLessThan(at);
    expect(order.indexOf(capstone.requires!.at(-1)!)).toBeGreaterThan(-1);
    expect(order).toHaveLength(allTopics(SEED).length - 1); // every topic but the practice one
  });

  it("suggests the capstone once its prerequisites are done (or dropped)", () => {
    const progress = offlineProgress(SEED);
    const capstone = SEED.sections.at(-1)!.topics[0]!;
    expect(openPrerequisites(SEED, capstone, progress)).toHaveLength(6);
    for (const id of capstone.requires!) progress.topics[id]!.status = "done";
    progress.topics["github-actions"]!.status = "dropped";
    expect(openPrerequisites(SEED, capstone, progress)).toEqual([]);
    expect(nextTopic(SEED, progress)?.topic.id).toBe("production-grade-project");
  });

  it("skips a topic waiting on its prerequisites, even one in progress", () => {
    const roadmap = smallRoadmap((input) => {
      input.sections[1]!.topics[0]!.requires = ["postgresql"];
    });
    const progress = offlineProgress(roadmap);
    progress.topics["redis"]!.status = "in-progress";
    expect(nextTopic(roadmap, progress)?.topic.id).toBe("postgresql");
    progress.topics["postgresql"]!.status = "done";
    expect(nextTopic(roadmap, progress)).toMatchObject({ topic: { id: "redis" }, status: "in-progress" });
  });

  it("a project without requires waits for every topic before it", () => {
    const roadmap = smallRoadmap((input) => {
      input.sections[1]!.topics.push({
        id: "capstone",
        title: "Capstone",
        kind: "project",
        priority: "critical",
        difficulty: "hard",
        time: "long",
      });
    });
    const progress = offlineProgress(roadmap);
    const capstone = allTopics(roadmap).find(({ topic }) => topic.id === "capstone")!;
    expect(isReady(roadmap, capstone, progress)).toBe(false);
    expect(nextTopic(roadmap, progress)?.topic.id).toBe("redis");
    progress.topics["redis"]!.status = "done";
    progress.topics["postgresql"]!.status = "dropped";
    expect(nextTopic(roadmap, progress)?.topic.id).toBe("capstone");
  });

  it("a project without requires in the middle waits only for the topics before it", () => {
    const roadmap = smallRoadmap((input) => {
      input.sections[1]!.topics.splice(1, 0, {
        id: "mini-project",
        title: "Mini project",
        kind: "project",
        priority: "critical",
        difficulty: "medium",
        time: "medium",
      });
    });
    const progress = offlineProgress(roadmap);
    const placed = (id: string) => allTopics(roadmap).find(({ topic }) => topic.id === id)!;
    // The practice topic before it is never waited for; postgresql after it does not count.
    expect(isReady(roadmap, placed("mini-project"), progress)).toBe(false);
    progress.topics["redis"]!.status = "done";
    expect(isReady(roadmap, placed("mini-project"), progress)).toBe(true);
    expect(nextTopic(roadmap, progress)?.topic.id).toBe("mini-project");
    progress.topics["redis"]!.status = "in-progress";
    expect(nextTopic(roadmap, progress)?.topic.id).toBe("redis");
  });
});
