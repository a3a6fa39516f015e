// A Probot instance for tests: a plain token (no app JWT dance), retries and throttling
// off so a failed request fails the test at once, logs quiet.
import { Probot, ProbotOctokit } from "probot";
import type { AppOptions } from "../../bot/app.js";
import { createApp } from "../../bot/app.js";

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
  if (load !== false) await probot.load(createApp({ appSlug: "roadmap-ops", ...appOptions }));
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
