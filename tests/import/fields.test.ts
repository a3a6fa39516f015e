import { describe, expect, it } from "vitest";
import { parseDifficulty, parsePriority, parseTime, splitInlineList } from "../../core/import/fields.js";

describe("rating values", () => {
  it.each([
    ["High", { value: "high" }],
    ["**Critical**", { value: "critical" }],
    ["Low → Medium", { value: ["low", "medium"] }],
    ["low -> high", { value: ["low", "high"] }],
    ["medium to high", { value: ["medium", "high"] }],
    ["Medium → Medium", { value: "medium" }],
    ["urgent", { value: "critical" }],
  ])("priority %s", (raw, parsed) => {
    expect(parsePriority(raw)).toEqual(parsed);
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

  it("keeps a duration that is no time cost as the time box", () => {
    expect(parseTime("2 weeks")).toEqual({
      value: { time: "medium", timebox: "2 weeks" },
      problem:
        'time cost "2 weeks" is not one of short, medium, long; kept it as the time box, time cost medium',
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
