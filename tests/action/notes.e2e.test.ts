// Notes pull requests through the Action's `command: auto` (the real entry, action/runner.ts),
// on a repository synced with the seed roadmap: the in-memory FakeGitHub behind nock, plus
// the two routes only notes use (a PR's file list, check runs), recorded the same way.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../core/github/client.js";
import { syncRoadmap } from "../../core/sync/sync.js";
import { parseRoadmapOrThrow } from "../../core/validate/validate-roadmap.js";
import { interceptActionRoutes, README, runAction, workspace } from "../helpers/action.js";
import { FakeGitHub } from "../helpers/fake-github.js";
import { API, REPO, testGitHub, trackUnmatched } from "../helpers/github.js";
import type { Payload } from "../helpers/webhooks.js";
import { HEAD_SHA, MERGE_SHA, mergedPayload, openedPayload } from "../helpers/pull-requests.js";
import { SEED_YML } from "../helpers/seed.js";

const ROADMAP_YML = SEED_YML;
const seed = parseRoadmapOrThrow(ROADMAP_YML, "roadmap/roadmap.yml");
const BASE = `/repos/${REPO.owner}/${REPO.repo}`;
const NOTE = "---\nfocus: [caching, rate limiting]\n---\n# Redis\n";

const unmatched = trackUnmatched();
afterEach(() => {
  nock.cleanAll();
  expect(unmatched.unmatched).toEqual([]);
});

/** The seed synced (27 topic issues), README and roadmap on the branch, and pull request #28 with one note. */
async function repositoryWithNotesPull(): Promise<{ fake: FakeGitHub; pull: number; redis: number }> {
  const fake = new FakeGitHub();
  fake.intercept();
  interceptActionRoutes(fake);
  await syncRoadmap({ github: testGitHub(), repo: REPO, log: silentLogger }, seed);
  fake.files.set("README.md", README);
  fake.files.set("roadmap/roadmap.yml", ROADMAP_YML);
  fake.files.set("notes/redis/caching.md", NOTE);
  const pull = fake.addIssue({ title: "Redis notes", body: "Notes." });
  pull.pull_request = {};

  const record = (method: string, uri: string, body?: unknown) =>
    fake.requests.push({ method, path: decodeURIComponent(uri), ...(body === undefined ? {} : { body }) });
  const scope = nock(API).persist();
  scope.get(new RegExp(`^${BASE}/pulls/${pull.number}/files`)).reply((uri) => {
    record("GET", uri);
    return [200, [{ filename: "notes/redis/caching.md", status: "added" }]];
  });
  scope.post(`${BASE}/check-runs`).reply((uri, body) => {
    record("POST", uri, body);
    return [201, { id: 1 }];
  });
  fake.resetLog();
  const redis = fake.issues.find((issue) => issue.title === "Redis")!.number;
  return { fake, pull: pull.number, redis };
}

function eventPath(payload: Payload, pull: number): string {
  payload.number = pull;
  payload.pull_request.number = pull;
  const path = join(mkdtempSync(join(tmpdir(), "roadmap-notes-event-")), "event.json");
  writeFileSync(path, JSON.stringify(payload));
  return path;
}

const requests = (fake: FakeGitHub) => fake.requests.map((request) => `${request.method} ${request.path}`);

