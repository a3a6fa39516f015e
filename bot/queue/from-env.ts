// Which queue the app runs on: BullMQ on Redis when REDIS_URL is set (Probot's own
// variable: its throttling then shares GitHub's rate limits through the same Redis),
// else the in-process queue. Tuning: QUEUE_CONCURRENCY, QUEUE_LOCK_MS, QUEUE_STALLED_MS,
// QUEUE_ATTEMPTS, QUEUE_BACKOFF_MS, QUEUE_PREFIX.
import { MemoryQueue } from "./memory-queue.js";
import { RedisQueue } from "./redis-queue.js";
import type { JobData } from "./job.js";
import type { QueueObserver, RetryPolicy, WorkQueue } from "./work-queue.js";
import { DEFAULT_RETRY } from "./work-queue.js";

export interface QueueLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

function number(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const value = env[name];
  if (value === undefined || value === "") return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0)
    throw new Error(`${name} must be a non-negative number, got "${value}"`);
  return parsed;
}

/** host:port of a Redis URL, without user or password (safe to log). */
export function redisWhere(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || "6379"}`;
  } catch {
    return "(unparsable REDIS_URL)";
  }
}

export function queueFromEnv(env: NodeJS.ProcessEnv, log: QueueLog, observer?: QueueObserver): WorkQueue {
  const retry: RetryPolicy = {
    attempts: number(env, "QUEUE_ATTEMPTS") ?? DEFAULT_RETRY.attempts,
    backoffMs: number(env, "QUEUE_BACKOFF_MS") ?? DEFAULT_RETRY.backoffMs,
  };
  const onFailed = (job: JobData, error: unknown) =>
    log.error(
      `${job.kind} of ${job.repo.owner}/${job.repo.repo} (delivery ${job.delivery}) failed for good: ${error instanceof Error ? error.message : String(error)}`,
    );
  const url = env.REDIS_URL;
  if (!url) {
    log.info("queue: in-process (set REDIS_URL to share the work among several instances)");
    return new MemoryQueue({ retry, observer, onFailed });
  }
  log.info(`queue: BullMQ on Redis at ${redisWhere(url)}`);
  return new RedisQueue({
    url,
    retry,
    observer,
    onFailed,
    prefix: env.QUEUE_PREFIX || undefined,
    concurrency: number(env, "QUEUE_CONCURRENCY"),
    lockMs: number(env, "QUEUE_LOCK_MS"),
    stalledIntervalMs: number(env, "QUEUE_STALLED_MS"),
    onError: (error) => log.warn(`redis: ${error.message}`),
  });
}
