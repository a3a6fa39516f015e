// Slips people make in roadmap.yml, each caught with its line and column: the file's own
// words where YAML's grammar talk would not help (tests/fixtures/slips/, each a one-change
// copy of tests/fixtures/valid/minimal.yml).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatProblem, validateRoadmap } from "../../../core/validate/validate-roadmap.js";

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/slips/${name}`, import.meta.url));
const check = (name: string) => {
  const result = validateRoadmap(fixture(name), name);
  return { problems: result.problems.map(formatProblem), warnings: result.warnings.map(formatProblem) };
};

describe("slips that are valid YAML: warnings, the file still passes", () => {
  it("an over-indented item that YAML joins to the one above", () => {
    expect(check("joined-item.yml")).toEqual({
      problems: [],
      warnings: [
        'joined-item.yml:43:15: this line is indented deeper than the item above, so YAML joined the two into "clean architecture - tests": indent "- " like the other items',
      ],
    });
  });

  it('a value cut at " #" as a YAML comment', () => {
    expect(check("hashtag.yml")).toEqual({
      problems: [],
      warnings: [
        'hashtag.yml:43:23: " #" starts a YAML comment, so this value is only "C# basics": quote the whole value to keep the rest, e.g. "C# basics #important"',
      ],
    });
  });

  it("no warning for a comment written as one, a wrapped quoted value, or a clean file", () => {
    const text = readFileSync(new URL("../../fixtures/valid/minimal.yml", import.meta.url), "utf8")
      .replace(
        "priority: high\n        difficulty: [easy",
        "priority: high # for now\n        difficulty: [easy",
      )
      .replace("goal: Keep problem-solving sharp.", 'goal: "Keep problem-solving\n          - sharp."');
    const result = validateRoadmap(text, "r.yml");
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(validateRoadmap(fixture("../valid/minimal.yml"), "minimal.yml").warnings).toEqual([]);
  });
});

describe("YAML errors in a person's words", () => {
  it.each([
    [
      "missing-colon.yml",
      "missing-colon.yml:3:1: this line has no colon after its key: write title: Minimal Roadmap",
    ],
    [
      "at-sign.yml",
      'at-sign.yml:18:15: a value that starts with @ must be quoted (@ is reserved in YAML): write goal: "@daily practice"',
    ],
    [
      "backtick.yml",
      'backtick.yml:35:19: a value that starts with ` must be quoted (` is reserved in YAML): write subtitle: "`django` + Next.js"',
    ],
    [
      "star.yml",
      'star.yml:18:15: a value that starts with * must be quoted (* makes it an alias of an &anchor): write goal: "*every* day"',
    ],
    [
      "one-tab.yml",
      "one-tab.yml:20:1: tabs are not allowed as indentation: replace the tab with spaces (YAML indents with spaces only)",
    ],
    [
      "time-duration.yml",
      'time-duration.yml:28:15: time is the time cost (short, medium or long), and "2 weeks" is a duration: write timebox: 2 weeks and time: medium',
    ],
    [
      "emoji-shortcode.yml",
      "emoji-shortcode.yml:9:12: emoji takes the emoji itself, not a shortcode: write emoji: 📅 instead of :calendar:",
    ],
    [
      "emoji-shortcode-quoted.yml",
      "emoji-shortcode-quoted.yml:22:12: emoji takes the emoji itself, not a shortcode: write emoji: 🧠 instead of :brain:",
    ],
  ])("%s: exactly one problem, at its line and column", (name, problem) => {
    expect(check(name)).toEqual({ problems: [problem], warnings: [] });
  });
});
