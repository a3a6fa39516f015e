// A sync under GitHub's real behaviour: a 502, an answer lost after GitHub stored the write,
// a secondary rate limit, and the content-creation cap. Each converges in the run (or stops
// cleanly and the next run finishes), with exactly one issue per topic.
import { describe, expect, it } from "vitest";
import { silentLogger } from "../../../core/github/client.js";
import { withRunLimits, WriteBudget } from "../../../core/github/write-budget.js";
import { allTopics } from "../../../core/model/roadmap.js";
import { syncRoadmap } from "../../../core/sync/sync.js";
import { createGitHubClient } from "../../../octokit/create-client.js";
import { FakeGitHub } from "../../helpers/fake-github.js";
import { API, REPO, testGitHub } from "../../helpers/github.js";
import { collectingLog } from "../../helpers/log.js";
import { SEED } from "../../helpers/seed.js";

const BASE = `/repos/${REPO.owner}/${REPO.repo}`;
const TOPICS = allTopics(SEED).length;

/** The Action's client, with every wait at zero: nothing here is timed. */
const realClient = (log = silentLogger) =>
  createGitHubClient({ token: "t", baseUrl: API, log, msPerSecond: 0 });

function issuesPerTopic(fake: FakeGitHub): Map<string, number> {
  const counts = new Map<string, number>();
  for (const issue of fake.issues) {
    const id = /roadmap:topic=([a-z0-9-]+)/.exec(issue.body)?.[1];
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

function expectOneIssuePerTopic(fake: FakeGitHub): void {
  const counts = issuesPerTopic(fake);
  expect(counts.size).toBe(TOPICS);
  expect([...counts.values()].every((n) => n === 1)).toBe(true);
}

describe("a sync meets faults and converges in the same run", () => {
  it("a 502 on the third request (creating a label): looks the label up, sends it again, goes on", async () => {
    const fake = new FakeGitHub();
    fake.intercept();
    fake.fail({ on: { nth: 3 }, kind: "502" });
    const { log, lines } = collectingLog();
    const result = await syncRoadmap({ github: testGitHub(), repo: REPO, log }, SEED);

    const [first, second, third, fourth, fifth] = fake.requests.slice(0, 5);
    expect([first!.path, second!.path].sort()).toEqual([
      `${BASE}/issues?labels=roadmap&state=all&per_page=100`,
      `${BASE}/labels?per_page=100`,
    ]);
    expect(third).toMatchObject({ method: "POST", path: `${BASE}/labels` });
    const name = (third!.body as { name: string }).name;
    expect(fourth).toEqual({ method: "GET", path: `${BASE}/labels/${name}` });
    expect(fifth).toEqual({ method: "POST", path: `${BASE}/labels`, body: third!.body });
    expect(result.stopped).toBeUndefined();
    expect(result.faults).toEqual([
      `HTTP 502 on POST (create label "${name}"): it had not landed, sent again`,
    ]);
    expect(lines.some((line) => line.includes("HTTP 502 on POST"))).toBe(true);
    expectOneIssuePerTopic(fake);
    expect(fake.labels.filter((label) => label.name === name)).toHaveLength(1);

    // After the faults, one fresh read found nothing left to do.
    const after = fake.requests.filter((r) => r.method === "GET" && r.path.includes("per_page=100"));
    expect(after).toHaveLength(4);
    fake.resetLog();
    await syncRoadmap({ github: testGitHub(), repo: REPO, log: silentLogger }, SEED);
    expect(fake.writes).toEqual([]);
  });

  it("an issue stored but its answer lost: found by its topic marker, never sent twice", async () => {
    const fake = new FakeGitHub();
    fake.intercept();
    fake.fail({ on: { method: "POST", path: /\/issues$/ }, kind: "lost" });
    const result = await syncRoadmap({ github: testGitHub(), repo: REPO, log: silentLogger }, SEED);

    const posts = fake.requests.filter((r) => r.method === "POST" && r.path === `${BASE}/issues`);
    // Every topic issue and every section's parent once.
    expect(posts).toHaveLength(TOPICS + SEED.sections.length);
    const lost = fake.requests.findIndex((r) => r.method === "POST" && r.path === `${BASE}/issues`);
    expect(fake.requests[lost + 1]).toEqual({
      method: "GET",
      path: `${BASE}/issues?state=all&sort=created&direction=desc&per_page=30`,
    });
    expect(fake.requests[lost + 2]).toMatchObject({ method: "POST", path: `${BASE}/issues` });
    expect(fake.requests[lost + 2]!.body).not.toEqual(fake.requests[lost]!.body);
    expect(result.faults).toHaveLength(1);
    expect(result.faults![0]).toMatch(
      /^HTTP 502 on POST \(create issue .*\): it had landed, not sent again$/,
    );
    expectOneIssuePerTopic(fake);
  });

  it("a comment stored but its answer lost: found by its body, not posted again", async () => {
    const fake = new FakeGitHub();
    fake.intercept();
    await syncRoadmap({ github: testGitHub(), repo: REPO, log: silentLogger }, SEED);
    const smaller = structuredClone(SEED);
    smaller.sections[0]!.topics.splice(0, 1);
    fake.resetLog();
    fake.fail({ on: { method: "POST", path: /\/comments$/ }, kind: "lost" });
    const result = await syncRoadmap({ github: testGitHub(), repo: REPO, log: silentLogger }, smaller);
    expect(result.faults).toHaveLength(1);
    expect(fake.comments).toHaveLength(1);
    expect(fake.requests.filter((r) => r.method === "POST" && r.path.endsWith("/comments"))).toHaveLength(1);
  });

  it("a secondary rate limit with a short retry-after (the Action's client): waits it out, converges", async () => {
    const fake = new FakeGitHub();
    fake.intercept();
    fake.fail({ on: { nth: 10 }, kind: "secondary-limit", retryAfter: 30 });
    const { log, lines } = collectingLog();
    const result = await syncRoadmap({ github: realClient(log), repo: REPO, log: silentLogger }, SEED);
    expect(result.stopped).toBeUndefined();
    expect(lines.filter((line) => line.includes("secondary rate limit"))).toEqual([
      expect.stringMatching(
        /^warn: secondary rate limit hit on POST .*: retrying in 30s; issues and comments now 3 s apart$/,
      ),
    ]);
    const tenth = fake.requests[9]!;
    expect(fake.requests[10]).toEqual(tenth);
    expectOneIssuePerTopic(fake);
  });

  it("a 502 then a secondary limit in the middle of a bootstrap, through the Action's client", async () => {
    const fake = new FakeGitHub();
    fake.intercept();
    fake.fail({ on: { nth: 3 }, kind: "502" });
    fake.fail({ on: { nth: 30 }, kind: "secondary-limit", retryAfter: 5 });
    fake.fail({ on: { nth: 40 }, kind: "lost" });
    const result = await syncRoadmap({ github: realClient(), repo: REPO, log: silentLogger }, SEED);
    expect(result.stopped).toBeUndefined();
    expectOneIssuePerTopic(fake);
  });
});

describe("a sync under GitHub's content-creation cap and the run's write budget", () => {
  it("a secondary limit asking for more than a minute stops the run cleanly; an hour later the next run finishes", async () => {
    const fake = new FakeGitHub();
    let clock = Date.UTC(2026, 10, 26, 5, 17);
    fake.now = () => clock;
    fake.contentLimits = { perHour: 30 };
    fake.intercept();
    const sync = () =>
      syncRoadmap(
        { github: withRunLimits(realClient(), new WriteBudget(400)), repo: REPO, log: silentLogger },
        SEED,
      );

    const first = await sync();
    expect(first.stopped).toMatchObject({ reason: "rate-limit", retryAfterSeconds: 3600 });
    expect(first.stopped!.line).toMatch(/^created \d+ of 27 topic issues; the next run continues$/);
    expect(fake.createdLastHour()).toBe(30);

    // Within the same hour: the next run stops at its first creation, nothing broken.
    const again = await sync();
    expect(again.stopped?.reason).toBe("rate-limit");

    // An hour later each run goes on where the last one stopped (the bootstrap's 90 creations
    // take three hours at 30 an hour), none failing, until the work is done.
    let last = again;
    for (let hour = 1; hour <= 4 && last.stopped; hour++) {
      clock += 3_600_000;
      last = await sync();
    }
    expect(last.stopped).toBeUndefined();
    expectOneIssuePerTopic(fake);
    fake.resetLog();
    await sync();
    expect(fake.writes).toEqual([]);
  });

  it("a spent budget stops the run before the write it has no room for; later runs finish the work", async () => {
    const fake = new FakeGitHub();
    fake.intercept();
    const runs: string[] = [];
    for (let run = 0; run < 10; run++) {
      const before = fake.requests.length;
      const result = await syncRoadmap(
        { github: withRunLimits(testGitHub(), new WriteBudget(20)), repo: REPO, log: silentLogger },
        SEED,
      );
      const writes = fake.requests.slice(before).filter((r) => r.method !== "GET");
      expect(writes.length).toBeLessThanOrEqual(20);
      runs.push(result.stopped ? result.stopped.line : result.summary);
      if (!result.stopped && result.operations.length === 0) break;
    }
    expect(runs[0]).toMatch(/^created \d+ of 27 topic issues; the next run continues$/);
    expect(runs.at(-1)).toBe("no changes");
    expectOneIssuePerTopic(fake);
  });
});

describe("a POST that keeps failing", () => {
  it("is sent at most three times, each after a read-back, then the sync fails with GitHub's answer", async () => {
    const fake = new FakeGitHub();
    fake.intercept();
    for (let i = 0; i < 3; i++) fake.fail({ on: { method: "POST", path: /\/labels$/ }, kind: "502" });
    await expect(
      syncRoadmap({ github: testGitHub(), repo: REPO, log: silentLogger }, SEED),
    ).rejects.toMatchObject({
      status: 502,
    });
    const sent = fake.requests
      .slice(2)
      .map((r) => `${r.method} ${r.path.replace(/labels\/.*/, "labels/{name}")}`);
    expect(sent).toEqual([
      `POST ${BASE}/labels`,
      `GET ${BASE}/labels/{name}`,
      `POST ${BASE}/labels`,
      `GET ${BASE}/labels/{name}`,
      `POST ${BASE}/labels`,
      `GET ${BASE}/labels/{name}`,
    ]);
    expect(fake.issues).toEqual([]);
  });

  it("a lost answer on the third send is still found and not sent a fourth time", async () => {
    const fake = new FakeGitHub();
    fake.intercept();
    fake.fail({ on: { method: "POST", path: /\/labels$/ }, kind: "502" });
    fake.fail({ on: { method: "POST", path: /\/labels$/ }, kind: "502" });
    fake.fail({ on: { method: "POST", path: /\/labels$/ }, kind: "lost" });
    const result = await syncRoadmap({ github: testGitHub(), repo: REPO, log: silentLogger }, SEED);
    expect(result.faults).toHaveLength(3);
    expect(result.faults![2]).toMatch(/it had landed, not sent again$/);
    expectOneIssuePerTopic(fake);
  });
});
