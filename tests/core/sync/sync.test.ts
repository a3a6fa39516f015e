import { describe, expect, it } from "vitest";
import { plan } from "../../../core/sync/plan.js";
import { countPlan } from "../../../core/sync/plan-summary.js";
import { describeRequest } from "../../../core/github/plan/operation.js";
import { silentLogger } from "../../../core/github/client.js";
import { allTopics } from "../../../core/model/roadmap.js";
import { syncRoadmap } from "../../../core/sync/sync.js";
import { FakeGitHub } from "../../helpers/fake-github.js";
import { REPO, testGitHub } from "../../helpers/github.js";
import { smallRoadmap } from "../../helpers/roadmaps.js";
import { SEED } from "../../helpers/seed.js";

const seed = SEED;
const deps = () => ({ github: testGitHub(), repo: REPO, log: silentLogger });
const ISSUES_LIST = `/repos/${REPO.owner}/${REPO.repo}/issues?labels=roadmap&state=all&per_page=100`;
const LABELS_LIST = `/repos/${REPO.owner}/${REPO.repo}/labels?per_page=100`;

describe("syncRoadmap against the REST API", () => {
  it("bootstraps the seed roadmap into an empty repository: 27 issues with labels and task lists", async () => {
    const github = new FakeGitHub();
    github.intercept();
    const result = await syncRoadmap(deps(), seed);

    const labelCreates = github.requests.filter((r) => r.method === "POST" && r.path.endsWith("/labels"));
    const issueCreates = github.requests.filter((r) => r.method === "POST" && r.path.endsWith("/issues"));
    expect(github.requests.slice(0, 2)).toEqual([
      { method: "GET", path: ISSUES_LIST },
      { method: "GET", path: LABELS_LIST },
    ]);
    // 27 topic creates, 10 parents and 27 sub-issues, nothing else: the capstone's create
    // waits until its prerequisites' issues exist, and links them by number
    // (core/sync/prerequisite-links.ts); no parent's list is read, no sub-issue moved.
    const subIssueAdds = github.requests.filter((r) => r.method === "POST" && r.path.endsWith("/sub_issues"));
    expect(subIssueAdds).toHaveLength(27);
    expect(github.requests).toHaveLength(2 + labelCreates.length + 27 + 10 + 27);
    expect(issueCreates).toHaveLength(27 + 10);
    const capstone = github.issues.find((issue) => issue.title === "Production-Grade Project")!;
    const drf = github.issues.find((issue) => issue.title === "Django REST Framework (Deep)")!;
    expect(capstone.body).toContain(
      `**Prerequisites:** 6 of 6 still open, finish them first.\n\n- ⬜ not started: #${drf.number} Django REST Framework (Deep)\n`,
    );
    expect(result).toMatchObject({
      issuesCreated: 27 + 10,
      issuesUpdated: 0,
      issuesClosed: 0,
      labelsCreated: labelCreates.length,
    });
    // Topic issues first (#1 … #27), the sections' parents after them.
    expect(github.issues.map((issue) => issue.title)).toEqual([
      ...allTopics(seed).map(({ topic }) => topic.title),
      ...seed.sections.map((section) => `${section.emoji} ${section.title}`),
    ]);

    const redis = github.issues.find((issue) => issue.title === "Redis")!;
    expect(redis.labels.map((label) => label.name)).toEqual([
      "roadmap",
      "priority: high",
      "difficulty: easy",
      "difficulty: medium",
      "time: short",
      "section: Backend Core",
      "status: todo",
    ]);
    expect(redis.body).toContain("- [ ] caching\n- [ ] rate limiting\n- [ ] pub/sub\n- [ ] session storage");
    expect(github.labels.find((label) => label.name === "status: done")).toMatchObject({ color: "0e8a16" });
  });

  it("writes nothing on a second sync: only the two list reads", async () => {
    const github = new FakeGitHub();
    github.intercept();
    await syncRoadmap(deps(), seed);
    github.resetLog();

    const again = await syncRoadmap(deps(), seed);
    expect(again.operations).toEqual([]);
    expect(github.requests).toEqual([
      { method: "GET", path: ISSUES_LIST },
      { method: "GET", path: LABELS_LIST },
    ]);
  });

  it("pages through more than 100 issues and labels with per_page=100", async () => {
    const github = new FakeGitHub();
    github.intercept();
    const big = smallRoadmap((input) => {
      input.sections[1]!.topics = Array.from({ length: 130 }, (_, index) => ({
        id: `topic-${index}`,
        title: `Topic ${index}`,
        priority: "medium",
        difficulty: "easy",
        time: "short",
      }));
    });
    await syncRoadmap(deps(), big);
    for (let index = 0; index < 110; index++) github.label(`learner label ${index}`);
    github.resetLog();
    await syncRoadmap(deps(), big);
    // The two lists go out together: their pages interleave, each list's in order.
    expect([...github.requests].sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { method: "GET", path: ISSUES_LIST },
      { method: "GET", path: `${ISSUES_LIST}&page=2` },
      { method: "GET", path: LABELS_LIST },
      { method: "GET", path: `${LABELS_LIST}&page=2` },
    ]);
  });

  it("prints the plan and sends nothing in a dry run", async () => {
    const github = new FakeGitHub();
    github.intercept();
    const lines: string[] = [];
    const result = await syncRoadmap(
      { ...deps(), log: { ...silentLogger, info: (m) => lines.push(m) }, dryRun: true },
      smallRoadmap(),
    );
    expect(github.writes).toEqual([]);
    expect(result.issuesCreated).toBe(3 + 2);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^\[dry run\] create issue "Redis" for topic redis: POST \/repos\/octo-learner\/roadmap\/issues \{"title":"Redis"/,
      ),
    );
  });

  it("takes back an issue whose generated part the learner deleted, instead of opening another", async () => {
    const github = new FakeGitHub();
    github.intercept();
    const roadmap = smallRoadmap();
    await syncRoadmap(deps(), roadmap);
    const redis = github.issues.find((issue) => issue.title === "Redis")!;
    redis.body = "My own notes, nothing else.";
    github.resetLog();

    const result = await syncRoadmap(deps(), roadmap);
    expect(result.issuesCreated).toBe(0);
    expect(github.writes).toEqual([
      {
        method: "PATCH",
        path: `/repos/${REPO.owner}/${REPO.repo}/issues/${redis.number}`,
        body: {
          body: expect.stringMatching(
            /^<!-- roadmap:body:start[\s\S]*<!-- roadmap:body:end -->\n\nMy own notes, nothing else\.$/,
          ),
        },
      },
    ]);
    github.resetLog();
    expect((await syncRoadmap(deps(), roadmap)).operations).toEqual([]);
  });

  it("leaves one open issue per topic after two syncs raced on an empty repository", async () => {
    const github = new FakeGitHub();
    github.intercept();
    const roadmap = smallRoadmap();
    // Both runs read the empty repository before either writes.
    await Promise.all([syncRoadmap(deps(), roadmap), syncRoadmap(deps(), roadmap)]);
    // Three topics and two sections, twice.
    expect(github.issues.filter((issue) => issue.state === "open")).toHaveLength(10);

    github.resetLog();
    const repair = await syncRoadmap(deps(), roadmap);
    expect(repair.issuesClosed).toBe(5);
    // Per topic (and section) the older issue stays open; the newer one is the duplicate.
    const open = github.issues.filter((issue) => issue.state === "open");
    expect(open.map((issue) => issue.title)).toEqual([
      "LeetCode (1 problem/day)",
      "Redis",
      "PostgreSQL",
      "📅 Daily",
      "🧠 Backend Core",
    ]);
    // The open topics are the open parents' sub-issues.
    const [, , , daily, core] = open;
    expect(github.subIssueNumbers(daily!.number)).toEqual([open[0]!.number]);
    expect(github.subIssueNumbers(core!.number)).toEqual([open[1]!.number, open[2]!.number]);
    for (const issue of open) {
      const twin = github.issues.find((other) => other.title === issue.title && other !== issue)!;
      expect(twin.number).toBeGreaterThan(issue.number);
      expect(twin.state_reason).toBe("duplicate");
    }
    const closed = github.issues.filter((issue) => issue.state === "closed");
    expect(closed.every((issue) => issue.state_reason === "duplicate")).toBe(true);
    expect(github.writes.filter((r) => r.method === "PATCH")[0]!.body).toMatchObject({
      state: "closed",
      state_reason: "duplicate",
    });

    github.resetLog();
    expect((await syncRoadmap(deps(), roadmap)).operations).toEqual([]);
  });
});

