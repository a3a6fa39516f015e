import nock from "nock";
import { describe, expect, it } from "vitest";
import type { FetchLike } from "../../../core/daily/leetcode-daily.js";
import { dailyMarker } from "../../../core/practice/daily-marker.js";
import type { Pool } from "../../../core/daily/pool.js";
import { postDaily } from "../../../core/daily/post-daily.js";
import { allTopics } from "../../../core/model/roadmap.js";
import { mergeBody, newTopicIssue } from "../../../core/issues/issue-body.js";
import { toTopicIssue } from "../../../core/issues/topic-issues.js";
import type { TopicIssue } from "../../../core/issues/topic-issues.js";
import {
  api,
  expectOnly,
  REPO,
  REPO_PATH,
  restComment,
  restIssue,
  testGitHub,
  trackUnmatched,
} from "../../helpers/github.js";
import { collectingLog } from "../../helpers/log.js";
import { smallRoadmap } from "../../helpers/roadmaps.js";

const pool: Pool = {
  problems: [
    {
      id: 49,
      title: "Group Anagrams",
      slug: "group-anagrams",
      difficulty: "Medium",
      pattern: "Arrays & Hashing",
    },
    {
      id: 347,
      title: "Top K Frequent Elements",
      slug: "top-k-frequent-elements",
      difficulty: "Medium",
      pattern: "Arrays & Hashing",
    },
    { id: 15, title: "3Sum", slug: "3sum", difficulty: "Medium", pattern: "Two Pointers" },
  ],
};

const roadmap = smallRoadmap();
const [leetcode] = allTopics(roadmap);
const created = newTopicIssue(leetcode!.topic, leetcode!.section);
const PRACTICE = 7;

function practiceIssue(state: "open" | "closed" = "open"): TopicIssue {
  return toTopicIssue(
    restIssue({ number: PRACTICE, title: created.title, body: created.body, labels: created.labels, state }),
  )!;
}

const comment = (id: number, date: string, slug: string, solved = false) =>
  restComment(id, `${dailyMarker(date, slug)}\n### ${date}\n\n- [${solved ? "x" : " "}] Solved\n`, PRACTICE);

const LEARNER = { login: "octo-learner", type: "User" };

/** The open roadmap issues, read when no practice issue was found (one to take back?). */
const OPEN_ROADMAP_ISSUES = { labels: "roadmap", state: "open", per_page: 100 };

const unmatched = trackUnmatched();

/**
 * A solved day yesterday: the learner is practising, so after the post the practice issue
 * moves from todo to in progress (its status follows the practice), once.
 */
function startsPractising(scope: ReturnType<typeof api>, number = PRACTICE) {
  return scope
    .delete(`${REPO_PATH}/issues/${number}/labels/status%3A%20todo`)
    .reply(200, [])
    .post(`${REPO_PATH}/issues/${number}/labels`, { labels: ["status: in progress"] })
    .reply(200, []);
}

