import { afterEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../core/github/client.js";
import { allTopics } from "../../core/model/roadmap.js";
import { syncRoadmap } from "../../core/sync/sync.js";
import { ACTIONS_BOT, FakeGitHub, PAT_OWNER } from "../helpers/fake-github.js";
import { REPO, testGitHub, trackUnmatched } from "../helpers/github.js";
import { eventFile, interceptActionRoutes, README, runAction, TODAY, workspace } from "../helpers/action.js";
import { SEED, SEED_YML } from "../helpers/seed.js";

const seed = SEED;
const BASE = `/repos/${REPO.owner}/${REPO.repo}`;
const ISSUES_LIST = `${BASE}/issues?labels=roadmap&state=all&per_page=100`;
const LABELS_LIST = `${BASE}/labels?per_page=100`;

const unmatched = trackUnmatched();
afterEach(() => {
  expect(unmatched.unmatched).toEqual([]);
});

/** A repository synced with the seed roadmap (27 topic issues), with the README on the branch. */
async function syncedRepository(readme = README): Promise<FakeGitHub> {
  const fake = new FakeGitHub();
  fake.intercept();
  interceptActionRoutes(fake);
  await syncRoadmap({ github: testGitHub(), repo: REPO, log: silentLogger }, seed);
  fake.files.set("README.md", readme);
  fake.resetLog();
  return fake;
}

const practiceIssue = (fake: FakeGitHub) => fake.issues.find((issue) => issue.title.startsWith("LeetCode"))!;
const writes = (fake: FakeGitHub) => fake.writes.map((request) => `${request.method} ${request.path}`);

describe("command: all on a repository synced with the seed roadmap", () => {
  it("updates README and chart once and posts one daily comment; running again writes nothing", async () => {
    const fake = await syncedRepository();
    const ws = workspace();
    const first = await runAction({ workspace: ws, inputs: { command: "all" } });
    expect(first.failed).toBe(false);
    const practice = practiceIssue(fake);
    expect(writes(fake)).toEqual([
      `POST ${BASE}/issues/${practice.number}/comments`,
      "POST /graphql",
      `PUT ${BASE}/contents/roadmap/progress.svg`,
      `PUT ${BASE}/contents/README.md`,
    ]);
    expect(
      fake.requests.filter((request) => request.method === "GET").map((request) => request.path),
    ).toEqual([
      ISSUES_LIST,
      LABELS_LIST,
      `${BASE}/issues/${practice.number}/comments?per_page=100`,
      `${BASE}/contents/notes`,
      `${BASE}/contents/roadmap/progress.svg`,
      `${BASE}/contents/README.md`,
    ]);
    const put = fake.writes.find((request) => request.path.endsWith("README.md"))!.body as Record<
      string,
      unknown
    >;
    expect(put).toMatchObject({
      message: "docs(roadmap): update progress [skip ci]",
      sha: `sha-${README.length}`,
    });

    const readme = fake.files.get("README.md")!;
    expect(
      readme.startsWith(
        "# Backend-Focused Learning Roadmap\n\nText the learner wrote stays as it is.\n\n<!-- roadmap:start -->\n",
      ),
    ).toBe(true);
    expect(readme.endsWith("<!-- roadmap:end -->\n\n## Footer\n")).toBe(true);
    expect(readme).toContain(
      "🧩 **LeetCode practice:** 0 solved · current streak 0 days · longest streak 0 days",
    );
    expect(readme).toContain("(https://github.com/octo-learner/roadmap/raw/HEAD/roadmap/progress.svg)");
    expect(fake.files.get("roadmap/progress.svg")).toMatch(/^<svg [^>]*role="img"/);

    const comment = fake.comments[0]!;
    expect(comment.body).toContain(`<!-- roadmap:daily date=${TODAY} slug=group-anagrams -->`);
    expect(comment.body).toContain("| Medium | Arrays & Hashing | 30–60 minutes |");
    expect(first.outputs).toEqual({
      "readme-changed": "true",
      progress: "0",
      "daily-comment-url": comment.html_url,
      "issues-created": "0",
      "issues-updated": "0",
      "issues-closed": "0",
    });
    expect(first.summary).toContain("**Sync:** ");
    expect(first.summary).toContain(
      `**Daily ${TODAY}:** posted [group-anagrams](https://leetcode.com/problems/group-anagrams/)`,
    );
    expect(first.summary).toContain("## 📊 Progress");

    fake.resetLog();
    const second = await runAction({ workspace: ws, inputs: { command: "all" } });
    expect(second.failed).toBe(false);
    expect(fake.writes).toEqual([]);
    expect(fake.requests).toHaveLength(6);
    expect(second.outputs).toMatchObject({
      "readme-changed": "false",
      "daily-comment-url": comment.html_url,
    });
  });

  it("bootstraps an empty repository: 27 issues, then the same run again writes nothing", async () => {
    const fake = new FakeGitHub();
    fake.intercept();
    interceptActionRoutes(fake);
    fake.files.set("README.md", README);
    const ws = workspace();
    const first = await runAction({ workspace: ws, inputs: { command: "all" } });
    expect(first.failed).toBe(false);
    // Every topic's issue and every section's parent.
    expect(first.outputs["issues-created"]).toBe(String(allTopics(seed).length + seed.sections.length));
    expect(fake.comments).toHaveLength(1);
    fake.resetLog();
    await runAction({ workspace: ws, inputs: { command: "all" } });
    expect(fake.writes).toEqual([]);
  });
  it("dry run on an empty repository (what CI runs with a read-only token): reads only, says what it would do", async () => {
    const fake = new FakeGitHub();
    fake.intercept();
    fake.files.set("README.md", README);
    const result = await runAction({ workspace: workspace(), inputs: { command: "all", "dry-run": "true" } });
    expect(result.failed).toBe(false);
    expect(fake.writes).toEqual([]);
    expect(fake.requests.map((r) => r.path)).toEqual([
      ISSUES_LIST,
      LABELS_LIST,
      // The daily step finds no practice issue: is there one without its marker to take back?
      `${BASE}/issues?labels=roadmap&state=open&per_page=100`,
      `${BASE}/contents/notes`,
      `${BASE}/contents/roadmap/progress.svg`,
      `${BASE}/contents/README.md`,
    ]);
    expect(result.stdout).toContain(
      'dry run: would create the daily-practice issue "LeetCode (1 problem/day)"',
    );
    expect(result.summary).toContain(
      "**Sync:** would create 26 labels and 37 issues, add 27 sub-issues\n\n**Daily",
    );
    expect(result.outputs).toMatchObject({
      "issues-created": String(allTopics(seed).length + seed.sections.length),
      "readme-changed": "true",
    });
  });
});

describe("command: readme", () => {
  it("with nothing changed makes the list reads, the notes folder read and two file reads, and no write", async () => {
    const fake = await syncedRepository();
    const ws = workspace();
    await runAction({ workspace: ws, inputs: { command: "readme" } });
    fake.resetLog();
    const result = await runAction({ workspace: ws, inputs: { command: "readme" } });
    expect(result.failed).toBe(false);
    const practice = practiceIssue(fake);
    // The issues first, then the other four two at a time (their order within a pair varies).
    expect(fake.requests[0]).toEqual({ method: "GET", path: ISSUES_LIST });
    expect(fake.requests.slice(1)).toHaveLength(4);
    expect(fake.requests.slice(1)).toEqual(
      expect.arrayContaining([
        { method: "GET", path: `${BASE}/contents/notes` },
        { method: "GET", path: `${BASE}/issues/${practice.number}/comments?per_page=100` },
        { method: "GET", path: `${BASE}/contents/roadmap/progress.svg` },
        { method: "GET", path: `${BASE}/contents/README.md` },
      ]),
    );
    expect(result.outputs["readme-changed"]).toBe("false");
  });

  it("links the notes folder of a topic once notes/<topic-id>/ exists on the branch", async () => {
    const fake = await syncedRepository();
    fake.files.set("notes/redis/caching.md", "# Caching\n");
    fake.files.set("notes/unknown-topic/x.md", "# x\n");
    const result = await runAction({ workspace: workspace(), inputs: { command: "readme" } });
    expect(result.failed).toBe(false);
    const readme = fake.files.get("README.md")!;
    const redisRow = readme.split("\n").find((line) => line.startsWith("| [Redis]"))!;
    expect(redisRow).toContain("(https://github.com/octo-learner/roadmap/tree/HEAD/notes/redis)");
    expect(readme).not.toContain("notes/unknown-topic");
    expect(readme.split("\n").find((line) => line.startsWith("| [PostgreSQL]"))).not.toContain("notes/");
  });

  it("shows the streak from ticked Solved boxes and the status from the labels", async () => {
    const fake = await syncedRepository();
    const practice = practiceIssue(fake);
    for (const [date, solved] of [
      ["2026-11-24", true],
      ["2026-11-25", true],
      ["2026-11-26", false],
    ] as const) {
      fake.comments.push({
        id: 900 + fake.comments.length,
        issue: practice.number,
        body: `<!-- roadmap:daily date=${date} slug=x-${date} -->\n- [${solved ? "x" : " "}] Solved`,
        html_url: "https://github.com/c",
        created_at: `${date}T06:00:00Z`,
        user: ACTIONS_BOT,
      });
    }
    const redis = fake.issues.find((issue) => issue.title === "Redis")!;
    redis.state = "closed";
    redis.state_reason = "completed";
    redis.labels = redis.labels
      .filter((label) => !label.name.startsWith("status: "))
      .concat(fake.label("status: done"));
    const result = await runAction({ workspace: workspace(), inputs: { command: "readme" } });
    expect(result.failed).toBe(false);
    const readme = fake.files.get("README.md")!;
    expect(readme).toContain(
      "🧩 **LeetCode practice:** 2 solved · current streak 2 days · longest streak 2 days",
    );
    expect(readme).toMatch(
      /\| \[Redis\]\(https:\/\/github\.com\/octo-learner\/roadmap\/issues\/\d+\) \|.*✅ done/,
    );
    // The practice topic follows its streak: in progress while the learner practises.
    expect(readme).toMatch(
      /\| \[LeetCode \(1 problem\/day\)\]\([^)]+\) \|.*\| 🚧 in progress \| 🔥 2-day streak \|/,
    );
    expect(result.outputs.progress).toBe("3"); // 1 of 26 planned topics, rounded down
    expect(fake.files.get("roadmap/progress.svg")).toContain('<desc id="desc">1 of 26 topics done (3%).');
  });

  it("counts streaks up to today even when a past date is re-run", async () => {
    const fake = await syncedRepository();
    const practice = practiceIssue(fake);
    for (const date of ["2026-11-24", "2026-11-25", "2026-11-26"]) {
      fake.comments.push({
        id: 950 + fake.comments.length,
        issue: practice.number,
        body: `<!-- roadmap:daily date=${date} slug=x-${date} -->\n- [x] Solved`,
        html_url: "https://github.com/c",
        created_at: `${date}T06:00:00Z`,
        user: ACTIONS_BOT,
      });
    }
    const result = await runAction({
      workspace: workspace(),
      inputs: { command: "readme", date: "2026-11-24" },
    });
    expect(result.failed).toBe(false);
    expect(fake.files.get("README.md")).toContain(
      "🧩 **LeetCode practice:** 3 solved · current streak 3 days · longest streak 3 days",
    );
  });

  it("retries once on a 409 and keeps a concurrent edit outside the markers", async () => {
    const fake = await syncedRepository();
    // Another run commits the README between this run's read and its write.
    let raced = false;
    const original = fake.files.get.bind(fake.files);
    fake.files.get = (path: string) => {
      const value = original(path);
      if (
        path === "README.md" &&
        !raced &&
        fake.requests.some((r) => r.method === "GET" && r.path.endsWith("/README.md"))
      ) {
        raced = true;
        fake.files.set("README.md", README.replace("## Footer", "## Footer (edited meanwhile)"));
      }
      return value;
    };
    const result = await runAction({ workspace: workspace(), inputs: { command: "readme" } });
    expect(result.failed).toBe(false);
    expect(writes(fake)).toEqual([
      `PUT ${BASE}/contents/roadmap/progress.svg`,
      `PUT ${BASE}/contents/README.md`,
      `PUT ${BASE}/contents/README.md`,
    ]);
    expect(fake.requests.filter((r) => r.path.endsWith("/README.md")).map((r) => r.method)).toEqual([
      "GET",
      "PUT",
      "GET",
      "PUT",
    ]);
    expect(fake.files.get("README.md")).toContain("## Footer (edited meanwhile)");
    expect(fake.files.get("README.md")).toContain("## 📊 Progress");
  });

  it("fails naming the marker lines when the README has none, and writes nothing", async () => {
    const fake = await syncedRepository("# README without markers\n");
    const result = await runAction({
      workspace: workspace("# README without markers\n"),
      inputs: { command: "readme" },
    });
    expect(result.failed).toBe(true);
    expect(result.stdout).toContain(
      "::error::README.md: the README needs the two lines <!-- roadmap:start --> and <!-- roadmap:end -->, in that order",
    );
    // Only the issue list, which went out while the roadmap was validated (action/early-reads.ts).
    expect(fake.requests).toEqual([{ method: "GET", path: ISSUES_LIST }]);
  });

  it("dry run: reads, writes nothing, reports what would change", async () => {
    const fake = await syncedRepository();
    const result = await runAction({
      workspace: workspace(),
      inputs: { command: "readme", "dry-run": "true" },
    });
    expect(result.failed).toBe(false);
    expect(fake.writes).toEqual([]);
    expect(result.stdout).toContain("dry run: would update README.md (");
    expect(result.stdout).toContain("dry run: would create roadmap/progress.svg (");
    expect(result.outputs["readme-changed"]).toBe("true");
    expect(fake.files.has("roadmap/progress.svg")).toBe(false);
  });
});

