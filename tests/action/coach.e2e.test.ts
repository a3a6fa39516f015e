// Issue 15, "a coach, not only a checklist", end to end through the Action on the seed:
// the practice counts by its streak, progress over time from the issues' closing dates,
// and spaced review comments, each asserting the exact requests sent.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../core/github/client.js";
import { allTopics, hoursOf } from "../../core/model/roadmap.js";
import { addDays } from "../../core/practice/dates.js";
import { syncRoadmap } from "../../core/sync/sync.js";
import { ACTIONS_BOT, FakeGitHub } from "../helpers/fake-github.js";
import { REPO, testGitHub, trackUnmatched } from "../helpers/github.js";
import { interceptActionRoutes, README, runAction, TODAY, workspace } from "../helpers/action.js";
import { runCli } from "../helpers/cli.js";
import { SEED, SEED_YML } from "../helpers/seed.js";

const BASE = `/repos/${REPO.owner}/${REPO.repo}`;
const ISSUES_LIST = `${BASE}/issues?labels=roadmap&state=all&per_page=100`;

const unmatched = trackUnmatched();
afterEach(() => {
  expect(unmatched.unmatched).toEqual([]);
});

async function syncedRepository(): Promise<FakeGitHub> {
  const fake = new FakeGitHub();
  fake.intercept();
  interceptActionRoutes(fake);
  await syncRoadmap({ github: testGitHub(), repo: REPO, log: silentLogger }, SEED);
  fake.files.set("README.md", README);
  fake.resetLog();
  return fake;
}

function issueOf(fake: FakeGitHub, topicId: string) {
  const title = allTopics(SEED).find(({ topic }) => topic.id === topicId)!.topic.title;
  return fake.issues.find((issue) => issue.title === title)!;
}

/** Closes a topic's issue as completed on a past date, as the learner would have. */
function closeOn(fake: FakeGitHub, topicId: string, date: string) {
  const issue = issueOf(fake, topicId);
  issue.state = "closed";
  issue.state_reason = "completed";
  issue.closed_at = `${date}T18:00:00Z`;
  issue.labels = issue.labels
    .filter((label) => !label.name.startsWith("status: "))
    .concat(fake.label("status: done"));
  return issue;
}

function solvedDays(fake: FakeGitHub, dates: string[]) {
  const practice = issueOf(fake, "leetcode");
  for (const date of dates) {
    fake.comments.push({
      id: 7000 + fake.comments.length,
      issue: practice.number,
      body: `<!-- roadmap:daily date=${date} slug=x-${date} -->\n- [x] Solved`,
      html_url: "https://github.com/c",
      created_at: `${date}T06:00:00Z`,
      user: ACTIONS_BOT,
    });
  }
}

describe("the practice counts by its streak", () => {
  it("with a streak the Daily row is in progress, and 100% is reached with the practice issue open", async () => {
    const fake = await syncedRepository();
    solvedDays(fake, ["2026-11-23", "2026-11-24", "2026-11-25"]);
    allTopics(SEED)
      .filter(({ topic }) => topic.kind !== "practice")
      .forEach(({ topic }, index) => closeOn(fake, topic.id, addDays("2026-09-01", index * 3)));
    const result = await runAction({ workspace: workspace(), inputs: { command: "readme" } });
    expect(result.failed).toBe(false);
    expect(fake.writes.map((r) => `${r.method} ${r.path}`)).toEqual([
      `PUT ${BASE}/contents/roadmap/progress.svg`,
      `PUT ${BASE}/contents/README.md`,
    ]);
    const readme = fake.files.get("README.md")!;
    expect(issueOf(fake, "leetcode").state).toBe("open");
    expect(result.outputs.progress).toBe("100");
    expect(readme).toContain(
      "**██████████ 100%** — 26 done · 0 in progress · 0 todo · 0 dropped of 26 topics",
    );
    expect(readme).toMatch(
      /\| \[LeetCode \(1 problem\/day\)\]\([^)]+\) \|.*\| 🚧 in progress \| 🔥 3-day streak \|/,
    );
    expect(readme).toContain("📈 **Pace:** every planned topic is done. 🎉");
    expect(fake.files.get("roadmap/progress.svg")).toContain("🔥 3-day streak · 3 solved · longest 3 days");
  });
});

