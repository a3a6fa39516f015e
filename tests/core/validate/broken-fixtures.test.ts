// Every file in tests/fixtures/broken/ is a roadmap with one kind of mistake. For each, the
// exact positions and the gist of every problem reported: if a wording or a column moves,
// this table says so.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateRoadmap } from "../../../core/validate/validate-roadmap.js";

const BROKEN = join(import.meta.dirname, "../../fixtures/broken");

/** file -> every problem expected, as "line:column" and a substring of the message. */
const EXPECTED: Record<string, Array<[string, string]>> = {
  "alias-bomb.yml": [["3:8", "aliases expand this file too far (more than 100 copies)"]],
  "bad-id.yml": [
    ["6:13", 'id "Redis Cache" is not valid: an id is lowercase letters, digits and single hyphens'],
  ],
  "bad-indentation.yml": [["9:8", "bad indentation"]],
  "bom.yml": [["1:1", "remove the byte order mark"]],
  "comments-only.yml": [["1:1", "the file is empty"]],
  "duplicate-key.yml": [["11:9", 'duplicate key "title": already on line 7']],
  "duplicate-section-id.yml": [["11:9", 'duplicate section id "backend": already used on line 3']],
  "duplicate-topic-id.yml": [["14:13", 'duplicate topic id "redis": already used on line 6']],
  "emoji-with-text.yml": [
    [
      "5:12",
      'emoji "🧠 @octocat" is not valid: an emoji is emoji characters only, no letters, digits, spaces or punctuation',
    ],
  ],
  "empty-title.yml": [["4:5", "title must not be empty"]],
  "empty.yml": [["1:1", "the file is empty"]],
  "missing-required-field.yml": [["6:9", 'topic "redis" is missing "time" (one of short, medium, long)']],
  "missing-sections.yml": [["1:1", 'the roadmap is missing "sections"']],
  "multiple-documents.yml": [["11:1", "a roadmap is one YAML document"]],
  "no-topics.yml": [["5:5", "a section needs at least one topic"]],
  "not-utf8.yml": [["4:15", "not valid UTF-8 (byte 0xE9)"]],
  "practice-without-block.yml": [["6:9", "a practice topic needs a practice: block"]],
  "range-three-values.yml": [
    ["8:9", "priority range must have exactly two values, like [low, medium], not 3"],
  ],
  "range-unknown-value.yml": [
    ["9:28", 'difficulty range: "meduim" is not one of easy, medium, hard; did you mean "medium"?'],
  ],
  "requires-cycle.yml": [
    ["11:20", "requires makes a cycle: redis → postgresql → redis; a topic cannot wait for itself"],
  ],
  "reversed-range.yml": [
    ["9:21", "difficulty range [hard, easy] goes down: write the lower end first, [easy, hard]"],
  ],
  "syntax-unclosed-flow.yml": [["11:16", "this [ is never closed"]],
  "tab-indentation.yml": [
    ["3:1", "tabs are not allowed as indentation"],
    ["4:1", "tabs are not allowed as indentation"],
  ],
  "too-deep.yml": [["8:75", "nesting is deeper than 64 levels"]],
  "top-level-list.yml": [["1:1", "a roadmap is a mapping with title: and sections: at the top, not a list"]],
  "top-level-scalar.yml": [
    ["1:1", 'a roadmap is a mapping with title: and sections: at the top, not "Roadmap"'],
  ],
  "two-checklists.yml": [
    ["12:9", "a topic has one checklist: use only one of focus, scope, expectation (found focus and scope)"],
  ],
  "two-practice-topics.yml": [["15:15", "only one topic can be kind: practice; the first is on line 8"]],
  "unknown-key-typo.yml": [["8:9", 'unknown key "priorty" in topic "redis"; did you mean "priority"?']],
  "unknown-priority.yml": [
    ["8:19", "priority must be one of low, medium, high, critical, or a range like [low, medium]"],
  ],
  "unknown-time.yml": [["10:15", 'time must be one of short, medium, long; did you mean "short"?']],
  "unresolved-alias.yml": [["8:19", "alias *high has no anchor &high before it"]],
  "wrong-type-list-for-mapping.yml": [["12:9", "practice must be a mapping, not a list"]],
  "wrong-type-mapping-for-list.yml": [["2:1", "sections must be a list, not a mapping"]],
};

describe("broken roadmaps", () => {
  it("has an expectation for every fixture, and a fixture for every expectation", () => {
    const files = readdirSync(BROKEN).filter((name) => name.endsWith(".yml"));
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(files.length).toBeGreaterThanOrEqual(14);
  });

  it.each(Object.entries(EXPECTED))("%s", (name, expected) => {
    const result = validateRoadmap(readFileSync(join(BROKEN, name)), `broken/${name}`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const actual = result.problems.map((p) => [`${p.line}:${p.column}`, p.message]);
    expect(actual).toHaveLength(expected.length);
    expected.forEach(([position, gist], i) => {
      expect(actual[i]![0]).toBe(position);
      expect(actual[i]![1]).toContain(gist);
    });
    for (const problem of result.problems) {
      expect(problem.file).toBe(`broken/${name}`);
      // One line each: an annotation or a terminal line, never a stack or a snippet.
      expect(problem.message).not.toMatch(/\n|\bat .*\(.*:\d+:\d+\)/);
    }
  });
});
