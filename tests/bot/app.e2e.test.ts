// The app end to end: real webhook payloads through probot.receive, GitHub behind nock.
import type { Probot } from "probot";
import { beforeEach, describe, expect, it } from "vitest";
import { parseRoadmapOrThrow } from "../../core/validate/validate-roadmap.js";
import nock from "nock";
import { FakeGitHub } from "../helpers/fake-github.js";
import { API, REPO } from "../helpers/github.js";
import type { WebhookName } from "../helpers/probot.js";
import { deliveryId, testProbot } from "../helpers/probot.js";
import type { Payload } from "../helpers/webhooks.js";
import { inTestRepo, issuesClosedExample, webhookExample } from "../helpers/webhooks.js";
import { SEED_YML } from "../helpers/seed.js";

const ROADMAP_YML = SEED_YML;
const PATH = `/repos/${REPO.owner}/${REPO.repo}`;

let probot: Probot;

async function receive(name: WebhookName, payload: Payload, id = deliveryId()) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- fixtures are reshaped JSON
  await probot.receive({ id, name, payload } as any);
}

function pushExample(files: string[]): Payload {
  const payload = inTestRepo(webhookExample("push"), REPO.owner, REPO.repo);
  payload.ref = `refs/heads/${payload.repository.default_branch}`;
  payload.after = "abc123";
  payload.commits = [{ id: "abc123", message: "edit", added: [], removed: [], modified: files }];
  return payload;
}

/** The fake repository after a first sync of the real roadmap. */
async function syncedRepository(): Promise<FakeGitHub> {
  const github = new FakeGitHub();
  github.files.set("roadmap/roadmap.yml", ROADMAP_YML);
  github.intercept();
  await receive("push", pushExample(["roadmap/roadmap.yml"]));
  github.resetLog();
  return github;
}

function issueEvent(github: FakeGitHub, number: number, payload: Payload): Payload {
  const issue = github.issue(number);
  const event = inTestRepo(payload, REPO.owner, REPO.repo);
  Object.assign(event.issue, structuredClone(issue));
  if (payload.action === "closed") event.issue.state = "closed";
  return event;
}

