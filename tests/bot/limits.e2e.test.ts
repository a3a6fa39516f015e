// The app under GitHub's limits: a sync job that spends its write budget, or meets a long
// rate limit, does not fail; it goes back to the queue as a delayed job for after the
// window (BudgetSpent, bot/queue/budget.ts) and finishes then, with no duplicate.
import { afterEach, describe, expect, it, vi } from "vitest";
import { MemoryQueue } from "../../bot/queue/memory-queue.js";
import { FakeGitHub } from "../helpers/fake-github.js";
import { REPO } from "../helpers/github.js";
import { deliveryId, testProbot } from "../helpers/probot.js";
import { SEED_YML } from "../helpers/seed.js";
import { webhookExample } from "../helpers/webhooks.js";

function installation() {
  const payload = webhookExample("installation", "created");
  payload.repositories = [
    { id: 1, node_id: "R_1", name: REPO.repo, full_name: `${REPO.owner}/${REPO.repo}`, private: true },
  ];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- fixtures are reshaped JSON
  return { id: deliveryId(), name: "installation", payload } as any;
}

/** The queue's clock is faked: the window passes when the test says so. */
async function passTime(queue: MemoryQueue, ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
  await queue.idle();
}

afterEach(() => {
  vi.useRealTimers();
});

describe("the app under GitHub's limits", () => {
  it("a spent budget waits an hour as a delayed job instead of failing; then the sync finishes", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    const queue = new MemoryQueue({ retry: { attempts: 1, backoffMs: 0 } });
    const probot = await testProbot({ queue, maxWrites: 20 });
    const fake = new FakeGitHub();
    fake.files.set("roadmap/roadmap.yml", SEED_YML);
    fake.intercept();
    await probot.receive(installation());
    await queue.idle();
    expect(fake.writes).toHaveLength(20);
    expect(await queue.counts()).toMatchObject({ delayed: 1, failed: 0 });

    await passTime(queue, 59 * 60_000);
    expect(fake.writes).toHaveLength(20);
    for (let round = 0; round < 10 && (await queue.counts()).delayed > 0; round++) {
      await passTime(queue, 3_600_000);
    }
    expect(await queue.counts()).toMatchObject({ delayed: 0, failed: 0 });
    const topics = fake.issues.flatMap((issue) => /roadmap:topic=([a-z0-9-]+)/.exec(issue.body)?.[1] ?? []);
    expect(topics).toHaveLength(27);
    expect(new Set(topics).size).toBe(27);
  });

  it("a secondary limit with a long retry-after waits as long as GitHub asked", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    const queue = new MemoryQueue({ retry: { attempts: 1, backoffMs: 0 } });
    const probot = await testProbot({ queue });
    const fake = new FakeGitHub();
    fake.files.set("roadmap/roadmap.yml", SEED_YML);
    fake.intercept();
    fake.fail({ on: { method: "POST", path: /\/issues$/ }, kind: "secondary-limit", retryAfter: 900 });
    await probot.receive(installation());
    await queue.idle();
    expect(await queue.counts()).toMatchObject({ delayed: 1, failed: 0 });
    const before = fake.issues.length;
    await passTime(queue, 899_000);
    expect(fake.issues).toHaveLength(before);
    await passTime(queue, 2_000);
    expect(await queue.counts()).toMatchObject({ delayed: 0, failed: 0 });
    expect(fake.issues).toHaveLength(27 + 10);
  });
});
