// What every step of one run shares: the validated roadmap, the GitHub client, the date,
// and what was already read, so `all` reads the topic issues and the daily comments once
// and the README shows what the earlier steps just did.
import type { FetchLike } from "../core/daily/leetcode-daily.js";
import type { DailyEntry } from "../core/practice/daily-marker.js";
import { readDailyHistory } from "../core/practice/daily-history.js";
import type { GitHubClient, Logger, RepoRef } from "../core/github/client.js";
import { practiceTopic } from "../core/model/roadmap.js";
import type { Roadmap } from "../core/model/schema.js";
import type { TopicIssue } from "../core/issues/topic-issues.js";
import { groupByTopic, readTopicIssues } from "../core/issues/topic-issues.js";

export interface Outputs {
  "readme-changed": boolean;
  /** Percent of topics done, once progress was read. */
  progress?: number;
  "daily-comment-url"?: string;
  "issues-created": number;
  "issues-updated": number;
  "issues-closed": number;
}

export interface ActionContext {
  github: GitHubClient;
  repo: RepoRef;
  roadmap: Roadmap;
  roadmapPath: string;
  readmePath: string;
  workspace: string;
  /** "https://github.com/owner/repo": links in the README. */
  repoUrl: string;
  dryRun: boolean;
  /** The day of the daily problem, YYYY-MM-DD (the `date` input, or today). */
  date: string;
  /** Today in the `timezone` input, whatever `date` says: streaks are counted up to today. */
  today: string;
  now: Date;
  log: Logger;
  fetch?: FetchLike;
  payload: Record<string, unknown>;
  outputs: Outputs;
  /** Markdown for the job summary, in step order. */
  summary: string[];
  /** Read once per run; undefined until read or after a step changed the issues. */
  cache: { issues?: TopicIssue[]; history?: DailyEntry[] };
}

export async function topicIssues(ctx: ActionContext): Promise<TopicIssue[]> {
  ctx.cache.issues ??= await readTopicIssues(ctx.github, ctx.repo);
  return ctx.cache.issues;
}

/** The daily comments on the practice issue ([] when there is no such issue yet). */
export async function dailyHistory(ctx: ActionContext): Promise<DailyEntry[]> {
  if (ctx.cache.history) return ctx.cache.history;
  const practice = practiceTopic(ctx.roadmap);
  const issue = practice ? groupByTopic(await topicIssues(ctx)).get(practice.topic.id)?.lead : undefined;
  ctx.cache.history = issue ? await readDailyHistory(ctx.github, ctx.repo, issue.number) : [];
  return ctx.cache.history;
}
