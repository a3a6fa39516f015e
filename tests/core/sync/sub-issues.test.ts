import { describe, expect, it } from "vitest";
import { silentLogger } from "../../../core/github/client.js";
import type { Roadmap } from "../../../core/model/schema.js";
import { syncRoadmap } from "../../../core/sync/sync.js";
import { FakeGitHub } from "../../helpers/fake-github.js";
import { REPO, testGitHub } from "../../helpers/github.js";
import { smallRoadmap } from "../../helpers/roadmaps.js";
import { SEED } from "../../helpers/seed.js";

const deps = (dryRun = false) => ({ github: testGitHub(), repo: REPO, log: silentLogger, dryRun });
const BASE = `/repos/${REPO.owner}/${REPO.repo}`;
const ISSUES_LIST = `${BASE}/issues?labels=roadmap&state=all&per_page=100`;
const LABELS_LIST = `${BASE}/labels?per_page=100`;

function parentOf(github: FakeGitHub, sectionId: string) {
  const parent = github.issues.find((issue) => issue.body.includes(`<!-- roadmap:section=${sectionId} -->`));
  if (!parent) throw new Error(`no parent for ${sectionId}`);
  return parent;
}

function childTitles(github: FakeGitHub, sectionId: string): string[] {
  return github.subIssueNumbers(parentOf(github, sectionId).number).map((n) => github.issue(n).title);
}

describe("sections as parent issues with their topics as sub-issues", () => {
  it("bootstraps the seed: one parent per section, its topics its sub-issues in roadmap order", async () => {
    const github = new FakeGitHub();
    github.intercept();
    const result = await syncRoadmap(deps(), SEED);

    for (const section of SEED.sections) {
      const parent = parentOf(github, section.id);
      expect(parent.title).toBe(`${section.emoji} ${section.title}`);
      expect(parent.labels.map((label) => label.name)).toEqual([
        "roadmap",
        expect.stringMatching(/^section: /),
      ]);
      expect(childTitles(github, section.id)).toEqual(section.topics.map((topic) => topic.title));
    }
    const topics = SEED.sections.flatMap((section) => section.topics);
    const labels = github.requests.filter((r) => r.method === "POST" && r.path === `${BASE}/labels`);
    const creates = github.requests.filter((r) => r.method === "POST" && r.path === `${BASE}/issues`);
    const adds = github.requests.filter((r) => r.method === "POST" && r.path.endsWith("/sub_issues"));
    // The reads, the labels, every issue, every sub-issue: nothing else (no list read, no move).
    expect(github.requests.slice(0, 2)).toEqual([
      { method: "GET", path: ISSUES_LIST },
      { method: "GET", path: LABELS_LIST },
    ]);
    expect(creates).toHaveLength(topics.length + SEED.sections.length);
    expect(adds).toHaveLength(topics.length);
    expect(github.requests).toHaveLength(2 + labels.length + creates.length + adds.length);
    // Topic issues keep their numbers (#1 … #27): the parents come after them.
    expect(github.issues.slice(0, topics.length).map((issue) => issue.title)).toEqual(
      topics.map((t) => t.title),
    );
    expect(result).toMatchObject({
      issuesCreated: topics.length + SEED.sections.length,
      subIssuesAdded: topics.length,
    });
    expect(result.summary).toContain(`adds ${topics.length} sub-issues`);

    github.resetLog();
    const again = await syncRoadmap(deps(), SEED);
    expect(github.requests).toEqual([
      { method: "GET", path: ISSUES_LIST },
      { method: "GET", path: LABELS_LIST },
    ]);
    expect(again.summary).toBe("no changes");
  });
});

const small = (change?: Parameters<typeof smallRoadmap>[0]) => smallRoadmap(change);

async function bootstrapped(roadmap: Roadmap = small()): Promise<FakeGitHub> {
  const github = new FakeGitHub();
  github.intercept();
  await syncRoadmap(deps(), roadmap);
  github.resetLog();
  return github;
}

/** The sync, then another that must write nothing. */
async function syncAndSettle(github: FakeGitHub, roadmap: Roadmap) {
  const result = await syncRoadmap(deps(), roadmap);
  const writes = [...github.writes];
  github.resetLog();
  await syncRoadmap(deps(), roadmap);
  expect(github.writes).toEqual([]);
  return { result, writes };
}

const idOf = (github: FakeGitHub, title: string) => github.issues.find((issue) => issue.title === title)!.id;

