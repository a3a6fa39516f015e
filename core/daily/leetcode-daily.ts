// LeetCode's official question of the day, for `practice.source: leetcode-daily`. Any
// failure (network, timeout, unexpected answer) returns a reason instead of throwing:
// the caller falls back to the pool, so a LeetCode outage never costs the learner a day.
// LeetCode only answers with the current day's question, so a run for another date (a
// re-run for yesterday, a time zone ahead of LeetCode's UTC day) falls back to the pool too.
import { z } from "zod";
import type { LeetCodeDifficulty } from "./pool.js";
import { SLUG_PATTERN } from "../practice/daily-marker.js";

export const LEETCODE_GRAPHQL_URL = "https://leetcode.com/graphql";
export const LEETCODE_TIMEOUT_MS = 10_000;

export const DAILY_QUERY = `query questionOfToday {
  activeDailyCodingChallengeQuestion {
    date
    link
    question { titleSlug title difficulty topicTags { name } isPaidOnly }
  }
}`;

/** The slice of `fetch` used here, so core/ takes it as a parameter (tests pass nock's). */
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string; signal: AbortSignal },
) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

const AnswerSchema = z.object({
  data: z.object({
    activeDailyCodingChallengeQuestion: z.object({
      date: z.string(),
      question: z.object({
        titleSlug: z.string().regex(SLUG_PATTERN),
        title: z.string().trim().min(1).max(200),
        difficulty: z.enum(["Easy", "Medium", "Hard"]),
        topicTags: z.array(z.object({ name: z.string() })).default([]),
        isPaidOnly: z.boolean().default(false),
      }),
    }),
  }),
});

export interface LeetCodeDailyProblem {
  slug: string;
  title: string;
  difficulty: LeetCodeDifficulty;
  /** LeetCode's topic tags, e.g. ["Array", "Hash Table"]. */
  tags: string[];
}

export type LeetCodeDailyResult = { ok: true; problem: LeetCodeDailyProblem } | { ok: false; reason: string };

/** `date` (YYYY-MM-DD) is the day the problem is posted for: another day's question is declined. */
export async function fetchLeetCodeDaily(
  fetch: FetchLike,
  want: LeetCodeDifficulty,
  date: string,
  timeoutMs = LEETCODE_TIMEOUT_MS,
): Promise<LeetCodeDailyResult> {
  let answer: unknown;
  try {
    const response = await fetch(LEETCODE_GRAPHQL_URL, {
      method: "POST",
      headers: { "content-type": "application/json", referer: "https://leetcode.com/problemset/" },
      body: JSON.stringify({ query: DAILY_QUERY, variables: {}, operationName: "questionOfToday" }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) return { ok: false, reason: `LeetCode answered HTTP ${response.status}` };
    answer = await response.json();
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    if (name === "TimeoutError" || name === "AbortError") {
      return { ok: false, reason: `LeetCode did not answer within ${timeoutMs / 1000} seconds` };
    }
    return {
      ok: false,
      reason: `LeetCode could not be reached: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const parsed = AnswerSchema.safeParse(answer);
  if (!parsed.success) return { ok: false, reason: "LeetCode's answer did not have the expected shape" };
  const { question, date: questionDate } = parsed.data.data.activeDailyCodingChallengeQuestion;
  if (questionDate !== date) {
    return { ok: false, reason: `LeetCode's question of the day is for ${questionDate}, not ${date}` };
  }
  if (question.isPaidOnly)
    return { ok: false, reason: `today's question (${question.titleSlug}) is premium-only` };
  if (question.difficulty !== want) {
    return {
      ok: false,
      reason: `today's question (${question.titleSlug}) is ${question.difficulty}, not ${want}`,
    };
  }
  return {
    ok: true,
    problem: {
      slug: question.titleSlug,
      title: question.title,
      difficulty: question.difficulty,
      tags: question.topicTags.map((tag) => tag.name),
    },
  };
}
