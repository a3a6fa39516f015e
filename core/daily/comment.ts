// The daily comment: one problem, its time box, a Solved box the learner ticks, and the
// roadmap topic to study next. The hidden marker on top is what history and streaks read.
import { formatRating } from "../model/levels.js";
import { inlineText } from "../text/markdown.js";
import { dailyMarker } from "../practice/daily-marker.js";
import type { NextTopic } from "../issues/next-topic.js";
import type { PracticeProgress } from "../model/progress.js";
import { problemUrl } from "./pool.js";

export interface DailyProblem {
  slug: string;
  title: string;
  difficulty: string;
  /** NeetCode's pattern (pool problems) or LeetCode's first topic tags. */
  pattern: string;
}

export interface DailyCommentInput {
  date: string;
  problem: DailyProblem;
  /** Where the problem came from, e.g. "pool: 12 of 267, cycle 1". */
  origin: string;
  timebox: string | undefined;
  next: NextTopic | undefined;
  /** The streaks up to the day before (today's problem is not solved yet). */
  streak?: PracticeProgress;
}

function days(n: number): string {
  return `${n} day${n === 1 ? "" : "s"}`;
}

/** "🔥 **Streak:** 12 days (longest 15): solve today's to make it 13." */
function streakLine(streak: PracticeProgress): string {
  const longest =
    streak.longestStreak > streak.currentStreak ? ` (longest ${days(streak.longestStreak)})` : "";
  return streak.currentStreak > 0
    ? `🔥 **Streak:** ${days(streak.currentStreak)}${longest}: solve today's to make it ${streak.currentStreak + 1}.`
    : `🔥 **Streak:** none yet${longest}: solve today's to start one.`;
}

function nextLine(next: NextTopic | undefined): string {
  if (!next) return "**Next on the roadmap:** every topic is done or dropped. 🎉";
  const title = inlineText(next.topic.title);
  const link = next.issueUrl ? `[${title}](${next.issueUrl})` : `**${title}**`;
  const state = next.status === "in-progress" ? "in progress" : "not started";
  return `**Next on the roadmap:** ${link} (${inlineText(next.section.title)}, ${state}, priority ${formatRating(next.topic.priority)})`;
}

export function renderDailyComment(input: DailyCommentInput): string {
  const { date, problem } = input;
  return [
    dailyMarker(date, problem.slug),
    `### 📅 ${date}: [${inlineText(problem.title)}](${problemUrl(problem.slug)})`,
    "",
    "| Difficulty | Pattern | Time box |",
    "| --- | --- | --- |",
    `| ${inlineText(problem.difficulty)} | ${inlineText(problem.pattern)} | ${input.timebox ? inlineText(input.timebox) : "—"} |`,
    "",
    "- [ ] Solved",
    "",
    ...(input.streak ? [streakLine(input.streak), ""] : []),
    nextLine(input.next),
    "",
    `<sub>${inlineText(input.origin)}. Tick Solved when you are done: streaks count ticked days.</sub>`,
    "",
  ].join("\n");
}
