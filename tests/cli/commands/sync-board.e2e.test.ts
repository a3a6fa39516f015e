// `roadmap sync` with a roadmap that names a Projects board: the board's requests with
// ROADMAP_PROJECT_TOKEN, or the CLI's own token when it is not set.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fakeCli } from "../../helpers/cli.js";
import { FakeGitHub } from "../../helpers/fake-github.js";
import { FakeProject } from "../../helpers/fake-project.js";
import { REPO } from "../../helpers/github.js";
import { SEED_YML } from "../../helpers/seed.js";

const CHECKOUT = mkdtempSync(join(tmpdir(), "roadmap-board-"));
mkdirSync(join(CHECKOUT, "roadmap"));
writeFileSync(
  join(CHECKOUT, "roadmap/roadmap.yml"),
  SEED_YML.replace(/^title: /m, "settings:\n  project: { owner: octo-learner, number: 3 }\ntitle: "),
);
afterAll(() => rmSync(CHECKOUT, { recursive: true, force: true }));

function cli(env: Record<string, string | undefined> = {}) {
  return fakeCli({
    cwd: CHECKOUT,
    octokit: { retries: 0, msPerSecond: 0 },
    env: { GITHUB_TOKEN: "test-token", GITHUB_REPOSITORY: `${REPO.owner}/${REPO.repo}`, ...env },
  });
}

function setUp() {
  const fake = new FakeGitHub();
  fake.contentLimits = {};
  const board = new FakeProject().attach(fake);
  fake.intercept();
  return { fake, board };
}

describe("roadmap sync with a board", () => {
  it("uses ROADMAP_PROJECT_TOKEN for the board, and a second sync writes nothing", async () => {
    const { fake, board } = setUp();
    const first = cli({ ROADMAP_PROJECT_TOKEN: "github_pat_board" });
    expect(await first.run("sync")).toBe(0);
    expect(first.out()).toMatch(/\nproject octo-learner\/3: 138 change\(s\) in 10 request\(s\)\n$/);
    expect(board.items).toHaveLength(27);
    expect(new Set(board.requests.map((r) => r.authorization))).toEqual(new Set(["token github_pat_board"]));
    board.requests.length = 0;
    fake.resetLog();
    const second = cli({ ROADMAP_PROJECT_TOKEN: "github_pat_board" });
    expect(await second.run("sync")).toBe(0);
    expect(second.out()).toBe("octo-learner/roadmap: no changes\nproject octo-learner/3: in step\n");
    expect(board.requests.map((r) => r.name)).toEqual(["boardProject"]);
    expect(fake.writes).toEqual([]);
  });

  it("falls back to GITHUB_TOKEN for the board", async () => {
    const { board } = setUp();
    expect(await cli().run("sync")).toBe(0);
    expect(new Set(board.requests.map((r) => r.authorization))).toEqual(new Set(["token test-token"]));
  });

  it("plan --json lists the board's mutations too, reading only", async () => {
    const { fake, board } = setUp();
    // The issues exist (a sync without the board's token reaching it), the board is new.
    board.tokens = ["github_pat_board"];
    expect(await cli().run("sync")).toBe(0);
    board.tokens = undefined;
    fake.resetLog();
    board.requests.length = 0;
    const planned = cli();
    expect(await planned.run("plan", "--json")).toBe(0);
    const plan = JSON.parse(planned.out());
    expect(plan.operations).toEqual([]);
    expect(plan.board.project).toBe("project octo-learner/3");
    // 3 fields, then 27 items and 108 values in batches of 25.
    expect(plan.board.operations).toHaveLength(3 + 2 + 5);
    expect(plan.board.operations[0]).toMatchObject({
      kind: "create-project-field",
      method: "POST",
      path: "/graphql",
      body: { variables: { name: "Priority", dataType: "SINGLE_SELECT" } },
    });
    expect(plan.board.operations.at(-1).body.variables.item0).toMatch(/^new:/);
    expect(board.requests.map((r) => r.name)).toEqual(["boardProject"]);
    expect(fake.writes).toEqual([]);
  });
});
