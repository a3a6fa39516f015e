// The hidden marker each daily comment carries: the history of what was posted is read
// back from the issue's own comments, so the Action keeps no state anywhere else.
/** LeetCode's own slug shape: the last path segment of https://leetcode.com/problems/<slug>/. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const MARKER_PATTERN = /<!-- roadmap:daily date=(\d{4}-\d{2}-\d{2}) slug=([a-z0-9-]+) -->/;
/** The learner ticks this box in the comment; streaks count the ticked days. */
const SOLVED_PATTERN = /^[ \t]*[-*] \[([ xX])\] Solved\b/m;

export function dailyMarker(date: string, slug: string): string {
  if (!SLUG_PATTERN.test(slug)) throw new Error(`"${slug}" is not a LeetCode slug`);
  return `<!-- roadmap:daily date=${date} slug=${slug} -->`;
}

export interface DailyEntry {
  /** YYYY-MM-DD, the day the problem was posted for. */
  date: string;
  slug: string;
  /** The comment's `- [x] Solved` box is ticked. */
  solved: boolean;
  commentId?: number;
  commentUrl?: string;
}

/** The daily entry a comment body holds, or undefined for any other comment. */
export function parseDailyComment(
  body: string | null | undefined,
): Omit<DailyEntry, "commentId" | "commentUrl"> | undefined {
  const match = body ? MARKER_PATTERN.exec(body) : null;
  if (!match) return undefined;
  const solved = SOLVED_PATTERN.exec(body!)?.[1];
  return { date: match[1]!, slug: match[2]!, solved: solved !== undefined && solved !== " " };
}
