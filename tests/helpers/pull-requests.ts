// pull_request payloads for notes tests, built from @octokit/webhooks-examples (opened,
// synchronize, closed) and pointed at the test repository, plus the GitHub side of a
// notes pull request: its files, the roadmap, the notes' contents and the topic issues.
import { stringify } from "yaml";
import { SMALL_ROADMAP_INPUT } from "./roadmaps.js";
import { REPO } from "./constants.js";
import type { Payload } from "./webhooks.js";
import { inTestRepo, webhookExample } from "./webhooks.js";
import { topicIssue } from "./notes.js";

export const PULL = 7;
export const HEAD_SHA = "1111111111111111111111111111111111111111";
export const MERGE_SHA = "2222222222222222222222222222222222222222";
export const BRANCH = "main";
export const REPO_URL = `https://github.com/${REPO.owner}/${REPO.repo}`;
export const ROADMAP_YML = stringify(SMALL_ROADMAP_INPUT);

interface PullFields {
  body?: string;
  labels?: string[];
}

function pullPayload(example: Payload, fields: PullFields): Payload {
  const payload = inTestRepo(example, REPO.owner, REPO.repo);
  payload.number = PULL;
  payload.repository.default_branch = BRANCH;
  payload.repository.html_url = REPO_URL;
  const pull = payload.pull_request;
  pull.number = PULL;
  pull.head.sha = HEAD_SHA;
  pull.base.ref = BRANCH;
  pull.body = fields.body ?? "Notes on Redis caching.";
  pull.labels = (fields.labels ?? []).map((name, index) => ({ id: index + 1, name, color: "ededed" }));
  return payload;
}

export function openedPayload(fields: PullFields = {}): Payload {
  return pullPayload(webhookExample("pull_request", "opened"), fields);
}

export function synchronizePayload(fields: PullFields = {}): Payload {
  return pullPayload(webhookExample("pull_request", "synchronize"), fields);
}

/** The examples have no `edited`: GitHub sends the opened shape with `changes`. */
export function editedPayload(changes: Record<string, unknown>, fields: PullFields = {}): Payload {
  const payload = pullPayload(webhookExample("pull_request", "opened"), fields);
  payload.action = "edited";
  payload.changes = changes;
  return payload;
}

export function mergedPayload(fields: PullFields = {}): Payload {
  const payload = pullPayload(webhookExample("pull_request", "closed"), fields);
  const pull = payload.pull_request;
  pull.state = "closed";
  pull.merged = true;
  pull.merge_commit_sha = MERGE_SHA;
  pull.merged_at = pull.closed_at;
  return payload;
}

export function base64(text: string): string {
  return Buffer.from(text).toString("base64");
}

export function contentsFile(path: string, text: string) {
  return { type: "file", path, sha: `blob-${path.length}`, encoding: "base64", content: base64(text) };
}

/** The topic issues as the REST list returns them (issue numbers: leetcode 1, redis 2, postgresql 3). */
export function restTopicIssues(change: Record<string, Partial<ReturnType<typeof topicIssue>>> = {}) {
  return ["leetcode", "redis", "postgresql"].map((id) => {
    const issue = topicIssue(id, change[id]);
    return {
      id: issue.id,
      node_id: issue.nodeId,
      number: issue.number,
      title: issue.title,
      body: issue.body,
      state: issue.state,
      state_reason: issue.stateReason,
      labels: issue.labels.map((name, index) => ({ id: index + 1, name })),
      html_url: issue.htmlUrl,
      created_at: issue.createdAt,
    };
  });
}

/** Who wrote a comment: the roadmap's own comments are a bot's (the app, or github-actions[bot]). */
export const BOT_USER = { login: "roadmap-ops[bot]", type: "Bot" };
export const LEARNER_USER = { login: "octo-learner", type: "User" };

/** A comment as the REST list returns it (the fields the code reads), written by the roadmap. */
export function botComment(id: number, body: string) {
  return { id, body, user: BOT_USER };
}

/** A comment someone wrote by hand: its markers, if any, count for nothing. */
export function userComment(id: number, body: string) {
  return { id, body, user: LEARNER_USER };
}
