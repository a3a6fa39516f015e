// The daily-practice difficulty must be one the problem pool holds. The pool is an input
// to the validator (file name and difficulties); the validator reads no file itself.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatProblem, validateRoadmap } from "../../../core/validate/validate-roadmap.js";

const easy = readFileSync(new URL("../../fixtures/pools/practice-easy.yml", import.meta.url));
const minimal = readFileSync(new URL("../../fixtures/valid/minimal.yml", import.meta.url));
const mediumOnly = { file: "roadmap/leetcode.yml", difficulties: ["medium"] as const };

describe("practice difficulty against the pool", () => {
  it("fails a difficulty the pool has no problem of, at practice.difficulty", () => {
    const result = validateRoadmap(easy, "roadmap.yml", { practicePool: mediumOnly });
    expect(result.problems.map(formatProblem)).toEqual([
      "roadmap.yml:19:49: practice.difficulty easy cannot be served: the problem pool roadmap/leetcode.yml has only medium problems; rebuild it with `roadmap leetcode-pool --difficulty easy --write`, or choose medium",
    ]);
  });

  it("passes when the pool has the difficulty, and without a pool to check against", () => {
    expect(validateRoadmap(minimal, "r.yml", { practicePool: mediumOnly }).problems).toEqual([]);
    expect(
      validateRoadmap(easy, "r.yml", { practicePool: { file: "p.yml", difficulties: ["easy", "medium"] } })
        .ok,
    ).toBe(true);
    expect(validateRoadmap(easy, "r.yml").ok).toBe(true);
  });

  it("checks the default difficulty (medium) when practice: names none", () => {
    const text = minimal
      .toString()
      .replace(
        "practice: { site: leetcode, difficulty: medium, source: pool }",
        "practice: { site: leetcode }",
      );
    const result = validateRoadmap(text, "r.yml", {
      practicePool: { file: "p.yml", difficulties: ["hard"] },
    });
    expect(result.problems.map((problem) => problem.message)).toEqual([
      "practice medium (the default) cannot be served: the problem pool p.yml has only hard problems; rebuild it with `roadmap leetcode-pool --difficulty medium --write`, or choose hard",
    ]);
  });
});

describe("requires", () => {
  it("names a topic of the file, never the topic itself", () => {
    const text = minimal
      .toString()
      .replace(
        "        focus: [caching, rate limiting, pub/sub]",
        "        focus: [caching, rate limiting, pub/sub]\n        requires: [leetcode, redis, kafka]",
      );
    expect(validateRoadmap(text, "r.yml").problems.map(formatProblem)).toEqual([
      'r.yml:30:30: topic "redis" requires itself: remove "redis" from its requires',
      'r.yml:30:37: requires "kafka", which is no topic id of this roadmap',
    ]);
  });
});
