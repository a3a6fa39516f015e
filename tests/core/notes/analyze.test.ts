import { describe, expect, it } from "vitest";
import { analyzeNotes, hasFailures } from "../../../core/notes/analyze.js";
import { smallRoadmap } from "../../helpers/roadmaps.js";

const roadmap = smallRoadmap((input) => {
  // An item with Markdown in it: the issue shows it escaped, the learner may write either.
  input.sections[1]!.topics[1]!.focus = ["indexing", "EXPLAIN", "pg_stat_statements"];
});

describe("analyzeNotes", () => {
  it("maps files to topics by folder, in roadmap order, with the focus items they cover", () => {
    const analysis = analyzeNotes(roadmap, [
      { path: "notes/postgresql/explain.md", text: "---\nfocus: [explain, pg\\_stat\\_statements]\n---\n" },
      {
        path: "notes/redis/caching.md",
        text: "---\nfocus:\n  - Rate  Limiting\n  - caching\n---\n# Caching",
      },
      { path: "notes/redis/deep/more.md", text: "no front matter" },
    ]);
    expect(analysis.problems).toEqual([]);
    expect(hasFailures(analysis)).toBe(false);
    expect(
      analysis.topics.map(({ placed, files, focus }) => ({ id: placed.topic.id, files, focus })),
    ).toEqual([
      {
        id: "redis",
        files: ["notes/redis/caching.md", "notes/redis/deep/more.md"],
        focus: ["caching", "rate limiting"],
      },
      { id: "postgresql", files: ["notes/postgresql/explain.md"], focus: ["EXPLAIN", "pg_stat_statements"] },
    ]);
  });

  it("lets front matter topic: override the folder, also for a file straight in notes/", () => {
    const analysis = analyzeNotes(roadmap, [
      { path: "notes/week-3.md", text: "---\ntopic: redis\n---\n" },
      { path: "notes/postgresql/cache.md", text: "---\ntopic: redis\nfocus: [pub/sub]\n---\n" },
    ]);
    expect(analysis.problems).toEqual([]);
    expect(analysis.topics.map(({ placed, files, focus }) => [placed.topic.id, files, focus])).toEqual([
      ["redis", ["notes/postgresql/cache.md", "notes/week-3.md"], ["pub/sub"]],
    ]);
  });

  it("fails an unknown topic with a did-you-mean, on the topic: line or the file's first line", () => {
    const analysis = analyzeNotes(roadmap, [
      { path: "notes/redsi/a.md", text: "# a" },
      { path: "notes/x/b.md", text: "---\ntitle: B\ntopic: PostgreSQL\n---\n" },
      { path: "notes/kubernetes/c.md", text: "" },
    ]);
    expect(hasFailures(analysis)).toBe(true);
    expect(analysis.topics).toEqual([]);
    expect(analysis.problems).toEqual([
      {
        file: "notes/kubernetes/c.md",
        line: 1,
        column: 1,
        level: "failure",
        message:
          'unknown topic "kubernetes" (the folder notes/kubernetes/): roadmap/roadmap.yml has no topic with this id (topics: leetcode, redis, postgresql)',
      },
      {
        file: "notes/redsi/a.md",
        line: 1,
        column: 1,
        level: "failure",
        message: 'unknown topic "redsi" (the folder notes/redsi/): did you mean "redis"?',
      },
      {
        file: "notes/x/b.md",
        line: 3,
        column: 8,
        level: "failure",
        message: 'unknown topic "PostgreSQL": did you mean "postgresql"?',
      },
    ]);
  });

  it("fails a focus item the topic does not have, with the closest item or the list of items", () => {
    const analysis = analyzeNotes(roadmap, [
      { path: "notes/redis/a.md", text: "---\nfocus:\n  - cachng\n  - caching\n  - streams\n---\n" },
      { path: "notes/leetcode/b.md", text: "---\nfocus: [two pointers]\n---\n" },
    ]);
    expect(analysis.problems).toEqual([
      {
        file: "notes/leetcode/b.md",
        line: 2,
        column: 9,
        level: "failure",
        message: 'topic "leetcode" has no checklist to tick: remove focus: from the front matter',
      },
      {
        file: "notes/redis/a.md",
        line: 3,
        column: 5,
        level: "failure",
        message: 'topic "redis" has no focus item "cachng": did you mean "caching"?',
      },
      {
        file: "notes/redis/a.md",
        line: 5,
        column: 5,
        level: "failure",
        message:
          'topic "redis" has no focus item "streams": its items are "caching", "rate limiting", "pub/sub"',
      },
    ]);
    // The valid item still counts: the rest of the notes are not lost over one typo.
    expect(analysis.topics.map(({ placed, focus }) => [placed.topic.id, focus])).toEqual([
      ["leetcode", []],
      ["redis", ["caching"]],
    ]);
  });

  it("fails a file that names no topic and broken front matter; an unreadable file is a warning", () => {
    const analysis = analyzeNotes(roadmap, [
      { path: "notes/loose.md", text: "# loose" },
      { path: "notes/redis/broken.md", text: "---\nfocus: [caching\n---\n" },
      { path: "notes/redis/huge.md", unreadable: "larger than 1 MB" },
    ]);
    expect(analysis.problems.map(({ file, line, column, level }) => [file, line, column, level])).toEqual([
      ["notes/loose.md", 1, 1, "failure"],
      ["notes/redis/broken.md", 2, 8, "failure"],
      ["notes/redis/huge.md", 1, 1, "warning"],
    ]);
    expect(analysis.problems[0]!.message).toBe(
      'this file names no topic: move it to notes/<topic-id>/ or start it with front matter "topic: <topic-id>"',
    );
    expect(analysis.problems[2]!.message).toBe(
      "front matter not read (larger than 1 MB): the file counts for the topic of its folder",
    );
    // A broken front matter still lets the folder name the topic.
    expect(analysis.topics.map(({ placed, files }) => [placed.topic.id, files])).toEqual([
      ["redis", ["notes/redis/broken.md", "notes/redis/huge.md"]],
    ]);
    expect(hasFailures(analyzeNotes(roadmap, [{ path: "notes/redis/huge.md", unreadable: "x" }]))).toBe(
      false,
    );
  });
});