describe("the Probot app", () => {
  beforeEach(async () => {
    // One app per test, like one server process: it remembers the deliveries it handled.
    probot = await testProbot();
  });

  it("runs on the committed roadmap, which is valid", () => {
    expect(() => parseRoadmapOrThrow(ROADMAP_YML, "roadmap/roadmap.yml")).not.toThrow();
  });

  it("syncs a newly installed repository that has the roadmap file: 27 topic issues and 10 sections' parents", async () => {
    const github = new FakeGitHub();
    github.files.set("roadmap/roadmap.yml", ROADMAP_YML);
    github.intercept();
    const payload = webhookExample("installation", "created");
    payload.repositories = [
      { id: 1, node_id: "R_1", name: REPO.repo, full_name: `${REPO.owner}/${REPO.repo}`, private: true },
    ];
    await receive("installation", payload);
    expect(github.issues).toHaveLength(27 + 10);
    expect(github.requests[0]).toEqual({ method: "GET", path: `${PATH}/contents/roadmap/roadmap.yml` });
  });

  it("goes on with the other repositories when one fails, then reports the failure", async () => {
    const broken = nock(API)
      .get(`/repos/${REPO.owner}/broken/contents/roadmap/roadmap.yml`)
      .reply(500, { message: "Server Error" });
    const github = new FakeGitHub();
    github.files.set("roadmap/roadmap.yml", ROADMAP_YML);
    github.intercept();
    const payload = webhookExample("installation", "created");
    payload.repositories = [
      { id: 2, node_id: "R_2", name: "broken", full_name: `${REPO.owner}/broken`, private: true },
      { id: 1, node_id: "R_1", name: REPO.repo, full_name: `${REPO.owner}/${REPO.repo}`, private: true },
    ];
    await expect(receive("installation", payload)).rejects.toThrow(/sync failed for octo-learner\/broken/);
    broken.done();
    expect(github.issues).toHaveLength(27 + 10);
  });

  it("skips an installed repository without a roadmap after one read", async () => {
    const github = new FakeGitHub();
    github.intercept();
    const payload = webhookExample("installation_repositories", "added");
    payload.repositories_added = [
      { id: 1, node_id: "R_1", name: REPO.repo, full_name: `${REPO.owner}/${REPO.repo}`, private: true },
    ];
    await receive("installation_repositories", payload);
    expect(github.requests).toEqual([{ method: "GET", path: `${PATH}/contents/roadmap/roadmap.yml` }]);
  });

  it("re-syncs on a push to the default branch that touches the roadmap, reading the branch as it is now (never an older pushed commit)", async () => {
    const github = await syncedRepository();
    await receive("push", pushExample(["roadmap/roadmap.yml"]));
    expect(github.requests).toEqual([
      { method: "GET", path: `${PATH}/contents/roadmap/roadmap.yml` },
      { method: "GET", path: `${PATH}/issues?labels=roadmap&state=all&per_page=100` },
      { method: "GET", path: `${PATH}/labels?per_page=100` },
    ]);
  });

  it("ignores pushes that do not touch the roadmap or go to another branch: no request", async () => {
    const github = await syncedRepository();
    await receive("push", pushExample(["README.md"]));
    const other = pushExample(["roadmap/roadmap.yml"]);
    other.ref = "refs/heads/feature";
    await receive("push", other);
    expect(github.requests).toEqual([]);
  });

  it("writes nothing when the pushed roadmap is invalid", async () => {
    const github = await syncedRepository();
    github.files.set("roadmap/roadmap.yml", ROADMAP_YML.replace("priority: critical", "priority: urgent"));
    await receive("push", pushExample(["roadmap/roadmap.yml"]));
    expect(github.requests).toEqual([{ method: "GET", path: `${PATH}/contents/roadmap/roadmap.yml` }]);
  });

  it("closing a topic issue makes it done: one read, then remove the old status and add the new", async () => {
    const github = await syncedRepository();
    github.issue(5).state = "closed";
    github.issue(5).state_reason = "completed";
    await receive("issues", issueEvent(github, 5, issuesClosedExample()));
    expect(github.requests).toEqual([
      { method: "GET", path: `${PATH}/issues/5` },
      { method: "DELETE", path: `${PATH}/issues/5/labels/status: todo` },
      { method: "POST", path: `${PATH}/issues/5/labels`, body: { labels: ["status: done"] } },
    ]);
  });

  it("a duplicate delivery writes nothing; the same event under a new id only reads", async () => {
    const github = await syncedRepository();
    github.issue(5).state = "closed";
    github.issue(5).state_reason = "completed";
    const event = issueEvent(github, 5, issuesClosedExample());
    await receive("issues", event, "same-delivery");
    github.resetLog();
    await receive("issues", event, "same-delivery");
    expect(github.requests).toEqual([]);
    await receive("issues", event);
    expect(github.requests).toEqual([{ method: "GET", path: `${PATH}/issues/5` }]);
  });

  it("a delivery whose handler failed runs again when GitHub redelivers it (same id)", async () => {
    const github = await syncedRepository();
    Object.assign(github.issue(5), { state: "closed", state_reason: "completed" });
    const event = issueEvent(github, 5, issuesClosedExample());
    const [issue] = github.issues.splice(4, 1); // GET /issues/5 answers 404: the handler fails
    await expect(receive("issues", event, "flaky-delivery")).rejects.toThrow();
    github.issues.splice(4, 0, issue!);
    github.resetLog();
    await receive("issues", event, "flaky-delivery");
    expect(github.writes).toEqual([
      { method: "DELETE", path: `${PATH}/issues/5/labels/status: todo` },
      { method: "POST", path: `${PATH}/issues/5/labels`, body: { labels: ["status: done"] } },
    ]);
  });

  it("closing as not planned drops the topic", async () => {
    const github = await syncedRepository();
    Object.assign(github.issue(6), { state: "closed", state_reason: "not_planned" });
    const event = issueEvent(github, 6, issuesClosedExample("not_planned"));
    await receive("issues", event);
    expect(github.writes).toEqual([
      { method: "DELETE", path: `${PATH}/issues/6/labels/status: todo` },
      { method: "POST", path: `${PATH}/issues/6/labels`, body: { labels: ["status: dropped"] } },
    ]);
  });

  it("ticking a focus box moves a todo topic to in progress; all boxes ticked stays in progress", async () => {
    const github = await syncedRepository();
    const issue = github.issue(5);
    issue.body = issue.body.replace("- [ ] caching", "- [x] caching");
    const edited = issueEvent(github, 5, webhookExample("issues", "edited"));
    edited.changes = { body: { from: "before" } };
    await receive("issues", edited);
    expect(github.writes).toEqual([
      { method: "DELETE", path: `${PATH}/issues/5/labels/status: todo` },
      { method: "POST", path: `${PATH}/issues/5/labels`, body: { labels: ["status: in progress"] } },
    ]);

    github.resetLog();
    issue.body = issue.body.replace(/- \[ \]/g, "- [x]");
    const allTicked = issueEvent(github, 5, webhookExample("issues", "edited"));
    allTicked.changes = { body: { from: "before" } };
    await receive("issues", allTicked);
    expect(github.requests).toEqual([]);
  });

  it("reopening undoes done: todo without ticks, in progress with ticks", async () => {
    const github = await syncedRepository();
    for (const number of [5, 6]) {
      Object.assign(github.issue(number), { state: "closed", state_reason: "completed" });
      await receive("issues", issueEvent(github, number, issuesClosedExample()));
    }
    github.issue(6).body = github.issue(6).body.replace("- [ ] retries", "- [x] retries");
    github.resetLog();
    for (const number of [5, 6]) {
      Object.assign(github.issue(number), { state: "open", state_reason: "reopened" });
      await receive("issues", issueEvent(github, number, webhookExample("issues", "reopened")));
    }
    expect(github.writes).toEqual([
      { method: "DELETE", path: `${PATH}/issues/5/labels/status: done` },
      { method: "POST", path: `${PATH}/issues/5/labels`, body: { labels: ["status: todo"] } },
      { method: "DELETE", path: `${PATH}/issues/6/labels/status: done` },
      { method: "POST", path: `${PATH}/issues/6/labels`, body: { labels: ["status: in progress"] } },
    ]);
  });

  it("ignores issues that are not topic issues and title-only edits: no request", async () => {
    const github = await syncedRepository();
    const opened = inTestRepo(webhookExample("issues", "opened"), REPO.owner, REPO.repo);
    opened.issue.body = "A question about the README";
    await receive("issues", opened);
    const retitled = issueEvent(github, 5, webhookExample("issues", "edited"));
    retitled.changes = { title: { from: "Old" } };
    await receive("issues", retitled);
    expect(github.requests).toEqual([]);
  });
});

