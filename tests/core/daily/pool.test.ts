import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildPool, renderPoolYaml } from "../../../core/daily/build-pool.js";
import { parsePool } from "../../../core/daily/pool.js";

// The NeetCode problem list (MIT, attributed in its "source"), committed byte for byte.
const SOURCE = new URL("../../fixtures/leetcode-problems.json", import.meta.url);
const committed = readFileSync(new URL("../../../roadmap/leetcode.yml", import.meta.url), "utf8");

describe("the LeetCode pool", () => {
  it("roadmap/leetcode.yml loads, is Medium only and has no duplicate slug", () => {
    const pool = parsePool(committed);
    expect(pool.problems.length).toBe(267);
    expect(new Set(pool.problems.map((p) => p.difficulty))).toEqual(new Set(["Medium"]));
    expect(new Set(pool.problems.map((p) => p.slug)).size).toBe(pool.problems.length);
    expect(pool.problems[0]).toEqual({
      id: 49,
      title: "Group Anagrams",
      slug: "group-anagrams",
      difficulty: "Medium",
      pattern: "Arrays & Hashing",
    });
  });

  it("says where it came from, licence included", () => {
    expect(committed).toContain("MIT License, Copyright (c) 2022 neetcode-gh");
    expect(committed).toContain("NeetCode's pattern order");
  });

  it("is what the builder makes of the source (regenerate: roadmap leetcode-pool --write)", () => {
    const source = JSON.parse(readFileSync(SOURCE, "utf8")) as { source: string };
    expect(source.source).toContain("MIT License, Copyright (c) 2022 neetcode-gh");
    expect(renderPoolYaml(buildPool(source))).toBe(committed);
  });

  it("keeps the source order and drops premium, other difficulties and JavaScript exercises", () => {
    const problem = (id: number, difficulty: string, pattern: string, premium = false) => ({
      id,
      title: `P${id}`,
      slug: `p-${id}`,
      difficulty,
      pattern,
      premium,
      neetcode150: false,
    });
    const built = buildPool({
      source: "test (MIT)",
      problems: [
        problem(3, "Medium", "Two Pointers"),
        problem(1, "Easy", "Arrays & Hashing"),
        problem(2, "Medium", "Arrays & Hashing", true),
        problem(5, "Medium", "JavaScript"),
        problem(4, "Medium", "Stack"),
      ],
    });
    expect(built.pool.problems.map((p) => p.id)).toEqual([3, 4]);
    expect(built.skipped).toEqual({ premium: 1, excludedPattern: 1 });
    expect(renderPoolYaml(built)).toContain(
      "problems:\n  - { id: 3, title: P3, slug: p-3, difficulty: Medium, pattern: Two Pointers }\n",
    );
  });

  it("rejects a broken pool with the field at fault", () => {
    expect(() =>
      parsePool("problems:\n  - { id: 1, title: A, slug: Two Sum, difficulty: Medium, pattern: X }\n"),
    ).toThrow(/problems\.0\.slug: a slug is lowercase/);
    expect(() =>
      parsePool(
        "problems:\n  - { id: 1, title: A, slug: a, difficulty: Medium, pattern: X }\n  - { id: 2, title: B, slug: a, difficulty: Medium, pattern: X }\n",
      ),
    ).toThrow(/problems\.1\.slug: "a" is listed twice/);
    expect(() => parsePool("problems: [")).toThrow(/roadmap\/leetcode\.yml: not valid YAML/);
    expect(() => parsePool("problems: []")).toThrow(/at least one problem/);
  });
});
