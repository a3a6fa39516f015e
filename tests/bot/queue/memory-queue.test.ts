// The in-process queue: the same contract as the Redis one, on one machine.
import { describe, expect, it } from "vitest";
import { BudgetSpent } from "../../../bot/queue/budget.js";
import type { JobData } from "../../../bot/queue/job.js";
import { jobId } from "../../../bot/queue/job.js";
import { MemoryQueue } from "../../../bot/queue/memory-queue.js";

function job(repo: string, delivery: string, kind: JobData["kind"] = "sync"): JobData {
  return { kind, delivery, deliveryKey: `test:${delivery}`, repo: { owner: "o", repo } };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("MemoryQueue", () => {
  it("runs one repository's jobs one after another and other repositories' alongside", async () => {
    const queue = new MemoryQueue();
    const events: string[] = [];
    queue.start(async (data) => {
      events.push(`${data.repo.repo}:${data.delivery} start`);
      await sleep(data.repo.repo === "a" ? 30 : 5);
      events.push(`${data.repo.repo}:${data.delivery} end`);
    });
    await queue.enqueue(job("a", "1"));
    await queue.enqueue(job("a", "2"));
    await queue.enqueue(job("b", "3"));
    await queue.idle();
    expect(events.indexOf("a:1 end")).toBeLessThan(events.indexOf("a:2 start"));
    // b ran while a's first job was still running.
    expect(events.indexOf("b:3 end")).toBeLessThan(events.indexOf("a:1 end"));
  });

  it("answers first: enqueue resolves before the job runs", async () => {
    const queue = new MemoryQueue();
    let ran = false;
    queue.start(async () => {
      ran = true;
    });
    await queue.enqueue(job("a", "1"));
    expect(ran).toBe(false);
    await queue.idle();
    expect(ran).toBe(true);
  });

  it("adds a job id once while it is queued or running; records a delivery once", async () => {
    const queue = new MemoryQueue();
    const runs: string[] = [];
    queue.start(async (data) => {
      runs.push(jobId(data));
    });
    await Promise.all([
      queue.enqueue(job("a", "1")),
      queue.enqueue(job("a", "1")),
      queue.enqueue(job("A", "1")),
    ]);
    await queue.idle();
    expect(runs).toEqual(["sync|1|o/a"]);
    expect(await queue.markDelivery("push-sync:1")).toBe(true);
    expect(await queue.markDelivery("push-sync:1")).toBe(false);
    await queue.forgetDelivery("push-sync:1");
    expect(await queue.markDelivery("push-sync:1")).toBe(true);
  });

  it("retries a failed job with a doubling backoff, then gives up: the delivery is forgotten and the failure reported", async () => {
    const failures: unknown[] = [];
    const outcomes: string[] = [];
    const queue = new MemoryQueue({
      retry: { attempts: 3, backoffMs: 10 },
      onFailed: (_job, error) => failures.push(error),
      observer: { jobRan: (_kind, _seconds, outcome) => outcomes.push(outcome) },
    });
    const attempts: number[] = [];
    const times: number[] = [];
    queue.start(async (_data, info) => {
      attempts.push(info.attempt);
      times.push(Date.now());
      throw new Error("GitHub is down");
    });
    expect(await queue.markDelivery("test:1")).toBe(true);
    await queue.enqueue(job("a", "1"));
    while (failures.length === 0) await sleep(5);
    expect(attempts).toEqual([1, 2, 3]);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(times[1]! - times[0]!);
    expect(outcomes).toEqual(["retry", "retry", "failed"]);
    expect(String(failures[0])).toMatch(/GitHub is down/);
    expect(await queue.markDelivery("test:1")).toBe(true);
    expect(await queue.counts()).toMatchObject({ waiting: 0, active: 0, delayed: 0, failed: 1 });
  });

  it("a job that spent its write budget runs again at retryAt, and that is no failed attempt", async () => {
    const queue = new MemoryQueue({ retry: { attempts: 1, backoffMs: 0 } });
    const attempts: number[] = [];
    let retryAt = 0;
    let secondRunAt = 0;
    queue.start(async (_data, info) => {
      attempts.push(info.attempt);
      if (attempts.length === 1) {
        retryAt = Date.now() + 40;
        return new BudgetSpent(retryAt);
      }
      secondRunAt = Date.now();
    });
    await queue.enqueue(job("a", "1"));
    const counts = await queue.counts();
    expect(counts.waiting + counts.active + counts.delayed).toBeGreaterThan(0);
    while (!secondRunAt) await sleep(5);
    expect(secondRunAt).toBeGreaterThanOrEqual(retryAt);
    expect(attempts).toEqual([1, 1]);
  });

  it("in its synchronous mode (tests) enqueue waits for the job and rejects with its error", async () => {
    const queue = new MemoryQueue({ waitForJobs: true, retry: { attempts: 1, backoffMs: 0 } });
    queue.start(async (data) => {
      if (data.repo.repo === "broken") throw new Error("500");
    });
    await expect(queue.enqueue(job("fine", "1"))).resolves.toBeUndefined();
    await expect(queue.enqueue(job("broken", "2"))).rejects.toThrow("500");
  });

  it("on close lets the running job finish and refuses new ones", async () => {
    const queue = new MemoryQueue();
    let finished = false;
    queue.start(async () => {
      await sleep(30);
      finished = true;
    });
    await queue.enqueue(job("a", "1"));
    await sleep(1);
    await queue.close(1000);
    expect(finished).toBe(true);
    await expect(queue.enqueue(job("a", "2"))).rejects.toThrow(/closed/);
    expect(await queue.health()).toEqual({ ok: false, backend: "memory" });
  });
});
