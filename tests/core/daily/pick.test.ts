import { describe, expect, it } from "vitest";
import { currentCycle, pickFromPool } from "../../../core/daily/pick.js";
import type { Pool } from "../../../core/daily/pool.js";

const pool: Pool = {
  problems: ["a", "b", "c"].map((slug, index) => ({
    id: index + 1,
    title: slug.toUpperCase(),
    slug,
    difficulty: "Medium" as const,
    pattern: "P",
  })),
};

describe("picking the next pool problem", () => {
  it("starts at the top of the pool", () => {
    expect(pickFromPool(pool, [])).toMatchObject({ problem: { slug: "a" }, cycle: 1, position: 1 });
  });

  it("takes the first problem not posted yet, in pool order", () => {
    expect(pickFromPool(pool, ["a"]).problem.slug).toBe("b");
    // Posted out of order (LeetCode's daily served "b" first): "a" is still next.
    expect(pickFromPool(pool, ["b"]).problem.slug).toBe("a");
    expect(pickFromPool(pool, ["b", "a"])).toMatchObject({ problem: { slug: "c" }, position: 3 });
  });

  it("starts over once every problem was posted, never repeating within a cycle", () => {
    expect(pickFromPool(pool, ["a", "b", "c"])).toMatchObject({
      problem: { slug: "a" },
      cycle: 2,
      position: 1,
    });
    expect(pickFromPool(pool, ["a", "b", "c", "a"])).toMatchObject({ problem: { slug: "b" }, cycle: 2 });
  });

  it("ignores problems from outside the pool", () => {
    expect(currentCycle(pool, ["two-sum", "a", "two-sum"])).toEqual({ cycle: 1, used: new Set(["a"]) });
    expect(pickFromPool(pool, ["two-sum"]).problem.slug).toBe("a");
  });

  it("serves every problem exactly once per cycle", () => {
    const posted: string[] = [];
    for (let day = 0; day < 9; day++) posted.push(pickFromPool(pool, posted).problem.slug);
    expect(posted).toEqual(["a", "b", "c", "a", "b", "c", "a", "b", "c"]);
  });
});
