import nock from "nock";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { fakeCli } from "../../helpers/cli.js";
import { FakeGitHub } from "../../helpers/fake-github.js";
import { REPO } from "../../helpers/github.js";
import { SEED_YML } from "../../helpers/seed.js";

/** A learner's checkout holding the seed roadmap (never this repository's live one). */
const CHECKOUT = mkdtempSync(join(tmpdir(), "roadmap-plan-"));
mkdirSync(join(CHECKOUT, "roadmap"));
writeFileSync(join(CHECKOUT, "roadmap/roadmap.yml"), SEED_YML);
afterAll(() => rmSync(CHECKOUT, { recursive: true, force: true }));

/** A CLI with a token and a repository in its environment; `env` overrides (undefined unsets). */
function cli(env: Record<string, string | undefined> = {}) {
  return fakeCli({
    cwd: CHECKOUT,
    octokit: { retries: 0 },
    env: { GITHUB_TOKEN: "test-token", GITHUB_REPOSITORY: `${REPO.owner}/${REPO.repo}`, ...env },
  });
}

describe("roadmap plan / roadmap sync", () => {
  it("plan reads only and says what a first sync would do", async () => {
    const github = new FakeGitHub();
    github.intercept();
    const { run, out } = cli();
    expect(await run("plan")).toBe(0);
    // The summary line comes first; the planned operations follow it.
    // 27 topic issues and 10 sections' parents, the topics their sub-issues.
    expect(out()).toMatch(
      /^octo-learner\/roadmap: creates \d+ labels, creates 37 issues, adds 27 sub-issues\n/,
    );
    expect(github.requests.map((r) => r.method)).toEqual(["GET", "GET"]);
  });

  it("plan --json lists each request", async () => {
    new FakeGitHub().intercept();
    const { run, out } = cli();
    expect(await run("plan", "--json")).toBe(0);
    const plan = JSON.parse(out());
    expect(plan.operations.filter((op: { kind: string }) => op.kind === "create-issue")).toHaveLength(27);
    expect(plan.operations[0].request).toMatch(/^POST \/repos\/octo-learner\/roadmap\/labels \{"name":/);
    // A sub-issue of a parent the same sync creates names both issues by what they are for.
    expect(plan.operations.find((op: { kind: string }) => op.kind === "add-sub-issue")).toEqual({
      kind: "add-sub-issue",
      topic: "leetcode",
      section: "daily",
      summary: "section daily's new parent: add topic leetcode's issue as a sub-issue",
      method: "POST",
      path: "/repos/octo-learner/roadmap/issues/<number of the new issue for section daily>/sub_issues",
      body: { sub_issue_id: "<id of the new issue for topic leetcode>" },
      request:
        'POST /repos/octo-learner/roadmap/issues/<number of the new issue for section daily>/sub_issues {"sub_issue_id":"<id of the new issue for topic leetcode>"}',
    });
  });

  it("sync applies, and a second sync writes nothing", async () => {
    const github = new FakeGitHub();
    github.intercept();
    expect(await cli().run("sync")).toBe(0);
    expect(github.issues).toHaveLength(27 + 10);
    github.resetLog();
    const second = cli();
    expect(await second.run("sync", "--repo", `${REPO.owner}/${REPO.repo}`)).toBe(0);
    expect(second.out()).toBe("octo-learner/roadmap: no changes\n");
    expect(github.writes).toEqual([]);
  });

  it("sync --max-writes N stops cleanly after N writes (exit 0, a warning); the next sync continues", async () => {
    const github = new FakeGitHub();
    github.intercept();
    const first = cli();
    expect(await first.run("sync", "--max-writes", "30")).toBe(0);
    expect(github.writes).toHaveLength(30);
    expect(first.out()).toMatch(
      /^octo-learner\/roadmap: created \d+ of 27 topic issues; the next run continues\n$/,
    );
    expect(first.err()).toContain(
      "warning: sync stopped: the write budget of this run is spent (30 writes, max-writes)",
    );
    for (let run = 0; run < 3; run++) expect(await cli().run("sync", "--max-writes", "30")).toBe(0);
    expect(github.issues).toHaveLength(27 + 10);
    github.resetLog();
    await cli().run("sync");
    expect(github.writes).toEqual([]);
    const bad = cli();
    expect(await bad.run("sync", "--max-writes", "none")).toBe(2);
    expect(bad.err()).toContain('--max-writes must be a whole number of writes, 1 or more (got "none")');
  });

  it("sync --dry-run sends no write", async () => {
    const github = new FakeGitHub();
    github.intercept();
    const { run, out, err } = cli();
    expect(await run("sync", "--dry-run")).toBe(0);
    expect(github.writes).toEqual([]);
    expect(out()).toMatch(
      /^octo-learner\/roadmap: would create \d+ labels and 37 issues, add 27 sub-issues\n$/,
    );
    expect(err()).toContain(
      '[dry run] create issue "Redis" for topic redis: POST /repos/octo-learner/roadmap/issues',
    );
  });

  it("an invalid roadmap fails before any request", async () => {
    const github = new FakeGitHub();
    github.intercept();
    const { run, err } = cli();
    const broken = fileURLToPath(new URL("../../fixtures/broken/unknown-priority.yml", import.meta.url));
    expect(await run("sync", "--file", broken)).toBe(1);
    expect(err()).toMatch(/unknown-priority\.yml:\d+:\d+: /);
    expect(github.requests).toEqual([]);
  });

  it("says which variable is missing", async () => {
    const { run, err } = cli({ GITHUB_TOKEN: undefined, GH_TOKEN: undefined });
    expect(await run("plan")).toBe(2);
    expect(err()).toContain("set GITHUB_TOKEN (or GH_TOKEN)");
    const noRepo = cli({ GITHUB_REPOSITORY: undefined });
    expect(await noRepo.run("plan")).toBe(2);
    expect(noRepo.err()).toContain("--repo owner/name or GITHUB_REPOSITORY");
    const badFlag = cli();
    expect(await badFlag.run("plan", "--frobnicate")).toBe(2);
  });
});

describe("roadmap plan against another API host", () => {
  it("uses GITHUB_API_URL (GitHub Enterprise Server) and GH_TOKEN", async () => {
    const ghe = "https://ghe.example.com/api/v3";
    const issues = nock(ghe)
      .matchHeader("authorization", "token ghe-token")
      .get(`/repos/${REPO.owner}/${REPO.repo}/issues`)
      .query({ labels: "roadmap", state: "all", per_page: "100" })
      .reply(200, [])
      .get(`/repos/${REPO.owner}/${REPO.repo}/labels`)
      .query({ per_page: "100" })
      .reply(200, []);
    const { run, out } = cli({ GITHUB_TOKEN: undefined, GH_TOKEN: "ghe-token", GITHUB_API_URL: `${ghe}/` });
    expect(await run("plan")).toBe(0);
    expect(out()).toMatch(/creates 37 issues/);
    issues.done();
  });
});

describe("GitHub's refusals, explained (roadmap plan)", () => {
  const BASE = `/repos/${REPO.owner}/${REPO.repo}`;
  // The plan reads the labels alongside the issues: they answer, the issues are refused.
  const labels = (host = "https://api.github.com") =>
    nock(host).get(`${BASE}/labels`).query(true).reply(200, []);

  it("bad credentials: the token, and which variable holds it", async () => {
    labels();
    nock("https://api.github.com")
      .get(`${BASE}/issues`)
      .query(true)
      .reply(401, { message: "Bad credentials", documentation_url: "https://docs.github.com/rest" });
    const { run, err } = cli({ GITHUB_TOKEN: undefined, GH_TOKEN: "gho_x" });
    expect(await run("plan")).toBe(1);
    expect(err()).toBe(
      `roadmap plan: GitHub answered 401 to GET https://api.github.com${BASE}/issues?labels=roadmap&state=all&per_page=100: the token is not valid (expired, revoked or mistyped); check GH_TOKEN\n`,
    );
  });

  it("an empty 404 names the repository and what to check", async () => {
    labels();
    nock("https://api.github.com").get(`${BASE}/issues`).query(true).reply(404, "");
    const { run, err } = cli();
    expect(await run("plan")).toBe(1);
    expect(err()).toMatch(
      /^roadmap plan: GitHub answered 404 to GET \S+: octo-learner\/roadmap does not exist or GITHUB_TOKEN cannot see it; check the repository name/,
    );
  });

  it("an HTML page from a wrong GITHUB_API_URL says what the URL should be", async () => {
    labels("https://ghe.example.com");
    nock("https://ghe.example.com")
      .get(`${BASE}/issues`)
      .query(true)
      .reply(404, "<!DOCTYPE html><html><body>Not the API</body></html>", { "content-type": "text/html" });
    const { run, err } = cli({ GITHUB_API_URL: "https://ghe.example.com" });
    expect(await run("plan")).toBe(1);
    expect(err()).toMatch(
      /answered GET \S+ with an HTML page, not the GitHub API: .*https:\/\/HOST\/api\/v3\n$/,
    );
    expect(err()).toContain("https://ghe.example.com (from GITHUB_API_URL)");
    expect(err()).not.toContain("<html>");
  });

  it("a 403 names the permission the token lacks", async () => {
    labels();
    nock("https://api.github.com")
      .get(`${BASE}/issues`)
      .query(true)
      .reply(403, { message: "Resource not accessible by personal access token" });
    const { run, err } = cli();
    expect(await run("plan")).toBe(1);
    expect(err()).toContain("the token lacks `issues: read`; use a token that has it");
  });

  it("an unreachable API names the URL and the variable that set it", async () => {
    const { run, err } = cli({ GITHUB_API_URL: "http://127.0.0.1:9" });
    expect(await run("plan")).toBe(1);
    expect(err()).toMatch(
      /^roadmap plan: cannot reach http:\/\/127\.0\.0\.1:9 \(from GITHUB_API_URL\): .*Check the URL in GITHUB_API_URL/,
    );
  });
});
