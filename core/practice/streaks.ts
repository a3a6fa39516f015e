// Practice streaks from the daily history: a day counts when its comment's Solved box is
// ticked. The current streak runs back from today, or from yesterday while today's
// problem is still open (an unsolved today does not break it yet).
import type { PracticeProgress } from "../model/progress.js";
import { addDays } from "./dates.js";

export function practiceStreaks(
  entries: readonly { date: string; solved: boolean }[],
  today: string,
): PracticeProgress {
  // One day, one result: a second comment for a day (a re-run with another date input)
  // counts once, solved if either is.
  const solvedDays = new Set(
    entries.filter((entry) => entry.solved && entry.date <= today).map((entry) => entry.date),
  );
  const days = [...solvedDays].sort();

  let longestStreak = 0;
  let run = 0;
  for (let i = 0; i < days.length; i++) {
    run = i > 0 && addDays(days[i - 1]!, 1) === days[i] ? run + 1 : 1;
    longestStreak = Math.max(longestStreak, run);
  }

  let currentStreak = 0;
  let day = solvedDays.has(today) ? today : addDays(today, -1);
  while (solvedDays.has(day)) {
    currentStreak++;
    day = addDays(day, -1);
  }
  return {
    solved: days.length,
    currentStreak,
    longestStreak,
    ...(days.length > 0 ? { lastSolved: days.at(-1)! } : {}),
  };
}

/** Days back from today in which a solved day still counts as practising. */
export const PRACTICE_WINDOW_DAYS = 7;

/** A streak runs, or a day was solved in the last PRACTICE_WINDOW_DAYS days. */
export function isPractising(practice: PracticeProgress, today: string): boolean {
  if (practice.currentStreak > 0) return true;
  return practice.lastSolved !== undefined && practice.lastSolved > addDays(today, -PRACTICE_WINDOW_DAYS);
}