describe("postDaily", () => {
  it("posts the next pool problem once, and nothing on a second run the same day", async () => {
    const { log } = collectingLog();
    const deps = { github: testGitHub(), repo: REPO, log };
    const input = { roadmap, pool, date: "2026-11-26", issues: [practiceIssue()] };
    let posted = "";
    const first = startsPractising(api())
      .get(`${REPO_PATH}/issues/${PRACTICE}/comments`)
      .query({ per_page: 100 })
      .reply(200, [comment(1, "2026-11-25", "group-anagrams", true)])
      .post(`${REPO_PATH}/issues/${PRACTICE}/comments`, (body: { body: string }) => {
        posted = body.body;
        return Object.keys(body).join() === "body";
      })
      .reply(201, { id: 2, html_url: "https://github.com/c/2" });
    const result = await postDaily(deps, input);
    expectOnly(unmatched, first);
    expect(result).toMatchObject({
      status: "posted",
      entry: { date: "2026-11-26", slug: "top-k-frequent-elements", commentUrl: "https://github.com/c/2" },
    });
    expect(posted).toContain("<!-- roadmap:daily date=2026-11-26 slug=top-k-frequent-elements -->");
    expect(posted).toContain("| Medium | Arrays & Hashing | 30–60 minutes |");
    expect(posted).toContain("- [ ] Solved");
    expect(posted).toContain("From the pool: 2 of 3");

    const second = api()
      .get(`${REPO_PATH}/issues/${PRACTICE}/comments`)
      .query({ per_page: 100 })
      .reply(200, [comment(1, "2026-11-25", "group-anagrams", true), restComment(2, posted, PRACTICE)]);
    const again = await postDaily(deps, input);
    expectOnly(unmatched, second);
    expect(again).toMatchObject({ status: "already-posted", entry: { slug: "top-k-frequent-elements" } });
  });

  it("moves the practice issue's status label with the practice: none while not practising", async () => {
    const { log } = collectingLog();
    const scope = api()
      .get(`${REPO_PATH}/issues/${PRACTICE}/comments`)
      .query({ per_page: 100 })
      .reply(200, [comment(1, "2026-11-10", "group-anagrams", true)]) // solved, but 16 days ago
      .post(`${REPO_PATH}/issues/${PRACTICE}/comments`)
      .reply(201, { id: 2, html_url: "https://github.com/c/2" });
    await postDaily(
      { github: testGitHub(), repo: REPO, log },
      { roadmap, pool, date: "2026-11-26", issues: [practiceIssue()] },
    );
    expectOnly(unmatched, scope); // still todo: no label write
  });

  it("reads daily markers only from trusted comments: anyone can comment on a public repository", async () => {
    const { log } = collectingLog();
    const forged = (id: number, date: string, association: string) =>
      restComment(
        id,
        `${dailyMarker(date, "3sum")}\n- [x] Solved\n`,
        PRACTICE,
        { login: "mallory", type: "User" },
        association,
      );
    const scope = api()
      .get(`${REPO_PATH}/issues/${PRACTICE}/comments`)
      .query({ per_page: 100 })
      .reply(200, [
        forged(1, "2026-11-24", "CONTRIBUTOR"),
        comment(2, "2026-11-25", "group-anagrams", true),
        forged(3, "2026-11-26", "NONE"),
      ])
      .post(`${REPO_PATH}/issues/${PRACTICE}/comments`)
      .reply(201, { id: 4, html_url: "https://github.com/c/4" });
    startsPractising(scope);
    const result = await postDaily(
      { github: testGitHub(), repo: REPO, log },
      { roadmap, pool, date: "2026-11-26", issues: [practiceIssue()] },
    );
    expectOnly(unmatched, scope);
    expect(result).toMatchObject({
      status: "posted",
      entry: { date: "2026-11-26", slug: "top-k-frequent-elements" },
    });
    expect(
      result.status === "posted" && result.history.map((entry) => [entry.date, entry.slug, entry.solved]),
    ).toEqual([
      ["2026-11-25", "group-anagrams", true],
      ["2026-11-26", "top-k-frequent-elements", false],
    ]);
  });

  it("counts a daily comment a personal access token wrote (a User who owns the repository)", async () => {
    const { log } = collectingLog();
    const byOwner = restComment(
      5,
      `${dailyMarker("2026-11-26", "group-anagrams")}\n- [ ] Solved\n`,
      PRACTICE,
      LEARNER,
      "OWNER",
    );
    const scope = api()
      .get(`${REPO_PATH}/issues/${PRACTICE}/comments`)
      .query({ per_page: 100 })
      .reply(200, [byOwner]);
    const result = await postDaily(
      { github: testGitHub(), repo: REPO, log },
      { roadmap, pool, date: "2026-11-26", issues: [practiceIssue()] },
    );
    expectOnly(unmatched, scope);
    expect(result).toMatchObject({
      status: "already-posted",
      entry: { date: "2026-11-26", slug: "group-anagrams", commentUrl: byOwner.html_url },
    });
  });

  it("a 502 on the post: reads the comments again, finds today's marker, and takes that comment as posted", async () => {
    const { log, lines } = collectingLog();
    const landed = comment(2, "2026-11-26", "top-k-frequent-elements");
    const scope = api()
      .get(`${REPO_PATH}/issues/${PRACTICE}/comments`)
      .query({ per_page: 100 })
      .reply(200, [comment(1, "2026-11-25", "group-anagrams", true)])
      .post(`${REPO_PATH}/issues/${PRACTICE}/comments`)
      .reply(502, { message: "Bad Gateway" })
      .get(`${REPO_PATH}/issues/${PRACTICE}/comments`)
      .query({ per_page: 100 })
      .reply(200, [comment(1, "2026-11-25", "group-anagrams", true), landed]);
    startsPractising(scope);
    const result = await postDaily(
      { github: testGitHub(), repo: REPO, log },
      { roadmap, pool, date: "2026-11-26", issues: [practiceIssue()] },
    );
    expectOnly(unmatched, scope);
    expect(result).toMatchObject({
      status: "posted",
      entry: {
        date: "2026-11-26",
        slug: "top-k-frequent-elements",
        commentId: 2,
        commentUrl: landed.html_url,
      },
    });
    expect(result.status === "posted" && result.history.map((entry) => entry.date)).toEqual([
      "2026-11-25",
      "2026-11-26",
    ]);
    expect(lines).toContainEqual(
      expect.stringMatching(/^warn: posting the daily comment on #7 failed \(.*Bad Gateway/),
    );
  });

  it("a 502 on the post and no marker in the comments: posts once more (then pins, the first daily comment)", async () => {
    const { log } = collectingLog();
    const bodies: string[] = [];
    const scope = api()
      .get(`${REPO_PATH}/issues/${PRACTICE}/comments`)
      .query({ per_page: 100 })
      .reply(200, [])
      .post(`${REPO_PATH}/issues/${PRACTICE}/comments`, (body: { body: string }) => {
        bodies.push(body.body);
        return true;
      })
      .reply(502, { message: "Bad Gateway" })
      .get(`${REPO_PATH}/issues/${PRACTICE}/comments`)
      .query({ per_page: 100 })
      .reply(200, [restComment(5, "a learner's note", PRACTICE, LEARNER)])
      .post(`${REPO_PATH}/issues/${PRACTICE}/comments`, (body: { body: string }) => {
        bodies.push(body.body);
        return true;
      })
      .reply(201, { id: 6, html_url: "https://github.com/c/6" })
      .post("/graphql")
      .reply(200, { data: { pinIssue: { issue: { number: PRACTICE } } } });
    const result = await postDaily(
      { github: testGitHub(), repo: REPO, log },
      { roadmap, pool, date: "2026-11-26", issues: [practiceIssue()] },
    );
    expectOnly(unmatched, scope);
    expect(bodies).toHaveLength(2);
    expect(bodies[1]).toBe(bodies[0]);
    expect(result).toMatchObject({
      status: "posted",
      entry: { slug: "group-anagrams", commentId: 6, commentUrl: "https://github.com/c/6" },
    });
  });

  it("throws when the second post fails too; a 4xx is thrown at once, with no second look", async () => {
    const { log } = collectingLog();
    const input = { roadmap, pool, date: "2026-11-26", issues: [practiceIssue()] };
    const twice = api()
      .get(`${REPO_PATH}/issues/${PRACTICE}/comments`)
      .query({ per_page: 100 })
      .times(2)
      .reply(200, [])
      .post(`${REPO_PATH}/issues/${PRACTICE}/comments`)
      .times(2)
      .reply(502, { message: "Bad Gateway" });
    await expect(postDaily({ github: testGitHub(), repo: REPO, log }, input)).rejects.toMatchObject({
      status: 502,
    });
    expectOnly(unmatched, twice);

    const forbidden = api()
      .get(`${REPO_PATH}/issues/${PRACTICE}/comments`)
      .query({ per_page: 100 })
      .reply(200, [])
      .post(`${REPO_PATH}/issues/${PRACTICE}/comments`)
      .reply(403, { message: "Resource not accessible by integration" });
    await expect(postDaily({ github: testGitHub(), repo: REPO, log }, input)).rejects.toMatchObject({
      status: 403,
    });
    expectOnly(unmatched, forbidden);
  });

  it("pins the issue with the first daily comment; a failed pin is a warning", async () => {
    const { log, lines } = collectingLog();
    const scope = api()
      .get(`${REPO_PATH}/issues/${PRACTICE}/comments`)
      .query({ per_page: 100 })
      .reply(200, [restComment(9, "a learner's note", PRACTICE, LEARNER)])
      .post(`${REPO_PATH}/issues/${PRACTICE}/comments`)
      .reply(201, { id: 10, html_url: "https://github.com/c/10" })
      .post(
        "/graphql",
        (body: { query: string; variables: unknown }) =>
          body.query.includes("pinIssue(input: { issueId: $issueId })") &&
          JSON.stringify(body.variables) === JSON.stringify({ issueId: `I_node${PRACTICE}` }),
      )
      .reply(200, { errors: [{ type: "FORBIDDEN", message: "Resource not accessible by integration" }] });
    const result = await postDaily(
      { github: testGitHub(), repo: REPO, log },
      { roadmap, pool, date: "2026-11-26", issues: [practiceIssue()] },
    );
    expectOnly(unmatched, scope);
    expect(result).toMatchObject({ status: "posted", entry: { slug: "group-anagrams" } });
    expect(lines.filter((line) => line.startsWith("warn:"))).toEqual([
      expect.stringMatching(
        /^warn: could not pin the daily-practice issue .*Resource not accessible by integration/,
      ),
    ]);
  });

  it("creates the practice issue when it is missing (labels daily included), then posts and pins", async () => {
    const { log } = collectingLog();
    // An open roadmap issue without a marker but with another title is not the practice issue.
    const other = restIssue({ number: 3, title: "Redis", body: "notes", labels: ["roadmap"] });
    const scope = api()
      .get(`${REPO_PATH}/issues`)
      .query(OPEN_ROADMAP_ISSUES)
      .reply(200, [other])
      .post(
        `${REPO_PATH}/issues`,
        (body: { title: string; body: string; labels: string[] }) =>
          body.title === created.title &&
          body.body === created.body &&
          body.labels.includes("daily") &&
          body.labels.includes("roadmap"),
      )
      .reply(
        201,
        restIssue({ number: PRACTICE, title: created.title, body: created.body, labels: created.labels }),
      )
      .post(`${REPO_PATH}/issues/${PRACTICE}/comments`)
      .reply(201, { id: 1, html_url: "https://github.com/c/1" })
      .post("/graphql")
      .reply(200, { data: { pinIssue: { issue: { number: PRACTICE } } } });
    const result = await postDaily(
      { github: testGitHub(), repo: REPO, log },
      { roadmap, pool, date: "2026-11-26", issues: [] },
    );
    expectOnly(unmatched, scope);
    expect(result).toMatchObject({ status: "posted", created: true, issue: { number: PRACTICE } });
  });

  it("takes back a practice issue whose generated part the learner deleted (same title, no marker): one PATCH, no second issue", async () => {
    const { log, lines } = collectingLog();
    const learnerText = "My own log of problems.";
    const unmarked = restIssue({
      number: PRACTICE,
      title: created.title,
      body: learnerText,
      labels: created.labels,
    });
    const restored = mergeBody(learnerText, leetcode!.topic, leetcode!.section);
    expect(restored.endsWith(`\n\n${learnerText}`)).toBe(true);
    let posted = "";
    const scope = api()
      .get(`${REPO_PATH}/issues`)
      .query(OPEN_ROADMAP_ISSUES)
      .reply(200, [unmarked])
      .patch(`${REPO_PATH}/issues/${PRACTICE}`, (body: unknown) => {
        expect(body).toEqual({ body: restored });
        return true;
      })
      .reply(200, { ...unmarked, body: restored })
      // Its earlier daily comments are still there: the history goes on, no pin again.
      .get(`${REPO_PATH}/issues/${PRACTICE}/comments`)
      .query({ per_page: 100 })
      .reply(200, [comment(1, "2026-11-25", "group-anagrams", true)])
      .post(`${REPO_PATH}/issues/${PRACTICE}/comments`, (body: { body: string }) => {
        posted = body.body;
        return true;
      })
      .reply(201, { id: 2, html_url: "https://github.com/c/2" });
    startsPractising(scope);
    const result = await postDaily(
      { github: testGitHub(), repo: REPO, log },
      { roadmap, pool, date: "2026-11-26", issues: [] },
    );
    expectOnly(unmatched, scope);
    expect(result).toMatchObject({
      status: "posted",
      created: false,
      issue: { number: PRACTICE, topicId: "leetcode", body: restored },
      entry: { slug: "top-k-frequent-elements" },
    });
    expect(posted).toContain("date=2026-11-26 slug=top-k-frequent-elements");
    expect(lines).toContain(`info: restored the generated part of the daily-practice issue #${PRACTICE}`);
  });

  it("dry run: says it would take back the unmarked practice issue, and reads its comments", async () => {
    const { log, lines } = collectingLog();
    const unmarked = restIssue({ number: PRACTICE, title: created.title, body: "mine", labels: ["roadmap"] });
    const scope = api()
      .get(`${REPO_PATH}/issues`)
      .query(OPEN_ROADMAP_ISSUES)
      .reply(200, [unmarked])
      .get(`${REPO_PATH}/issues/${PRACTICE}/comments`)
      .query({ per_page: 100 })
      .reply(200, []);
    const result = await postDaily(
      { github: testGitHub(), repo: REPO, log, dryRun: true },
      { roadmap, pool, date: "2026-11-26", issues: [] },
    );
    expectOnly(unmatched, scope);
    expect(result).toMatchObject({ status: "dry-run", issue: { number: PRACTICE }, created: false });
    expect(lines.join("\n")).toContain(
      `would restore the generated part of the daily-practice issue #${PRACTICE} (its topic marker is gone)`,
    );
    expect(lines.join("\n")).not.toContain("would create");
  });

  it("dry run: reads, writes nothing, says what it would post", async () => {
    const { log, lines } = collectingLog();
    const scope = api().get(`${REPO_PATH}/issues`).query(OPEN_ROADMAP_ISSUES).reply(200, []);
    const result = await postDaily(
      { github: testGitHub(), repo: REPO, log, dryRun: true },
      { roadmap, pool, date: "2026-11-26", issues: [] },
    );
    expectOnly(unmatched, scope);
    expect(result).toMatchObject({ status: "dry-run", entry: { slug: "group-anagrams" } });
    expect(lines.join("\n")).toMatch(/would create the daily-practice issue "LeetCode \(1 problem\/day\)"/);
    expect(lines.join("\n")).toMatch(
      /would post on the daily-practice issue:\n<!-- roadmap:daily date=2026-11-26 slug=group-anagrams -->/,
    );
  });

  it("posts nothing on a closed practice issue or without a practice topic", async () => {
    const { log } = collectingLog();
    const deps = { github: testGitHub(), repo: REPO, log };
    await expect(
      postDaily(deps, { roadmap, pool, date: "2026-11-26", issues: [practiceIssue("closed")] }),
    ).resolves.toMatchObject({
      status: "issue-closed",
    });
    const noPractice = smallRoadmap((input) => {
      input.sections.shift();
    });
    await expect(
      postDaily(deps, { roadmap: noPractice, pool, date: "2026-11-26", issues: [] }),
    ).resolves.toEqual({
      status: "no-practice-topic",
    });
    expectOnly(unmatched);
  });

  it("fails clearly when the pool has no problem of the configured difficulty", async () => {
    const hard = smallRoadmap((input) => {
      input.sections[0]!.topics[0]!.practice = { difficulty: "hard" };
    });
    await expect(
      postDaily(
        { github: testGitHub(), repo: REPO, log: collectingLog().log },
        { roadmap: hard, pool, date: "2026-11-26", issues: [] },
      ),
    ).rejects.toThrow(
      "roadmap/leetcode.yml has no Hard problems: rebuild it with `roadmap leetcode-pool --difficulty hard --write`",
    );
  });

  describe("source: leetcode-daily", () => {
    const daily = smallRoadmap((input) => {
      input.sections[0]!.topics[0]!.practice = { source: "leetcode-daily" };
    });
    const fetcher: FetchLike = (url, init) => globalThis.fetch(url, init);
    const question = (slug: string, difficulty = "Medium") => ({
      data: {
        activeDailyCodingChallengeQuestion: {
          date: "2026-11-26",
          link: `/problems/${slug}/`,
          question: {
            titleSlug: slug,
            title: "Two Sum",
            difficulty,
            topicTags: [{ name: "Array" }],
            isPaidOnly: false,
          },
        },
      },
    });

    async function run(
      reply: (scope: nock.Interceptor) => nock.Scope,
      history: ReturnType<typeof comment>[] = [],
      date = "2026-11-26",
    ) {
      const { log, lines } = collectingLog();
      reply(nock("https://leetcode.com").post("/graphql"));
      let posted = "";
      const github = api()
        .get(`${REPO_PATH}/issues/${PRACTICE}/comments`)
        .query({ per_page: 100 })
        .reply(200, history)
        .post(
          `${REPO_PATH}/issues/${PRACTICE}/comments`,
          (body: { body: string }) => ((posted = body.body), true),
        )
        .reply(201, { id: 5, html_url: "https://github.com/c/5" });
      if (history.length === 0) github.post("/graphql").reply(200, { data: {} });
      await postDaily(
        { github: testGitHub(), repo: REPO, log },
        { roadmap: daily, pool, date, issues: [practiceIssue()], fetch: fetcher },
      );
      expectOnly(unmatched, github);
      return { posted, lines };
    }

    it("posts LeetCode's question of the day", async () => {
      const { posted } = await run((i) => i.reply(200, question("two-sum")));
      expect(posted).toContain("slug=two-sum");
      expect(posted).toContain("| Medium | Array |");
      expect(posted).toContain("LeetCode's question of the day");
    });

    it("falls back to the pool on a failure or another difficulty, with a warning", async () => {
      const down = await run((i) => i.reply(500));
      expect(down.posted).toContain("slug=group-anagrams");
      expect(down.lines).toContain(
        "warn: LeetCode's question of the day is not used: LeetCode answered HTTP 500; using the pool",
      );
      const hard = await run(
        (i) => i.reply(200, question("two-sum", "Hard")),
        [comment(1, "2026-11-25", "group-anagrams")],
      );
      expect(hard.posted).toContain("slug=top-k-frequent-elements");
    });

    it("posts from the pool for a past date: LeetCode only answers with today's question", async () => {
      const past = await run((i) => i.reply(200, question("two-sum")), [], "2026-11-20");
      expect(past.posted).toContain("<!-- roadmap:daily date=2026-11-20 slug=group-anagrams -->");
      expect(past.posted).not.toContain("two-sum");
      expect(past.lines).toContain(
        "warn: LeetCode's question of the day is not used: LeetCode's question of the day is for 2026-11-26, not 2026-11-20; using the pool",
      );
    });

    it("does not repeat a pool problem within the cycle", async () => {
      const { posted } = await run(
        (i) => i.reply(200, question("group-anagrams")),
        [comment(1, "2026-11-25", "group-anagrams")],
      );
      expect(posted).toContain("slug=top-k-frequent-elements");
    });
  });
});
