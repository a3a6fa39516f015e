// GitHub requests per study-notes pull request event against the fewest possible, on a
// repository synced with the seed roadmap (27 topic issues). The repository is the
// in-memory fake behind nock the tests use, plus a PR's file list and check runs, so
// these are the exact requests the code sends (core/notes, as the app and the Action run it).
//
// F = notes files in the PR, T = topics they belong to, I = ceil(topic issues / 100).
// Minimums, REST only, one request per Contents API file:
// - opened: the file list (which notes), the roadmap (which topics), each note's front
//   matter (F), the topic issues (#N and ticks, I), the PR's comments (is our comment
//   there already: a re-run must not add a second) = 3 + F + I reads; the missing labels in
//   one POST, one comment, one check run = 3 writes.
// - synchronize with nothing changed: the same reads, and the new head's check run only.
// - merge: the file list, the PR's comments (a repeated event stops here), the roadmap,
//   F notes, I, each topic issue's comments (its "notes merged in #N" marker: without it a
//   run that stopped half way would comment twice), and each ticked topic's issue once more
//   right before its writes (GitHub's issue update replaces the body whole: a tick made
//   since the list was read, seconds earlier with throttled writes, would be lost) =
//   3 + F + I + 2T reads (every topic here gets a tick); per topic the status label (DELETE
//   + POST: the label set is never rewritten whole), one PATCH with the ticks, one comment
//   = 4T writes, and the PR comment marked as merged = 1.
// - the same merge again: the file list (is it a notes PR) and the PR's comments (already
//   applied) = 2. (Reading the comments first would make it 1, and every merged PR without
//   notes 2 instead of 1.)
// - a PR without notes: the file list only (the app shares it with the roadmap check).
// - a title edit: nothing.
import nock from "nock";
import { readFileSync } from "node:fs";
import { silentLogger } from "../core/github/client.js";
import { handleNotesPullRequest } from "../core/notes/pr-event.js";
import type { PullRequestPayload } from "../core/notes/pull-request.js";
import { syncRoadmap } from "../core/sync/sync.js";
import { parseRoadmapOrThrow } from "../core/validate/validate-roadmap.js";
import { API, REPO } from "../tests/helpers/constants.js";
import { FakeGitHub } from "../tests/helpers/fake-github.js";
import { testGitHub } from "../tests/helpers/test-client.js";
import {
  editedPayload,
  mergedPayload,
  openedPayload,
  synchronizePayload,
} from "../tests/helpers/pull-requests.js";
import type { BenchSection, RequestRow } from "./harness.js";
import { pages, requestTable } from "./harness.js";

const BASE = `/repos/${REPO.owner}/${REPO.repo}`;

/** Notes for one topic, or for three (six files, two focus items each on the first three). */
const NOTES: Record<string, Record<string, string>> = {
  "1 topic, 1 file": { "notes/redis/caching.md": "---\nfocus: [caching]\n---\n# Caching\n" },
  "3 topics, 6 files": {
    "notes/redis/caching.md": "---\nfocus: [caching, rate limiting]\n---\n",
    "notes/redis/pubsub.md": "# Pub/sub\n",
    "notes/postgresql/explain.md": "---\nfocus: [EXPLAIN, query planning]\n---\n",
    "notes/postgresql/locks.md": "# Locks\n",
    "notes/django/orm.md": "---\nfocus: [ORM deep dive, performance]\n---\n",
    "notes/django/services.md": "# Services\n",
  },
};

async function scenarios(name: string, notes: Record<string, string>): Promise<RequestRow[]> {
  nock.disableNetConnect();
  const fake = new FakeGitHub();
  fake.intercept();
  const deps = { github: testGitHub(), repo: REPO, log: silentLogger };
  const roadmapYml = readFileSync("roadmap/roadmap.yml", "utf8");
  await syncRoadmap(deps, parseRoadmapOrThrow(roadmapYml, "roadmap/roadmap.yml"));
  fake.files.set("roadmap/roadmap.yml", roadmapYml);
  for (const [path, text] of Object.entries(notes)) fake.files.set(path, text);
  const pullIssue = fake.addIssue({ title: "Notes", body: "" });
  pullIssue.pull_request = {};
  const pull = pullIssue.number;
  let files = Object.keys(notes).map((filename) => ({ filename, status: "added" }));

  const record = (method: string, uri: string, body?: unknown) =>
    fake.requests.push({ method, path: decodeURIComponent(uri), ...(body === undefined ? {} : { body }) });
  const scope = nock(API).persist();
  scope.get(new RegExp(`^${BASE}/pulls/${pull}/files`)).reply((uri) => (record("GET", uri), [200, files]));
  scope.post(`${BASE}/check-runs`).reply((uri, body) => (record("POST", uri, body), [201, { id: 1 }]));

  const topicIssues = fake.issues.filter((issue) => !issue.pull_request).length;
  const F = Object.keys(notes).length;
  const T = new Set(Object.keys(notes).map((path) => path.split("/")[1])).size;
  const I = pages(topicIssues);
  const rows: RequestRow[] = [];
  const run = async (event: string, minimum: number, payload: Record<string, unknown>) => {
    (payload as { number: number }).number = pull;
    (payload as { pull_request: { number: number } }).pull_request.number = pull;
    fake.resetLog();
    const start = performance.now();
    await handleNotesPullRequest(deps, payload as unknown as PullRequestPayload);
    const ms = performance.now() - start;
    rows.push({
      subject: name,
      scenario: event,
      requests: fake.requests.length,
      writes: fake.writes.length,
      minimum,
      ms,
    });
  };

  await run("opened", 3 + F + I + 3, openedPayload());
  // Every topic above is in Backend Core: the labels the opened event added.
  const labels = ["notes", "section: Backend Core"];
  await run("synchronize, nothing changed", 3 + F + I + 1, synchronizePayload({ labels }));
  await run("edited (title only)", 0, editedPayload({ title: { from: "x" } }));
  await run("merged", 3 + F + I + 2 * T + 4 * T + 1, mergedPayload());
  await run("the same merge again", 2, mergedPayload());
  files = [{ filename: "README.md", status: "modified" }];
  await run("a PR without notes (opened)", 1, openedPayload());
  nock.cleanAll();
  return rows;
}

export const notesRequests: BenchSection = {
  title: "Study notes: GitHub requests per pull request event",
  async run() {
    const rows: RequestRow[] = [];
    for (const [name, notes] of Object.entries(NOTES)) rows.push(...(await scenarios(name, notes)));
    return requestTable("notes PR", "event", rows);
  },
};
