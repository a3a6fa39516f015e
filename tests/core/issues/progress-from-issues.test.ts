import { describe, expect, it } from "vitest";
import { allTopics } from "../../../core/model/roadmap.js";
import { progressFromSnapshot } from "../../../core/issues/progress-from-issues.js";
import { newTopicIssue } from "../../../core/issues/issue-body.js";
import type { TopicIssue } from "../../../core/issues/topic-issues.js";
import { smallRoadmap } from "../../helpers/roadmaps.js";

const roadmap = smallRoadmap();

function issue(topicId: string, fields: Partial<TopicIssue>): TopicIssue {
  const placed = allTopics(roadmap).find(({ topic }) => topic.id === topicId)!;
  const created = newTopicIssue(placed.topic, placed.section);
  return {
    topicId,
    number: 1,
    id: 1,
    nodeId: "I_1",
    title: created.title,
    body: created.body,
    state: "open",
    stateReason: null,
    labels: created.labels,
    htmlUrl: "https://github.com/o/r/issues/1",
    createdAt: "2026-11-01T00:00:00Z",
    ...fields,
  };
}

describe("progressFromSnapshot", () => {
  it("follows the status rules, not a stale label: a closed issue still labelled in progress is done", () => {
    const stale = issue("redis", {
      state: "closed",
      stateReason: "completed",
      labels: ["roadmap", "status: in progress"],
    });
    expect(progressFromSnapshot(roadmap, { issues: [stale] }).topics.redis).toMatchObject({
      status: "done",
      issueUrl: "https://github.com/o/r/issues/1",
    });
  });

  it("counts ticks of the checklist and keeps in progress once started", () => {
    const started = issue("redis", {
      body: newTopicIssue(allTopics(roadmap)[1]!.topic, allTopics(roadmap)[1]!.section).body.replace(
        "- [ ] caching",
        "- [x] caching",
      ),
    });
    expect(progressFromSnapshot(roadmap, { issues: [started] }).topics.redis).toMatchObject({
      status: "in-progress",
      checked: 1,
      total: 3,
    });
    expect(progressFromSnapshot(roadmap, { issues: [] }).topics.redis).toEqual({
      status: "todo",
      checked: 0,
      total: 3,
    });
  });
});
