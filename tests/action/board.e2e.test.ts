// The Projects board through the Action's runner (issue 14): settings.project in the
// roadmap, project-token as its own input, the board's GraphQL answered by FakeProject.
import { afterEach, describe, expect, it } from "vitest";
import { allTopics } from "../../core/model/roadmap.js";
import { FakeGitHub } from "../helpers/fake-github.js";
import { FakeProject } from "../helpers/fake-project.js";
import nock from "nock";
import { API, REPO, testGitHub, trackUnmatched } from "../helpers/github.js";
import { eventFile, interceptActionRoutes, runAction, workspace } from "../helpers/action.js";
import { SEED, SEED_YML } from "../helpers/seed.js";

const unmatched = trackUnmatched();
afterEach(() => {
  expect(unmatched.unmatched).toEqual([]);
});

const PROJECT_TOKEN = "github_pat_project-token";
const ROADMAP = SEED_YML.replace(
  /^title: /m,
  "settings:\n  project: https://github.com/users/octo-learner/projects/3\ntitle: ",
);

function setUp() {
  const fake = new FakeGitHub();
  fake.contentLimits = {};
  const board = new FakeProject().attach(fake);
  board.tokens = [PROJECT_TOKEN];
  fake.intercept();
  interceptActionRoutes(fake);
  const ws = workspace();
  ws.write("roadmap/roadmap.yml", ROADMAP);
  return { fake, board, ws };
}

const run = (
  ws: ReturnType<typeof workspace>,
  inputs: Record<string, string>,
  event?: { name: string; path: string },
) =>
  runAction({
    workspace: ws,
    inputs,
    ...(event ? { event } : {}),
    run: { projectGitHub: (token) => testGitHub(token) },
  });

describe("the board through the Action", () => {
  it("with project-token: every topic an item, with the project's token only; a second run writes nothing to the board", async () => {
    const { fake, board, ws } = setUp();
    const first = await run(ws, { command: "sync", "project-token": PROJECT_TOKEN });
    expect(first.failed).toBe(false);
    const topics = allTopics(SEED).length;
    expect(board.items).toHaveLength(topics);
    expect(board.mutations).toHaveLength(3 + topics * 5);
    expect(new Set(board.requests.map((r) => r.authorization))).toEqual(new Set([`token ${PROJECT_TOKEN}`]));
    expect(first.summary).toContain(
      `**Board** ([project octo-learner/3](${board.url})): ${3 + topics * 5} change(s) in ${3 + 2 + 5} request(s).`,
    );
    // The secret is masked, never printed.
    expect(first.stdout).toContain(`::add-mask::${PROJECT_TOKEN}`);
    expect(first.stdout.split(`::add-mask::${PROJECT_TOKEN}`).join("")).not.toContain(PROJECT_TOKEN);

    board.requests.length = 0;
    fake.resetLog();
    const second = await run(ws, { command: "sync", "project-token": PROJECT_TOKEN });
    expect(second.failed).toBe(false);
    expect(board.requests.map((r) => r.name)).toEqual(["boardProject"]);
    expect(fake.writes).toEqual([]);
    expect(second.summary).toContain("): in step.");
  });

  it("without project-token: one warning that says what to do, the board skipped, the issues synced", async () => {
    const { fake, board, ws } = setUp();
    const result = await run(ws, { command: "sync" });
    expect(result.failed).toBe(false);
    const warnings = result.stdout.split("\n").filter((line) => line.startsWith("::warning::"));
    expect(warnings).toEqual([
      expect.stringContaining(
        "the roadmap names project octo-learner/3, but no project-token is given: the board is skipped.",
      ),
    ]);
    expect(warnings[0]).toContain("fine-grained token with Projects read and write");
    expect(board.requests).toEqual([]);
    expect(fake.issues).toHaveLength(allTopics(SEED).length + SEED.sections.length);
  });

  it("a token that cannot reach the project: a warning with the fix, the run does not fail", async () => {
    const { board, ws } = setUp();
    const result = await run(ws, { command: "sync", "project-token": "github_pat_other" });
    expect(result.failed).toBe(false);
    expect(board.requests.map((r) => r.name)).toEqual(["boardProject"]);
    expect(result.stdout).toMatch(
      /::warning::project octo-learner\/3 was not found, or this token cannot see it/,
    );
  });

  it("closing a topic's issue moves its item to Done (issues event)", async () => {
    const { fake, board, ws } = setUp();
    await run(ws, { command: "sync", "project-token": PROJECT_TOKEN });
    fake.files.set("README.md", "<!-- roadmap:start -->\n<!-- roadmap:end -->\n");
    const redis = fake.issues.find((issue) => issue.title === "Redis")!;
    expect(board.valueOf(redis.node_id, "Status")).toBe("Todo");
    Object.assign(redis, { state: "closed", state_reason: "completed" });
    board.requests.length = 0;
    const path = eventFile("issues.closed", (payload) => {
      Object.assign(payload.issue, structuredClone(redis));
    });
    const result = await run(ws, { "project-token": PROJECT_TOKEN }, { name: "issues", path });
    expect(result.failed).toBe(false);
    expect(board.requests.map((r) => r.name)).toEqual(["boardIssueItem", "setProjectField"]);
    expect(board.valueOf(redis.node_id, "Status")).toBe("Done");
    expect(result.summary).toContain("board: item moved");
  });

  it("command: doctor checks the board with project-token, and says which token works without it", async () => {
    const { fake, board, ws } = setUp();
    const workflow = () =>
      nock(API)
        .get(`/repos/${REPO.owner}/${REPO.repo}/actions/workflows/roadmap.yml`)
        .reply(200, { state: "active" });
    workflow();
    const checked = await run(ws, { command: "doctor", "project-token": PROJECT_TOKEN });
    expect(checked.stdout).toContain(
      '✓ project octo-learner/3 ("Learning roadmap") is reachable and writable with project-token',
    );
    expect(board.requests.map((r) => r.name)).toEqual(["boardCheck"]);
    expect(fake.writes).toEqual([]);
    workflow();
    const missing = await run(ws, { command: "doctor" });
    expect(missing.failed).toBe(true);
    expect(missing.stdout).toContain(
      "✗ the roadmap names project octo-learner/3, but no project-token is given",
    );
    expect(missing.stdout).not.toContain("::warning::the roadmap names");
  });
});