describe("notes pull requests through the Action (command: auto)", () => {
  it("labels, comments and checks an opened notes PR; a re-run writes only the check", async () => {
    const { fake, pull } = await repositoryWithNotesPull();
    const path = eventPath(openedPayload(), pull);
    const result = await runAction({ workspace: workspace(), event: { name: "pull_request_target", path } });
    expect(result.failed).toBe(false);
    const reads = [
      `GET ${BASE}/pulls/${pull}/files?per_page=100`,
      `GET ${BASE}/contents/roadmap/roadmap.yml?ref=main`,
      `GET ${BASE}/contents/notes/redis/caching.md?ref=${HEAD_SHA}`,
      `GET ${BASE}/issues?labels=roadmap&state=all&per_page=100`,
      `GET ${BASE}/issues/${pull}/comments?per_page=100`,
    ];
    expect(requests(fake)).toEqual([
      ...reads,
      `POST ${BASE}/issues/${pull}/labels`,
      `POST ${BASE}/issues/${pull}/comments`,
      `POST ${BASE}/check-runs`,
    ]);
    expect(fake.requests[5]!.body).toEqual({ labels: ["notes", "section: Backend Core"] });
    expect(fake.requests.at(-1)!.body).toMatchObject({
      name: "roadmap notes",
      head_sha: HEAD_SHA,
      conclusion: "success",
      output: { title: "Notes for Redis", summary: "1 notes file for 1 topic: Redis." },
    });
    expect(fake.comments.filter((comment) => comment.issue === pull)).toHaveLength(1);
    expect(result.summary).toContain(
      `**Pull request #${pull}** (opened): notes for redis, check success, 2 writes`,
    );

    // A re-run of the same job: the PR is labelled and its comment is current.
    fake.resetLog();
    const payload = openedPayload({ labels: ["notes", "section: Backend Core"] });
    const again = await runAction({
      workspace: workspace(),
      event: { name: "pull_request_target", path: eventPath(payload, pull) },
    });
    expect(again.failed).toBe(false);
    expect(requests(fake)).toEqual([...reads, `POST ${BASE}/check-runs`]);
    expect(fake.comments.filter((comment) => comment.issue === pull)).toHaveLength(1);
  });

  it("on merge ticks the covered items, moves redis to in progress, comments once, then refreshes the README", async () => {
    const { fake, pull, redis } = await repositoryWithNotesPull();
    const result = await runAction({
      workspace: workspace(),
      event: { name: "pull_request", path: eventPath(mergedPayload(), pull) },
    });
    expect(result.failed).toBe(false);
    expect(fake.writes.map((request) => `${request.method} ${request.path}`)).toEqual([
      `DELETE ${BASE}/issues/${redis}/labels/status: todo`,
      `POST ${BASE}/issues/${redis}/labels`,
      `PATCH ${BASE}/issues/${redis}`,
      `POST ${BASE}/issues/${redis}/comments`,
      `POST ${BASE}/issues/${pull}/comments`,
      `PUT ${BASE}/contents/roadmap/progress.svg`,
      `PUT ${BASE}/contents/README.md`,
    ]);
    const issue = fake.issue(redis);
    expect(issue.labels.map((label) => label.name)).toContain("status: in progress");
    expect(issue.body).toContain("- [x] caching\n- [x] rate limiting\n- [ ] pub/sub\n- [ ] session storage");
    expect(fake.comments.filter((comment) => comment.issue === redis).map((comment) => comment.body)).toEqual(
      [
        `<!-- roadmap:notes-merged pr=${pull} -->\n📝 Notes merged in #${pull}: [notes/redis/caching.md](https://github.com/octo-learner/roadmap/blob/${MERGE_SHA}/notes/redis/caching.md)\n\nCovered: caching, rate limiting.\n`,
      ],
    );
    expect(fake.files.get("README.md")).toContain("🚧 in progress");
    expect(result.outputs["issues-updated"]).toBe("1");

    // The same merge event again (a re-run): two reads, no write, no README step.
    fake.resetLog();
    const again = await runAction({
      workspace: workspace(),
      event: { name: "pull_request", path: eventPath(mergedPayload(), pull) },
    });
    expect(again.failed).toBe(false);
    expect(requests(fake)).toEqual([
      `GET ${BASE}/pulls/${pull}/files?per_page=100`,
      `GET ${BASE}/issues/${pull}/comments?per_page=100`,
    ]);
  });

  it("prints the writes of a merge in a dry run and sends none", async () => {
    const { fake, pull } = await repositoryWithNotesPull();
    const result = await runAction({
      workspace: workspace(),
      inputs: { "dry-run": "true" },
      event: { name: "pull_request", path: eventPath(mergedPayload(), pull) },
    });
    expect(result.failed).toBe(false);
    expect(fake.writes).toEqual([]);
    expect(result.stdout).toContain("[dry run] #");
    expect(result.stdout).toContain("tick the items the merged notes cover");
  });
});
