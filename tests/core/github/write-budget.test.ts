import { describe, expect, it } from "vitest";
import type { GitHubClient } from "../../../core/github/client.js";
import { rateLimitOf, RunStopped, withRunLimits, WriteBudget } from "../../../core/github/write-budget.js";

const limited = (status: number, message: string, headers: Record<string, string> = {}) =>
  Object.assign(new Error(message), { status, response: { headers } });

describe("the run's limits (core/github/limits.ts)", () => {
  it("reads GitHub's rate-limit answers and how long they ask to wait", () => {
    expect(
      rateLimitOf(limited(403, "You have exceeded a secondary rate limit", { "retry-after": "120" })),
    ).toEqual({
      retryAfterSeconds: 120,
    });
    expect(
      rateLimitOf(
        limited(403, "API rate limit exceeded", {
          "x-ratelimit-remaining": "0",
          "x-ratelimit-reset": "1100",
        }),
        1_000_000,
      ),
    ).toEqual({ retryAfterSeconds: 100 });
    expect(rateLimitOf(limited(429, "Too many requests"))).toBeUndefined();
    expect(rateLimitOf(limited(403, "Resource not accessible by integration"))).toBeUndefined();
    expect(rateLimitOf(limited(502, "Bad Gateway"))).toBeUndefined();
  });

  it("counts every write against the budget, reads not at all, and stops before the write with no room", async () => {
    const sent: string[] = [];
    const github: GitHubClient = {
      request: async (route) => (sent.push(route), { status: 200, data: {} as never, headers: {} }),
      paginate: async (route) => (sent.push(route), []),
      graphql: async (query) => (sent.push(query.split("(")[0]!), {} as never),
    };
    const budget = new WriteBudget(2);
    const limitedGitHub = withRunLimits(github, budget);
    await limitedGitHub.request("GET /repos/{owner}/{repo}/labels");
    await limitedGitHub.paginate("GET /repos/{owner}/{repo}/issues");
    await limitedGitHub.request("POST /repos/{owner}/{repo}/issues");
    await limitedGitHub.graphql("mutation pinIssue($issueId: ID!) { x }");
    await expect(limitedGitHub.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}")).rejects.toEqual(
      new RunStopped(
        "budget",
        "the write budget of this run is spent (2 writes, max-writes) before PATCH /repos/{owner}/{repo}/issues/{issue_number}",
      ),
    );
    expect(sent).toEqual([
      "GET /repos/{owner}/{repo}/labels",
      "GET /repos/{owner}/{repo}/issues",
      "POST /repos/{owner}/{repo}/issues",
      "mutation pinIssue",
    ]);
    expect(budget.remaining).toBe(0);
  });

  it("turns a rate limit the client did not wait out into RunStopped, and lets other errors through", async () => {
    const failing = (error: Error): GitHubClient => ({
      request: async () => Promise.reject(error),
      paginate: async () => Promise.reject(error),
      graphql: async () => Promise.reject(error),
    });
    const secondary = limited(403, "You have exceeded a secondary rate limit", { "retry-after": "3600" });
    await expect(
      withRunLimits(failing(secondary), new WriteBudget()).request("POST /x"),
    ).rejects.toMatchObject({
      name: "RunStopped",
      reason: "rate-limit",
      retryAfterSeconds: 3600,
      message: "GitHub answered a rate limit (retry after 60 min) to POST",
    });
    const notFound = limited(404, "Not Found");
    await expect(withRunLimits(failing(notFound), new WriteBudget()).paginate("GET /x")).rejects.toBe(
      notFound,
    );
  });
});
