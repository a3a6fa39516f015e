// `roadmap doctor` on a repository `roadmap init` made, then with each thing it checks
// broken in turn: ✓ or ✗ per check, the fix under each ✗, exit 1 on any ✗. Online, GitHub
// is the double (FakeGitHub) and nothing may be written.
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import nock from "nock";
import { silentLogger } from "../../../core/github/client.js";
import { syncRoadmap } from "../../../core/sync/sync.js";
import { parseRoadmapOrThrow } from "../../../core/validate/validate-roadmap.js";
import { ROOT, runCli } from "../../helpers/cli.js";
import { FakeGitHub } from "../../helpers/fake-github.js";
import { FakeProject } from "../../helpers/fake-project.js";
import { API, REPO, REPO_PATH, testGitHub } from "../../helpers/github.js";

const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function scaffolded(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "roadmap-doctor-"));
  temporary.push(dir);
  expect((await runCli(["init"], { cwd: dir })).code).toBe(0);
  return dir;
}

const edit = (dir: string, path: string, change: (text: string) => string) =>
  writeFileSync(join(dir, path), change(readFileSync(join(dir, path), "utf8")));

describe("roadmap doctor --offline", () => {
  it("passes every check on a freshly scaffolded repository", async () => {
    const dir = await scaffolded();
    const { code, stdout, stderr } = await runCli(["doctor", "--offline"], { cwd: dir });
    expect(stderr).toBe("");
    expect(stdout).toBe(
      [
        "✓ roadmap/roadmap.yml is valid",
        "✓ README.md has the <!-- roadmap:start --> and <!-- roadmap:end --> lines",
        "✓ roadmap/schema.json is current",
        `✓ the Action's roadmap/leetcode.yml has 267 medium problems for "LeetCode (1 problem/day)"`,
        '✓ .github/workflows/roadmap.yml: jobs "roadmap", "scheduled", "notes", "notes-merge" run the Action with the permissions each needs',
        "",
        "all 5 checks passed",
        "",
      ].join("\n"),
    );
    expect(code).toBe(0);
    // DIR instead of the working directory gives the same answer.
    expect(await runCli(["doctor", "--offline", dir], { cwd: ROOT })).toEqual({ code, stdout, stderr });
  });

  it("fails with the fix for each broken part", async () => {
    const dir = await scaffolded();
    edit(dir, "README.md", (text) => text.replace("<!-- roadmap:end -->\n", ""));
    edit(dir, "roadmap/schema.json", (text) => text.replace('"title"', '"old-title"'));
    edit(dir, "roadmap/roadmap.yml", (text) =>
      text.replace(
        "practice: { site: leetcode, difficulty: medium",
        "practice: { site: leetcode, difficulty: hard",
      ),
    );
    edit(dir, ".github/workflows/roadmap.yml", (text) =>
      text.replace("      issues: write # topic issues, labels, the daily comment\n", ""),
    );
    const { code, stdout } = await runCli(["doctor", "--offline"], { cwd: dir });
    expect(code).toBe(1);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe("✓ roadmap/roadmap.yml is valid");
    expect(stdout).toMatch(
      /^✗ README\.md has no progress block \(found: <!-- roadmap:start --> on line \d+, <!-- roadmap:end --> missing\)\n {4}fix: put the two lines/m,
    );
    expect(stdout).toMatch(/^✗ roadmap\/schema\.json is stale .*\n {4}fix: run `roadmap schema --write`$/m);
    expect(stdout).toMatch(
      /^✗ the Action's roadmap\/leetcode\.yml has no hard problems, the daily difficulty of "LeetCode \(1 problem\/day\)"\n {4}fix: build a pool with them, in the roadmap-ops clone: `npx roadmap leetcode-pool --difficulty hard --out <your repo>\/roadmap\/leetcode\.yml --write`/m,
    );
    expect(stdout).toMatch(
      /^✗ \.github\/workflows\/roadmap\.yml: job "roadmap" runs the Action without issues: write\n {4}fix: give the job permissions:/m,
    );
    expect(stdout.trimEnd().endsWith("4 of 5 checks failed")).toBe(true);
  });

  it("uses the repository's own pool when it has one, and lists an invalid roadmap's problems", async () => {
    const dir = await scaffolded();
    writeFileSync(
      join(dir, "roadmap/leetcode.yml"),
      "problems:\n  - { id: 1, title: Two Sum, slug: two-sum, difficulty: Easy, pattern: Arrays }\n",
    );
    edit(dir, "roadmap/roadmap.yml", (text) =>
      text.replace("difficulty: medium, source: pool", "difficulty: easy, source: pool"),
    );
    const good = await runCli(["doctor", "--offline"], { cwd: dir });
    expect(good.stdout).toContain(
      '✓ roadmap/leetcode.yml has 1 easy problems for "LeetCode (1 problem/day)"',
    );
    expect(good.code).toBe(0);

    edit(dir, "roadmap/roadmap.yml", (text) => text.replace("id: git", "id: Git Basics"));
    const bad = await runCli(["doctor", "--offline"], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(
      /^✗ roadmap\/roadmap\.yml is not valid \(1 problem\)\n {4}roadmap\/roadmap\.yml:\d+:\d+: .*\n {4}fix: /m,
    );
  });

  it("says when the workflow is missing", async () => {
    const dir = await scaffolded();
    unlinkSync(join(dir, ".github/workflows/roadmap.yml"));
    const { code, stdout } = await runCli(["doctor", "--offline"], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toContain("✗ no workflow in .github/workflows/ runs the roadmap-ops Action\n    fix: ");
  });

  it("rejects a second directory with its usage", async () => {
    const { code, stderr } = await runCli(["doctor", "a", "b"], { cwd: ROOT });
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^roadmap doctor: unexpected argument "b"; usage: roadmap doctor \[DIR\] \[--offline\]/,
    );
  });
});

describe("roadmap doctor (online: what GitHub says, read only)", () => {
  const env = { GITHUB_TOKEN: "ghp_learner", GITHUB_REPOSITORY: `${REPO.owner}/${REPO.repo}` };

  /** The repository as GitHub answers for it: a user token with write access, the workflow active. */
  function github(options: { scopes?: string; push?: boolean; workflow?: string } = {}) {
    const fake = new FakeGitHub();
    fake.intercept();
    nock(API)
      .get(REPO_PATH)
      .reply(
        200,
        {
          full_name: `${REPO.owner}/${REPO.repo}`,
          private: false,
          permissions: { push: options.push ?? true },
        },
        {
          ...(options.scopes !== undefined ? { "x-oauth-scopes": options.scopes } : {}),
        },
      )
      .get(`${REPO_PATH}/actions/workflows/roadmap.yml`)
      .reply(200, { state: options.workflow ?? "active" });
    return fake;
  }

  it("after a first sync: every check passes, and nothing is written", async () => {
    const dir = await scaffolded();
    const fake = github({ scopes: "repo, workflow" });
    const roadmap = parseRoadmapOrThrow(
      readFileSync(join(dir, "roadmap/roadmap.yml")),
      "roadmap/roadmap.yml",
    );
    await syncRoadmap({ github: testGitHub(), repo: REPO, log: silentLogger }, roadmap);
    fake.resetLog();
    const { code, stdout } = await runCli(["doctor"], { cwd: dir, env, octokit: { retries: 0 } });
    expect(stdout).toContain("✓ octo-learner/roadmap is visible to the token\n");
    expect(stdout).toContain("✓ the classic token's scopes are enough (repo, workflow)\n");
    expect(stdout).toContain("✓ every label the roadmap uses is in place\n");
    expect(stdout).toMatch(/✓ the daily-practice issue #\d+ is open\n/);
    expect(stdout).toContain("✓ the workflow roadmap.yml is enabled\n");
    expect(code).toBe(0);
    expect(fake.writes).toEqual([]);
  });

  it("before any sync, with the schedule disabled: each ✗ says what to do", async () => {
    const dir = await scaffolded();
    const fake = github({ workflow: "disabled_inactivity" });
    const { code, stdout } = await runCli(["doctor"], { cwd: dir, env, octokit: { retries: 0 } });
    expect(code).toBe(1);
    expect(stdout).toMatch(/✗ \d+ labels are missing or out of date\n {4}fix: run the workflow once/);
    expect(stdout).toContain("does not exist yet\n    fix: run the workflow once");
    expect(stdout).toContain(
      "✗ the workflow roadmap.yml is disabled_inactivity (60 days without activity)\n    fix: enable it: Actions tab",
    );
    expect(fake.writes).toEqual([]);
  });

  it("a token GitHub refuses, or none at all", async () => {
    const dir = await scaffolded();
    nock(API).get(REPO_PATH).reply(401, { message: "Bad credentials" });
    const refused = await runCli(["doctor"], { cwd: dir, env, octokit: { retries: 0 } });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain(
      "✗ the token is not valid\n    fix: the token is expired, revoked or mistyped",
    );
    const none = await runCli(["doctor"], { cwd: dir, env: {} });
    expect(none.stdout).toContain("✗ no token: GitHub was not asked\n    fix: set GITHUB_TOKEN");
  });

  it("finds the repository from the folder's git remote, as plan and sync do", async () => {
    const dir = await scaffolded();
    const asked = nock(API).get(REPO_PATH).reply(401, { message: "Bad credentials" });
    const { stdout } = await runCli(["doctor"], {
      cwd: dir,
      env: { GITHUB_TOKEN: "ghp_learner" },
      octokit: { retries: 0 },
      gitOriginUrl: `https://github.com/${REPO.owner}/${REPO.repo}.git`,
    });
    asked.done();
    expect(stdout).toContain("✗ the token is not valid");
  });

  it("GitHub not answering at all is the network's fault, not the token's", async () => {
    const dir = await scaffolded();
    nock(API).get(REPO_PATH).replyWithError("getaddrinfo ENOTFOUND api.github.com");
    const { code, stdout } = await runCli(["doctor"], { cwd: dir, env, octokit: { retries: 0 } });
    expect(code).toBe(1);
    expect(stdout).toContain("✗ GitHub did not answer\n    fix: cannot reach the GitHub API: ");
    expect(stdout).not.toContain("not visible to the token");
  });
});

describe("roadmap doctor and the Projects board (settings.project)", () => {
  const env = { GITHUB_TOKEN: "ghp_learner", GITHUB_REPOSITORY: `${REPO.owner}/${REPO.repo}` };

  async function withBoard(project: string) {
    const dir = await scaffolded();
    edit(dir, "roadmap/roadmap.yml", (text) =>
      text.replace(/^title: /m, `settings:\n  project: ${project}\ntitle: `),
    );
    const fake = new FakeGitHub();
    const board = new FakeProject().attach(fake);
    fake.intercept();
    repository();
    return { dir, fake, board };
  }

  function repository() {
    nock(API)
      .get(REPO_PATH)
      .reply(200, { full_name: `${REPO.owner}/${REPO.repo}`, permissions: { push: true } })
      .get(`${REPO_PATH}/actions/workflows/roadmap.yml`)
      .reply(200, { state: "active" });
  }

  it("reads the project once with ROADMAP_PROJECT_TOKEN and says it is writable; nothing is written", async () => {
    const { dir, fake, board } = await withBoard("https://github.com/users/octo-learner/projects/3");
    board.tokens = ["github_pat_board"];
    const { stdout } = await runCli(["doctor"], {
      cwd: dir,
      env: { ...env, ROADMAP_PROJECT_TOKEN: "github_pat_board" },
      octokit: { retries: 0 },
    });
    expect(stdout).toContain(
      '✓ project octo-learner/3 ("Learning roadmap") is reachable and writable with ROADMAP_PROJECT_TOKEN\n',
    );
    expect(board.requests.map((r) => [r.name, r.variables])).toEqual([
      ["boardCheck", { owner: "octo-learner", number: 3 }],
    ]);
    expect(fake.writes).toEqual([]);
  });

  it("a token that cannot see or write a user's project: which token works", async () => {
    const { dir, board } = await withBoard("{ owner: octo-learner, number: 3 }");
    board.tokens = ["github_pat_board"];
    const hidden = await runCli(["doctor"], { cwd: dir, env, octokit: { retries: 0 } });
    expect(hidden.code).toBe(1);
    expect(hidden.stdout).toContain(
      "✗ project octo-learner/3 is not reachable with GITHUB_TOKEN: not found, or the token cannot see it\n    fix: check settings.project",
    );
    expect(hidden.stdout).toContain("fine-grained personal access token with Projects read and write");
    board.tokens = undefined;
    board.readOnly = true;
    repository();
    const readOnly = await runCli(["doctor"], { cwd: dir, env, octokit: { retries: 0 } });
    expect(readOnly.stdout).toContain(
      '✗ project octo-learner/3 ("Learning roadmap") is visible to GITHUB_TOKEN, which cannot write it\n    fix: a GITHUB_TOKEN and a GitHub App cannot write a user\'s project',
    );
  });
});
