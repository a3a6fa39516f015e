// Notes pull requests end to end through the Probot app: real webhook payloads through
// probot.receive, GitHub behind nock. Every request is recorded (method, path, body) and
// the whole list is asserted, so nothing else was sent.
import nock from "nock";
import type { Probot } from "probot";
import { beforeEach, describe, expect, it } from "vitest";
import { tickItems } from "../../core/issues/tick.js";
import { expectOnly, REPO_PATH, trackUnmatched } from "../helpers/github.js";
import { API } from "../helpers/github.js";
import type { WebhookName } from "../helpers/probot.js";
import { deliveryId, testProbot } from "../helpers/probot.js";
import type { Payload } from "../helpers/webhooks.js";
import { placedTopic, topicIssue } from "../helpers/notes.js";
import {
  botComment,
  contentsFile,
  editedPayload,
  HEAD_SHA,
  MERGE_SHA,
  mergedPayload,
  openedPayload,
  PULL,
  restTopicIssues,
  ROADMAP_YML,
  synchronizePayload,
  userComment,
} from "../helpers/pull-requests.js";

interface Sent {
  method: string;
  path: string;
  body?: unknown;
}

let probot: Probot;
let sent: Sent[];
const record = trackUnmatched();

beforeEach(async () => {
  probot = await testProbot();
  sent = [];
});

async function receive(name: WebhookName, payload: Payload) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- fixtures are reshaped JSON
  await probot.receive({ id: deliveryId(), name, payload } as any);
}

/** A scope on the REST API that records every request it answers. */
function github(): nock.Scope {
  const scope = nock(API);
  scope.on("request", (req: { method: string; path: string }, _interceptor: unknown, body: string) => {
    sent.push({
      method: req.method,
      path: decodeURIComponent(req.path),
      ...(body ? { body: JSON.parse(body) } : {}),
    });
  });
  return scope;
}

const contents = (path: string) => `${REPO_PATH}/contents/${path}`;
const ISSUES_QUERY = { labels: "roadmap", state: "all", per_page: "100" };
const CACHING_NOTE = "---\ntitle: Caching\nfocus:\n  - caching\n---\n# Cache-aside\n";

/** The reads of a notes PR event: files, roadmap (base branch), the note at the head, topic issues, PR comments. */
function readsOf(
  scope: nock.Scope,
  files: { filename: string; status: string }[],
  notes: Record<string, string>,
  comments: unknown[] = [],
) {
  scope
    .get(`${REPO_PATH}/pulls/${PULL}/files`)
    .query({ per_page: "100" })
    .reply(200, files)
    .get(contents("roadmap/roadmap.yml"))
    .query({ ref: "main" })
    .reply(200, contentsFile("roadmap/roadmap.yml", ROADMAP_YML));
  for (const [path, text] of Object.entries(notes)) {
    scope.get(contents(path)).query({ ref: HEAD_SHA }).reply(200, contentsFile(path, text));
  }
  scope.get(`${REPO_PATH}/issues`).query(ISSUES_QUERY).reply(200, restTopicIssues());
  scope.get(`${REPO_PATH}/issues/${PULL}/comments`).query({ per_page: "100" }).reply(200, comments);
  return scope;
}

const READS = (notes: string[]): Sent[] => [
  { method: "GET", path: `${REPO_PATH}/pulls/${PULL}/files?per_page=100` },
  { method: "GET", path: `${REPO_PATH}/contents/roadmap/roadmap.yml?ref=main` },
  ...notes.map((path) => ({ method: "GET", path: `${REPO_PATH}/contents/${path}?ref=${HEAD_SHA}` })),
  { method: "GET", path: `${REPO_PATH}/issues?labels=roadmap&state=all&per_page=100` },
  { method: "GET", path: `${REPO_PATH}/issues/${PULL}/comments?per_page=100` },
];

