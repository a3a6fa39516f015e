// What a step reports back to the runner, instead of writing outputs, the summary or the
// cache itself: the runner adds the counters up, joins the summary lines in step order and
// keeps the reads later steps can reuse.
import type { TopicIssue } from "../core/issues/topic-issues.js";
import type { DailyEntry } from "../core/practice/daily-marker.js";

export interface Outputs {
  "readme-changed": boolean;
  /** Percent of topics done, once progress was read. */
  progress?: number;
  "daily-comment-url"?: string;
  "issues-created": number;
  "issues-updated": number;
  "issues-closed": number;
}

/** Counters a step adds to; the other outputs it sets. */
type Counter = "issues-created" | "issues-updated" | "issues-closed";

export interface StepResult {
  /** Added to the run's counters. */
  counts?: Partial<Record<Counter, number>>;
  /** Set on the run's outputs. */
  set?: Partial<Omit<Outputs, Counter>>;
  /** One Markdown paragraph for the job summary. */
  summary?: string;
  /** The topic issues as they now are, or "stale" when the step changed them. */
  issues?: TopicIssue[] | "stale";
  /** The daily history as it now is, or "stale". */
  history?: DailyEntry[] | "stale";
  /** Nothing the later steps show can have changed: the run ends here. */
  stop?: boolean;
  /** A warning annotation for the run (the run still succeeds). */
  warning?: string;
}

export function emptyOutputs(): Outputs {
  return { "readme-changed": false, "issues-created": 0, "issues-updated": 0, "issues-closed": 0 };
}

/** The outputs after one more step. */
export function addResult(outputs: Outputs, result: StepResult): Outputs {
  const next: Outputs = { ...outputs, ...result.set };
  for (const [name, n] of Object.entries(result.counts ?? {}) as [Counter, number][]) next[name] += n;
  return next;
}
