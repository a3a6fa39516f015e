import { describe, expect, it } from "vitest";
import { formatProblem, validateRoadmap } from "../../../core/validate/validate-roadmap.js";

function problemsOf(source: string): string[] | "valid" {
  const result = validateRoadmap(source, "r.yml");
  return result.ok ? "valid" : result.problems.map(formatProblem);
}

function roadmap(...topics: Array<[id: string, requires?: string]>): string {
  const lines = ["title: T", "sections:", "  - id: s", "    title: S", "    topics:"];
  for (const [id, requires] of topics) {
    lines.push(
      `      - id: ${id}`,
      `        title: ${id}`,
      "        priority: high",
      "        difficulty: easy",
      "        time: short",
    );
    if (requires !== undefined) lines.push(`        requires: ${requires}`);
  }
  return `${lines.join("\n")}\n`;
}

describe("requires", () => {
  it("accepts prerequisites that name topics, in any order of the file", () => {
    expect(problemsOf(roadmap(["a", "[b]"], ["b"], ["c", "[a, b]"]))).toBe("valid");
    const result = validateRoadmap(roadmap(["a", "[b]"], ["b"]), "r.yml");
    expect(result.ok && result.roadmap.sections[0]!.topics[0]!.requires).toEqual(["b"]);
  });

  it("reports an unknown id at its place, with a did-you-mean", () => {
    expect(problemsOf(roadmap(["redis"], ["postgresql", "[rediss]"]))).toEqual([
      'r.yml:16:20: requires "rediss", which is no topic id of this roadmap: did you mean "redis"?',
    ]);
    expect(problemsOf(roadmap(["redis"], ["postgresql", "[kafka]"]))).toEqual([
      'r.yml:16:20: requires "kafka", which is no topic id of this roadmap',
    ]);
  });

  it("reports a topic that requires itself, and an id listed twice", () => {
    expect(problemsOf(roadmap(["a", "[a]"]))).toEqual([
      'r.yml:11:20: topic "a" requires itself: remove "a" from its requires',
    ]);
    expect(problemsOf(roadmap(["a", "[b, b]"], ["b"]))).toEqual([
      'r.yml:11:23: "b" is already required: list it once',
    ]);
  });

  it("reports a cycle once, with its path, at file:line:col", () => {
    expect(problemsOf(roadmap(["a", "[b]"], ["b", "[a]"]))).toEqual([
      "r.yml:11:20: requires makes a cycle: a → b → a; a topic cannot wait for itself, remove one of these requires",
    ]);
    expect(problemsOf(roadmap(["a", "[b]"], ["b", "[c]"], ["c", "[a]"], ["d", "[a]"]))).toEqual([
      "r.yml:11:20: requires makes a cycle: a → b → c → a; a topic cannot wait for itself, remove one of these requires",
    ]);
  });
});
