import { describe, expect, it } from "vitest";
import { allTopics } from "../../../core/model/roadmap.js";
import { ISSUE_BODY_MAX, markRemoved, mergeBody, newTopicIssue } from "../../../core/issues/issue-body.js";
import { splitBody, topicIdOf } from "../../../core/issues/markers.js";
import { prerequisiteStates } from "../../../core/issues/prerequisites.js";
import { smallRoadmap } from "../../helpers/roadmaps.js";
import { SEED } from "../../helpers/seed.js";

const roadmap = smallRoadmap();
const [leetcode, redis] = allTopics(roadmap);

describe("topic issue bodies", () => {
  it("renders the generated part of every seed topic as in the golden files", async () => {
    const seed = SEED;
    // As the first sync leaves them: issues #1… in roadmap order, all open, so a topic's
    // prerequisites are linked by number.
    const leads = new Map(
      allTopics(seed).map(({ topic }, index) => [
        topic.id,
        { number: index + 1, state: "open" as const, stateReason: null, body: "", labels: [] },
      ]),
    );
    for (const { topic, section } of allTopics(seed)) {
      const issue = newTopicIssue(topic, section, prerequisiteStates(seed, topic, leads));
      await expect(
        `# ${issue.title}\n\nlabels: ${issue.labels.join(", ")}\n\n${issue.body}\n`,
      ).toMatchFileSnapshot(`../golden/issues/${topic.id}.md`);
    }
  });

  it("lists prerequisites by number once they have an issue, by title before, with their state", () => {
    const withRequires = smallRoadmap((input) => {
      input.sections[1]!.topics[1]!.requires = ["redis"];
    });
    const [, redisTopic, postgres] = allTopics(withRequires);
    const none = prerequisiteStates(withRequires, postgres!.topic, new Map());
    expect(none).toEqual([{ topicId: "redis", title: "Redis", status: "todo" }]);
    const byTitle = newTopicIssue(postgres!.topic, postgres!.section, none).body;
    expect(byTitle).toContain(
      "**Prerequisites:** 1 of 1 still open, finish it first.\n\n- ⬜ not started: **Redis**\n",
    );
    const closed = new Map([
      ["redis", { number: 7, state: "closed" as const, stateReason: "completed", body: "", labels: [] }],
    ]);
    const done = prerequisiteStates(withRequires, postgres!.topic, closed);
    // The learner's ticks and text survive the prerequisites changing state.
    const ticked = `mine\n${byTitle.replace("- [ ] indexing", "- [x] indexing")}\nafter`;
    const merged = mergeBody(ticked, postgres!.topic, postgres!.section, done);
    expect(merged).toContain("**Prerequisites:** all done, this topic is ready.\n\n- ✅ done: #7 Redis\n");
    expect(merged).toContain("- [x] indexing");
    expect(merged.startsWith("mine\n")).toBe(true);
    expect(merged.endsWith("\nafter")).toBe(true);
    // No prerequisites, no section (a topic without requires is as before).
    expect(newTopicIssue(redisTopic!.topic, redisTopic!.section).body).not.toContain("Prerequisites");
  });

  it("carries the topic marker, a task list and the closing hint", () => {
    const { body } = newTopicIssue(redis!.topic, redis!.section);
    expect(topicIdOf(body)).toBe("redis");
    expect(body).toContain("- [ ] caching\n- [ ] rate limiting\n- [ ] pub/sub");
    expect(body).toContain("Close this issue when you have finished the topic");
  });

  it("keeps the learner's text around the generated part byte for byte, and their ticks", () => {
    const generated = newTopicIssue(redis!.topic, redis!.section).body.replace(
      "- [ ] rate limiting",
      "- [x] rate limiting",
    );
    const existing = `My plan:\r\n- read the docs\r\n\r\n${generated}\r\n\r\n## Notes\r\nSee [this](https://redis.io) @me`;
    const merged = mergeBody(existing, redis!.topic, redis!.section);
    expect(merged).toBe(existing);
  });

  it("keeps ticks of unchanged items when the list changes, and drops only the changed one", () => {
    const ticked = newTopicIssue(redis!.topic, redis!.section)
      .body.replace("- [ ] caching", "- [x] caching")
      .replace("- [ ] pub/sub", "- [x] pub/sub");
    const changed = smallRoadmap((input) => {
      input.sections[1]!.topics[0]!.focus = ["caching", "pub/sub and streams", "eviction"];
    });
    const { topic, section } = allTopics(changed)[1]!;
    const merged = mergeBody(ticked, topic, section);
    expect(splitBody(merged).generated).toContain("- [x] caching\n- [ ] pub/sub and streams\n- [ ] eviction");
  });

  it("puts a lost generated part back on top and keeps what the learner wrote", () => {
    const merged = mergeBody("I deleted the generated part", redis!.topic, redis!.section);
    expect(topicIdOf(merged)).toBe("redis");
    expect(merged.endsWith("\n\nI deleted the generated part")).toBe(true);
  });

  it("escapes Markdown and neutralises mentions in data text", () => {
    const tricky = smallRoadmap((input) => {
      input.sections[1]!.topics[0]!.focus = ["pipes | and <b>tags</b>", "ask @octocat"];
    });
    const { topic, section } = allTopics(tricky)[1]!;
    const { body } = newTopicIssue(topic, section);
    expect(body).toContain("- [ ] pipes \\| and \\<b\\>tags\\</b\\>");
    expect(body).not.toMatch(/(^|\s)@octocat/);
  });

  it("shrinks to the compact form, then refuses, near GitHub's body limit", () => {
    const full = newTopicIssue(leetcode!.topic, leetcode!.section).body;
    // Learner text that leaves no room for the full generated part, but enough for the compact one.
    const learner = `\n${"x".repeat(ISSUE_BODY_MAX - full.length + 5)}`;
    const merged = mergeBody(`${full}${learner}`, leetcode!.topic, leetcode!.section);
    expect(merged.length).toBeLessThanOrEqual(ISSUE_BODY_MAX);
    expect(merged.endsWith(learner)).toBe(true);
    expect(merged).not.toContain("**Goal:**");
    expect(() => mergeBody(`x${"y".repeat(ISSUE_BODY_MAX)}`, leetcode!.topic, leetcode!.section)).toThrow(
      /leetcode.*65536-character limit/,
    );
  });

  it("marks a removed topic inside the generated part only", () => {
    const body = `intro\n${newTopicIssue(redis!.topic, redis!.section).body}\noutro`;
    const removed = markRemoved(body);
    expect(removed.startsWith("intro\n")).toBe(true);
    expect(removed.endsWith("\noutro")).toBe(true);
    expect(splitBody(removed).generated).toContain("<!-- roadmap:removed -->");
    expect(markRemoved(removed)).toBe(removed);
  });
});
