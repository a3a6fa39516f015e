// The three rating scales of a topic, lowest first. Order matters: it is how topics are
// sorted ("highest priority first") and how a range such as [low, medium] is checked.
export const PRIORITIES = ["low", "medium", "high", "critical"] as const;
export const DIFFICULTIES = ["easy", "medium", "hard"] as const;
export const TIME_COSTS = ["short", "medium", "long"] as const;

/**
 * Hours each time cost stands for, unless the roadmap says otherwise (`settings.hours`):
 * an evening, a couple of weeks of evenings, a month of them.
 */
export const DEFAULT_HOURS: Readonly<Record<(typeof TIME_COSTS)[number], number>> = {
  short: 4,
  medium: 12,
  long: 30,
};

/** Days after closing when a done topic comes back for review (`settings.reviews.days`). */
export const DEFAULT_REVIEW_DAYS = [1, 7, 30] as const;

export type Priority = (typeof PRIORITIES)[number];
export type Difficulty = (typeof DIFFICULTIES)[number];
export type TimeCost = (typeof TIME_COSTS)[number];

/** A rating is one value or a range written as a two-item list, e.g. `[easy, medium]`. */
export type Rating<T extends string> = T | readonly [T, T];

export function ratingBounds<T extends string>(rating: Rating<T>): readonly [T, T] {
  return typeof rating === "string" ? [rating, rating] : rating;
}

/** "high", "easy → medium": how a rating reads in labels, tables and issue bodies. */
export function formatRating<T extends string>(rating: Rating<T>): string {
  const [from, to] = ratingBounds(rating);
  return from === to ? from : `${from} → ${to}`;
}

/** Rank of a rating on its scale, by its upper bound (a "low → medium" topic sorts as medium). */
export function ratingRank<T extends string>(scale: readonly T[], rating: Rating<T>): number {
  return scale.indexOf(ratingBounds(rating)[1]);
}

// Here, not in roadmap.ts: the issue readers the Action loads before its first request use
// the labels, and roadmap.ts loads the schema (zod).
/** Which rating labels topic issues carry (`settings.labels`, all by default). */
export interface RatingLabels {
  priority: boolean;
  difficulty: boolean;
  time: boolean;
}

export const ALL_RATING_LABELS: RatingLabels = { priority: true, difficulty: true, time: true };

export function ratingLabelsOf(roadmap: {
  settings?: { labels?: { priority?: boolean; difficulty?: boolean; time?: boolean } } | undefined;
}): RatingLabels {
  const labels = roadmap.settings?.labels;
  return {
    priority: labels?.priority ?? true,
    difficulty: labels?.difficulty ?? true,
    time: labels?.time ?? true,
  };
}
