// `npm run bot` alone, without REDIS_URL: the real server in a child process, its queue in
// the process. It answers first and works after, handles a redelivery once, and stops
// cleanly on SIGTERM. No Redis needed.
import nock from "nock";
import { stringify } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppProcess, testEnvironment } from "../../helpers/app-process.js";
import { installationCreated, ROADMAP_FILE } from "../../helpers/deliveries.js";
import { GitHubServer } from "../../helpers/github-server.js";
import { SMALL_ROADMAP_INPUT } from "../../helpers/roadmaps.js";

const TOPICS = SMALL_ROADMAP_INPUT.sections.flatMap((section) => section.topics.map((topic) => topic.title));
const PARENTS = SMALL_ROADMAP_INPUT.sections.map((section) => `${section.emoji} ${section.title}`);

describe("one App instance without Redis", () => {
  const github = new GitHubServer();
  let app: AppProcess;

  beforeAll(async () => {
    nock.enableNetConnect(/127\.0\.0\.1/);
    const env = testEnvironment(await github.start());
    app = await AppProcess.start(env);
  }, 60_000);

  afterAll(async () => {
    await app.stop();
    await github.stop();
  });

  it("reports its in-process queue at /healthz", async () => {
    const health = await app.get("/healthz");
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toEqual({ status: "ok", queue: "memory" });
  });

  it("answers installation.created at once, bootstraps after, and does a redelivery nothing", async () => {
    const repo = { owner: "octo-solo", repo: "roadmap" };
    const fake = github.repo(repo);
    fake.files.set(ROADMAP_FILE, stringify(SMALL_ROADMAP_INPUT));
    const payload = installationCreated(301, [repo]);
    const first = await app.deliver("installation", payload, "solo-install");
    const again = await app.deliver("installation", payload, "solo-install");
    for (const answer of [first, again]) {
      expect(answer.status).toBe(200);
      expect(answer.ms).toBeLessThan(1000);
    }
    expect(fake.issues).toHaveLength(0);
    // Done when the job says so: the topics' issues, then the sections' parents and sub-issues.
    const completed = /^roadmap_job_duration_seconds_count\{kind="sync",outcome="completed"\} 1$/m;
    const end = Date.now() + 90_000;
    while (!completed.test((await app.get("/metrics")).body) && Date.now() < end)
      await new Promise((r) => setTimeout(r, 200));
    expect(fake.issues.map((issue) => issue.title).sort()).toEqual([...TOPICS, ...PARENTS].sort());
    expect(fake.issues.filter((issue) => issue.parent_issue_url !== null)).toHaveLength(TOPICS.length);
    expect(fake.requests.filter((request) => request.path.endsWith(ROADMAP_FILE))).toHaveLength(1);
    const metrics = await app.get("/metrics");
    expect(metrics.body).toMatch(/^roadmap_webhook_deliveries_total\{result="duplicate"\} 1$/m);
    expect(metrics.body).toMatch(
      /^roadmap_job_duration_seconds_count\{kind="sync",outcome="completed"\} 1$/m,
    );
  }, 120_000);

  it("stops on SIGTERM with exit code 0", async () => {
    app.kill("SIGTERM");
    expect(await app.exit()).toBe(0);
  });
});
