// Progress over time, from GitHub's own data: the closing dates of the done topics' issues
// (closed_at, in the list every run reads), nothing stored. Topics done per week for the
// burn-up, hours done and to go by the time costs, and a forecast from the recent pace.
import { groupByTopic } from "../issues/topic-issues.js";
import type { TopicIssue } from "../issues/topic-issues.js";
import { closedOn } from "../issues/reviews.js";
import type { ProgressSnapshot } from "../model/progress.js";
import { allTopics, hoursOf } from "../model/roadmap.js";
import type { Roadmap } from "../model/schema.js";
import { addDays } from "../practice/dates.js";

/** The pace is measured over this many recent weeks. */
export const PACE_WEEKS = 4;

export interface WeekPoint {
  /** Monday of the week, YYYY-MM-DD. */
  week: string;
  /** Topics closed as done that week. */
  done: number;
  /** Topics done by the end of that week. */
  total: number;
}

export interface Pace {
  /** Every week from the first topic done to this week ([] before the first). */
  weeks: WeekPoint[];
  /** Topics planned (not dropped, not the practice topic). */
  planned: number;
  done: number;
  hoursPlanned: number;
  hoursDone: number;
  hoursLeft: number;
  /** Topics and hours done in the pace window (the last PACE_WEEKS calendar weeks, or fewer since the first). */
  recentTopics: number;
  recentHours: number;
  /** Weeks the pace is measured over. */
  paceWeeks: number;
  /** Hours a week, when anything was done in the window. */
  hoursPerWeek?: number;
  /** YYYY-MM-DD: when everything is done at this pace. */
  forecast?: string;
}

/** Monday of the week holding `date`. */
export function weekOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((day + 6) % 7));
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function paceOf(
  roadmap: Roadmap,
  progress: ProgressSnapshot,
  issues: readonly TopicIssue[],
  today: string,
  timeZone = "UTC",
): Pace {
  const groups = groupByTopic(issues);
  let planned = 0;
  let hoursPlanned = 0;
  let hoursDone = 0;
  const closings: { date: string; hours: number }[] = [];
  for (const { topic } of allTopics(roadmap)) {
    const status = progress.topics[topic.id]?.status ?? "todo";
    if (topic.kind === "practice" || status === "dropped") continue;
    const hours = hoursOf(roadmap, topic);
    planned++;
    hoursPlanned += hours;
    if (status !== "done") continue;
    hoursDone += hours;
    const lead = groups.get(topic.id)?.lead;
    const date = lead ? closedOn(lead, timeZone) : undefined;
    // Closed after today (a past date re-run): counted from its day like any other.
    closings.push({ date: date && date <= today ? date : today, hours });
  }
  const done = closings.length;

  const weeks: WeekPoint[] = [];
  if (done > 0) {
    const first = weekOf(closings.map((c) => c.date).sort()[0]!);
    let total = 0;
    for (let week = first; week <= weekOf(today); week = addDays(week, 7)) {
      const count = closings.filter((c) => weekOf(c.date) === week).length;
      total += count;
      weeks.push({ week, done: count, total });
    }
  }

  // The window: the last PACE_WEEKS calendar weeks, this one included (fewer when the first
  // topic was done more recently). Weeks, not days, so the README changes when a topic is
  // closed or a week begins, not every day.
  const thisWeek = weekOf(today);
  const firstDay = closings.map((c) => c.date).sort()[0];
  const weeksSinceFirst = firstDay ? daysBetween(weekOf(firstDay), thisWeek) / 7 + 1 : PACE_WEEKS;
  const paceWeeks = Math.max(1, Math.min(PACE_WEEKS, weeksSinceFirst));
  const since = addDays(thisWeek, -(paceWeeks - 1) * 7);
  const recent = closings.filter((c) => weekOf(c.date) >= since);
  const recentHours = recent.reduce((sum, c) => sum + c.hours, 0);
  const hoursLeft = hoursPlanned - hoursDone;
  const pace: Pace = {
    weeks,
    planned,
    done,
    hoursPlanned,
    hoursDone,
    hoursLeft,
    recentTopics: recent.length,
    recentHours,
    paceWeeks,
  };
  if (recentHours > 0) {
    pace.hoursPerWeek = recentHours / paceWeeks;
    // Counted from the end of this week (its Sunday).
    if (hoursLeft > 0) pace.forecast = addDays(thisWeek, 6 + Math.ceil((hoursLeft / pace.hoursPerWeek) * 7));
  }
  return pace;
}

/** One line saying how the forecast is made. */
export function forecastMethod(pace: Pick<Pace, "paceWeeks">, hours: Record<string, number>): string {
  return `Forecast: the hours of the topics closed in the last ${pace.paceWeeks} week${pace.paceWeeks === 1 ? "" : "s"} (this one included) give the weekly pace; the hours still to go divided by it, counted from the end of this week. Hours per time cost: short ${hours.short} h, medium ${hours.medium} h, long ${hours.long} h (\`settings.hours\`).`;
}