describe("prerequisites created in the same sync", () => {
  it("a topic's create waits for its prerequisites' issues, whatever the roadmap order", async () => {
    const { smallRoadmap } = await import("../../helpers/roadmaps.js");
    const roadmap = smallRoadmap((input) => {
      input.sections[1]!.topics[0]!.requires = ["postgresql"]; // redis waits for the topic after it
    });
    const github = new FakeGitHub();
    github.intercept();
    await syncRoadmap(deps(), roadmap);
    const creates = github.requests.filter((r) => r.method === "POST" && r.path.endsWith("/issues"));
    expect(creates.map((r) => (r.body as { title: string }).title)).toEqual([
      "LeetCode (1 problem/day)",
      "PostgreSQL",
      "Redis",
      "📅 Daily",
      "🧠 Backend Core",
    ]);
    const postgres = github.issues.find((issue) => issue.title === "PostgreSQL")!;
    const redis = github.issues.find((issue) => issue.title === "Redis")!;
    expect(redis.body).toContain(`- ⬜ not started: #${postgres.number} PostgreSQL\n`);
    expect(github.writes.filter((r) => r.method === "PATCH")).toEqual([]);

    // Closing the prerequisite: the next sync updates the waiting topic's body once.
    postgres.state = "closed";
    postgres.state_reason = "completed";
    github.resetLog();
    await syncRoadmap(deps(), roadmap);
    const patch = github.writes.find((r) => r.path.endsWith(`/issues/${redis.number}`))!;
    expect((patch.body as { body: string }).body).toContain(`- ✅ done: #${postgres.number} PostgreSQL\n`);
    github.resetLog();
    const again = await syncRoadmap(deps(), roadmap);
    expect(again.operations).toEqual([]);
  });
});