describe("keeping parents and sub-issues in step", () => {
  it("moves a topic that changed section to that section's parent, and lists it there", async () => {
    const github = await bootstrapped();
    const daily = parentOf(github, "daily");
    const core = parentOf(github, "backend-core");
    const moved = small((input) => {
      const redis = input.sections[1]!.topics.shift()!;
      input.sections[0]!.topics.push(redis);
    });
    const { writes } = await syncAndSettle(github, moved);
    expect(childTitles(github, "daily")).toEqual(["LeetCode (1 problem/day)", "Redis"]);
    expect(childTitles(github, "backend-core")).toEqual(["PostgreSQL"]);
    expect(writes.filter((w) => w.path.includes("sub_issue"))).toEqual([
      {
        method: "POST",
        path: `${BASE}/issues/${daily.number}/sub_issues`,
        body: { sub_issue_id: idOf(github, "Redis"), replace_parent: true },
      },
    ]);
    expect(
      writes.filter((w) => w.method === "PATCH" && !w.path.includes("sub_issue")).map((w) => w.path),
    ).toEqual([
      `${BASE}/issues/${idOf(github, "Redis") - 5000}`, // the topic's own body names its new section
      `${BASE}/issues/${daily.number}`,
      `${BASE}/issues/${core.number}`,
    ]);
    expect(daily.body).toContain("1. LeetCode (1 problem/day)\n2. Redis\n");
  });

  it("puts a reordered section back in roadmap order with the fewest moves", async () => {
    const github = await bootstrapped(
      small((input) => {
        input.sections[1]!.topics.push(
          { id: "go", title: "Go", priority: "low", difficulty: "hard", time: "long" },
          { id: "kafka", title: "Kafka", priority: "low", difficulty: "hard", time: "long" },
        );
      }),
    );
    const core = parentOf(github, "backend-core");
    // Kafka to the front: one move, not four.
    const reordered = small((input) => {
      input.sections[1]!.topics.push(
        { id: "go", title: "Go", priority: "low", difficulty: "hard", time: "long" },
        { id: "kafka", title: "Kafka", priority: "low", difficulty: "hard", time: "long" },
      );
      input.sections[1]!.topics.unshift(input.sections[1]!.topics.pop()!);
    });
    const { writes } = await syncAndSettle(github, reordered);
    expect(childTitles(github, "backend-core")).toEqual(["Kafka", "Redis", "PostgreSQL", "Go"]);
    expect(writes).toEqual([
      {
        method: "PATCH",
        path: `${BASE}/issues/${core.number}/sub_issues/priority`,
        body: { sub_issue_id: idOf(github, "Kafka"), before_id: idOf(github, "Redis") },
      },
      {
        method: "PATCH",
        path: `${BASE}/issues/${core.number}`,
        body: { body: expect.stringContaining("1. Kafka\n2. Redis") },
      },
    ]);
  });

  it("takes a removed topic off its parent and closes a removed section's parent as not planned", async () => {
    const github = await bootstrapped();
    const core = parentOf(github, "backend-core");
    const daily = parentOf(github, "daily");
    const redis = idOf(github, "Redis");
    const { writes } = await syncAndSettle(
      github,
      small((input) => {
        input.sections[1]!.topics.shift();
        input.sections.shift();
      }),
    );
    expect(childTitles(github, "backend-core")).toEqual(["PostgreSQL"]);
    expect(writes).toContainEqual({
      method: "DELETE",
      path: `${BASE}/issues/${core.number}/sub_issue`,
      body: { sub_issue_id: redis },
    });
    expect(github.issue(daily.number)).toMatchObject({ state: "closed", state_reason: "not_planned" });
    expect(github.issue(daily.number).body).toContain("This section was removed");

    // The section comes back: its parent reopens, with its topic under it.
    github.resetLog();
    await syncAndSettle(github, small());
    expect(github.issue(daily.number)).toMatchObject({ state: "open" });
    expect(github.issue(daily.number).body).not.toContain("This section was removed");
    expect(childTitles(github, "daily")).toEqual(["LeetCode (1 problem/day)"]);
    expect(childTitles(github, "backend-core")).toEqual(["Redis", "PostgreSQL"]);
  });

  it("leaves the learner's own sub-issues and text alone, and orders ours around them", async () => {
    const github = await bootstrapped();
    const core = parentOf(github, "backend-core");
    const own = github.addIssue({ title: "My reading list", body: "mine" });
    github.addSubIssue(core.number, own.number);
    core.body = `My plan for this section.\n\n${core.body}\n\nLast words.`;
    github.resetLog();
    const swapped = small((input) => input.sections[1]!.topics.reverse());
    const { writes } = await syncAndSettle(github, swapped);
    expect(childTitles(github, "backend-core")).toEqual(["PostgreSQL", "Redis", "My reading list"]);
    expect(writes.filter((w) => w.method === "DELETE")).toEqual([]);
    expect(github.issue(core.number).body).toMatch(/^My plan for this section\.\n\n/);
    expect(github.issue(core.number).body).toMatch(/\n\nLast words\.$/);
    expect(github.issue(core.number).body).toContain("1. PostgreSQL\n2. Redis\n");
  });

  it("reads a parent's list when GitHub does not say who a sub-issue's parent is (older GitHub Enterprise Server)", async () => {
    const github = await bootstrapped();
    for (const issue of github.issues) delete (issue as { parent_issue_url?: unknown }).parent_issue_url;
    await syncRoadmap(deps(), small());
    expect(github.writes).toEqual([]);
    expect(github.requests.filter((r) => r.path.endsWith("/sub_issues?per_page=100"))).toHaveLength(2);
  });

  const off = () =>
    small((input) => {
      input.settings = { "sub-issues": false };
    });

  it("turned off, makes no parents", async () => {
    const github = new FakeGitHub();
    github.intercept();
    await syncRoadmap(deps(), off());
    expect(github.issues).toHaveLength(3);
    expect(github.requests.some((r) => r.path.includes("sub_issue"))).toBe(false);
  });

  it("turned off later, closes the parents as not planned", async () => {
    const on = await bootstrapped();
    const { writes } = await syncAndSettle(on, off());
    expect(
      writes.map(
        (w) => `${w.method} ${w.path} ${JSON.stringify((w.body as { state_reason?: string }).state_reason)}`,
      ),
    ).toEqual([`PATCH ${BASE}/issues/4 "not_planned"`, `PATCH ${BASE}/issues/5 "not_planned"`]);
    for (const number of [4, 5])
      expect(on.issue(number)).toMatchObject({ state: "closed", state_reason: "not_planned" });
  });

  it("shows the sub-issue requests of a dry run with the issues they wait for", async () => {
    const github = new FakeGitHub();
    github.intercept();
    const lines: string[] = [];
    const log = { ...silentLogger, info: (line: string) => lines.push(line) };
    await syncRoadmap({ ...deps(true), log }, small());
    expect(github.writes).toEqual([]);
    expect(lines).toContainEqual(
      `[dry run] section daily's new parent: add topic leetcode's issue as a sub-issue: POST ${BASE}/issues/<number of the new issue for section daily>/sub_issues {"sub_issue_id":"<id of the new issue for topic leetcode>"}`,
    );
  });

  it("reads back a lost sub-issue answer instead of adding it twice", async () => {
    const github = new FakeGitHub();
    github.intercept();
    github.fail({ on: { method: "POST", path: /\/sub_issues$/ }, kind: "lost" });
    const result = await syncRoadmap(deps(), small());
    expect(result.faults).toEqual([expect.stringContaining("it had landed, not sent again")]);
    expect(childTitles(github, "backend-core")).toEqual(["Redis", "PostgreSQL"]);
    expect(childTitles(github, "daily")).toEqual(["LeetCode (1 problem/day)"]);
  });
});

