// Named builders for GitHub API mocks. Every test that talks to "GitHub" goes through
// nock with real network disabled; `expectOnly` asserts that the expected requests were
// made and nothing else was.
import nock from "nock";
import { afterEach, beforeEach, expect } from "vitest";
import { API, REPO } from "./constants.js";

export { API, REPO, REPO_PATH } from "./constants.js";
export { testGitHub } from "./test-client.js";

/** A nock scope on the REST API. */
export function api(): nock.Scope {
  return nock(API);
}

type NoMatchRequest = { method?: string; path?: string; options?: { method?: string; path?: string } };

/**
 * Records every request nock could not match (they fail with a network error, which
 * code under test might swallow) so a test can assert there were none. Call it once at the
 * top of a test file: it registers its own beforeEach (empty the record, start listening) and
 * afterEach (stop listening, removing only its own listener), and returns the one record the
 * file's tests read. The record is emptied before a test, not after, so the file's own
 * afterEach can still assert on it.
 */
export function trackUnmatched(): { unmatched: string[] } {
  const record = { unmatched: [] as string[] };
  const onNoMatch = (req: NoMatchRequest) => {
    record.unmatched.push(
      `${req.method ?? req.options?.method ?? "?"} ${req.path ?? req.options?.path ?? "?"}`,
    );
  };
  beforeEach(() => {
    record.unmatched.length = 0;
    nock.emitter.on("no match", onNoMatch);
  });
  afterEach(() => {
    nock.emitter.removeListener("no match", onNoMatch);
  });
  return record;
}

/** Every interceptor of every scope was used, and no request went unmatched. */
export function expectOnly(record: { unmatched: string[] }, ...scopes: nock.Scope[]): void {
  expect(record.unmatched).toEqual([]);
  for (const scope of scopes) {
    expect(scope.pendingMocks()).toEqual([]);
  }
  expect(nock.pendingMocks()).toEqual([]);
}

/** A REST issue as the list endpoint returns it (the fields the code reads). */
export function restIssue(fields: {
  number: number;
  title: string;
  body: string;
  state?: "open" | "closed";
  state_reason?: string | null;
  labels?: string[];
  created_at?: string;
  closed_at?: string | null;
}) {
  return {
    id: 1000 + fields.number,
    node_id: `I_node${fields.number}`,
    number: fields.number,
    title: fields.title,
    body: fields.body,
    state: fields.state ?? "open",
    state_reason: fields.state_reason ?? null,
    labels: (fields.labels ?? []).map((name, index) => ({ id: index + 1, name })),
    html_url: `https://github.com/${REPO.owner}/${REPO.repo}/issues/${fields.number}`,
    created_at: fields.created_at ?? "2026-11-01T00:00:00Z",
    closed_at: fields.closed_at ?? (fields.state === "closed" ? "2026-11-20T00:00:00Z" : null),
  };
}

/**
 * A REST issue comment as the list endpoint returns it; by default written by
 * github-actions[bot] (the roadmap's own comments are a bot's), whose association is NONE.
 */
export function restComment(
  id: number,
  body: string,
  issueNumber = 1,
  user: { login: string; type: string } = { login: "github-actions[bot]", type: "Bot" },
  authorAssociation = "NONE",
) {
  return {
    id,
    body,
    html_url: `https://github.com/${REPO.owner}/${REPO.repo}/issues/${issueNumber}#issuecomment-${id}`,
    created_at: "2026-11-01T00:00:00Z",
    user,
    author_association: authorAssociation,
  };
}
