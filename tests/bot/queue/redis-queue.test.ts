// BullMQ on a real Redis, two queues in this process standing for two instances: the
// delivery memory, the per-repository serialisation, retries and the budget hook are
// shared through Redis. Needs REDIS_URL (.ci/run starts a redis-server); skipped without.
import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { BudgetSpent } from "../../../bot/queue/budget.js";
import type { JobData, JobHandler } from "../../../bot/queue/job.js";
import { RedisQueue } from "../../../bot/queue/redis-queue.js";
import type { RedisQueueOptions } from "../../../bot/queue/redis-queue.js";

const REDIS_URL = process.env.REDIS_URL;
if (!REDIS_URL) {
  console.warn(
    "tests/bot/queue/redis-queue.test.ts: REDIS_URL is unset, skipping the Redis queue tests " +
      "(.ci/run starts a redis-server for them; or set REDIS_URL=redis://127.0.0.1:6379)",
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function job(repo: string, delivery: string): JobData {
  return { kind: "sync", delivery, deliveryKey: `push-sync:${delivery}`, repo: { owner: "o", repo } };
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("timed out");
    await sleep(20);
  }
}

describe.skipIf(!REDIS_URL)("RedisQueue (BullMQ)", () => {
  let queues: RedisQueue[] = [];

  /** Two instances on one Redis, under a prefix of their own. */
  function instances(handler: (instance: number) => JobHandler, options: Partial<RedisQueueOptions> = {}) {
    const prefix = `test-${randomBytes(4).toString("hex")}`;
    queues = [0, 1].map((instance) => {
      const queue = new RedisQueue({
        url: REDIS_URL!,
        prefix,
        lockMs: 2000,
        stalledIntervalMs: 1000,
        ...options,
      });
      queue.start(handler(instance));
      return queue;
    });
    return queues;
  }

  afterEach(async () => {
    await Promise.all(queues.map((queue) => queue.close(2000)));
    queues = [];
  });

  it("records a delivery once across instances (SET NX EX), and forgets it on request", async () => {
    const [a, b] = instances(() => async () => undefined);
    const results = await Promise.all([a!.markDelivery("push-sync:d1"), b!.markDelivery("push-sync:d1")]);
    expect(results.sort()).toEqual([false, true]);
    await b!.forgetDelivery("push-sync:d1");
    expect(await a!.markDelivery("push-sync:d1")).toBe(true);
  });

  it("runs one job per repository at a time across instances, and a job id once", async () => {
    let running = 0;
    let most = 0;
    const ran: string[] = [];
    const [a, b] = instances(() => async (data) => {
      running += data.repo.repo === "same" ? 1 : 0;
      most = Math.max(most, running);
      await sleep(20);
      ran.push(data.delivery);
      running -= data.repo.repo === "same" ? 1 : 0;
    });
    for (let i = 0; i < 10; i++) {
      await (i % 2 ? a! : b!).enqueue(job("same", `s${i}`));
      await (i % 2 ? b! : a!).enqueue(job("same", `s${i}`)); // the same job id again, on the other instance
    }
    await a!.enqueue(job("other", "o1"));
    await until(() => ran.length >= 11);
    await sleep(300);
    expect(ran.sort()).toEqual(["o1", ...Array.from({ length: 10 }, (_, i) => `s${i}`)].sort());
    expect(most).toBe(1);
    await until(async () => (await a!.counts()).active + (await a!.counts()).waiting === 0);
  });

  it("retries a failing job with backoff; a job that fails for good forgets its delivery", async () => {
    const attempts: number[] = [];
    const failed: string[] = [];
    const [a] = instances(
      () => async (data, info) => {
        attempts.push(info.attempt);
        if (data.repo.repo === "flaky" && info.attempt < 3) throw new Error("502");
        if (data.repo.repo === "broken") throw new Error("500");
      },
      { retry: { attempts: 3, backoffMs: 50 }, onFailed: (data) => failed.push(data.delivery) },
    );
    await a!.enqueue(job("flaky", "f1"));
    await until(() => attempts.length >= 3);
    expect(attempts).toEqual([1, 2, 3]);

    expect(await a!.markDelivery("push-sync:b1")).toBe(true);
    await a!.enqueue(job("broken", "b1"));
    await until(() => failed.length > 0);
    expect(failed).toEqual(["b1"]);
    await until(async () => a!.markDelivery("push-sync:b1"));
  });

  it("a job that returns BudgetSpent is delayed until retryAt, not failed", async () => {
    let retryAt = 0;
    const runs: number[] = [];
    const [a] = instances(
      () => async () => {
        runs.push(Date.now());
        if (runs.length === 1) {
          retryAt = Date.now() + 500;
          return new BudgetSpent(retryAt);
        }
      },
      { retry: { attempts: 1, backoffMs: 0 } },
    );
    await a!.enqueue(job("budget", "x1"));
    await until(async () => (await a!.counts()).delayed === 1);
    await until(() => runs.length === 2);
    expect(runs[1]!).toBeGreaterThanOrEqual(retryAt);
  });

  it("reports Redis in its health", async () => {
    const [a] = instances(() => async () => undefined);
    expect(await a!.health()).toEqual({ ok: true, backend: "redis", redis: "ok" });
  });
});
