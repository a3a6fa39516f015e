// Spaced review: a done topic comes back for a short review some days after its issue was
// closed (settings.reviews.days, 1, 7 and 30 by default). What is due is worked out from
// the topic issues alone (closed_at, from the list the run reads anyway); the daily step
// posts one comment per due topic (core/daily/reviews.ts), the README lists them.
import { checklistOf } from "../model/roadmap.js";
import type { PlacedTopic } from "../model/roadmap.js";
import { allTopics, reviewDays } from "../model/roadmap.js";
import type { Roadmap } from "../model/schema.js";
import { addDays, todayIn } from "../practice/dates.js";
import { inlineText } from "../text/markdown.js";
import { topicStatus } from "./status.js";
import type { TopicIssue } from "./topic-issues.js";
import { groupByTopic } from "./topic-issues.js";

export interface DueReview extends PlacedTopic {
  issue: TopicIssue;
  /** Days after closing: 1, 7, 30… */
  day: number;
  /** YYYY-MM-DD: today, the review's date. */
  date: string;
}

/** The day an issue was closed, YYYY-MM-DD, in the learner's time zone (the `timezone` input). */
export function closedOn(issue: Pick<TopicIssue, "closedAt">, timeZone = "UTC"): string | undefined {
  if (!issue.closedAt) return undefined;
  const instant = new Date(issue.closedAt);
  return Number.isNaN(instant.getTime()) ? undefined : todayIn(timeZone, instant);
}

/** Done topics (closed as completed, not the practice topic) with a review day today. */
export function dueReviews(
  roadmap: Roadmap,
  issues: readonly TopicIssue[],
  today: string,
  timeZone = "UTC",
): DueReview[] {
  const days = reviewDays(roadmap);
  if (days.length === 0) return [];
  const groups = groupByTopic(issues);
  const due: DueReview[] = [];
  for (const placed of allTopics(roadmap)) {
    if (placed.topic.kind === "practice") continue;
    const issue = groups.get(placed.topic.id)?.lead;
    const closed = issue && topicStatus(issue) === "done" ? closedOn(issue, timeZone) : undefined;
    if (!issue || !closed) continue;
    const day = days.find((n) => addDays(closed, n) === today);
    if (day !== undefined) due.push({ ...placed, issue, day, date: today });
  }
  return due;
}

const MARKER_PATTERN = /<!-- roadmap:review date=(\d{4}-\d{2}-\d{2}) day=(\d+) -->/;

export function reviewMarker(date: string, day: number): string {
  return `<!-- roadmap:review date=${date} day=${day} -->`;
}

/** The review date a comment is for, or undefined for any other comment. */
export function reviewDateOf(body: string | null | undefined): string | undefined {
  return body ? MARKER_PATTERN.exec(body)?.[1] : undefined;
}

function after(day: number): string {
  return day === 1 ? "1 day" : `${day} days`;
}

/** The review comment: the topic's focus items, each with a box to tick. */
export function renderReviewComment(review: DueReview): string {
  const items = checklistOf(review.topic)?.items.map(inlineText) ?? [];
  const lines = items.length > 0 ? items : [`explain ${inlineText(review.topic.title)} in your own words`];
  return [
    reviewMarker(review.date, review.day),
    `### 🔁 Review: ${inlineText(review.topic.title)}, ${after(review.day)} after you finished it`,
    "",
    "Ten minutes, from memory first, then your notes: tick each item you can still explain or use.",
    "",
    ...lines.map((line) => `- [ ] ${line}`),
    "",
    "<sub>Spaced review: a done topic comes back some days after it was closed (`settings.reviews` in roadmap.yml sets the days or turns it off). These boxes do not change the topic's status.</sub>",
    "",
  ].join("\n");
}
