import { describe, expect, it } from "vitest";
import type { MergeContext } from "../../../core/notes/merge-plan.js";
import { planTopicMerge, topicComment } from "../../../core/notes/merge-plan.js";
import { describeRequest } from "../../../core/github/plan/operation.js";
import { REPO } from "../../helpers/github.js";
import { placedTopic, topicIssue } from "../../helpers/notes.js";

const context: MergeContext = {
  repo: REPO,
  pullNumber: 7,
  mergeSha: "abc123",
  repoUrl: "https://github.com/octo-learner/roadmap",
};
const redis = placedTopic("redis").topic;
const notes = { files: ["notes/redis/caching notes.md"], focus: ["caching"] };

describe("planTopicMerge", () => {
  it("moves a todo topic to in progress, ticks the covered item and links the notes: labels first", () => {
    const issue = topicIssue("redis");
    const plan = planTopicMerge(context, { issue, topic: redis, notes, commented: false });
    expect(plan.operations.map(describeRequest)).toEqual([
      "DELETE /repos/octo-learner/roadmap/issues/2/labels/status%3A%20todo",
      'POST /repos/octo-learner/roadmap/issues/2/labels {"labels":["status: in progress"]}',
      `PATCH /repos/octo-learner/roadmap/issues/2 ${JSON.stringify({ body: issue.body.replace("- [ ] caching", "- [x] caching") })}`,
      `POST /repos/octo-learner/roadmap/issues/2/comments ${JSON.stringify({ body: topicComment(context, notes) })}`,
    ]);
    expect(plan.after.labels).toContain("status: in progress");
    expect(plan.after.labels).not.toContain("status: todo");
  });

  it("plans nothing for an issue already in that state with the comment posted", () => {
    const first = planTopicMerge(context, {
      issue: topicIssue("redis"),
      topic: redis,
      notes,
      commented: false,
    });
    expect(
      planTopicMerge(context, { issue: first.after, topic: redis, notes, commented: true }).operations,
    ).toEqual([]);
  });

  it("leaves a done or dropped topic's status alone, and still links the notes", () => {
    const done = topicIssue("redis", {
      state: "closed",
      stateReason: "completed",
      labels: ["roadmap", "status: done"],
    });
    expect(
      planTopicMerge(context, { issue: done, topic: redis, notes, commented: false }).operations.map(
        (op) => op.kind,
      ),
    ).toEqual(["update-issue", "comment"]);
    const dropped = { ...done, stateReason: "not_planned", labels: ["status: dropped"] };
    expect(
      planTopicMerge(context, {
        issue: dropped,
        topic: redis,
        notes,
        commented: true,
        completion: "completes",
      }).operations.map((op) => op.kind),
    ).toEqual(["update-issue"]);
  });

  it("closes a topic the PR completes and labels it done, in one PATCH with the ticks", () => {
    const issue = topicIssue("redis");
    const plan = planTopicMerge(context, {
      issue,
      topic: redis,
      notes,
      commented: true,
      completion: "completes",
    });
    expect(plan.operations.map(describeRequest)).toEqual([
      "DELETE /repos/octo-learner/roadmap/issues/2/labels/status%3A%20todo",
      'POST /repos/octo-learner/roadmap/issues/2/labels {"labels":["status: done"]}',
      `PATCH /repos/octo-learner/roadmap/issues/2 ${JSON.stringify({
        body: issue.body.replace("- [ ] caching", "- [x] caching"),
        state: "closed",
        state_reason: "completed",
      })}`,
    ]);
    expect(plan.operations[2]!.summary).toBe(
      "#2: tick the items the merged notes cover, close as completed (#7 completes it)",
    );
    expect(plan.after).toMatchObject({ state: "closed", stateReason: "completed" });
  });

  it("only labels a topic done that GitHub closes itself (Closes #N)", () => {
    const plan = planTopicMerge(context, {
      issue: topicIssue("redis", { labels: ["roadmap", "status: in progress"] }),
      topic: redis,
      commented: true,
      completion: "github-closes",
    });
    expect(plan.operations.map(describeRequest)).toEqual([
      "DELETE /repos/octo-learner/roadmap/issues/2/labels/status%3A%20in%20progress",
      'POST /repos/octo-learner/roadmap/issues/2/labels {"labels":["status: done"]}',
    ]);
  });
});

describe("topicComment", () => {
  it("links each merged file at the merge commit, with its marker and the covered items", () => {
    expect(
      topicComment(context, {
        files: ["notes/redis/caching notes.md", "notes/redis/a_b.md"],
        focus: ["caching", "pub/sub"],
      }),
    ).toMatchInlineSnapshot(`
      "<!-- roadmap:notes-merged pr=7 -->
      📝 Notes merged in #7: [notes/redis/caching notes.md](https://github.com/octo-learner/roadmap/blob/abc123/notes/redis/caching%20notes.md), [notes/redis/a\\_b.md](https://github.com/octo-learner/roadmap/blob/abc123/notes/redis/a_b.md)

      Covered: caching, pub/sub.
      "
    `);
  });
});

describe("topicComment with an outsider's file names (issue 12, findings 7 and 8)", () => {
  it("links them as inert text, keeps a ) from ending the link, and caps the list", () => {
    const files = [
      "notes/redis/@octocat #3 www.x.example (a).md",
      ...Array.from({ length: 150 }, (_, i) => `notes/redis/n${i}.md`),
    ];
    const body = topicComment(context, { files, focus: [] });
    expect(body).toContain("@\u200doctocat #\u200d3 www\u200d.x.example (a).md](");
    expect(body).toContain("/notes/redis/%40octocat%20%233%20www.x.example%20%28a%29.md)");
    expect(body).toContain("… and 51 more");
    expect(body.length).toBeLessThan(65_536);
  });
});