describe("a notes pull request through the app", () => {
  it("gets its labels, one comment and a green check; a synchronize with nothing changed writes only the new check", async () => {
    const files = [{ filename: "notes/redis/caching.md", status: "added" }];
    const scope = readsOf(github(), files, { "notes/redis/caching.md": CACHING_NOTE })
      .post(`${REPO_PATH}/issues/${PULL}/labels`)
      .reply(200, [])
      .post(`${REPO_PATH}/issues/${PULL}/comments`)
      .reply(201, { id: 50 })
      .post(`${REPO_PATH}/check-runs`)
      .reply(201, { id: 9 });
    await receive("pull_request", openedPayload());
    expectOnly(record, scope);

    const comment = sent.find((request) => request.path.endsWith("/comments") && request.method === "POST")!;
    const commentBody = (comment.body as { body: string }).body;
    const check = {
      name: "roadmap notes",
      head_sha: HEAD_SHA,
      status: "completed",
      conclusion: "success",
      output: { title: "Notes for Redis", summary: "1 notes file for 1 topic: Redis." },
    };
    expect(sent).toEqual([
      ...READS(["notes/redis/caching.md"]),
      {
        method: "POST",
        path: `${REPO_PATH}/issues/${PULL}/labels`,
        body: { labels: ["notes", "section: Backend Core"] },
      },
      { method: "POST", path: `${REPO_PATH}/issues/${PULL}/comments`, body: { body: commentBody } },
      { method: "POST", path: `${REPO_PATH}/check-runs`, body: check },
    ]);
    expect(commentBody).toMatchInlineSnapshot(`
      "<!-- roadmap:notes-pr -->
      ### 📝 Study notes

      | Topic | Issue | Checklist | Covered by these notes |
      | --- | --- | --- | --- |
      | Redis | #2 | 0/3 ticked · ⬜ todo | caching |

      <details><summary>1 notes file</summary>

      - notes/redis/caching.md

      </details>

      On merge, each topic issue links these notes, gets the covered items ticked, and moves from *todo* to *in progress*.
      "
    `);

    // The next push: labels on the PR, the comment there. Only the head's new check is written.
    sent = [];
    const again = readsOf(github(), files, { "notes/redis/caching.md": CACHING_NOTE }, [
      userComment(49, "Looks good!"),
      botComment(50, commentBody.replace(/\n/g, "\r\n")),
    ])
      .post(`${REPO_PATH}/check-runs`)
      .reply(201, { id: 10 });
    await receive("pull_request", synchronizePayload({ labels: ["notes", "Section: Backend Core", "mine"] }));
    expectOnly(record, again);
    expect(sent).toEqual([
      ...READS(["notes/redis/caching.md"]),
      { method: "POST", path: `${REPO_PATH}/check-runs`, body: check },
    ]);
  });

  it("fails the check for an unknown topic, with a did-you-mean, and still labels and comments", async () => {
    const scope = github()
      .get(`${REPO_PATH}/pulls/${PULL}/files`)
      .query({ per_page: "100" })
      .reply(200, [
        { filename: "notes/redsi/caching.md", status: "added" },
        { filename: "notes/README.md", status: "modified" },
        { filename: "notes/redis/old.md", status: "removed" },
      ])
      .get(contents("roadmap/roadmap.yml"))
      .query({ ref: "main" })
      .reply(200, contentsFile("roadmap/roadmap.yml", ROADMAP_YML))
      .get(contents("notes/redsi/caching.md"))
      .query({ ref: HEAD_SHA })
      .reply(200, contentsFile("notes/redsi/caching.md", "# Caching\n"))
      .get(`${REPO_PATH}/issues/${PULL}/comments`)
      .query({ per_page: "100" })
      .reply(200, [])
      .post(`${REPO_PATH}/issues/${PULL}/labels`)
      .reply(200, [])
      .post(`${REPO_PATH}/issues/${PULL}/comments`)
      .reply(201, { id: 51 })
      .post(`${REPO_PATH}/check-runs`)
      .reply(201, { id: 11 });
    await receive("pull_request", openedPayload());
    expectOnly(record, scope);
    const message = 'unknown topic "redsi" (the folder notes/redsi/): did you mean "redis"?';
    expect(sent.slice(4)).toEqual([
      { method: "POST", path: `${REPO_PATH}/issues/${PULL}/labels`, body: { labels: ["notes"] } },
      { method: "POST", path: `${REPO_PATH}/issues/${PULL}/comments`, body: { body: expect.any(String) } },
      {
        method: "POST",
        path: `${REPO_PATH}/check-runs`,
        body: {
          name: "roadmap notes",
          head_sha: HEAD_SHA,
          status: "completed",
          conclusion: "failure",
          output: {
            title: "1 problem in the notes",
            summary: `- notes/redsi/caching.md:1:1 ${message}`,
            annotations: [
              {
                path: "notes/redsi/caching.md",
                start_line: 1,
                end_line: 1,
                start_column: 1,
                end_column: 1,
                annotation_level: "failure",
                title: "Study notes",
                message,
              },
            ],
          },
        },
      },
    ]);
    expect(sent.slice(0, 4).map((request) => `${request.method} ${request.path}`)).toEqual([
      `GET ${REPO_PATH}/pulls/${PULL}/files?per_page=100`,
      `GET ${REPO_PATH}/contents/roadmap/roadmap.yml?ref=main`,
      `GET ${REPO_PATH}/contents/notes/redsi/caching.md?ref=${HEAD_SHA}`,
      `GET ${REPO_PATH}/issues/${PULL}/comments?per_page=100`,
    ]);
    expect((sent[5]!.body as { body: string }).body).toContain(
      "⚠️ 1 problem in the notes: see the **roadmap notes** check.",
    );
  });

  it("puts the annotation of broken front matter on the exact line and column", async () => {
    const broken = "---\ntopic: redis\nfocus: [caching, rate limiting\n---\n# Notes\n";
    const scope = readsOf(github(), [{ filename: "notes/redis/limits.md", status: "modified" }], {
      "notes/redis/limits.md": broken,
    })
      .post(`${REPO_PATH}/issues/${PULL}/comments`)
      .reply(201, { id: 52 })
      .post(`${REPO_PATH}/check-runs`)
      .reply(201, { id: 12 });
    await receive("pull_request", openedPayload({ labels: ["notes", "section: Backend Core"] }));
    expectOnly(record, scope);
    expect(sent.map((request) => `${request.method} ${request.path}`)).toEqual([
      ...READS(["notes/redis/limits.md"]).map((request) => `${request.method} ${request.path}`),
      `POST ${REPO_PATH}/issues/${PULL}/comments`,
      `POST ${REPO_PATH}/check-runs`,
    ]);
    const message = "this [ is never closed: add the ], and indent any lines it continues on";
    expect(sent.at(-1)!.body).toEqual({
      name: "roadmap notes",
      head_sha: HEAD_SHA,
      status: "completed",
      conclusion: "failure",
      output: {
        title: "1 problem in the notes",
        summary: `- notes/redis/limits.md:3:8 ${message.replace("[", "\\[").replace("]", "\\]")}`,
        annotations: [
          {
            path: "notes/redis/limits.md",
            start_line: 3,
            end_line: 3,
            start_column: 8,
            end_column: 8,
            annotation_level: "failure",
            title: "Study notes",
            message,
          },
        ],
      },
    });
  });

  it("posts its own comment when someone else's comment starts with the roadmap's marker", async () => {
    const forged = userComment(40, "<!-- roadmap:notes-pr -->\nNothing to see here.");
    const scope = readsOf(
      github(),
      [{ filename: "notes/redis/caching.md", status: "added" }],
      {
        "notes/redis/caching.md": CACHING_NOTE,
      },
      [forged],
    )
      .post(`${REPO_PATH}/issues/${PULL}/labels`)
      .reply(200, [])
      .post(`${REPO_PATH}/issues/${PULL}/comments`)
      .reply(201, { id: 50 })
      .post(`${REPO_PATH}/check-runs`)
      .reply(201, { id: 9 });
    await receive("pull_request", openedPayload());
    expectOnly(record, scope);
    expect(
      sent
        .slice(READS(["notes/redis/caching.md"]).length)
        .map((request) => `${request.method} ${request.path}`),
    ).toEqual([
      `POST ${REPO_PATH}/issues/${PULL}/labels`,
      `POST ${REPO_PATH}/issues/${PULL}/comments`,
      `POST ${REPO_PATH}/check-runs`,
    ]);
  });

  it("reads only the file list for a pull request without notes (shared with the roadmap check)", async () => {
    const scope = github()
      .get(`${REPO_PATH}/pulls/${PULL}/files`)
      .query({ per_page: "100" })
      .reply(200, [{ filename: "README.md", status: "modified" }]);
    await receive("pull_request", openedPayload());
    expectOnly(record, scope);
    expect(sent).toEqual([{ method: "GET", path: `${REPO_PATH}/pulls/${PULL}/files?per_page=100` }]);
  });

  it("sends nothing for a title edit, and only updates the comment when the body names an issue to complete", async () => {
    await receive("pull_request", editedPayload({ title: { from: "Old title" } }));
    expect(sent).toEqual([]);
    await receive(
      "pull_request",
      editedPayload({ body: { from: "Notes." } }, { body: "Notes, nothing to close." }),
    );
    expect(sent).toEqual([]);

    const previous = "<!-- roadmap:notes-pr -->\nold text";
    const scope = readsOf(
      github(),
      [{ filename: "notes/redis/caching.md", status: "added" }],
      {
        "notes/redis/caching.md": CACHING_NOTE,
      },
      [botComment(50, previous)],
    )
      .patch(`${REPO_PATH}/issues/comments/50`)
      .reply(200, { id: 50 });
    await receive(
      "pull_request",
      editedPayload({ body: { from: "Notes." } }, { body: "Notes.\n\nCompletes #2", labels: ["notes"] }),
    );
    expectOnly(record, scope);
    expect(sent.map((request) => `${request.method} ${request.path}`)).toEqual([
      ...READS(["notes/redis/caching.md"]).map((request) => `${request.method} ${request.path}`),
      `PATCH ${REPO_PATH}/issues/comments/50`,
    ]);
    expect((sent.at(-1)!.body as { body: string }).body).toContain("Merging completes #2.");
  });
});

