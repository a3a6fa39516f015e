import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  formatProblem,
  parseRoadmapOrThrow,
  RoadmapInvalidError,
  validateRoadmap,
} from "../../../core/validate/validate-roadmap.js";
import { MAX_PROBLEMS } from "../../../core/validate/problem.js";
import { SEED_YML_PATH } from "../../helpers/seed.js";

const ROOT = join(import.meta.dirname, "../../..");
const MINIMAL = readFileSync(join(ROOT, "tests/fixtures/valid/minimal.yml"));

/** The problems of a source, formatted, or "valid". */
function problemsOf(source: string | Uint8Array, file = "r.yml"): string[] | "valid" {
  const result = validateRoadmap(source, file);
  return result.ok ? "valid" : result.problems.map(formatProblem);
}

/** A valid topic to build broken roadmaps around. */
const TOPIC = "        priority: high\n        difficulty: easy\n        time: short\n";

describe("validateRoadmap on valid roadmaps", () => {
  it("returns the typed roadmap with defaults filled in", () => {
    const result = validateRoadmap(MINIMAL, "minimal.yml");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.problems).toEqual([]);
    const [daily, backend, output] = result.roadmap.sections;
    expect(result.roadmap.sections.map((s) => s.id)).toEqual(["daily", "backend-core", "output"]);
    expect(daily!.topics[0]!.practice).toEqual({ site: "leetcode", difficulty: "medium", source: "pool" });
    expect(backend!.topics[0]).toMatchObject({ kind: "topic", difficulty: ["easy", "medium"] });
    expect(output!.topics[0]).toMatchObject({ kind: "project", lead: "This project must demonstrate:" });
  });

  it("accepts a string as well as bytes", () => {
    expect(problemsOf(MINIMAL.toString("utf8"))).toBe("valid");
  });

  it("accepts the seed roadmap (tests/fixtures/seed-roadmap.yml)", () => {
    expect(existsSync(SEED_YML_PATH)).toBe(true);
    expect(problemsOf(readFileSync(SEED_YML_PATH), "roadmap/roadmap.yml")).toBe("valid");
  });

  it("accepts anchors and aliases used in moderation", () => {
    const source = `title: T\nsections:\n  - id: a\n    title: A\n    topics:\n      - id: x\n        title: X\n${TOPIC}        focus: &shared [one, two]\n      - id: y\n        title: Y\n${TOPIC}        focus: *shared\n`;
    expect(problemsOf(source)).toBe("valid");
  });
});