describe("command: daily", () => {
  it("posts one comment; a re-run the same day writes nothing; the next day posts the next problem", async () => {
    const fake = await syncedRepository();
    const ws = workspace();
    const practice = practiceIssue(fake);
    const first = await runAction({ workspace: ws, inputs: { command: "daily" } });
    expect(first.failed).toBe(false);
    expect(writes(fake)).toEqual([`POST ${BASE}/issues/${practice.number}/comments`, "POST /graphql"]);
    expect(fake.requests.filter((r) => r.method === "GET")).toHaveLength(2);
    const pin = fake.writes[1]!.body as { query: string; variables: unknown };
    expect(pin.query).toContain("pinIssue(input: { issueId: $issueId })");
    expect(pin.variables).toEqual({ issueId: practice.node_id });

    fake.resetLog();
    const again = await runAction({ workspace: ws, inputs: { command: "daily" } });
    expect(fake.writes).toEqual([]);
    expect(fake.requests).toHaveLength(2);
    expect(again.outputs["daily-comment-url"]).toBe(fake.comments[0]!.html_url);

    fake.resetLog();
    await runAction({ workspace: ws, inputs: { command: "daily", date: "2026-11-27" } });
    expect(writes(fake)).toEqual([`POST ${BASE}/issues/${practice.number}/comments`]); // pinned already
    expect(fake.comments[1]!.body).toContain("date=2026-11-27 slug=sort-an-array");
  });

  it("with a personal access token (comments by a User, OWNER): a re-run the same day finds its comment", async () => {
    const fake = await syncedRepository();
    fake.commentAuthor = PAT_OWNER;
    const ws = workspace();
    await runAction({ workspace: ws, inputs: { command: "daily" } });
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0]!.user.type).toBe("User");

    fake.resetLog();
    const again = await runAction({ workspace: ws, inputs: { command: "daily" } });
    expect(again.failed).toBe(false);
    expect(fake.writes).toEqual([]);
    expect(again.outputs["daily-comment-url"]).toBe(fake.comments[0]!.html_url);
  });

  it("takes today in the configured time zone", async () => {
    const fake = await syncedRepository();
    const lateEvening = { now: () => new Date("2026-11-26T23:30:00Z") };
    await runAction({ workspace: workspace(), inputs: { command: "daily" }, run: lateEvening });
    expect(fake.comments[0]!.body).toContain("date=2026-11-26 ");
    // 00:30 the next day in Berlin: a new day, a new problem.
    await runAction({
      workspace: workspace(),
      inputs: { command: "daily", timezone: "Europe/Berlin" },
      run: lateEvening,
    });
    expect(fake.comments[1]!.body).toContain("date=2026-11-27 ");
    expect(fake.comments).toHaveLength(2);
  });

  it("uses LeetCode's question of the day with source: leetcode-daily, falling back to the pool", async () => {
    const fake = await syncedRepository();
    const ws = workspace();
    ws.write("roadmap/roadmap.yml", SEED_YML.replace(/source: pool/, "source: leetcode-daily"));
    const fetched: string[] = [];
    const result = await runAction({
      workspace: ws,
      inputs: { command: "daily" },
      run: {
        fetch: async (url) => {
          fetched.push(url);
          throw new Error("getaddrinfo ENOTFOUND leetcode.com");
        },
      },
    });
    expect(result.failed).toBe(false);
    expect(fetched).toEqual(["https://leetcode.com/graphql"]);
    expect(result.stdout).toContain(
      "::warning::LeetCode's question of the day is not used: LeetCode could not be reached",
    );
    expect(fake.comments[0]!.body).toContain("slug=group-anagrams");
  });
});