describe("rating labels as settings.labels says", () => {
  const bare = () =>
    small((input) => {
      input.settings = { labels: { priority: false, difficulty: false, time: false } };
    });

  it("makes no priority, difficulty or time labels when they are off", async () => {
    const fresh = new FakeGitHub();
    fresh.intercept();
    await syncRoadmap(deps(), bare());
    expect(
      fresh.labels.map((label) => label.name).filter((name) => /^(priority|difficulty|time):/.test(name)),
    ).toEqual([]);
    expect(fresh.issue(2).labels.map((label) => label.name)).toEqual([
      "roadmap",
      "section: Backend Core",
      "status: todo",
    ]);
  });

  it("takes them off existing issues when they are turned off", async () => {
    const github = await bootstrapped();
    const { writes } = await syncAndSettle(github, bare());
    // One DELETE per rating label on each topic issue (the practice issue's 3, Redis's 4, PostgreSQL's 3).
    expect(writes).toHaveLength(10);
    expect(
      writes.every((w) => w.method === "DELETE" && /labels\/(priority|difficulty|time)/.test(w.path)),
    ).toBe(true);
    for (const number of [1, 2, 3])
      expect(
        github
          .issue(number)
          .labels.map((label) => label.name)
          .filter((name) => /^(priority|difficulty|time):/.test(name)),
      ).toEqual([]);
    expect(github.issue(2).labels.map((label) => label.name)).toEqual([
      "roadmap",
      "section: Backend Core",
      "status: todo",
    ]);
  });
});

