import { describe, expect, it } from "vitest";
import { practiceStreaks } from "../../../core/practice/streaks.js";

const days = (...entries: [string, boolean][]) => entries.map(([date, solved]) => ({ date, solved }));

describe("practice streaks", () => {
  it("is all zero without history", () => {
    expect(practiceStreaks([], "2026-11-26")).toMatchObject({
      solved: 0,
      currentStreak: 0,
      longestStreak: 0,
    });
  });

  it("counts a run ending today", () => {
    const history = days(["2026-11-24", true], ["2026-11-25", true], ["2026-11-26", true]);
    expect(practiceStreaks(history, "2026-11-26")).toMatchObject({
      solved: 3,
      currentStreak: 3,
      longestStreak: 3,
    });
  });

  it("keeps the streak while today's problem is still open", () => {
    const history = days(["2026-11-24", true], ["2026-11-25", true], ["2026-11-26", false]);
    expect(practiceStreaks(history, "2026-11-26")).toMatchObject({
      solved: 2,
      currentStreak: 2,
      longestStreak: 2,
    });
  });

  it("breaks the streak when yesterday was missed", () => {
    const history = days(
      ["2026-11-23", true],
      ["2026-11-24", true],
      ["2026-11-25", false],
      ["2026-11-26", false],
    );
    expect(practiceStreaks(history, "2026-11-26")).toMatchObject({
      solved: 2,
      currentStreak: 0,
      longestStreak: 2,
    });
  });

  it("a gap in the posts (no comment that day) breaks a run too", () => {
    const history = days(
      ["2026-11-20", true],
      ["2026-11-21", true],
      ["2026-11-22", true],
      ["2026-11-25", true],
      ["2026-11-26", true],
    );
    expect(practiceStreaks(history, "2026-11-26")).toMatchObject({
      solved: 5,
      currentStreak: 2,
      longestStreak: 3,
    });
  });

  it("counts runs across month and year ends", () => {
    const history = days(
      ["2026-12-30", true],
      ["2026-12-31", true],
      ["2027-01-01", true],
      ["2027-02-28", true],
      ["2027-03-01", true],
    );
    expect(practiceStreaks(history, "2027-03-01")).toMatchObject({
      solved: 5,
      currentStreak: 2,
      longestStreak: 3,
    });
  });

  it("counts a day once however many comments it has, solved if any is", () => {
    const history = days(
      ["2026-11-25", false],
      ["2026-11-25", true],
      ["2026-11-26", true],
      ["2026-11-26", true],
    );
    expect(practiceStreaks(history, "2026-11-26")).toMatchObject({
      solved: 2,
      currentStreak: 2,
      longestStreak: 2,
    });
  });

  it("ignores days after today (a re-run posted ahead)", () => {
    const history = days(["2026-11-26", true], ["2026-11-27", true]);
    expect(practiceStreaks(history, "2026-11-26")).toMatchObject({
      solved: 1,
      currentStreak: 1,
      longestStreak: 1,
    });
  });

  it("reads history in any order", () => {
    const history = days(["2026-11-26", true], ["2026-11-24", true], ["2026-11-25", true]);
    expect(practiceStreaks(history, "2026-11-26").longestStreak).toBe(3);
  });
});

describe("practising", () => {
  it("is a running streak, or a solved day in the last week", async () => {
    const { isPractising, practiceStreaks } = await import("../../../core/practice/streaks.js");
    const today = "2026-11-26";
    const recent = practiceStreaks([{ date: "2026-11-20", solved: true }], today);
    expect(recent).toEqual({ solved: 1, currentStreak: 0, longestStreak: 1, lastSolved: "2026-11-20" });
    expect(isPractising(recent, today)).toBe(true);
    expect(isPractising(practiceStreaks([{ date: "2026-11-19", solved: true }], today), today)).toBe(false);
    expect(isPractising(practiceStreaks([{ date: "2026-11-25", solved: true }], today), today)).toBe(true);
    expect(isPractising(practiceStreaks([], today), today)).toBe(false);
  });
});
