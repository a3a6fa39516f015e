// The app under GitHub's limits: a sync that spends its delivery's budget, or meets a long
// rate limit, does not fail the delivery; the rest of the installation's work is put off
// until after the window (bot/later.ts) and finishes then, with no duplicate.
import { describe, expect, it } from "vitest";
import { Later } from "../../bot/later.js";
import { FakeGitHub } from "../helpers/fake-github.js";
import { REPO } from "../helpers/github.js";
import { deliveryId, testProbot } from "../helpers/probot.js";
import { webhookExample } from "../helpers/webhooks.js";
import { SEED_YML } from "../helpers/seed.js";

/** A Later that keeps the put-off work for the test to run when it likes. */
class ManualLater extends Later {
  readonly waiting: { key: string; delayMs: number; task: () => Promise<void> }[] = [];
  override schedule(key: string, delayMs: number, task: () => Promise<void>): void {
    this.waiting.push({ key, delayMs, task });
  }
}

function installation() {
  const payload = webhookExample("installation", "created");
  payload.repositories = [
    { id: 1, node_id: "R_1", name: REPO.repo, full_name: `${REPO.owner}/${REPO.repo}`, private: true },
  ];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- fixtures are reshaped JSON
  return { id: deliveryId(), name: "installation", payload } as any;
}

describe("the app under GitHub's limits", () => {
  it("a spent budget puts the rest off for an hour instead of failing the delivery; then it finishes", async () => {
    const later = new ManualLater();
    const probot = await testProbot({ later, maxWrites: 20 });
    const fake = new FakeGitHub();
    fake.files.set("roadmap/roadmap.yml", SEED_YML);
    fake.intercept();
    await probot.receive(installation());
    expect(fake.writes).toHaveLength(20);
    expect(later.waiting).toEqual([
      { key: `sync:${REPO.owner}/${REPO.repo}`, delayMs: 3_600_000, task: expect.any(Function) },
    ]);
    for (let round = 0; round < 10 && later.waiting.length; round++) await later.waiting.shift()!.task();
    expect(later.waiting).toEqual([]);
    const topics = fake.issues.map((issue) => /roadmap:topic=([a-z0-9-]+)/.exec(issue.body)?.[1]);
    expect(topics).toHaveLength(27);
    expect(new Set(topics).size).toBe(27);
  });

  it("a secondary limit with a long retry-after waits as long as GitHub asked", async () => {
    const later = new ManualLater();
    const probot = await testProbot({ later });
    const fake = new FakeGitHub();
    fake.files.set("roadmap/roadmap.yml", SEED_YML);
    fake.intercept();
    fake.fail({ on: { method: "POST", path: /\/issues$/ }, kind: "secondary-limit", retryAfter: 900 });
    await probot.receive(installation());
    expect(later.waiting.map((entry) => entry.delayMs)).toEqual([900_000]);
    await later.waiting.shift()!.task();
    expect(later.waiting).toEqual([]);
    expect(fake.issues).toHaveLength(27);
  });
});
