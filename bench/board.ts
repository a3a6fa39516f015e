// The Projects (v2) board (issue 14): GitHub requests per job with the board on, against the
// fewest possible, for the seed roadmap (the test fixture, 27 topics). The repository and the
// board are the in-memory fakes the tests use (FakeGitHub + FakeProject), so these are the
// exact requests the code sends; "board" counts the GraphQL ones among them.
//
// Minimums (REST as in bench/sync.ts, plus the board's):
// - bootstrap: the REST bootstrap (with the sections' parents and sub-issues) + 1 board read
//   (ceil(items / 100), 1 for an empty board) + 1 request per missing field (Priority,
//   Difficulty, Time: a new board has Status; a field's creation is not idempotent, so it is not
//   batched) + the topics' adds and their values (Status, Priority, Difficulty, Time: 4 per
//   topic) in batches of 25 mutations a request (core/board/batch.ts: GitHub counts a request
//   with mutations as 5 secondary-limit points whatever it carries);
// - no-op re-sync: the REST list reads + ceil(items / 100) board reads, no mutation;
// - the same with 250 more items on the board (other repositories' issues): 3 board reads;
// - a status event (issue closed): the REST event's 3 + 1 read of the issue's item + 1 mutation;
// - the same event delivered again: the REST GET + the item's read.
import nock from "nock";
import { silentLogger } from "../core/github/client.js";
import type { Roadmap } from "../core/model/schema.js";
import { allTopics } from "../core/model/roadmap.js";
import { boardAccess } from "../core/board/access.js";
import { BATCH_SIZE } from "../core/board/batch.js";
import { handleIssueEvent } from "../core/sync/status-event.js";
import type { RestIssue } from "../core/issues/topic-issues.js";
import { syncRoadmap } from "../core/sync/sync.js";
import { FakeGitHub } from "../tests/helpers/fake-github.js";
import { FakeProject } from "../tests/helpers/fake-project.js";
import { REPO } from "../tests/helpers/constants.js";
import { testGitHub } from "../tests/helpers/test-client.js";
import { SEED } from "../tests/helpers/seed.js";
import type { BenchSection } from "./harness.js";
import { markdownTable, pages } from "./harness.js";

interface BoardRow {
  scenario: string;
  requests: number;
  board: number;
  mutations: number;
  minimum: number;
}

async function scenarios(roadmap: Roadmap): Promise<BoardRow[]> {
  nock.disableNetConnect();
  const fake = new FakeGitHub();
  fake.contentLimits = {};
  const board = new FakeProject().attach(fake);
  fake.intercept();
  const deps = { github: testGitHub(), repo: REPO, log: silentLogger };
  const access = boardAccess(roadmap, testGitHub("project-token"))!;
  const rows: BoardRow[] = [];
  const measure = async (scenario: string, minimum: () => number, job: () => Promise<unknown>) => {
    fake.resetLog();
    board.requests.length = 0;
    await job();
    rows.push({
      scenario,
      requests: fake.requests.length,
      board: fake.requests.filter((request) => request.path === "/graphql").length,
      mutations: board.mutations.length,
      minimum: minimum(),
    });
  };
  const topics = allTopics(roadmap).length;

  await measure(
    "bootstrap: empty repository, new board",
    () =>
      2 +
      fake.labels.length +
      fake.issues.length +
      topics +
      pages(0) +
      3 +
      Math.ceil(topics / BATCH_SIZE) +
      Math.ceil((topics * 4) / BATCH_SIZE),
    () => syncRoadmap(deps, roadmap, { board: access }),
  );
  const listReads = () => pages(fake.issues.length) + pages(fake.labels.length) + pages(board.items.length);
  await measure("no-op re-sync", listReads, () => syncRoadmap(deps, roadmap, { board: access }));
  for (let i = 0; i < 250; i++) board.addItem(`I_elsewhere${i}`);
  await measure("no-op re-sync, 250 more items on the board", listReads, () =>
    syncRoadmap(deps, roadmap, { board: access }),
  );

  const first = roadmap.sections[1]!.topics[0]!;
  const issue = fake.issues.find((candidate) => candidate.body.includes(`roadmap:topic=${first.id} `))!;
  Object.assign(issue, { state: "closed", state_reason: "completed" });
  const payload = { action: "closed", issue: structuredClone(issue) as unknown as RestIssue };
  await measure(
    "status event (issue closed): item to Done",
    () => 3 + 2,
    () => handleIssueEvent(deps, payload, { board: access }),
  );
  await measure(
    "the same event delivered again",
    () => 1 + 1,
    () => handleIssueEvent(deps, payload, { board: access }),
  );
  nock.cleanAll();
  return rows;
}

export const boardRequests: BenchSection = {
  title: "Projects board: GitHub requests per job with the board on",
  async run() {
    const rows = await scenarios({
      ...SEED,
      settings: { ...SEED.settings, project: "https://github.com/users/octo-learner/projects/3" },
    });
    return markdownTable(
      [
        "scenario (seed, 27 topics)",
        "requests",
        "of which board (GraphQL)",
        "board mutations",
        "minimum",
        "requests / minimum",
      ],
      rows.map((row) => [
        row.scenario,
        row.requests,
        row.board,
        row.mutations,
        row.minimum,
        (row.requests / row.minimum).toFixed(2),
      ]),
      [false, true, true, true, true, true],
    );
  },
};
