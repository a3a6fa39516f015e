// The Action under GitHub's real limits, through its real entry: faults in the middle of a
// bootstrap converge in the run (exit 0, one issue per topic, the faults in the summary);
// the content-creation cap and the write budget end a run cleanly and later runs finish the
// work; a same-day daily re-run reads two lists and loads no pool.
import { afterEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../core/github/client.js";
import { allTopics } from "../../core/model/roadmap.js";
import { syncRoadmap } from "../../core/sync/sync.js";
import { createGitHubClient } from "../../octokit/create-client.js";
import { FakeGitHub } from "../helpers/fake-github.js";
import { API, REPO, testGitHub, trackUnmatched } from "../helpers/github.js";
import { interceptActionRoutes, README, runAction, workspace } from "../helpers/action.js";
import { SEED } from "../helpers/seed.js";

const BASE = `/repos/${REPO.owner}/${REPO.repo}`;
const TOPICS = allTopics(SEED).length;
const SEED_SECTIONS = SEED.sections.length;

const unmatched = trackUnmatched();
afterEach(() => {
  expect(unmatched.unmatched).toEqual([]);
});

/** The client the Action builds (throttling, retries), with every wait at zero. */
const actionClient = () =>
  createGitHubClient({ token: "t", baseUrl: API, log: silentLogger, msPerSecond: 0 });

function topicIds(fake: FakeGitHub): string[] {
  return fake.issues.map((issue) => /roadmap:topic=([a-z0-9-]+)/.exec(issue.body)?.[1] ?? "").filter(Boolean);
}

function expectOneIssuePerTopic(fake: FakeGitHub): void {
  const ids = topicIds(fake);
  expect(new Set(ids).size).toBe(TOPICS);
  expect(ids).toHaveLength(TOPICS);
}

function emptyRepository(): FakeGitHub {
  const fake = new FakeGitHub();
  fake.intercept();
  interceptActionRoutes(fake);
  fake.files.set("README.md", README);
  return fake;
}

describe("the Action meets faults in the middle of a bootstrap", () => {
  it("a 502 on the third request, a secondary limit and a lost answer: exit 0, one issue per topic, the faults in the summary", async () => {
    const fake = emptyRepository();
    fake.fail({ on: { nth: 3 }, kind: "502" });
    fake.fail({ on: { nth: 20 }, kind: "secondary-limit", retryAfter: 10 });
    fake.fail({ on: { method: "POST", path: /\/issues$/ }, kind: "lost" });
    const run = await runAction({
      workspace: workspace(),
      inputs: { command: "sync" },
      run: { github: actionClient() },
    });
    expect(run.failed).toBe(false);
    expect(run.outputs["issues-created"]).toBe(String(TOPICS + SEED_SECTIONS));
    expectOneIssuePerTopic(fake);
    expect(run.summary).toContain("Faults met and got over (2):");
    expect(run.summary).toMatch(/- HTTP 502 on POST \(create label ".*"\): it had not landed, sent again/);
    expect(run.summary).toMatch(/- HTTP 502 on POST \(create issue .*\): it had landed, not sent again/);
    // The secondary limit was waited out by the client: the same request went again.
    const limited = fake.requests[19]!;
    expect(fake.requests[20]).toEqual(limited);
  });
});

describe("the Action under GitHub's content-creation cap and its write budget", () => {
  it("the cap ends the first run cleanly (exit 0, a warning, the summary line); an hour later the next run finishes", async () => {
    const fake = emptyRepository();
    let clock = Date.UTC(2026, 10, 26, 5, 17);
    fake.now = () => clock;
    fake.contentLimits = { perHour: 30 };
    const ws = workspace();
    const sync = () =>
      runAction({ workspace: ws, inputs: { command: "sync" }, run: { github: actionClient() } });

    const first = await sync();
    expect(first.failed).toBe(false);
    expect(first.stdout).toMatch(
      /::warning::sync stopped: GitHub answered a rate limit \(retry after 60 min\) to POST: created \d+ of 27 topic issues; the next run continues/,
    );
    expect(first.summary).toMatch(/\*\*Sync:\*\* created \d+ of 27 topic issues; the next run continues/);
    const created = Number(first.outputs["issues-created"]);
    expect(created).toBeGreaterThan(0);
    expect(created).toBeLessThan(TOPICS);

    const sameHour = await sync();
    expect(sameHour.failed).toBe(false);
    expect(sameHour.outputs["issues-created"]).toBe("0");

    // The bootstrap's 90 creations take three hours at 30 an hour: each later run goes on, none fails.
    let next = sameHour;
    for (let hour = 1; hour <= 4 && next.stdout.includes("::warning::"); hour++) {
      clock += 3_600_000;
      next = await sync();
      expect(next.failed).toBe(false);
    }
    expect(next.stdout).not.toContain("::warning::");
    expectOneIssuePerTopic(fake);
  });

  it("max-writes: each run sends at most that many writes and stops cleanly; later runs finish, no duplicate, no failed run", async () => {
    const fake = emptyRepository();
    const ws = workspace();
    const lines: string[] = [];
    for (let run = 0; run < 12; run++) {
      fake.resetLog();
      const result = await runAction({ workspace: ws, inputs: { command: "sync", "max-writes": "12" } });
      expect(result.failed).toBe(false);
      expect(fake.writes.length).toBeLessThanOrEqual(12);
      lines.push(result.summary.trim());
      if (result.summary.includes("no changes")) break;
    }
    expect(lines[0]).toMatch(
      /^\*\*Sync:\*\* created \d+ of 27 topic issues; the next run continues \(the write budget of this run is spent \(12 writes, max-writes\) before POST \/repos\/\{owner\}\/\{repo\}\/(labels|issues)\)\.$/,
    );
    expect(lines.at(-1)).toBe("**Sync:** no changes");
    expectOneIssuePerTopic(fake);
  });

  it("a budget spent by the sync stops the later steps too, with a warning, and the run succeeds", async () => {
    const fake = emptyRepository();
    const run = await runAction({ workspace: workspace(), inputs: { command: "all", "max-writes": "5" } });
    expect(run.failed).toBe(false);
    expect(fake.writes).toHaveLength(5);
    expect(fake.writes.every((request) => request.method === "POST")).toBe(true);
    expect(run.stdout).toContain(
      "::warning::sync stopped: the write budget of this run is spent (5 writes, max-writes)",
    );
  });
});

describe("command: daily on a day already posted", () => {
  it("reads the topic issues and the daily comments (2 reads) and loads no pool", async () => {
    const fake = emptyRepository();
    await syncRoadmap({ github: testGitHub(), repo: REPO, log: silentLogger }, SEED);
    const ws = workspace();
    const first = await runAction({ workspace: ws, inputs: { command: "daily" } });
    expect(first.failed).toBe(false);
    // A pool that would fail to load: the re-run must never read it.
    ws.write("roadmap/leetcode.yml", "problems: [");
    fake.resetLog();
    const again = await runAction({ workspace: ws, inputs: { command: "daily" } });
    expect(again.failed).toBe(false);
    const practice = fake.issues.find((issue) => issue.title.startsWith("LeetCode"))!;
    expect(fake.requests).toEqual([
      { method: "GET", path: `${BASE}/issues?labels=roadmap&state=all&per_page=100` },
      { method: "GET", path: `${BASE}/issues/${practice.number}/comments?per_page=100` },
    ]);
    expect(again.summary).toContain("already posted");
  });
});
