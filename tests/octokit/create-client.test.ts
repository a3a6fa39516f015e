import nock from "nock";
import { describe, expect, it } from "vitest";
import { explainGitHubError } from "../../core/github/explain-error.js";
import { createGitHubClient } from "../../octokit/create-client.js";
import type { Logger } from "../../core/github/client.js";
import { api, expectOnly, REPO_PATH, trackUnmatched } from "../helpers/github.js";

const log: Logger = { info() {}, warn() {}, debug() {} };

const unmatched = trackUnmatched();

describe("the Octokit the Action and the CLI share (octokit/create-client.ts: throttling + retry, global fetch)", () => {
  it("authenticates with the token and goes through the global fetch (nock sees it)", async () => {
    const scope = api()
      .matchHeader("authorization", "token ghs_abc")
      .get(`${REPO_PATH}/issues/1`)
      .reply(200, { number: 1 });
    const github = createGitHubClient({ token: "ghs_abc", log });
    await expect(
      github.request("GET /repos/{owner}/{repo}/issues/{issue_number}", {
        owner: "octo-learner",
        repo: "roadmap",
        issue_number: 1,
      }),
    ).resolves.toMatchObject({ data: { number: 1 } });
    expectOnly(unmatched, scope);
  });

  it("drops a trailing slash from the API URL (…/api/v3/ would make …/api/v3//repos/…, a 404)", async () => {
    const scope = nock("https://ghe.example.com").get("/api/v3/repos/octo-learner/roadmap").reply(200, {});
    const github = createGitHubClient({ token: "ghs_abc", log, baseUrl: "https://ghe.example.com/api/v3/" });
    await github.request("GET /repos/{owner}/{repo}", { owner: "octo-learner", repo: "roadmap" });
    expectOnly(unmatched, scope);
  });

  it("does not retry a 409 (a stale sha needs a fresh read, not the same request again)", async () => {
    const scope = api().put(`${REPO_PATH}/contents/README.md`).once().reply(409, { message: "conflict" });
    const github = createGitHubClient({ token: "ghs_abc", log });
    await expect(
      github.request("PUT /repos/{owner}/{repo}/contents/{+path}", {
        owner: "octo-learner",
        repo: "roadmap",
        path: "README.md",
        message: "m",
        content: "",
      }),
    ).rejects.toMatchObject({ status: 409 });
    expectOnly(unmatched, scope);
  });

  it("does not retry a 404 either (a missing file is an answer)", async () => {
    const scope = api()
      .get(`${REPO_PATH}/contents/roadmap/progress.svg`)
      .once()
      .reply(404, { message: "Not Found" });
    const github = createGitHubClient({ token: "ghs_abc", log });
    await expect(
      github.request("GET /repos/{owner}/{repo}/contents/{+path}", {
        owner: "octo-learner",
        repo: "roadmap",
        path: "roadmap/progress.svg",
      }),
    ).rejects.toMatchObject({ status: 404 });
    expectOnly(unmatched, scope);
  });

  it("retries a server error", async () => {
    const scope = api()
      .get(`${REPO_PATH}/labels`)
      .reply(502, "bad gateway")
      .get(`${REPO_PATH}/labels`)
      .reply(200, []);
    const github = createGitHubClient({ token: "ghs_abc", log });
    await expect(
      github.request("GET /repos/{owner}/{repo}/labels", { owner: "octo-learner", repo: "roadmap" }),
    ).resolves.toMatchObject({
      status: 200,
    });
    expectOnly(unmatched, scope);
  }, 10_000);

  it("never retries a POST: GitHub may have stored it before the answer was lost", async () => {
    const scope = api()
      .post(`${REPO_PATH}/issues/1/comments`, { body: "today's problem" })
      .once()
      .reply(502, "bad gateway");
    const github = createGitHubClient({ token: "ghs_abc", log });
    await expect(
      github.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        owner: "octo-learner",
        repo: "roadmap",
        issue_number: 1,
        body: "today's problem",
      }),
    ).rejects.toMatchObject({ status: 502 });
    expectOnly(unmatched, scope);
  });
});

describe("GraphQL mutations (the Projects board)", () => {
  it("never retries a mutation either; its variables go as sent, without the retry option", async () => {
    const scope = api()
      .post(
        "/graphql",
        (body: { query: string; variables: Record<string, unknown> }) =>
          body.query.startsWith("mutation addProjectItem") &&
          JSON.stringify(body.variables) === JSON.stringify({ projectId: "P", contentId: "I" }),
      )
      .once()
      .reply(502, "bad gateway");
    const github = createGitHubClient({ token: "ghs_abc", log });
    await expect(
      github.graphql("mutation addProjectItem($projectId: ID!, $contentId: ID!) { x }", {
        projectId: "P",
        contentId: "I",
      }),
    ).rejects.toMatchObject({ status: 502 });
    expectOnly(unmatched, scope);
  });
});

describe("an API that cannot be reached, and retries", () => {
  it("fails at once on the first contact, naming the failure, with no silent retries", async () => {
    const warnings: string[] = [];
    const github = createGitHubClient({
      token: "t",
      baseUrl: "http://127.0.0.1:9",
      msPerSecond: 0,
      log: { ...log, warn: (message) => warnings.push(message) },
    });
    const failure = await github.request("GET /repos/{owner}/{repo}", { owner: "o", repo: "r" }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ name: "AbortError" });
    expect(
      explainGitHubError(failure, { apiUrl: "http://127.0.0.1:9", apiUrlFrom: "GITHUB_API_URL" }),
    ).toMatch(/^cannot reach http:\/\/127\.0\.0\.1:9 \(from GITHUB_API_URL\): /);
    expect(warnings.filter((line) => line.startsWith("retrying"))).toEqual([]);
  });

  it("announces each retry of a request GitHub answered with a 5xx", async () => {
    const scope = api()
      .get(`${REPO_PATH}/issues/1`)
      .reply(502, { message: "Bad gateway" })
      .get(`${REPO_PATH}/issues/1`)
      .reply(200, { number: 1 });
    const warnings: string[] = [];
    const github = createGitHubClient({
      token: "t",
      msPerSecond: 0,
      log: { ...log, warn: (message) => warnings.push(message) },
    });
    await github.request("GET /repos/{owner}/{repo}/issues/{issue_number}", {
      owner: "octo-learner",
      repo: "roadmap",
      issue_number: 1,
    });
    expect(warnings).toEqual([`retrying GET https://api.github.com${REPO_PATH}/issues/1 (attempt 2)`]);
    expectOnly(unmatched, scope);
  });
});
