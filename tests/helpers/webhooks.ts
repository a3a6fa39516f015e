// Real webhook payloads from @octokit/webhooks-examples, cloned so a test can change them.
// The examples have no issues.closed: it is derived from issues.reopened, as GitHub sends it.
import { createRequire } from "node:module";

interface Example {
  name: string;
  examples: Record<string, unknown>[];
}

const require = createRequire(import.meta.url);
const examples = require("@octokit/webhooks-examples/api.github.com/index.json") as Example[];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- payloads are free-form JSON that tests reshape
export type Payload = Record<string, any>;

/** The first example of `event` (with `action`, when given), deep-cloned. */
export function webhookExample(event: string, action?: string): Payload {
  const group = examples.find((entry) => entry.name === event);
  const example = group?.examples.find((item) => action === undefined || item.action === action);
  if (!example)
    throw new Error(`@octokit/webhooks-examples has no ${event}${action ? `.${action}` : ""} example`);
  return structuredClone(example) as Payload;
}

export function issuesClosedExample(stateReason: "completed" | "not_planned" = "completed"): Payload {
  const payload = webhookExample("issues", "reopened");
  payload.action = "closed";
  payload.issue.state = "closed";
  payload.issue.state_reason = stateReason;
  payload.issue.closed_at = payload.issue.updated_at;
  return payload;
}

/** Points a payload at the test repository (tests/helpers/github.ts REPO). */
export function inTestRepo(payload: Payload, owner: string, repo: string): Payload {
  payload.repository.name = repo;
  payload.repository.full_name = `${owner}/${repo}`;
  payload.repository.owner.login = owner;
  return payload;
}