describe("merging a notes pull request through the app", () => {
  const redis = placedTopic("redis").topic;
  const openComment = botComment(50, "<!-- roadmap:notes-pr -->\n### 📝 Study notes\n");

  function mergeReads(scope: nock.Scope, prComments: unknown[], issues = restTopicIssues()) {
    return scope
      .get(`${REPO_PATH}/pulls/${PULL}/files`)
      .query({ per_page: "100" })
      .reply(200, [{ filename: "notes/redis/caching.md", status: "added" }])
      .get(`${REPO_PATH}/issues/${PULL}/comments`)
      .query({ per_page: "100" })
      .reply(200, prComments)
      .get(contents("roadmap/roadmap.yml"))
      .query({ ref: MERGE_SHA })
      .reply(200, contentsFile("roadmap/roadmap.yml", ROADMAP_YML))
      .get(contents("notes/redis/caching.md"))
      .query({ ref: MERGE_SHA })
      .reply(200, contentsFile("notes/redis/caching.md", CACHING_NOTE))
      .get(`${REPO_PATH}/issues`)
      .query(ISSUES_QUERY)
      .reply(200, issues);
  }

  /**
   * After the reads: #2's comments (`redisComments`) and #2 read again before its body is
   * ticked (`freshRedis`, by default as listed), then the writes of a merge that covers
   * "caching" on #2 — status label todo -> in progress, the ticked body, the merged comment on
   * #2 — and the PR comment marked merged.
   */
  function redisMergeWrites(scope: nock.Scope, redisComments: unknown[], freshRedis = restTopicIssues()[1]) {
    return scope
      .get(`${REPO_PATH}/issues/2/comments`)
      .query({ per_page: "100" })
      .reply(200, redisComments)
      .get(`${REPO_PATH}/issues/2`)
      .reply(200, freshRedis)
      .delete(`${REPO_PATH}/issues/2/labels/status%3A%20todo`)
      .reply(200, [])
      .post(`${REPO_PATH}/issues/2/labels`)
      .reply(200, [])
      .patch(`${REPO_PATH}/issues/2`)
      .reply(200, {})
      .post(`${REPO_PATH}/issues/2/comments`)
      .reply(201, { id: 61 })
      .patch(`${REPO_PATH}/issues/comments/50`)
      .reply(200, { id: 50 });
  }

  const MERGE_READS: Sent[] = [
    { method: "GET", path: `${REPO_PATH}/pulls/${PULL}/files?per_page=100` },
    { method: "GET", path: `${REPO_PATH}/issues/${PULL}/comments?per_page=100` },
    { method: "GET", path: `${REPO_PATH}/contents/roadmap/roadmap.yml?ref=${MERGE_SHA}` },
    { method: "GET", path: `${REPO_PATH}/contents/notes/redis/caching.md?ref=${MERGE_SHA}` },
    { method: "GET", path: `${REPO_PATH}/issues?labels=roadmap&state=all&per_page=100` },
  ];

  it("ticks the named focus items, moves todo -> in progress, comments once; a repeated event writes nothing", async () => {
    const scope = redisMergeWrites(mergeReads(github(), [openComment]), [userComment(60, "My own comment")]);
    await receive("pull_request", mergedPayload());
    expectOnly(record, scope);

    const ticked = tickItems(topicIssue("redis").body, redis, ["caching"]);
    expect(ticked).toContain("- [x] caching\n- [ ] rate limiting");
    const prComment = (sent.at(-1)!.body as { body: string }).body;
    expect(sent).toEqual([
      ...MERGE_READS,
      { method: "GET", path: `${REPO_PATH}/issues/2/comments?per_page=100` },
      { method: "GET", path: `${REPO_PATH}/issues/2` },
      { method: "DELETE", path: `${REPO_PATH}/issues/2/labels/status: todo` },
      { method: "POST", path: `${REPO_PATH}/issues/2/labels`, body: { labels: ["status: in progress"] } },
      { method: "PATCH", path: `${REPO_PATH}/issues/2`, body: { body: ticked } },
      {
        method: "POST",
        path: `${REPO_PATH}/issues/2/comments`,
        body: {
          body: [
            "<!-- roadmap:notes-merged pr=7 -->",
            `📝 Notes merged in #7: [notes/redis/caching.md](https://github.com/octo-learner/roadmap/blob/${MERGE_SHA}/notes/redis/caching.md)`,
            "",
            "Covered: caching.",
            "",
          ].join("\n"),
        },
      },
      { method: "PATCH", path: `${REPO_PATH}/issues/comments/50`, body: { body: prComment } },
    ]);
    expect(prComment).toMatchInlineSnapshot(`
      "<!-- roadmap:notes-pr -->
      ### 📝 Study notes

      | Topic | Issue | Checklist | Covered by these notes |
      | --- | --- | --- | --- |
      | Redis | #2 | 1/3 ticked · 🚧 in progress | caching |

      <details><summary>1 notes file</summary>

      - notes/redis/caching.md

      </details>

      <!-- roadmap:notes-merged -->
      **Merged into main.** The notes are linked from #2.
      "
    `);

    // The same merge delivered again: two reads, and it stops.
    sent = [];
    const again = github()
      .get(`${REPO_PATH}/pulls/${PULL}/files`)
      .query({ per_page: "100" })
      .reply(200, [{ filename: "notes/redis/caching.md", status: "added" }])
      .get(`${REPO_PATH}/issues/${PULL}/comments`)
      .query({ per_page: "100" })
      .reply(200, [botComment(50, prComment)]);
    await receive("pull_request", mergedPayload());
    expectOnly(record, again);
    expect(sent).toEqual(MERGE_READS.slice(0, 2));
  });

  it("keeps a tick made after the issue list was read: the body is ticked on a fresh copy of the issue", async () => {
    // Between the list read and the merge's writes the learner ticked "rate limiting" on #2.
    const learnerTicked = tickItems(topicIssue("redis").body, redis, ["rate limiting"]);
    expect(learnerTicked).toContain("- [ ] caching\n- [x] rate limiting");
    const fresh = restTopicIssues({ redis: { body: learnerTicked } })[1];
    const scope = redisMergeWrites(mergeReads(github(), [openComment]), [], fresh);
    await receive("pull_request", mergedPayload());
    expectOnly(record, scope);

    const patch = sent.find(
      (request) => request.method === "PATCH" && request.path === `${REPO_PATH}/issues/2`,
    );
    expect(patch?.body).toEqual({ body: tickItems(learnerTicked, redis, ["caching"]) });
    expect((patch!.body as { body: string }).body).toContain("- [x] caching\n- [x] rate limiting");
    // The PR comment counts from the fresh copy too.
    expect((sent.at(-1)!.body as { body: string }).body).toContain(
      "| Redis | #2 | 2/3 ticked · 🚧 in progress |",
    );
  });

  it("leaves a topic alone when its fresh copy is no topic issue any more (the learner deleted the generated part)", async () => {
    const unmarked = { ...restTopicIssues()[1]!, body: "My own notes only." };
    const scope = mergeReads(github(), [openComment])
      .get(`${REPO_PATH}/issues/2/comments`)
      .query({ per_page: "100" })
      .reply(200, [])
      .get(`${REPO_PATH}/issues/2`)
      .reply(200, unmarked)
      .patch(`${REPO_PATH}/issues/comments/50`)
      .reply(200, { id: 50 });
    await receive("pull_request", mergedPayload());
    expectOnly(record, scope);
    expect(sent.slice(MERGE_READS.length).map((request) => `${request.method} ${request.path}`)).toEqual([
      `GET ${REPO_PATH}/issues/2/comments?per_page=100`,
      `GET ${REPO_PATH}/issues/2`,
      `PATCH ${REPO_PATH}/issues/comments/50`,
    ]);
  });

  it("applies the merge although someone else's comments carry the merged markers", async () => {
    const forgedMerged = userComment(
      40,
      "<!-- roadmap:notes-pr -->\n<!-- roadmap:notes-merged -->\nAlready done.",
    );
    const scope = redisMergeWrites(mergeReads(github(), [forgedMerged, openComment]), [
      userComment(62, "<!-- roadmap:notes-merged pr=7 -->\n📝 Notes merged in #7"),
    ]);
    await receive("pull_request", mergedPayload());
    expectOnly(record, scope);
    expect(sent.slice(MERGE_READS.length).map((request) => `${request.method} ${request.path}`)).toEqual([
      `GET ${REPO_PATH}/issues/2/comments?per_page=100`,
      `GET ${REPO_PATH}/issues/2`,
      `DELETE ${REPO_PATH}/issues/2/labels/status: todo`,
      `POST ${REPO_PATH}/issues/2/labels`,
      `PATCH ${REPO_PATH}/issues/2`,
      `POST ${REPO_PATH}/issues/2/comments`,
      `PATCH ${REPO_PATH}/issues/comments/50`,
    ]);
  });

  it("writes nothing when a rerun finds every effect in place though the PR comment was never marked", async () => {
    const tickedIssues = restTopicIssues({
      redis: {
        body: tickItems(topicIssue("redis").body, redis, ["caching"]),
        labels: ["roadmap", "section: Backend Core", "status: in progress"],
      },
    });
    const scope = mergeReads(github(), [], tickedIssues)
      .get(`${REPO_PATH}/issues/2/comments`)
      .query({ per_page: "100" })
      .reply(200, [botComment(61, "<!-- roadmap:notes-merged pr=7 -->\n📝 Notes merged in #7")])
      .post(`${REPO_PATH}/issues/${PULL}/comments`)
      .reply(201, { id: 70 });
    await receive("pull_request", mergedPayload());
    expectOnly(record, scope);
    expect(sent.slice(MERGE_READS.length).map((request) => `${request.method} ${request.path}`)).toEqual([
      `GET ${REPO_PATH}/issues/2/comments?per_page=100`,
      `POST ${REPO_PATH}/issues/${PULL}/comments`,
    ]);
  });

  it("closes a topic the body completes as completed and labels it done; nothing for a PR closed unmerged", async () => {
    const scope = mergeReads(github(), [openComment])
      .get(`${REPO_PATH}/issues/2/comments`)
      .query({ per_page: "100" })
      .reply(200, [])
      .get(`${REPO_PATH}/issues/2`)
      .reply(200, restTopicIssues()[1])
      .delete(`${REPO_PATH}/issues/2/labels/status%3A%20todo`)
      .reply(200, [])
      .post(`${REPO_PATH}/issues/2/labels`)
      .reply(200, [])
      .patch(`${REPO_PATH}/issues/2`)
      .reply(200, {})
      .post(`${REPO_PATH}/issues/2/comments`)
      .reply(201, { id: 61 })
      .delete(`${REPO_PATH}/issues/3/labels/status%3A%20todo`)
      .reply(200, [])
      .post(`${REPO_PATH}/issues/3/labels`)
      .reply(200, [])
      .patch(`${REPO_PATH}/issues/comments/50`)
      .reply(200, { id: 50 });
    await receive("pull_request", mergedPayload({ body: "Completes #2\nCloses #3\nCompletes #99" }));
    expectOnly(record, scope);
    const writes = sent.filter((request) => request.method !== "GET");
    // #2's body is ticked: read again first; #3 only changes labels (GitHub closes it): no second read.
    expect(sent.filter((request) => request.method === "GET")).toEqual([
      ...MERGE_READS,
      { method: "GET", path: `${REPO_PATH}/issues/2/comments?per_page=100` },
      { method: "GET", path: `${REPO_PATH}/issues/2` },
    ]);
    expect(writes.map((request) => `${request.method} ${request.path}`)).toEqual([
      `DELETE ${REPO_PATH}/issues/2/labels/status: todo`,
      `POST ${REPO_PATH}/issues/2/labels`,
      `PATCH ${REPO_PATH}/issues/2`,
      `POST ${REPO_PATH}/issues/2/comments`,
      `DELETE ${REPO_PATH}/issues/3/labels/status: todo`,
      `POST ${REPO_PATH}/issues/3/labels`,
      `PATCH ${REPO_PATH}/issues/comments/50`,
    ]);
    expect(writes.slice(0, 3)).toEqual([
      { method: "DELETE", path: `${REPO_PATH}/issues/2/labels/status: todo` },
      { method: "POST", path: `${REPO_PATH}/issues/2/labels`, body: { labels: ["status: done"] } },
      {
        method: "PATCH",
        path: `${REPO_PATH}/issues/2`,
        body: {
          body: tickItems(topicIssue("redis").body, redis, ["caching"]),
          state: "closed",
          state_reason: "completed",
        },
      },
    ]);
    // #3 is closed by GitHub itself (Closes): only its label; #99 is no topic issue.
    expect(writes.slice(4, 6)).toEqual([
      { method: "DELETE", path: `${REPO_PATH}/issues/3/labels/status: todo` },
      { method: "POST", path: `${REPO_PATH}/issues/3/labels`, body: { labels: ["status: done"] } },
    ]);
    expect((writes.at(-1)!.body as { body: string }).body).toContain("Completed: #2, #3.");

    sent = [];
    const closed = mergedPayload();
    closed.pull_request.merged = false;
    await receive("pull_request", closed);
    expect(sent).toEqual([]);
  });

  it("does nothing for notes merged into another branch than the default one", async () => {
    const payload = mergedPayload();
    payload.pull_request.base.ref = "drafts";
    await receive("pull_request", payload);
    expect(sent).toEqual([]);
    expectOnly(record);
  });
});