describe("progress over time, from the issues' closing dates", () => {
  it("shows a burn-up, done per week and a forecast date from the recent pace", async () => {
    const fake = await syncedRepository();
    closeOn(fake, "redis", "2026-11-10");
    closeOn(fake, "docker-compose", "2026-11-17");
    closeOn(fake, "git", "2026-11-24");
    const result = await runAction({ workspace: workspace(), inputs: { command: "readme" } });
    expect(result.failed).toBe(false);
    // Reads: the topic issues, the daily comments, the notes folder, the two files. No more
    // (the README step's reads go out two at a time, so their order is not fixed).
    expect(
      fake.requests
        .filter((r) => r.method === "GET")
        .map((r) => r.path)
        .sort(),
    ).toEqual(
      [
        ISSUES_LIST,
        `${BASE}/contents/notes`,
        `${BASE}/issues/${issueOf(fake, "leetcode").number}/comments?per_page=100`,
        `${BASE}/contents/roadmap/progress.svg`,
        `${BASE}/contents/README.md`,
      ].sort(),
    );
    // Writes: the chart and the README, nothing else.
    expect(fake.writes.map((r) => `${r.method} ${r.path}`)).toEqual([
      `PUT ${BASE}/contents/roadmap/progress.svg`,
      `PUT ${BASE}/contents/README.md`,
    ]);
    const readme = fake.files.get("README.md")!;
    // Three short topics (4 h each) in the 3 weeks since the first: 4 h a week.
    const planned = allTopics(SEED)
      .filter(({ topic }) => topic.kind !== "practice")
      .reduce((sum, { topic }) => sum + hoursOf(SEED, topic), 0);
    const left = planned - 12;
    // Counted from the end of this week (Sunday 2026-11-29).
    const forecast = addDays("2026-11-29", Math.ceil((left / 4) * 7));
    expect(readme).toContain(`⏱️ **Hours:** 12 of ${planned} h done · ${left} h to go`);
    expect(readme).toContain(
      `📈 **Pace:** 3 topics (12 h) done in the last 3 weeks, ≈ 4 h a week · **at this pace: done by ${forecast}**`,
    );
    expect(readme).toContain("<sub>Forecast: the hours of the topics closed in the last 3 weeks");
    expect(readme).toContain(
      "| Week of | 2026-11-09 | 2026-11-16 | 2026-11-23 |\n| --- | --- | --- | --- |\n| Done | 1 | 1 | 1 |\n| Total | 1/26 | 2/26 | 3/26 |",
    );
    expect(readme).toContain("➡️ **Next up:** [Django (Advanced)](");
    const svg = fake.files.get("roadmap/progress.svg")!;
    expect(svg).toContain("Burn-up: 3 of 26 topics done, week by week");
    expect(svg).toContain(`<title>at this pace: done by ${forecast}</title>`);
    expect(svg).toContain("<polyline ");
  });
});

