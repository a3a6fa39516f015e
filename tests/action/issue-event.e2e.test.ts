// The status rules through the Action's `command: auto` on `issues` events, the way a
// learner without the app gets them: the event file as the runner writes it, GitHub behind
// the fake repository. Each case asserts the label writes on the topic issue exactly.
import { afterEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../core/github/client.js";
import { syncRoadmap } from "../../core/sync/sync.js";
import { FakeGitHub } from "../helpers/fake-github.js";
import { REPO, testGitHub, trackUnmatched } from "../helpers/github.js";
import { eventFile, interceptActionRoutes, runAction, workspace } from "../helpers/action.js";
import { SEED } from "../helpers/seed.js";

const seed = SEED;
const BASE = `/repos/${REPO.owner}/${REPO.repo}`;

const unmatched = trackUnmatched();
afterEach(() => {
  expect(unmatched.unmatched).toEqual([]);
});

async function synced() {
  const fake = new FakeGitHub();
  fake.intercept();
  interceptActionRoutes(fake);
  await syncRoadmap({ github: testGitHub(), repo: REPO, log: silentLogger }, seed);
  fake.files.set("README.md", "<!-- roadmap:start -->\n<!-- roadmap:end -->\n");
  const redis = fake.issues.find((issue) => issue.title === "Redis")!;
  return { fake, redis };
}

/** The label writes on issues (the README commit that follows is tested elsewhere). */
const labelWrites = (fake: FakeGitHub) =>
  fake.writes
    .filter((request) => request.path.includes("/labels"))
    .map(
      (request) =>
        `${request.method} ${request.path.replace(BASE, "")}${request.body ? ` ${JSON.stringify(request.body)}` : ""}`,
    );

type Issue = Awaited<ReturnType<typeof synced>>["redis"];

async function deliver(
  fake: FakeGitHub,
  issue: Issue,
  fixture: string,
  edit?: (payload: Record<string, unknown>) => void,
) {
  fake.resetLog();
  const path = eventFile(fixture, (payload) => {
    Object.assign(payload.issue, structuredClone(issue));
    edit?.(payload);
  });
  const result = await runAction({ workspace: workspace(), event: { name: "issues", path } });
  expect(result.failed).toBe(false);
  return result;
}

describe("status rules through the Action's auto mode", () => {
  it("closed as completed -> done", async () => {
    const { fake, redis } = await synced();
    Object.assign(redis, { state: "closed", state_reason: "completed" });
    await deliver(fake, redis, "issues.closed");
    expect(labelWrites(fake)).toEqual([
      `DELETE /issues/${redis.number}/labels/status: todo`,
      `POST /issues/${redis.number}/labels {"labels":["status: done"]}`,
    ]);
  });

  it("closed as not planned -> dropped", async () => {
    const { fake, redis } = await synced();
    Object.assign(redis, { state: "closed", state_reason: "not_planned" });
    await deliver(fake, redis, "issues.closed", (payload) => {
      (payload.issue as Record<string, unknown>).state_reason = "not_planned";
    });
    expect(labelWrites(fake)).toEqual([
      `DELETE /issues/${redis.number}/labels/status: todo`,
      `POST /issues/${redis.number}/labels {"labels":["status: dropped"]}`,
    ]);
  });

  it("edited with a ticked box -> in progress; all boxes ticked stays in progress", async () => {
    const { fake, redis } = await synced();
    redis.body = redis.body.replace("- [ ] caching", "- [x] caching");
    await deliver(fake, redis, "issues.edited");
    expect(labelWrites(fake)).toEqual([
      `DELETE /issues/${redis.number}/labels/status: todo`,
      `POST /issues/${redis.number}/labels {"labels":["status: in progress"]}`,
    ]);
    redis.body = redis.body.replace(/- \[ \]/g, "- [x]");
    await deliver(fake, redis, "issues.edited");
    expect(labelWrites(fake)).toEqual([]);
  });

  it("reopened -> todo without ticks, in progress with ticks", async () => {
    const { fake, redis } = await synced();
    Object.assign(redis, { state: "closed", state_reason: "completed" });
    await deliver(fake, redis, "issues.closed");
    Object.assign(redis, { state: "open", state_reason: "reopened" });
    await deliver(fake, redis, "issues.reopened");
    expect(labelWrites(fake)).toEqual([
      `DELETE /issues/${redis.number}/labels/status: done`,
      `POST /issues/${redis.number}/labels {"labels":["status: todo"]}`,
    ]);

    Object.assign(redis, { state: "closed", state_reason: "completed" });
    await deliver(fake, redis, "issues.closed");
    redis.body = redis.body.replace("- [ ] pub/sub", "- [x] pub/sub");
    Object.assign(redis, { state: "open", state_reason: "reopened" });
    await deliver(fake, redis, "issues.reopened");
    expect(labelWrites(fake)).toEqual([
      `DELETE /issues/${redis.number}/labels/status: done`,
      `POST /issues/${redis.number}/labels {"labels":["status: in progress"]}`,
    ]);
  });

  it("the same event run twice (a re-run job) writes no label the second time", async () => {
    const { fake, redis } = await synced();
    Object.assign(redis, { state: "closed", state_reason: "completed" });
    const stale = structuredClone(redis);
    await deliver(fake, stale, "issues.closed");
    expect(labelWrites(fake)).toHaveLength(2);
    await deliver(fake, stale, "issues.closed");
    expect(labelWrites(fake)).toEqual([]);
    expect(
      fake.requests.filter((r) => r.method === "GET" && r.path === `${BASE}/issues/${redis.number}`),
    ).toHaveLength(1);
  });
});