describe("validateRoadmap reports every problem", () => {
  it("lists all problems of a file, in reading order, each at its node", () => {
    const source = `title: T
sections:
  - id: daily
    title: Daily
    topics:
      - id: leetcode
        title: LeetCode
        kind: practice
        priorty: high
        priority: urgent
        difficulty: [hard, easy]
        time: forever
        focus: [a]
        scope: [b]
      - id: redis
        title: ""
        priority: [low, urgnt]
        difficulty: [easy, medium, hard]
  - id: daily
    title: Again
    topics:
      - id: redis
        title: R
${TOPIC.replace("        ", "        ")}        practice: { site: lc, level: 2 }
`;
    expect(problemsOf(source)).toMatchInlineSnapshot(`
      [
        "r.yml:6:9: a practice topic needs a practice: block",
        "r.yml:9:9: unknown key "priorty" in topic "leetcode"; did you mean "priority"?",
        "r.yml:10:19: priority must be one of low, medium, high, critical, or a range like [low, medium]",
        "r.yml:11:21: difficulty range [hard, easy] goes down: write the lower end first, [easy, hard]",
        "r.yml:12:15: time must be one of short, medium, long, not "forever"",
        "r.yml:14:9: a topic has one checklist: use only one of focus, scope, expectation (found focus and scope)",
        "r.yml:15:9: topic "redis" is missing "time" (one of short, medium, long)",
        "r.yml:16:16: title must not be empty",
        "r.yml:17:25: priority range: "urgnt" is not one of low, medium, high, critical",
        "r.yml:18:9: difficulty range must have exactly two values, like [easy, medium], not 3",
        "r.yml:19:9: duplicate section id "daily": already used on line 3",
        "r.yml:22:13: duplicate topic id "redis": already used on line 15",
        "r.yml:27:27: practice.site must be "leetcode"",
        "r.yml:27:31: unknown key "level" in practice of topic "redis"; allowed keys: site, difficulty, source",
      ]
    `);
  });

  it("reports a refinement once when zod reports it too (a topic with nothing else wrong)", () => {
    const source = `title: T\nsections:\n  - id: a\n    title: A\n    topics:\n      - id: x\n        title: X\n${TOPIC}        focus: [a]\n        expectation: [b]\n`;
    expect(problemsOf(source)).toEqual([
      "r.yml:12:9: a topic has one checklist: use only one of focus, scope, expectation (found focus and expectation)",
    ]);
  });

  it("points a missing key at its mapping, an unknown key at the key, a bad value at the value", () => {
    const source = `title: T\nsections:\n  - id: a\n    title: A\n    topics:\n      - id: x\n        title: X\n        priority: high\n        difficulty: hard\n        time: short\n        goal: ok\n        colour: red\n`;
    expect(problemsOf(source)).toEqual([
      'r.yml:12:9: unknown key "colour" in topic "x"; allowed keys: id, title, subtitle, kind, priority, difficulty, time, timebox, goal, lead, focus, scope, expectation, practice, requires, description, resources, status, checked, start, target',
    ]);
    const missing = `title: T\nsections:\n  - id: a\n    title: A\n    topics:\n      - title: X\n        time: short\n`;
    expect(problemsOf(missing)).toEqual([
      'r.yml:6:9: topic sections[0].topics[0] is missing "id"',
      'r.yml:6:9: topic sections[0].topics[0] is missing "priority" (one of low, medium, high, critical, or a range like [low, medium])',
      'r.yml:6:9: topic sections[0].topics[0] is missing "difficulty" (one of easy, medium, hard, or a range like [easy, medium])',
    ]);
  });

  it("names what a value is when its type is wrong", () => {
    const source = `title: 12\nintro: [a]\nsections:\n  - id: a\n    title: A\n    topics:\n      - id: x\n        title: X\n        priority: 3\n        difficulty: {a: 1}\n        time: short\n        focus: hello\n`;
    expect(problemsOf(source)).toEqual([
      "r.yml:1:8: title must be text, not 12",
      "r.yml:2:1: intro must be text, not a list",
      "r.yml:9:19: priority must be one of low, medium, high, critical, or a range like [low, medium]",
      "r.yml:10:9: difficulty must be one of easy, medium, hard, or a range like [easy, medium]",
      'r.yml:12:16: focus must be a list, not "hello"',
    ]);
  });

  it("says did-you-mean for a misspelt rating value", () => {
    const source = `title: T\nsections:\n  - id: a\n    title: A\n    topics:\n      - id: x\n        title: X\n        priority: hihg\n        difficulty: easy\n        time: short\n`;
    expect(problemsOf(source)).toEqual([
      'r.yml:8:19: priority must be one of low, medium, high, critical, or a range like [low, medium]; did you mean "high"?',
    ]);
  });

  it("keeps checking the schema after a duplicate key", () => {
    const source = `title: T\ntitle: U\nsections: []\n`;
    expect(problemsOf(source)).toEqual([
      'r.yml:2:1: duplicate key "title": already on line 1',
      "r.yml:3:1: a roadmap needs at least one section",
    ]);
  });

  it("caps a flood of problems and says how many more there are", () => {
    let source = "title: T\nsections:\n";
    for (let i = 0; i < 150; i++)
      source += `  - id: s${i}\n    title: S\n    topics:\n      - id: t\n        titel: T\n${TOPIC}`;
    const result = validateRoadmap(source, "r.yml");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(MAX_PROBLEMS + 1);
    // 150 misspelt keys, 150 missing titles and 149 duplicate ids.
    expect(result.problems.at(-1)!.message).toBe(`…and ${450 - 1 - MAX_PROBLEMS} more problems`);
  });
});