describe("spaced review", () => {
  it("a topic closed seven days ago gets one review comment; a re-run adds none", async () => {
    const fake = await syncedRepository();
    const redis = closeOn(fake, "redis", addDays(TODAY, -7));
    closeOn(fake, "git", addDays(TODAY, -3)); // no review day today
    const practice = issueOf(fake, "leetcode");

    const first = await runAction({ workspace: workspace(), inputs: { command: "daily" } });
    expect(first.failed).toBe(false);
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET ${ISSUES_LIST}`,
      `GET ${BASE}/issues/${practice.number}/comments?per_page=100`,
      `POST ${BASE}/issues/${practice.number}/comments`,
      "POST /graphql",
      `GET ${BASE}/issues/${redis.number}/comments?per_page=100`,
      `POST ${BASE}/issues/${redis.number}/comments`,
    ]);
    const review = fake.writes.at(-1)!.body as { body: string };
    expect(review.body).toBe(
      [
        `<!-- roadmap:review date=${TODAY} day=7 -->`,
        "### 🔁 Review: Redis, 7 days after you finished it",
        "",
        "Ten minutes, from memory first, then your notes: tick each item you can still explain or use.",
        "",
        "- [ ] caching",
        "- [ ] rate limiting",
        "- [ ] pub/sub",
        "- [ ] session storage",
        "",
        "<sub>Spaced review: a done topic comes back some days after it was closed (`settings.reviews` in roadmap.yml sets the days or turns it off). These boxes do not change the topic's status.</sub>",
        "",
      ].join("\n"),
    );
    // (The job summary is checked in the runner tests: @actions/core keeps the first run's file.)
    expect(first.stdout).toContain(`#${redis.number}: review redis, 7 days after closing`);
    // The daily comment shows the streak.
    const daily = fake.writes[0]!.body as { body: string };
    expect(daily.body).toContain("🔥 **Streak:** none yet: solve today's to start one.");

    fake.resetLog();
    const again = await runAction({ workspace: workspace(), inputs: { command: "daily" } });
    expect(again.failed).toBe(false);
    expect(fake.writes).toEqual([]);
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET ${ISSUES_LIST}`,
      `GET ${BASE}/issues/${practice.number}/comments?per_page=100`,
      `GET ${BASE}/issues/${redis.number}/comments?per_page=100`,
    ]);
    expect(fake.comments.filter((c) => c.issue === redis.number)).toHaveLength(1);
  });

  it("a review comment by someone without write access does not count", async () => {
    const fake = await syncedRepository();
    const redis = closeOn(fake, "redis", addDays(TODAY, -1));
    fake.comments.push({
      id: 8000,
      issue: redis.number,
      body: `<!-- roadmap:review date=${TODAY} day=1 -->`,
      html_url: "https://github.com/c",
      created_at: `${TODAY}T01:00:00Z`,
      user: { login: "stranger", type: "User" },
      author_association: "NONE",
    });
    const result = await runAction({ workspace: workspace(), inputs: { command: "daily" } });
    expect(result.failed).toBe(false);
    expect(fake.writes.map((r) => `${r.method} ${r.path}`).at(-1)).toBe(
      `POST ${BASE}/issues/${redis.number}/comments`,
    );
  });

  it("is off with settings.reviews.enabled: false, and shows today's reviews in the README", async () => {
    const { SEED_YML } = await import("../helpers/seed.js");
    const fake = await syncedRepository();
    closeOn(fake, "redis", addDays(TODAY, -30));
    const readme = await runAction({ workspace: workspace(), inputs: { command: "readme" } });
    expect(readme.failed).toBe(false);
    expect(fake.files.get("README.md")).toMatch(
      /🔁 \*\*Due for review today:\*\* \[Redis\]\([^)]+\) \(30 days after closing\)/,
    );

    fake.resetLog();
    const off = workspace();
    const { writeFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    writeFileSync(
      join(off.dir, "roadmap/roadmap.yml"),
      SEED_YML.replace("\nsections:\n", "\nsettings:\n  reviews: { enabled: false }\nsections:\n"),
    );
    const result = await runAction({ workspace: off, inputs: { command: "daily" } });
    expect(result.failed).toBe(false);
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).not.toContain(
      `GET ${BASE}/issues/${issueOf(fake, "redis").number}/comments?per_page=100`,
    );
  });
});

describe("an offline render of the README the Action drew", () => {
  it("keeps the pace, the forecast, the reviews and every status: render --check passes", async () => {
    const fake = await syncedRepository();
    closeOn(fake, "redis", "2026-11-10");
    closeOn(fake, "docker-compose", "2026-11-17");
    // Seven days before the Action's today: due for its 7-day review.
    closeOn(fake, "git", addDays(TODAY, -7));
    expect((await runAction({ workspace: workspace(), inputs: { command: "readme" } })).failed).toBe(false);
    const drawn = fake.files.get("README.md")!;
    expect(drawn).toContain("at this pace: done by");
    expect(drawn).toContain("Due for review today");

    const dir = mkdtempSync(join(tmpdir(), "roadmap-offline-"));
    mkdirSync(join(dir, "roadmap"));
    writeFileSync(join(dir, "roadmap/roadmap.yml"), SEED_YML);
    writeFileSync(join(dir, "README.md"), drawn);
    try {
      expect(await runCli(["render", "--check"], { cwd: dir })).toEqual({ code: 0, stdout: "", stderr: "" });
      expect((await runCli(["render"], { cwd: dir })).stdout).toBe(
        "README.md: roadmap block already up to date\n",
      );
      expect(readFileSync(join(dir, "README.md"), "utf8")).toBe(drawn);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
