// The embedded queue: the same job contract as the Redis one, inside this process. Jobs of
// one repository run one after another (a chain per repository), other repositories'
// alongside; a job id already queued or running is not added twice; failed jobs are
// retried with exponential backoff; a BudgetSpent result waits for its retryAt. Nothing
// survives the process: on one machine that is the trade for needing nothing else.
import { RecentDeliveries } from "../deliveries.js";
import { isBudgetSpent } from "./budget.js";
import type { JobData, JobHandler } from "./job.js";
import { jobId, repoKey } from "./job.js";
import type { QueueCounts, QueueHealth, QueueObserver, RetryPolicy, WorkQueue } from "./work-queue.js";
import { backoffDelay, DEFAULT_RETRY } from "./work-queue.js";

export interface MemoryQueueOptions {
  retry?: RetryPolicy;
  /** enqueue() resolves when the job is done and rejects with its error (tests: probot.receive waits). */
  waitForJobs?: boolean;
  observer?: QueueObserver;
  /** Where a job's final failure is reported (when nobody awaits it). */
  onFailed?: (job: JobData, error: unknown) => void;
  deliveryMemory?: number;
}

interface Entry {
  job: JobData;
  attemptsMade: number;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export class MemoryQueue implements WorkQueue {
  readonly backend = "memory" as const;
  private readonly deliveries: RecentDeliveries;
  private readonly retry: RetryPolicy;
  private readonly chains = new Map<string, Promise<void>>();
  /** Ids of jobs waiting, delayed or running. */
  private readonly queued = new Set<string>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly running = new Set<Promise<void>>();
  private handler: JobHandler | undefined;
  private closed = false;
  private state: QueueCounts = { waiting: 0, active: 0, delayed: 0, failed: 0 };

  constructor(private readonly options: MemoryQueueOptions = {}) {
    this.deliveries = new RecentDeliveries(options.deliveryMemory ?? 10_000);
    this.retry = options.retry ?? DEFAULT_RETRY;
  }

  async markDelivery(key: string): Promise<boolean> {
    return this.deliveries.firstTime(key);
  }

  async forgetDelivery(key: string): Promise<void> {
    this.deliveries.forget(key);
  }

  start(handler: JobHandler): void {
    if (this.handler) throw new Error("the queue has already started");
    this.handler = handler;
  }

  enqueue(job: JobData): Promise<void> {
    if (this.closed) return Promise.reject(new Error("the queue is closed"));
    const id = jobId(job);
    if (this.queued.has(id)) return Promise.resolve();
    this.queued.add(id);
    const done = new Promise<void>((resolve, reject) => {
      this.schedule({ job, attemptsMade: 0, resolve, reject });
    });
    if (this.options.waitForJobs) return done;
    done.catch((error: unknown) => this.options.onFailed?.(job, error));
    return Promise.resolve();
  }

  /** Queues the entry behind the repository's current chain. */
  private schedule(entry: Entry): void {
    const key = repoKey(entry.job.repo);
    this.state.waiting += 1;
    const previous = this.chains.get(key) ?? Promise.resolve();
    // On a later turn of the event loop: the webhook's answer goes out before the work starts.
    const next = previous
      .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
      .then(() => this.run(entry));
    this.chains.set(key, next);
    this.running.add(next);
    void next.then(() => {
      this.running.delete(next);
      if (this.chains.get(key) === next) this.chains.delete(key);
    });
  }

  private later(entry: Entry, at: number, counted = false): void {
    if (!counted) this.state.delayed += 1;
    const timer = setTimeout(
      () => {
        this.timers.delete(timer);
        // Node's timers may fire a millisecond before Date.now() reaches `at`: never early.
        if (!this.closed && Date.now() < at) return this.later(entry, at, true);
        this.state.delayed -= 1;
        if (this.closed) return this.finish(entry, new Error("the queue closed before the job ran again"));
        this.schedule(entry);
      },
      Math.max(0, at - Date.now()),
    );
    this.timers.add(timer);
  }

  private finish(entry: Entry, error?: unknown): void {
    this.queued.delete(jobId(entry.job));
    if (error === undefined) entry.resolve();
    else {
      this.state.failed += 1;
      void this.forgetDelivery(entry.job.deliveryKey);
      entry.reject(error);
    }
  }

  /** One attempt; never rejects (the chain of the repository must go on). */
  private async run(entry: Entry): Promise<void> {
    this.state.waiting -= 1;
    const handler = this.handler;
    if (!handler || this.closed) {
      this.finish(entry, new Error(handler ? "the queue is closed" : "the queue has no worker"));
      return;
    }
    this.state.active += 1;
    entry.attemptsMade += 1;
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    try {
      const outcome = await handler(entry.job, { attempt: entry.attemptsMade });
      if (isBudgetSpent(outcome)) throw outcome;
      this.options.observer?.jobRan(entry.job.kind, seconds(), "completed");
      this.finish(entry);
    } catch (error) {
      if (isBudgetSpent(error)) {
        // Not a failure: the attempt does not count.
        entry.attemptsMade -= 1;
        this.options.observer?.jobRan(entry.job.kind, seconds(), "budget-spent");
        this.later(entry, error.retryAt);
      } else if (entry.attemptsMade < this.retry.attempts && !this.closed) {
        this.options.observer?.jobRan(entry.job.kind, seconds(), "retry");
        this.later(entry, Date.now() + backoffDelay(this.retry, entry.attemptsMade));
      } else {
        this.options.observer?.jobRan(entry.job.kind, seconds(), "failed");
        this.finish(entry, error);
      }
    } finally {
      this.state.active -= 1;
    }
  }

  async counts(): Promise<QueueCounts> {
    return { ...this.state };
  }

  async health(): Promise<QueueHealth> {
    return { ok: !this.closed, backend: "memory" };
  }

  /** Resolves when nothing is waiting or running (delayed retries aside). */
  async idle(): Promise<void> {
    while (this.running.size) await Promise.allSettled([...this.running]);
  }

  async close(graceMs = 25_000): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    let timeout: NodeJS.Timeout | undefined;
    await Promise.race([
      this.idle(),
      new Promise<void>((resolve) => (timeout = setTimeout(resolve, graceMs))),
    ]);
    clearTimeout(timeout);
  }
}