describe("validateRoadmap on hostile input", () => {
  it("rejects a file over 1 MB before parsing it, given as bytes or as a string", () => {
    const big = `title: T\nsections: []\n# ${"x".repeat(1024 * 1024)}\n`;
    const expected = ["big.yml:1:1: the file is 1.0 MB, more than the 1.0 MB a roadmap may have"];
    expect(problemsOf(big, "big.yml")).toEqual(expected);
    expect(problemsOf(new TextEncoder().encode(big), "big.yml")).toEqual(expected);
    // Multi-byte characters count as bytes, not as characters.
    const wide = `title: ${"é".repeat(600 * 1024)}\n`;
    expect(problemsOf(wide, "wide.yml")).toEqual([
      "wide.yml:1:1: the file is 1.2 MB, more than the 1.0 MB a roadmap may have",
    ]);
  });

  it("rejects a hundred thousand nested brackets without overflowing the stack", () => {
    // Deep enough to overflow any recursive walk (yaml's own composer gives up at a few thousand).
    const depth = 100_000;
    const source = `title: ${"[".repeat(depth)}${"]".repeat(depth)}\n`;
    expect(problemsOf(source)).toEqual(["r.yml:1:71: nesting is deeper than 64 levels"]);
  });

  it("rejects deep block nesting", () => {
    let source = "title: T\nnotes:\n";
    for (let i = 1; i <= 80; i++) source += `${"  ".repeat(i)}- \n`.replace(/ \n$/, "\n");
    const problems = problemsOf(source);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^r\.yml:\d+:\d+: nesting is deeper than 64 levels$/);
  });

  it("rejects a BOM given as a string too", () => {
    expect(problemsOf("\uFEFFtitle: T\n")).toEqual([
      "r.yml:1:1: the file starts with a byte order mark (U+FEFF): remove the byte order mark",
    ]);
  });

  it("does not let __proto__ reach the object prototype", () => {
    const source = `title: T\n__proto__: { polluted: true }\nsections:\n  - id: a\n    title: A\n    topics:\n      - id: x\n        title: X\n${TOPIC}`;
    expect(problemsOf(source)).toEqual([
      'r.yml:2:1: unknown key "__proto__" in the roadmap; allowed keys: title, intro, settings, sections, notes',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("reports a value of an unexpected YAML type instead of throwing", () => {
    expect(problemsOf("title: !!binary aGVsbG8=\nsections: []\n")).toEqual([
      "r.yml:1:17: title must be text, not binary data",
      "r.yml:2:1: a roadmap needs at least one section",
    ]);
  });
});

describe("parseRoadmapOrThrow", () => {
  it("returns the roadmap when it is valid", () => {
    expect(parseRoadmapOrThrow(MINIMAL, "minimal.yml").title).toBe("Minimal Roadmap");
  });

  it("throws RoadmapInvalidError listing every problem, one per line", () => {
    const source = "title: T\nsections:\n  - id: Bad Id\n    title: ''\n    topics: []\n";
    let caught: unknown;
    try {
      parseRoadmapOrThrow(source, "r.yml");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RoadmapInvalidError);
    const error = caught as RoadmapInvalidError;
    expect(error.problems).toHaveLength(3);
    expect(error.message).toBe(error.problems.map(formatProblem).join("\n"));
    expect(error.message.split("\n")).toEqual([
      'r.yml:3:9: id "Bad Id" is not valid: an id is lowercase letters, digits and single hyphens, e.g. django-rest-framework',
      "r.yml:4:12: title must not be empty",
      "r.yml:5:5: a section needs at least one topic",
    ]);
  });
});

describe("formatProblem", () => {
  it("writes file:line:column: message", () => {
    expect(formatProblem({ file: "roadmap/roadmap.yml", line: 12, column: 5, message: "oops" })).toBe(
      "roadmap/roadmap.yml:12:5: oops",
    );
  });
});
