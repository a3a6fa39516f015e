// The distributed queue: BullMQ on Redis (REDIS_URL). Every instance adds jobs to one
// queue and runs a worker on it, so a delivery answered by one instance may be worked by
// another. Across all of them:
// - a delivery is recorded once (SET key NX EX ttl): a redelivery, to any instance, is a no-op;
// - a job id is added once (BullMQ ignores an id it already holds);
// - one job per repository runs at a time (RepoMutex); a job that finds its repository
//   busy goes back to the delayed set for a moment and the worker takes another;
// - a failed job is retried with exponential backoff; a BudgetSpent waits for its retryAt;
// - a worker killed mid-job stops renewing the job's lock: BullMQ's stalled-job check on
//   another instance moves the job back to wait, and the sync's idempotence makes the redo
//   write only what is still missing.
import { DelayedError, Queue, Worker } from "bullmq";
import type { Job } from "bullmq";
import { Redis } from "ioredis";
import { isBudgetSpent } from "./budget.js";
import type { JobData, JobHandler } from "./job.js";
import { jobId, repoKey } from "./job.js";
import { RepoMutex } from "./repo-mutex.js";
import type { QueueCounts, QueueHealth, QueueObserver, RetryPolicy, WorkQueue } from "./work-queue.js";
import { DEFAULT_RETRY } from "./work-queue.js";

export interface RedisQueueOptions {
  url: string;
  /** Key prefix for everything this queue stores (queue, deliveries, locks). */
  prefix?: string;
  queueName?: string;
  retry?: RetryPolicy;
  /** Jobs one instance runs at once (each for a different repository). */
  concurrency?: number;
  /** How long a worker's hold on a job lasts without renewal (BullMQ lockDuration); also the repository lock's ttl. */
  lockMs?: number;
  /** How often workers look for stalled jobs (jobs whose worker died). */
  stalledIntervalMs?: number;
  /** How long a delivery id is remembered. GitHub redelivers for up to 3 days. */
  deliveryTtlSeconds?: number;
  observer?: QueueObserver;
  onFailed?: (job: JobData, error: unknown) => void;
  /** Reports errors of the connections and the worker (never the URL: it may hold a password). */
  onError?: (error: Error) => void;
}

/** Waits for `promise`, at most `ms`. */
async function within(ms: number, promise: Promise<unknown>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    promise.catch(() => undefined),
    new Promise((resolve) => (timer = setTimeout(resolve, ms))),
  ]);
  clearTimeout(timer);
}

/** How long a job waits before looking at its busy repository again. */
const BUSY_RETRY_MS = 200;

export class RedisQueue implements WorkQueue {
  readonly backend = "redis" as const;
  private readonly redis: Redis;
  private readonly queue: Queue<JobData>;
  private readonly prefix: string;
  private readonly name: string;
  private readonly retry: RetryPolicy;
  private readonly mutex: RepoMutex;
  private worker: Worker<JobData> | undefined;
  /** The jobs this instance runs now, with their lock tokens (to hand them back on shutdown). */
  private readonly active = new Map<Job<JobData>, string | undefined>();

  constructor(private readonly options: RedisQueueOptions) {
    this.prefix = options.prefix ?? "roadmap";
    this.name = options.queueName ?? "jobs";
    this.retry = options.retry ?? DEFAULT_RETRY;
    // BullMQ's workers block on their connection: no per-request retry limit.
    this.redis = new Redis(options.url, { maxRetriesPerRequest: null, lazyConnect: false });
    this.redis.on("error", (error: Error) => options.onError?.(error));
    this.queue = new Queue<JobData>(this.name, {
      connection: this.redis,
      prefix: this.prefix,
      defaultJobOptions: {
        attempts: this.retry.attempts,
        backoff: { type: "exponential", delay: this.retry.backoffMs },
        // Kept a day: a redelivered delivery's job id is then still known.
        removeOnComplete: { age: 24 * 3600, count: 10_000 },
        // Dropped at once: the delivery is forgotten too, so GitHub's redelivery adds it again.
        removeOnFail: true,
      },
    });
    this.queue.on("error", (error: Error) => options.onError?.(error));
    this.mutex = new RepoMutex(this.redis, this.prefix, options.lockMs ?? 30_000);
  }

  private deliveryName(key: string): string {
    return `${this.prefix}:delivery:${key}`;
  }

  async markDelivery(key: string): Promise<boolean> {
    const ttl = this.options.deliveryTtlSeconds ?? 3 * 24 * 3600;
    return (await this.redis.set(this.deliveryName(key), "1", "EX", ttl, "NX")) === "OK";
  }

