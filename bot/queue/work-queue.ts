// The queue interface the app sees. Two implementations: `MemoryQueue` (in-process, the
// default: `npm run bot` alone on one machine) and `RedisQueue` (BullMQ on REDIS_URL: any
// number of instances share the jobs, the delivery memory and the per-repository lock).
import type { JobData, JobHandler, JobKind } from "./job.js";

export interface QueueCounts {
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
}

export type JobOutcomeName = "completed" | "failed" | "retry" | "budget-spent";

/** Told about every run of a job (the metrics listen). */
export interface QueueObserver {
  jobRan(kind: JobKind, seconds: number, outcome: JobOutcomeName): void;
}

export interface QueueHealth {
  ok: boolean;
  backend: "memory" | "redis";
  redis?: "ok" | string;
}

export interface WorkQueue {
  readonly backend: "memory" | "redis";
  /** Records a delivery (key: handler and delivery id); false when it was already recorded. */
  markDelivery(key: string): Promise<boolean>;
  /** Forgets a delivery, so a redelivery with the same id runs again. */
  forgetDelivery(key: string): Promise<void>;
  /**
   * Adds a job. Resolves once the job is stored (Redis) or accepted (memory); the same
   * job id added twice is one job. (A MemoryQueue built with `waitForJobs` resolves when
   * the job is done and rejects when it failed: the tests' synchronous mode.)
   */
  enqueue(job: JobData): Promise<void>;
  /** Starts running jobs with `handler` (once per queue). */
  start(handler: JobHandler): void;
  counts(): Promise<QueueCounts>;
  health(): Promise<QueueHealth>;
  /** Stops taking jobs, lets the current ones finish for up to `graceMs` (then hands them back), closes connections. */
  close(graceMs?: number): Promise<void>;
}

export interface RetryPolicy {
  /** Runs in all, the first included. */
  attempts: number;
  /** The first retry's delay; each further retry waits twice as long. */
  backoffMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, backoffMs: 2000 };

export function backoffDelay(policy: RetryPolicy, attemptsMade: number): number {
  return policy.backoffMs * 2 ** Math.max(0, attemptsMade - 1);
}