describe("failures name the fix", () => {
  it("403 from GitHub: the permission to add", async () => {
    const fake = await syncedRepository();
    fake.files.delete("README.md");
    // The token may read but not write contents.
    const nockScope = (await import("nock")).default;
    nockScope.cleanAll();
    fake.intercept();
    nockScope("https://api.github.com")
      .put(/\/contents\//)
      .reply(403, { message: "Resource not accessible by integration" });
    const result = await runAction({ workspace: workspace(), inputs: { command: "readme" } });
    expect(result.failed).toBe(true);
    expect(result.stdout).toMatch(
      /::error::GitHub answered 403 to PUT https:\/\/api\.github\.com\/repos\/octo-learner\/roadmap\/contents\/roadmap\/progress\.svg \(Resource not accessible by integration\): the token lacks `contents: write`; add `permissions: contents: write` to the workflow job/,
    );
  });

  it("invalid roadmap: annotations on the lines, failed; the first reads went out, nothing was written", async () => {
    const fake = new FakeGitHub();
    fake.intercept();
    const ws = workspace();
    ws.write("roadmap/roadmap.yml", SEED_YML.replace("priority: high", "priority: hihg"));
    const result = await runAction({ workspace: ws, inputs: { command: "all" } });
    expect(result.failed).toBe(true);
    expect(result.stdout).toMatch(
      /::error title=Invalid roadmap,file=roadmap\/roadmap\.yml,line=\d+,col=\d+::priority must be one of .*did you mean "high"\?/,
    );
    expect(result.stdout).toMatch(
      /::error::the roadmap is not valid \(1 problem; nothing was written\):%0Aroadmap\/roadmap\.yml:\d+:\d+: /,
    );
    // The sync's two lists are read while the roadmap is validated (action/early-reads.ts);
    // their answers are dropped, and nothing is written.
    expect(fake.writes).toEqual([]);
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests).toEqual(
      expect.arrayContaining([
        { method: "GET", path: ISSUES_LIST },
        { method: "GET", path: LABELS_LIST },
      ]),
    );
  });

  it("invalid roadmap while the first reads fail: the roadmap's error, no write, no unhandled rejection", async () => {
    const fake = new FakeGitHub();
    fake.intercept();
    fake.fail({ on: { nth: 1 }, kind: "502" });
    fake.fail({ on: { nth: 2 }, kind: "502" });
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on("unhandledRejection", onRejection);
    try {
      const ws = workspace();
      ws.write("roadmap/roadmap.yml", SEED_YML.replace("priority: high", "priority: hihg"));
      const result = await runAction({ workspace: ws, inputs: { command: "all" } });
      expect(result.failed).toBe(true);
      expect(result.stdout).toMatch(/::error::the roadmap is not valid \(1 problem; nothing was written\)/);
      expect(result.stdout).not.toContain("502");
      // A turn of the event loop for any rejection nobody handled to be reported.
      await new Promise((resolve) => setTimeout(resolve, 10));
    } finally {
      process.off("unhandledRejection", onRejection);
    }
    expect(rejections).toEqual([]);
    expect(fake.writes).toEqual([]);
    expect(fake.requests.map((request) => request.method)).toEqual(["GET", "GET"]);
  });

  it("a bad input: its name and what it accepts, no request", async () => {
    const fake = new FakeGitHub();
    fake.intercept();
    const result = await runAction({
      workspace: workspace(),
      inputs: { command: "everything", date: "26.11.2026" },
    });
    expect(result.failed).toBe(true);
    expect(result.stdout).toContain(
      '::error::input "command" must be one of auto, sync, readme, daily, all, doctor (got "everything")',
    );
    expect(result.stdout).toContain(
      'input "date" must be a date written YYYY-MM-DD, e.g. 2026-11-26 (got "26.11.2026")',
    );
    expect(fake.requests).toEqual([]);
  });

  it("never prints the token", async () => {
    await syncedRepository();
    const result = await runAction({
      workspace: workspace(),
      inputs: { command: "readme", token: "ghs_secret-value" },
    });
    expect(result.stdout).toContain("::add-mask::ghs_secret-value");
    expect(result.stdout.replace("::add-mask::ghs_secret-value", "")).not.toContain("ghs_secret-value");
  });
});

