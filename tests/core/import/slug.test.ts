import { describe, expect, it } from "vitest";
import { IdAllocator, slugify } from "../../../core/import/slug.js";
import { ID_MAX_LENGTH, ID_PATTERN } from "../../../core/model/schema.js";

describe("slugify", () => {
  it.each([
    ["Django REST Framework (Deep)", "django-rest-framework"],
    ["Async & Celery", "async-celery"],
    ["WebSocket / Socket.io", "websocket-socket-io"],
    ["LeetCode (1 problem/day)", "leetcode"],
    ["Backend Core", "backend-core"],
    ["Next.js Fundamentals", "next-js-fundamentals"],
    ["Crème brûlée", "creme-brulee"],
    ["(SSE)", "sse"],
  ])("%s -> %s", (title, id) => {
    expect(slugify(title, "topic")).toBe(id);
  });

  it("falls back when nothing of the title is left", () => {
    expect(slugify("日本語", "topic")).toBe("topic");
  });

  it("cuts long titles at a word boundary within the id length", () => {
    const id = slugify("A very long topic title that goes on and on about distributed systems", "topic");
    expect(id).toBe("a-very-long-topic-title-that-goes-on-and");
    expect(id.length).toBeLessThanOrEqual(ID_MAX_LENGTH);
    expect(id).toMatch(ID_PATTERN);
  });
});

describe("IdAllocator", () => {
  it("suffixes -2, -3 on collisions and stays within the length limit", () => {
    const ids = new IdAllocator("topic");
    expect(["Docker", "Docker", "docker!", "Docker (again)"].map((title) => ids.next(title))).toEqual([
      "docker",
      "docker-2",
      "docker-3",
      "docker-4",
    ]);
    const long = "x".repeat(ID_MAX_LENGTH);
    expect(ids.next(long)).toBe(long);
    const second = ids.next(long);
    expect(second).toBe(`${"x".repeat(ID_MAX_LENGTH - 2)}-2`);
    expect(second).toMatch(ID_PATTERN);
  });
});
