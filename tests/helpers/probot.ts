// A Probot instance for tests: a plain token (no app JWT dance), retries and throttling
// off so a failed request fails the test at once, logs quiet. The app runs on the
// in-process queue in its synchronous mode: probot.receive() resolves when the delivery's
// jobs are done and rejects when one failed (one attempt, no retry), so a test can assert
// right after it. (The answer-first behaviour is tested in tests/bot/queue/.)
import { Probot, ProbotOctokit } from "probot";
import type { AppOptions } from "../../bot/app.js";
import { createApp } from "../../bot/app.js";
import { MemoryQueue } from "../../bot/queue/memory-queue.js";

export async function testProbot(
  options: AppOptions & { secret?: string; load?: boolean } = {},
): Promise<Probot> {
  const probot = new Probot({
    githubToken: "test",
    ...(options.secret ? { secret: options.secret } : {}),
    logLevel: "fatal",
    Octokit: ProbotOctokit.defaults((options: Record<string, unknown>) => ({
      ...options,
      retry: { enabled: false },
      throttle: { enabled: false },
    })),
  });
  // The comments the tests write as the app are "roadmap-ops[bot]"'s (helpers/pull-requests.ts).
  const { secret: _secret, load, ...appOptions } = options;
  if (load !== false) {
    await probot.load(
      createApp({
        appSlug: "roadmap-ops",
        queue: new MemoryQueue({ waitForJobs: true, retry: { attempts: 1, backoffMs: 0 } }),
        ...appOptions,
      }),
    );
  }
  return probot;
}

let deliveries = 0;
/** A fresh delivery id per call, unless a test replays one on purpose. */
export function deliveryId(): string {
  deliveries += 1;
  return `delivery-${deliveries}`;
}

/** The event names probot.receive accepts ("issues", "pull_request", …). */
export type WebhookName = Parameters<Probot["receive"]>[0]["name"];
