// The hostile corpus against the App, over HTTP with signed webhooks (bot/start.ts): each
// attack of issue 12 that comes in through a pull request, with GitHub behind a recording
// nock. Every test asserts the exact writes, so nothing unintended was sent.
import { stringify } from "yaml";
import { afterEach, describe, expect, it } from "vitest";
import { MENTION_BREAK } from "../../core/text/markdown.js";
import { NOTES_PR_MARKER } from "../../core/notes/pr-comment.js";
import { delivery, post, startTestServer, WEBHOOK_PATH } from "../helpers/app-server.js";
import type { TestServer } from "../helpers/app-server.js";
import { REPO_PATH, trackUnmatched } from "../helpers/github.js";
import type { Recorded } from "../helpers/recording-github.js";
import { recordingGitHub } from "../helpers/recording-github.js";
import {
  contentsFile,
  HEAD_SHA,
  MERGE_SHA,
  mergedPayload,
  openedPayload,
  PULL,
  restTopicIssues,
  ROADMAP_YML,
} from "../helpers/pull-requests.js";
import { SMALL_ROADMAP_INPUT } from "../helpers/roadmaps.js";
import type { Payload } from "../helpers/webhooks.js";

const record = trackUnmatched();
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  // The loopback requests to the app pass through nock unmatched; nothing else may.
  expect(record.unmatched.filter((request) => !request.endsWith(WEBHOOK_PATH))).toEqual([]);
});

const contents = (path: string, ref: string) => `${REPO_PATH}/contents/${path}?ref=${ref}`;
const FILES = `${REPO_PATH}/pulls/${PULL}/files?per_page=100`;
const ISSUES = `${REPO_PATH}/issues?labels=roadmap&state=all&per_page=100`;
const COMMENTS = `${REPO_PATH}/issues/${PULL}/comments?per_page=100`;

async function send(event: string, payload: Payload): Promise<number> {
  server ??= await startTestServer();
  const { headers, body } = delivery(event, payload);
  return (await post(server.port, headers, [body])).status;
}

const bodyOf = (request: Recorded | undefined) => (request?.body as { body: string } | undefined)?.body ?? "";