describe("progress made before the first sync (an imported roadmap's ticks and Status: done)", () => {
  const roadmap = smallRoadmap((input) => {
    const topics = input.sections[1]!.topics;
    topics[0]!.status = "done";
    topics[1]!.checked = ["indexing"];
  });

  it("plans the close with the create, so plan, a dry run and the counts show it", () => {
    const operations = plan(REPO, roadmap, { issues: [], labels: [] });
    const create = operations.findIndex((op) => op.kind === "create-issue" && op.topicId === "redis");
    expect(operations[create + 1]).toMatchObject({
      kind: "close-prior",
      topicId: "redis",
      params: { state: "closed", state_reason: "completed" },
      refs: { issue_number: { of: "topic:redis", field: "number" } },
    });
    expect(describeRequest(operations[create + 1]!)).toBe(
      'PATCH /repos/octo-learner/roadmap/issues/<number of the new issue for topic redis> {"state":"closed","state_reason":"completed"}',
    );
    expect(countPlan(operations).issuesClosed).toBe(1);
  });

  it("starts the issues with it: the done topic closed as completed, the ticked item ticked; a second sync writes nothing", async () => {
    const fake = new FakeGitHub();
    fake.intercept();
    await syncRoadmap({ github: testGitHub(), repo: REPO, log: silentLogger }, roadmap);
    const redis = fake.issues.find((issue) => issue.title === "Redis")!;
    const postgres = fake.issues.find((issue) => issue.title === "PostgreSQL")!;
    expect(redis).toMatchObject({ state: "closed", state_reason: "completed" });
    expect(redis.labels.map((label) => label.name)).toContain("status: done");
    expect(postgres.state).toBe("open");
    expect(postgres.body).toContain("- [x] indexing");
    expect(postgres.body).toContain("- [ ] EXPLAIN");
    expect(postgres.labels.map((label) => label.name)).toContain("status: in progress");
    expect(
      fake.writes.filter((request) => request.method === "PATCH").map((request) => request.body),
    ).toEqual([{ state: "closed", state_reason: "completed" }]);

    fake.resetLog();
    await syncRoadmap({ github: testGitHub(), repo: REPO, log: silentLogger }, roadmap);
    expect(fake.writes).toEqual([]);
  });
});