describe("rating labels, one kind off", () => {
  it("keeps the others: priority off leaves difficulty and time", async () => {
    const github = new FakeGitHub();
    github.intercept();
    await syncRoadmap(
      deps(),
      small((input) => {
        input.settings = { labels: { priority: false } };
      }),
    );
    expect(github.issue(2).labels.map((label) => label.name)).toEqual([
      "roadmap",
      "difficulty: easy",
      "difficulty: medium",
      "time: short",
      "section: Backend Core",
      "status: todo",
    ]);
    expect(github.labels.some((label) => label.name.startsWith("priority:"))).toBe(false);
  });
});

describe("the fewest reads", () => {
  it("renames a topic's line in its parent's list without reading the parent's sub-issues", async () => {
    const github = await bootstrapped();
    const core = parentOf(github, "backend-core");
    await syncRoadmap(
      deps(),
      small((input) => {
        input.sections[1]!.topics[0]!.title = "Redis (caching & queues)";
      }),
    );
    expect(github.requests.filter((r) => r.method === "GET")).toEqual([
      { method: "GET", path: ISSUES_LIST },
      { method: "GET", path: LABELS_LIST },
    ]);
    expect(github.writes.map((w) => `${w.method} ${w.path}`)).toEqual([
      `PATCH ${BASE}/issues/2`,
      `PATCH ${BASE}/issues/${core.number}`,
    ]);
    expect(github.issue(core.number).body).toContain("1. Redis (caching & queues)\n");
  });

  it("reads only the parent whose section changed order", async () => {
    const github = await bootstrapped();
    const core = parentOf(github, "backend-core");
    await syncRoadmap(
      deps(),
      small((input) => input.sections[1]!.topics.reverse()),
    );
    expect(github.requests.filter((r) => r.method === "GET").map((r) => r.path)).toEqual([
      ISSUES_LIST,
      LABELS_LIST,
      `${BASE}/issues/${core.number}/sub_issues?per_page=100`,
    ]);
  });
});

describe("GitHub's refusals", () => {
  it("GitHub refusing a sub-issue (422) is a warning: the rest of the sync goes on", async () => {
    const github = await bootstrapped();
    const core = parentOf(github, "backend-core");
    const lines: string[] = [];
    const log = { ...silentLogger, warn: (line: string) => lines.push(line) };
    const grown = small((input) => {
      input.sections[1]!.topics.push({
        id: "go",
        title: "Go",
        priority: "low",
        difficulty: "hard",
        time: "long",
      });
    });
    github.fail({ on: { method: "POST", path: /\/sub_issues$/ }, kind: "refused" });
    const result = await syncRoadmap({ ...deps(), log }, grown);
    expect(result.stopped).toBeUndefined();
    expect(lines).toContainEqual(
      expect.stringMatching(
        /add topic go's issue as a sub-issue: GitHub refused it \(HTTP 422\), left as it is$/,
      ),
    );
    // The body's list is still brought up to date; the next sync adds it.
    expect(github.issue(core.number).body).toContain("3. Go\n");
    github.resetLog();
    await syncRoadmap(deps(), grown);
    expect(childTitles(github, "backend-core")).toEqual(["Redis", "PostgreSQL", "Go"]);
  });
});