  async forgetDelivery(key: string): Promise<void> {
    await this.redis.del(this.deliveryName(key));
  }

  async enqueue(job: JobData): Promise<void> {
    await this.queue.add(job.kind, job, { jobId: jobId(job) });
  }

  start(handler: JobHandler): void {
    if (this.worker) throw new Error("the queue has already started");
    const lockMs = this.options.lockMs ?? 30_000;
    this.worker = new Worker<JobData>(this.name, (job, token) => this.process(handler, job, token), {
      connection: this.redis,
      prefix: this.prefix,
      concurrency: this.options.concurrency ?? 4,
      lockDuration: lockMs,
      stalledInterval: this.options.stalledIntervalMs ?? lockMs,
      maxStalledCount: 3,
    });
    this.worker.on("error", (error: Error) => this.options.onError?.(error));
    this.worker.on("failed", (job, error) => {
      if (!job) return;
      const final = job.attemptsMade >= (job.opts.attempts ?? 1);
      if (!final) return;
      void this.forgetDelivery(job.data.deliveryKey).catch(() => undefined);
      this.options.onFailed?.(job.data, error);
    });
  }

  private async process(handler: JobHandler, job: Job<JobData>, token: string | undefined): Promise<void> {
    const lock = await this.mutex.acquire(repoKey(job.data.repo));
    if (!lock) {
      // Another job of this repository runs (here or on another instance): look again shortly.
      await job.moveToDelayed(Date.now() + BUSY_RETRY_MS + Math.floor(Math.random() * BUSY_RETRY_MS), token);
      throw new DelayedError();
    }
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    const observer = this.options.observer;
    this.active.set(job, token);
    try {
      const outcome = await handler(job.data, { attempt: job.attemptsMade + 1 });
      if (isBudgetSpent(outcome)) throw outcome;
      observer?.jobRan(job.data.kind, seconds(), "completed");
    } catch (error) {
      if (isBudgetSpent(error)) {
        observer?.jobRan(job.data.kind, seconds(), "budget-spent");
        await job.moveToDelayed(Math.max(error.retryAt, Date.now()), token);
        throw new DelayedError();
      }
      const final = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      observer?.jobRan(job.data.kind, seconds(), final ? "failed" : "retry");
      throw error;
    } finally {
      this.active.delete(job);
      await lock.release();
    }
  }

  async counts(): Promise<QueueCounts> {
    const counts = await this.queue.getJobCounts("waiting", "active", "delayed", "failed", "prioritized");
    return {
      waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
      active: counts.active ?? 0,
      delayed: counts.delayed ?? 0,
      failed: counts.failed ?? 0,
    };
  }

  async health(): Promise<QueueHealth> {
    try {
      const pong = await Promise.race([
        this.redis.ping(),
        new Promise<string>((_, reject) =>
          setTimeout(() => reject(new Error("no answer within 1 s")), 1000).unref(),
        ),
      ]);
      return { ok: pong === "PONG", backend: "redis", redis: pong === "PONG" ? "ok" : `unexpected ${pong}` };
    } catch (error) {
      return { ok: false, backend: "redis", redis: error instanceof Error ? error.message : String(error) };
    }
  }

  async close(graceMs = 25_000): Promise<void> {
    if (this.worker) {
      // Let the current jobs finish; past the grace, force: their locks lapse and another
      // instance's stalled-job check takes them (they are handed back, not lost).
      const worker = this.worker;
      let timeout: NodeJS.Timeout | undefined;
      const forced = new Promise<"forced">(
        (resolve) => (timeout = setTimeout(() => resolve("forced"), graceMs)),
      );
      const result = await Promise.race([worker.close(), forced]);
      clearTimeout(timeout);
      if (result === "forced") {
        // Hand the unfinished jobs back to the queue at once (rather than after their lock
        // lapses). The repository lock stays with this process until it exits and stops
        // renewing it, so the instance that takes a job cannot overlap with what runs here.
        await Promise.all(
          [...this.active].map(([job, token]) => job.moveToWait(token).catch(() => undefined)),
        );
        // The handlers still running cannot be interrupted: they end with the process.
        await within(1000, worker.close(true));
        await within(1000, this.queue.close());
        this.redis.disconnect();
        return;
      }
    }
    await within(5000, this.queue.close());
    await within(1000, this.redis.quit());
    this.redis.disconnect();
  }
}