describe("command: auto", () => {
  it("issues.closed on a topic issue: status label, then the README", async () => {
    const fake = await syncedRepository();
    await runAction({ workspace: workspace(), inputs: { command: "readme" } });
    const redis = fake.issues.find((issue) => issue.title === "Redis")!;
    redis.state = "closed";
    redis.state_reason = "completed";
    fake.resetLog();
    const path = eventFile("issues.closed", (payload) => {
      Object.assign(payload.issue, structuredClone(redis));
    });
    const result = await runAction({ workspace: workspace(), event: { name: "issues", path } });
    expect(result.failed).toBe(false);
    expect(writes(fake)).toEqual([
      `DELETE ${BASE}/issues/${redis.number}/labels/status: todo`,
      `POST ${BASE}/issues/${redis.number}/labels`,
      `PUT ${BASE}/contents/roadmap/progress.svg`,
      `PUT ${BASE}/contents/README.md`,
    ]);
    expect(result.outputs["issues-updated"]).toBe("1");
    expect(fake.files.get("README.md")).toMatch(/\[Redis\].*✅ done/);
  });

  it("issues event on an issue that is no topic issue: nothing at all", async () => {
    const fake = await syncedRepository();
    const result = await runAction({
      workspace: workspace(),
      event: { name: "issues", path: eventFile("issues.reopened") },
    });
    expect(result.failed).toBe(false);
    expect(result.stdout).toContain("is not a topic issue");
    expect(fake.requests).toEqual([]);
  });

  it("push: sync then README", async () => {
    const fake = await syncedRepository();
    const result = await runAction({
      workspace: workspace(),
      event: { name: "push", path: eventFile("push") },
    });
    expect(result.failed).toBe(false);
    expect(fake.requests.slice(0, 2).map((r) => r.path)).toEqual([ISSUES_LIST, LABELS_LIST]);
    // The sync wrote nothing, so the README step reuses its issue list.
    expect(fake.requests.filter((r) => r.path === ISSUES_LIST)).toHaveLength(1);
    expect(writes(fake)).toEqual([
      `PUT ${BASE}/contents/roadmap/progress.svg`,
      `PUT ${BASE}/contents/README.md`,
    ]);
  });

  it("schedule: everything, and the keep-alive re-enables the workflow after 50 days without a push", async () => {
    const fake = await syncedRepository();
    (await import("nock")).default.cleanAll();
    fake.intercept();
    interceptActionRoutes(fake, { pushedAt: "2026-09-01T00:00:00Z" });
    const result = await runAction({
      workspace: workspace(),
      event: { name: "schedule", path: eventFile("schedule") },
    });
    expect(result.failed).toBe(false);
    expect(writes(fake).slice(-1)).toEqual([`PUT ${BASE}/actions/workflows/roadmap.yml/enable`]);
    expect(fake.requests.filter((r) => r.path === BASE)).toHaveLength(1);

    fake.resetLog();
    (await import("nock")).default.cleanAll();
    fake.intercept();
    interceptActionRoutes(fake, { pushedAt: "2026-11-25T00:00:00Z" });
    await runAction({ workspace: workspace(), event: { name: "schedule", path: eventFile("schedule") } });
    expect(writes(fake)).toEqual([]); // recent push: a read, no enable
    expect(fake.requests.filter((r) => r.path === BASE)).toHaveLength(1);
  });

  it("issue_comment on the daily issue: the README (a ticked Solved box moves the streak)", async () => {
    const fake = await syncedRepository();
    const practice = practiceIssue(fake);
    const path = eventFile("issue_comment.edited", (payload) => {
      payload.issue.number = practice.number;
      payload.issue.labels = [{ name: "daily" }];
    });
    const result = await runAction({ workspace: workspace(), event: { name: "issue_comment", path } });
    expect(result.failed).toBe(false);
    expect(writes(fake)).toEqual([
      `PUT ${BASE}/contents/roadmap/progress.svg`,
      `PUT ${BASE}/contents/README.md`,
    ]);
  });

  it("a comment on another issue does nothing and succeeds, even while the roadmap is invalid", async () => {
    const fake = await syncedRepository();
    const ws = workspace();
    ws.write("roadmap/roadmap.yml", "title: [unclosed\n");
    const path = eventFile("issue_comment.edited", (payload) => {
      payload.issue.labels = [{ name: "question" }];
    });
    const result = await runAction({ workspace: ws, event: { name: "issue_comment", path } });
    expect(result.failed).toBe(false);
    expect(result.stdout).toContain("nothing to do");
    expect(fake.requests).toEqual([]);
  });

  it("pull_request without its payload fails and says what is missing, no request (notes: tests/action/notes.e2e.test.ts)", async () => {
    const fake = await syncedRepository();
    const result = await runAction({ workspace: workspace(), event: { name: "pull_request" } });
    expect(result.failed).toBe(true);
    expect(result.stdout).toContain("the pull_request event payload has no pull_request");
    expect(fake.requests).toEqual([]);
  });

  it("an event it does not know fails and says which events it handles", async () => {
    await syncedRepository();
    const result = await runAction({ workspace: workspace(), event: { name: "release" } });
    expect(result.failed).toBe(true);
    expect(result.stdout).toContain('::error::command: auto does not know what to do on a "release" event');
  });
});