describe("the roadmap check run on pull requests", () => {
  beforeEach(async () => {
    probot = await testProbot();
  });

  function pullRequest(number: number): Payload {
    const payload = inTestRepo(webhookExample("pull_request", "opened"), REPO.owner, REPO.repo);
    payload.number = number;
    payload.pull_request.number = number;
    payload.pull_request.head.sha = "headsha";
    return payload;
  }

  it("reports each problem of an invalid roadmap as an annotation on its line, and applies nothing", async () => {
    const github = await syncedRepository();
    github.files.set("roadmap/roadmap.yml", ROADMAP_YML.replace("priority: critical", "priority: urgent"));
    const line = ROADMAP_YML.split("\n").findIndex((text) => text.includes("priority: critical")) + 1;
    const files = nock(API)
      .get(`${PATH}/pulls/7/files?per_page=100`)
      .reply(200, [{ filename: "roadmap/roadmap.yml", status: "modified" }]);
    let checkRun: Payload = {};
    const checks = nock(API)
      .post(`${PATH}/check-runs`, (body) => ((checkRun = body), true))
      .reply(201, { id: 1 });
    await receive("pull_request", pullRequest(7));
    expect(checkRun).toMatchObject({
      name: "roadmap plan",
      head_sha: "headsha",
      status: "completed",
      conclusion: "failure",
      output: {
        title: "1 problem in roadmap/roadmap.yml",
        annotations: [
          expect.objectContaining({
            path: "roadmap/roadmap.yml",
            start_line: line,
            annotation_level: "failure",
          }),
        ],
      },
    });
    expect(checkRun.output.annotations[0].message).toMatch(/urgent|one of/);
    expect(github.writes).toEqual([]);
    files.done();
    checks.done();
  });

  it("shows the plan a merge would apply, without applying it", async () => {
    const github = await syncedRepository();
    const renamed = ROADMAP_YML.replace("title: Redis\n", "title: Redis (caching & queues)\n");
    expect(renamed).not.toBe(ROADMAP_YML);
    github.files.set("roadmap/roadmap.yml", renamed);
    nock(API)
      .get(`${PATH}/pulls/8/files?per_page=100`)
      .reply(200, [{ filename: "roadmap/roadmap.yml" }]);
    let checkRun: Payload = {};
    const checks = nock(API)
      .post(`${PATH}/check-runs`, (body) => ((checkRun = body), true))
      .reply(201, { id: 2 });
    await receive("pull_request", pullRequest(8));
    // The topic's issue, and its section's parent, whose body lists its topics.
    expect(checkRun).toMatchObject({
      conclusion: "success",
      output: { title: "On merge: updates 2 issues" },
    });
    expect(checkRun.output.summary).toContain("#5: update title of topic redis");
    expect(github.writes).toEqual([]);
    checks.done();
  });

  it("does nothing else for a pull request that does not touch the roadmap", async () => {
    const github = await syncedRepository();
    const files = nock(API)
      .get(`${PATH}/pulls/9/files?per_page=100`)
      .reply(200, [{ filename: "README.md" }]);
    await receive("pull_request", pullRequest(9));
    files.done();
    expect(github.requests).toEqual([]);
  });
});
