import nock from "nock";
import { describe, expect, it } from "vitest";
import { fakeCli } from "../../helpers/cli.js";
import { FakeGitHub } from "../../helpers/fake-github.js";
import { REPO } from "../../helpers/github.js";

/** A CLI with a token and a repository in its environment; `env` overrides (undefined unsets). */
function cli(env: Record<string, string | undefined> = {}) {
  return fakeCli({
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
    expect(out()).toMatch(/^octo-learner\/roadmap: creates \d+ labels, creates 27 issues\n/);
    expect(github.requests.map((r) => r.method)).toEqual(["GET", "GET"]);
  });

  it("plan --json lists each request", async () => {
    new FakeGitHub().intercept();
    const { run, out } = cli();
    expect(await run("plan", "--json")).toBe(0);
    const plan = JSON.parse(out());
    expect(plan.operations.filter((op: { kind: string }) => op.kind === "create-issue")).toHaveLength(27);
    expect(plan.operations[0].request).toMatch(/^POST \/repos\/octo-learner\/roadmap\/labels \{"name":/);
  });

  it("sync applies, and a second sync writes nothing", async () => {
    const github = new FakeGitHub();
    github.intercept();
    expect(await cli().run("sync")).toBe(0);
    expect(github.issues).toHaveLength(27);
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
    expect(await cli().run("sync", "--max-writes", "30")).toBe(0);
    expect(github.issues).toHaveLength(27);
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
    expect(out()).toMatch(/^octo-learner\/roadmap: would apply: creates \d+ labels, creates 27 issues\n$/);
    expect(err()).toContain(
      '[dry run] create issue "Redis" for topic redis: POST /repos/octo-learner/roadmap/issues',
    );
  });

  it("an invalid roadmap fails before any request", async () => {
    const github = new FakeGitHub();
    github.intercept();
    const { run, err } = cli();
    expect(await run("sync", "--file", "tests/fixtures/broken/unknown-priority.yml")).toBe(1);
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
    expect(out()).toMatch(/creates 27 issues/);
    issues.done();
  });
});