describe("a fork's pull request (issue 12, finding 5)", () => {
  it("that adds a section to roadmap.yml gets no label the base roadmap lacks: planned and shown, never applied", async () => {
    const fork = structuredClone(SMALL_ROADMAP_INPUT);
    fork.sections.push({
      id: "evil",
      title: "Evil\n::error::injected",
      topics: [
        {
          id: "evil",
          title: "Evil <img src=x> @octocat",
          priority: "low",
          difficulty: "easy",
          time: "short",
        },
      ],
    });
    const github = recordingGitHub({
      [FILES]: [
        { filename: "roadmap/roadmap.yml", status: "modified" },
        { filename: "notes/evil/a.md", status: "added" },
      ],
      [contents("roadmap/roadmap.yml", HEAD_SHA)]: contentsFile("roadmap/roadmap.yml", stringify(fork)),
      [contents("roadmap/roadmap.yml", "main")]: contentsFile("roadmap/roadmap.yml", ROADMAP_YML),
      [contents("notes/evil/a.md", HEAD_SHA)]: contentsFile("notes/evil/a.md", "# evil\n"),
      [ISSUES]: restTopicIssues(),
      [`${REPO_PATH}/labels?per_page=100`]: [],
      [COMMENTS]: [],
    });
    expect(await send("pull_request", openedPayload())).toBe(200);
    const writes = github.writes();
    expect(writes.map((write) => `${write.method} ${write.path}`).sort()).toEqual([
      `POST ${REPO_PATH}/check-runs`, // roadmap plan: what a merge would do
      `POST ${REPO_PATH}/check-runs`, // roadmap notes
      `POST ${REPO_PATH}/issues/${PULL}/comments`,
      `POST ${REPO_PATH}/issues/${PULL}/labels`,
    ]);
    expect(writes.find((write) => write.path.endsWith("/labels"))!.body).toEqual({ labels: ["notes"] });
    // Nothing creates a repository label or an issue.
    expect(
      writes.some((write) => write.path === `${REPO_PATH}/labels` || write.path === `${REPO_PATH}/issues`),
    ).toBe(false);
    // The fork's titles reach the plan check as text: no HTML, no mention.
    const plan = writes.find((write) => (write.body as { name?: string }).name === "roadmap plan")!;
    const summary = (plan.body as { output: { summary: string } }).output.summary;
    // Outside the requests' code fence (where JSON is shown as code, inert).
    const fence = /^(`{3,})\n[\s\S]*?\n\1$/m;
    expect(summary).toMatch(fence);
    const prose = summary.replace(fence, "");
    expect(prose).not.toMatch(/(^|[^\\])<img/); // an escaped \\< renders as the text "<"
    expect(prose).not.toMatch(/(^|[^A-Za-z0-9])@octocat/);
    expect(prose).not.toMatch(/^::/m);
  });
});

describe("file names and markers in a notes pull request (findings 6, 7, 8, 13)", () => {
  const hostile = [
    "notes/redis/@octocat hi.md",
    "notes/redis/see owner/repo#1 and #2.md",
    "notes/redis/https://evil.example www.evil.example.md",
    "notes/redis/<img src=https://evil.example/p.gif><details>open.md",
    "notes/redis/txt\u202Edm.md",
    "notes/redis/../../README.md",
  ];

  it("echoes them as inert text, refuses the .. path, and ignores a marker comment by another bot", async () => {
    const github = recordingGitHub({
      [FILES]: hostile.map((filename) => ({ filename, status: "added" })),
      [contents("roadmap/roadmap.yml", "main")]: contentsFile("roadmap/roadmap.yml", ROADMAP_YML),
      ...Object.fromEntries(
        hostile.slice(0, 5).map((path) => [contents(path, HEAD_SHA), contentsFile(path, "# note\n")]),
      ),
      [ISSUES]: restTopicIssues(),
      [COMMENTS]: [
        // A marker by another app's bot: it must not be taken for ours (and edited).
        {
          id: 66,
          body: `${NOTES_PR_MARKER}\nfake`,
          user: { login: "evil-app[bot]", type: "Bot" },
          author_association: "NONE",
        },
      ],
    });
    expect(await send("pull_request", openedPayload())).toBe(200);
    // The .. path is never read.
    expect(github.requests.some((request) => request.path.includes(".."))).toBe(false);
    const writes = github.writes();
    expect(writes.map((write) => `${write.method} ${write.path}`)).toEqual([
      `POST ${REPO_PATH}/issues/${PULL}/labels`,
      `POST ${REPO_PATH}/issues/${PULL}/comments`, // a new comment: evil-app[bot]'s is not edited
      `POST ${REPO_PATH}/check-runs`,
    ]);
    const comment = bodyOf(writes[1]);
    expect(comment).not.toMatch(/(^|[^A-Za-z0-9])@octocat/);
    expect(comment).toContain(`@${MENTION_BREAK}octocat`);
    expect(comment).not.toContain("repo#1");
    expect(comment).not.toContain(" #2.md");
    expect(comment).not.toMatch(/https?:\/\//);
    expect(comment).not.toMatch(/www\./);
    expect(comment).not.toMatch(/(^|[^\\])<(img|details>open)/);
    expect(comment).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    const check = writes[2]!.body as { output: { annotations: { path: string; message: string }[] } };
    expect(check.output.annotations.find((a) => a.path === "notes/redis/../../README.md")!.message).toMatch(
      /refused/,
    );
  });

  it("caps the comment of a 3,000-file pull request under 65,536 characters with '… and N more'", async () => {
    const files = Array.from({ length: 3000 }, (_, i) => ({
      filename: `notes/redis/${"n".repeat(60)}-${i}.md`,
      status: "added",
    }));
    const reads: Record<string, unknown> = {
      [FILES]: files,
      [contents("roadmap/roadmap.yml", "main")]: contentsFile("roadmap/roadmap.yml", ROADMAP_YML),
      [ISSUES]: restTopicIssues(),
      [COMMENTS]: [],
    };
    for (const { filename } of files.slice(0, 100))
      reads[contents(filename, HEAD_SHA)] = contentsFile(filename, "# n\n");
    const github = recordingGitHub(reads);
    expect(await send("pull_request", openedPayload())).toBe(200);
    const comment = bodyOf(github.writes().find((write) => write.path.endsWith("/comments")));
    expect(comment.length).toBeLessThan(65_536);
    expect(comment).toContain("- … and 2900 more files");
    for (const write of github.writes()) expect(JSON.stringify(write.body).length).toBeLessThan(1024 * 1024);
  });
});

describe("closing references at merge (finding 10)", () => {
  function merged(body: string, association: string) {
    const payload = mergedPayload({ body });
    payload.pull_request.author_association = association;
    payload.pull_request.user.login = "outsider";
    return payload;
  }
  const reads = (comments: unknown[] = []) => ({
    [FILES]: [],
    [COMMENTS]: comments,
    [contents("roadmap/roadmap.yml", MERGE_SHA)]: contentsFile("roadmap/roadmap.yml", ROADMAP_YML),
    [ISSUES]: restTopicIssues(),
  });

  it("an outsider's PR saying Completes #2 closes nothing", async () => {
    const github = recordingGitHub(reads());
    expect(await send("pull_request", merged("Completes #2", "CONTRIBUTOR"))).toBe(200);
    expect(github.writes()).toEqual([]);
  });

  it("a collaborator without write access (read, per GitHub) closes nothing either: asked once", async () => {
    const github = recordingGitHub({
      ...reads(),
      [`${REPO_PATH}/collaborators/outsider/permission`]: { permission: "read" },
    });
    expect(await send("pull_request", merged("Completes #2", "COLLABORATOR"))).toBe(200);
    expect(github.writes()).toEqual([]);
    expect(github.requests.filter((r) => r.path.includes("/permission"))).toHaveLength(1);
  });

  it("Completes #2 hidden in a link definition, an HTML comment or code closes nothing, even from the owner", async () => {
    const github = recordingGitHub(reads());
    const body = [
      '[x]: https://example.com "Completes #2"',
      "<!-- Completes #2 -->",
      "`Completes #2`",
      "    Completes #2",
      '<a title="Completes #2">hi</a>',
    ].join("\n\n");
    expect(await send("pull_request", merged(body, "OWNER"))).toBe(200);
    expect(github.writes()).toEqual([]);
  });

  it("65,536 backticks in the body are answered at once (linear), with no write", async () => {
    const github = recordingGitHub(reads());
    const started = performance.now();
    expect(await send("pull_request", merged("`".repeat(65_536), "OWNER"))).toBe(200);
    const large = performance.now() - started;
    const small = performance.now();
    expect(await send("pull_request", merged("`".repeat(1024), "OWNER"))).toBe(200);
    const ratio = large / (performance.now() - small);
    // 64x the body: the request's fixed costs dominate; quadratic work would be thousands of times.
    expect(ratio).toBeLessThan(64);
    expect(github.writes()).toEqual([]);
  });
});

