// What every step of one run gets: the validated roadmap, the repository scope, the date,
// and the run's reads. Steps only read it; what they did comes back as a StepResult, and
// the runner alone turns results into outputs, the job summary and the read cache.
import type { FetchLike } from "../core/daily/leetcode-daily.js";
import type { RepoScope } from "../core/github/scope.js";
import type { BoardAccess } from "../core/board/access.js";
import type { TopicIssue } from "../core/issues/topic-issues.js";
import type { Roadmap } from "../core/model/schema.js";
import type { DailyEntry } from "../core/practice/daily-marker.js";

/** Reads shared by the steps of one run: `all` lists the topic issues and the daily comments once. */
export interface RunReads {
  topicIssues(): Promise<TopicIssue[]>;
  /** The daily comments on the practice issue ([] when there is no such issue yet). */
  dailyHistory(): Promise<DailyEntry[]>;
}

export interface ActionContext {
  scope: RepoScope & { dryRun: boolean };
  roadmap: Roadmap;
  roadmapPath: string;
  readmePath: string;
  workspace: string;
  /** "https://github.com/owner/repo": links in the README. */
  repoUrl: string;
  /** The day of the daily problem, YYYY-MM-DD (the `date` input, or today). */
  date: string;
  /** Today in the `timezone` input, whatever `date` says: streaks are counted up to today. */
  today: string;
  /** The `timezone` input: closing days (reviews, pace) are taken in it. */
  timeZone: string;
  fetch?: FetchLike;
  payload: Record<string, unknown>;
  /** The running workflow's file name (from GITHUB_WORKFLOW_REF), when known. */
  workflowFile?: string;
  reads: RunReads;
  /** The Projects board (settings.project) with project-token's client; absent: no board. */
  board?: BoardAccess;
}
