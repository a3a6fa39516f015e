import { describe, expect, it } from "vitest";
import { durationDays } from "../../../core/model/duration.js";
import {
  fieldNameOf,
  guessFieldName,
  parseDifficulty,
  parsePriority,
  parseStatus,
  parseTime,
  splitInlineList,
} from "../../../core/import/fields.js";

describe("rating values", () => {
  it.each([
    ["High", { value: "high" }],
    ["**Critical**", { value: "critical" }],
    ["Low → Medium", { value: ["low", "medium"] }],
    ["low -> high", { value: ["low", "high"] }],
    ["medium to high", { value: ["medium", "high"] }],
    ["Medium → Medium", { value: "medium" }],
    ["urgent", { value: "critical" }],
    ["hi", { value: "high" }],
    ["med", { value: "medium" }],
    ["Must-have", { value: "high" }],
    ["must have", { value: "high" }],
    ["nice to have", { value: "low" }],
    ["Nice-to-have", { value: "low" }],
    ["hgih", { value: "high", problem: 'read priority "hgih" as high' }],
  ])("priority %s", (raw, parsed) => {
    expect(parsePriority(raw)).toEqual(parsed);
  });

  it.each([
    ["Beginner", "easy"],
    ["intermediate", "medium"],
    ["Advanced", "hard"],
  ])("difficulty %s", (raw, value) => {
    expect(parseDifficulty(raw)).toEqual({ value });
  });

  it("reads a range of level words", () => {
    expect(parseDifficulty("Beginner to Intermediate")).toEqual({ value: ["easy", "medium"] });
  });

  it("gives up on a very long value without scanning it for a range", () => {
    const started = performance.now();
    const parsed = parsePriority(`high${" ".repeat(100_000)}x`);
    expect(parsed.value).toBe("medium");
    expect(parsed.problem).toMatch(/^unreadable priority/);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it("reads a backwards range low to high, and says so", () => {
    expect(parseDifficulty("Hard → Easy")).toEqual({
      value: ["easy", "hard"],
      problem: 'difficulty range "Hard → Easy" runs backwards; read as easy → hard',
    });
  });

  it("falls back to medium for an unknown value, and says so", () => {
    expect(parseDifficulty("brutal")).toEqual({
      value: "medium",
      problem: 'unknown difficulty "brutal" (expected easy, medium, hard); using medium',
    });
    expect(parsePriority("")).toEqual({ value: "medium", problem: "empty priority; using medium" });
  });
});

describe("parseTime", () => {
  it("splits a time box off the time cost", () => {
    expect(parseTime("Short (30–60 minutes)")).toEqual({
      value: { time: "short", timebox: "30–60 minutes" },
    });
    expect(parseTime("Long")).toEqual({ value: { time: "long" } });
  });

  it.each([
    ["2 weeks", "medium"],
    ["1w", "short"],
    ["3-4 weeks", "long"],
    ["~10 days", "medium"],
    ["1 month", "long"],
    ["10 hours", "short"],
    ["about 3 weeks", "medium"],
  ])("keeps the duration %s as the time box and maps it to %s", (raw, time) => {
    expect(parseTime(raw)).toEqual({ value: { time, timebox: raw } });
  });

  it("keeps a value that is neither a time cost nor a duration as the time box, and says so", () => {
    expect(parseTime("whenever")).toEqual({
      value: { time: "medium", timebox: "whenever" },
      problem:
        'time cost "whenever" is not one of short, medium, long; kept it as the time box, time cost medium',
    });
  });

  it("reads a time range as its upper end", () => {
    expect(parseTime("Short → Medium")).toEqual({
      value: { time: "medium" },
      problem: 'time cost is one value; read the range "Short → Medium" as medium',
    });
  });
});

describe("splitInlineList", () => {
  it("splits on top-level commas only", () => {
    expect(splitInlineList("caching, rate limiting, pub/sub, session storage")).toEqual([
      "caching",
      "rate limiting",
      "pub/sub",
      "session storage",
    ]);
    expect(splitInlineList("bidirectional real-time features (chat, live updates)")).toEqual([
      "bidirectional real-time features (chat, live updates)",
    ]);
    expect(splitInlineList(" , a,, b ; c ")).toEqual(["a", "b", "c"]);
  });
});

describe("durationDays", () => {
  it("reads the upper end of a range in days", () => {
    expect(durationDays("3-4 weeks")).toBe(28);
    expect(durationDays("3 – 4 weeks")).toBe(28);
    expect(durationDays("2 to 3 days")).toBe(3);
    expect(durationDays("1 mo")).toBe(30);
  });

  it("is undefined for anything that is not one duration", () => {
    expect(durationDays("2 weeks or so")).toBeUndefined();
    expect(durationDays("weeks")).toBeUndefined();
    expect(durationDays(`1${" ".repeat(50_000)}w`)).toBe(7);
  });
});

describe("field labels", () => {
  it.each([
    ["Level", "difficulty"],
    ["Estimated time", "time"],
    ["Duration", "time"],
    ["Topics", "focus"],
    ["What to learn", "focus"],
    ["Checklist", "focus"],
    ["Prerequisites", "requires"],
    ["Resources", "resources"],
    ["Why", "goal"],
    ["Status", "status"],
  ])("%s is %s", (label, name) => {
    expect(fieldNameOf(label)).toBe(name);
  });

  it("guesses a misspelt label, not a short or unrelated one", () => {
    expect(guessFieldName("Prority")).toEqual({ name: "priority", label: "priority" });
    expect(guessFieldName("Dificulty")).toEqual({ name: "difficulty", label: "difficulty" });
    expect(guessFieldName("Tip")).toBeUndefined();
    expect(guessFieldName("Warning")).toBeUndefined();
  });
});

describe("parseStatus", () => {
  it.each([
    ["Done", "done"],
    ["✅", "done"],
    ["[x]", "done"],
    ["in progress", "in-progress"],
    ["WIP", "in-progress"],
    ["not started", "todo"],
    ["skipped", "dropped"],
  ])("%s is %s", (raw, status) => {
    expect(parseStatus(raw)).toEqual({ value: status });
  });

  it("ignores an unknown status, and says so", () => {
    expect(parseStatus("maybe later").problem).toMatch(/^unknown status "maybe later"/);
    expect(parseStatus("")).toEqual({ value: undefined });
  });
});