describe("the app's own identity (finding 6)", () => {
  it("is read once from GET /app: its own marker comment is edited, a look-alike bot's is not", async () => {
    server = await startTestServer({ appSlug: undefined });
    const files = [{ filename: "notes/redis/a.md", status: "added" }];
    const github = recordingGitHub({
      [`/app`]: { slug: "roadmap-ops" },
      [FILES]: files,
      [contents("roadmap/roadmap.yml", "main")]: contentsFile("roadmap/roadmap.yml", ROADMAP_YML),
      [contents("notes/redis/a.md", HEAD_SHA)]: contentsFile("notes/redis/a.md", "# a\n"),
      [ISSUES]: restTopicIssues(),
      [COMMENTS]: [
        { id: 65, body: `${NOTES_PR_MARKER}\nfake`, user: { login: "roadmap-0ps[bot]", type: "Bot" } },
        { id: 66, body: `${NOTES_PR_MARKER}\nold`, user: { login: "roadmap-ops[bot]", type: "Bot" } },
      ],
    });
    for (let i = 0; i < 2; i++) expect(await send("pull_request", openedPayload())).toBe(200);
    expect(github.requests.filter((request) => request.path === "/app")).toHaveLength(1);
    const comments = github.writes().filter((write) => write.path.includes("/comments"));
    expect(comments.map((write) => `${write.method} ${write.path}`)).toEqual([
      `PATCH ${REPO_PATH}/issues/comments/66`,
      `PATCH ${REPO_PATH}/issues/comments/66`,
    ]);
  });
});
