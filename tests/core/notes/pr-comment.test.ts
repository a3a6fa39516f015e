import { describe, expect, it } from "vitest";
import { analyzeNotes } from "../../../core/notes/analyze.js";
import { isNotesPrComment, renderPrComment } from "../../../core/notes/pr-comment.js";
import { tickItems } from "../../../core/issues/tick.js";
import type { TopicIssue } from "../../../core/issues/topic-issues.js";
import { placedTopic, roadmap, topicIssue } from "../../helpers/notes.js";

const analysis = analyzeNotes(roadmap, [
  { path: "notes/redis/caching.md", text: "---\nfocus: [caching, rate limiting]\n---\n" },
  { path: "notes/postgresql/explain.md", text: "# EXPLAIN" },
]);
const redisIssue = topicIssue("redis", {
  body: tickItems(topicIssue("redis").body, placedTopic("redis").topic, ["pub/sub"]),
  labels: ["roadmap", "status: in progress"],
});
const issues = new Map<string, TopicIssue>([
  ["redis", redisIssue],
  ["postgresql", topicIssue("postgresql")],
]);

describe("renderPrComment", () => {
  it("lists each topic with its issue, checklist state and covered items, under the hidden marker", () => {
    const body = renderPrComment({ analysis, issues, completes: [] });
    expect(isNotesPrComment(body)).toBe(true);
    expect(body).toMatchInlineSnapshot(`
      "<!-- roadmap:notes-pr -->
      ### 📝 Study notes

      | Topic | Issue | Checklist | Covered by these notes |
      | --- | --- | --- | --- |
      | Redis | #2 | 1/3 ticked · 🚧 in progress | caching, rate limiting |
      | PostgreSQL | #3 | 0/2 ticked · ⬜ todo | — |

      <details><summary>2 notes files</summary>

      - notes/postgresql/explain.md
      - notes/redis/caching.md

      </details>

      On merge, each topic issue links these notes, gets the covered items ticked, and moves from *todo* to *in progress*.
      "
    `);
  });

  it("says which topic issues merging completes, and marks the comment once merged", () => {
    const body = renderPrComment({ analysis, issues, completes: [2, 99], merged: { branch: "main" } });
    expect(body).toMatchInlineSnapshot(`
      "<!-- roadmap:notes-pr -->
      ### 📝 Study notes

      | Topic | Issue | Checklist | Covered by these notes |
      | --- | --- | --- | --- |
      | Redis | #2 | 1/3 ticked · 🚧 in progress | caching, rate limiting |
      | PostgreSQL | #3 | 0/2 ticked · ⬜ todo | — |

      <details><summary>2 notes files</summary>

      - notes/postgresql/explain.md
      - notes/redis/caching.md

      </details>

      <!-- roadmap:notes-merged -->
      **Merged into main.** The notes are linked from #2, #3.

      Completed: #2.
      "
    `);
  });

  it("shows a topic without an issue yet, points at the check for problems, and neutralizes data", () => {
    const broken = analyzeNotes(
      {
        ...roadmap,
        sections: roadmap.sections.map((s) => ({
          ...s,
          topics: s.topics.map((t) => (t.id === "redis" ? { ...t, title: "Redis | @octocat" } : t)),
        })),
      },
      [
        { path: "notes/redis/a.md", text: "# a" },
        { path: "notes/redsi/b.md", text: "# b" },
      ],
    );
    expect(renderPrComment({ analysis: broken, issues: new Map(), completes: [] })).toMatchInlineSnapshot(`
      "<!-- roadmap:notes-pr -->
      ### 📝 Study notes

      | Topic | Issue | Checklist | Covered by these notes |
      | --- | --- | --- | --- |
      | Redis \\| @‍octocat | — | no issue yet: run a sync | — |

      <details><summary>2 notes files</summary>

      - notes/redis/a.md
      - notes/redsi/b.md

      </details>

      On merge, each topic issue links these notes, gets the covered items ticked, and moves from *todo* to *in progress*.

      ⚠️ 1 problem in the notes: see the **roadmap notes** check.
      "
    `);
  });

  it("says so when a PR no longer has notes files", () => {
    expect(renderPrComment({ analysis: analyzeNotes(roadmap, []), issues, completes: [] }))
      .toMatchInlineSnapshot(`
      "<!-- roadmap:notes-pr -->
      ### 📝 Study notes

      This pull request has no notes files (\`notes/<topic-id>/*.md\`) any more.
      "
    `);
  });
});