describe("settling (every case ends with a sync that writes nothing)", () => {
  /** Syncs until nothing is written, at most `runs` times; the writes of each run. */
  async function settle(github: FakeGitHub, roadmap: Roadmap, runs = 3): Promise<number[]> {
    const counts: number[] = [];
    for (let run = 0; run < runs; run++) {
      github.resetLog();
      await syncRoadmap(deps(), roadmap);
      counts.push(github.writes.length);
      if (github.writes.length === 0) break;
    }
    return counts;
  }

  const topic = (id: string) =>
    ({ id, title: `Topic ${id}`, priority: "low", difficulty: "easy", time: "short" }) as const;

  it("a section of more than 100 topics holds its first 100; one added at the front pushes the 100th off", async () => {
    const roadmapOf = (ids: string[]) =>
      small((input) => {
        input.sections[1]!.topics = ids.map(topic);
      });
    const ids = Array.from({ length: 101 }, (_, i) => `t${i}`);
    const github = await bootstrapped(roadmapOf(ids));
    const core = parentOf(github, "backend-core");
    expect(github.subIssueNumbers(core.number)).toHaveLength(100);
    const grown = roadmapOf(["first", ...ids]);
    expect((await settle(github, grown)).at(-1)).toBe(0);
    const held = github.subIssueNumbers(core.number).map((n) => github.issue(n).title);
    expect(held).toEqual(["Topic first", ...ids.slice(0, 99).map((id) => `Topic ${id}`)]);
    // The no-op sync reads nothing more than the two lists.
    github.resetLog();
    await syncRoadmap(deps(), grown);
    // Two pages of issues (101 topics' and 2 parents'), one of labels: no list read.
    expect(github.requests).toHaveLength(3);
  });

  it("a parent the learner filled to 100 takes no more, and the next syncs write nothing", async () => {
    const github = await bootstrapped();
    const core = parentOf(github, "backend-core");
    for (let i = 0; i < 98; i++)
      github.addSubIssue(core.number, github.addIssue({ title: `Mine ${i}`, body: "" }).number);
    const grown = small((input) => {
      input.sections[1]!.topics.push(topic("go"));
    });
    const counts = await settle(github, grown);
    expect(counts.at(-1)).toBe(0);
    expect(github.requests.filter((r) => r.method === "POST" && r.path.endsWith("/sub_issues"))).toEqual([]);
  });

  it("takes back a parent whose generated part the learner replaced, instead of opening another", async () => {
    const github = await bootstrapped();
    const core = parentOf(github, "backend-core");
    core.body = "My own plan for this section.";
    const count = github.issues.length;
    expect((await settle(github, small())).at(-1)).toBe(0);
    expect(github.issues).toHaveLength(count);
    expect(github.issue(core.number).body).toMatch(
      /^<!-- roadmap:body:start[\s\S]*\n\nMy own plan for this section\.$/,
    );
    expect(github.subIssueNumbers(core.number).map((n) => github.issue(n).title)).toEqual([
      "Redis",
      "PostgreSQL",
    ]);
  });

  it("moves a topic between sections on a GitHub Enterprise Server that does not say where sub-issues hang", async () => {
    const github = await bootstrapped();
    const withoutParentUrls = () => {
      for (const issue of github.issues) delete (issue as { parent_issue_url?: unknown }).parent_issue_url;
    };
    withoutParentUrls();
    const moved = small((input) => {
      input.sections[0]!.topics.push(input.sections[1]!.topics.shift()!);
    });
    github.resetLog();
    await syncRoadmap(deps(), moved);
    withoutParentUrls();
    expect(github.writes.find((w) => w.path.endsWith("/sub_issues"))?.body).toEqual({
      sub_issue_id: idOf(github, "Redis"),
      replace_parent: true,
    });
    expect(childTitles(github, "daily")).toEqual(["LeetCode (1 problem/day)", "Redis"]);
    github.resetLog();
    await syncRoadmap(deps(), moved);
    expect(github.writes).toEqual([]);
  });

  it("leaves a topic the learner put under an issue of their own, and reads no list for it", async () => {
    const github = await bootstrapped();
    const own = github.addIssue({ title: "My epic", body: "" });
    github.addSubIssue(own.number, github.issues.find((issue) => issue.title === "Redis")!.number);
    expect((await settle(github, small())).at(-1)).toBe(0);
    expect(github.subIssueNumbers(own.number)).toHaveLength(1);
    github.resetLog();
    await syncRoadmap(deps(), small());
    expect(github.requests).toHaveLength(2);
  });

  it("a renamed section's parent gets its title and topic list in one write", async () => {
    const github = await bootstrapped();
    const core = parentOf(github, "backend-core");
    github.resetLog();
    await syncRoadmap(
      deps(),
      small((input) => {
        input.sections[1]!.title = "Backend";
      }),
    );
    const patches = github.writes.filter((w) => w.path === `${BASE}/issues/${core.number}`);
    expect(patches).toEqual([
      {
        method: "PATCH",
        path: `${BASE}/issues/${core.number}`,
        body: { title: "🧠 Backend", body: expect.stringContaining("**Section:** 🧠 Backend\n") },
      },
    ]);
  });
});
