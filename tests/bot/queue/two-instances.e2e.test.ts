// Two App processes (the real `bot/server.ts`) on one Redis and one GitHub API double:
// every delivery is answered at once, whichever instance gets it; the work is done once,
// by either; a SIGKILL mid-bootstrap leaves the job to the other instance. Needs a Redis:
// REDIS_URL (.ci/run starts a redis-server and sets it); skipped without.
import nock from "nock";
import { stringify } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RepoRef } from "../../../core/github/client.js";
import type { Answer } from "../../helpers/app-process.js";
import { AppProcess, testEnvironment } from "../../helpers/app-process.js";
import type { AppEnvironment } from "../../helpers/app-process.js";
import { installationCreated, ROADMAP_FILE, roadmapPush } from "../../helpers/deliveries.js";
import type { FakeGitHub } from "../../helpers/fake-github.js";
import { GitHubServer } from "../../helpers/github-server.js";
import { SMALL_ROADMAP_INPUT } from "../../helpers/roadmaps.js";
import { inTestRepo, issuesClosedExample } from "../../helpers/webhooks.js";

const REDIS_URL = process.env.REDIS_URL;
if (!REDIS_URL) {
  console.warn(
    "tests/bot/queue/two-instances.e2e.test.ts: REDIS_URL is unset, skipping the multi-instance tests " +
      "(.ci/run starts a redis-server for them; or set REDIS_URL=redis://127.0.0.1:6379)",
  );
}

const ROADMAP_YML = stringify(SMALL_ROADMAP_INPUT);
const TOPICS = SMALL_ROADMAP_INPUT.sections.flatMap((section) => section.topics.map((topic) => topic.title));
/** The sections' parent issues, made after the topics' issues. */
const PARENTS = SMALL_ROADMAP_INPUT.sections.map((section) => `${section.emoji} ${section.title}`);
const ISSUES = TOPICS.length + PARENTS.length;
const OWNER = "octo-class";

async function until(
  what: string,
  check: () => boolean | Promise<boolean>,
  timeoutMs = 90_000,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Jobs not yet finished across every instance (from /metrics: the queue's counts are Redis'). */
async function unfinished(app: AppProcess): Promise<number> {
  const { body } = await app.get("/metrics");
  let total = 0;
  for (const state of ["waiting", "active", "delayed"]) {
    const match = new RegExp(`^roadmap_queue_jobs\\{state="${state}"\\} (\\d+)`, "m").exec(body);
    total += Number(match?.[1] ?? 0);
  }
  return total;
}

/** Waits until the queue is empty and stays so for a second. */
async function settled(app: AppProcess): Promise<void> {
  let quietSince = 0;
  await until("the queue to drain", async () => {
    if ((await unfinished(app)) > 0) quietSince = 0;
    else quietSince ||= Date.now();
    return quietSince > 0 && Date.now() - quietSince > 1000;
  });
}

/** Runs the tasks with at most `limit` running at once; the results in order. */
async function inFlight<T>(limit: number, tasks: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = new Array<T>(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < tasks.length) {
        const index = next++;
        results[index] = await tasks[index]!();
      }
    }),
  );
  return results;
}

function titles(fake: FakeGitHub): string[] {
  return fake.issues.map((issue) => issue.title).sort();
}

/** The writes of a fake, as "METHOD path name-or-title": each must appear once. */
function writeKeys(fake: FakeGitHub): string[] {
  return fake.writes.map((write) => {
    const body = (write.body ?? {}) as { name?: string; title?: string; sub_issue_id?: number };
    return `${write.method} ${write.path} ${body.name ?? body.title ?? body.sub_issue_id ?? ""}`;
  });
}

function expectOneIssuePerTopic(fake: FakeGitHub): void {
  expect(titles(fake)).toEqual([...TOPICS, ...PARENTS].sort());
  expect(fake.issues.filter((issue) => issue.parent_issue_url !== null)).toHaveLength(TOPICS.length);
  const keys = writeKeys(fake);
  expect(new Set(keys).size).toBe(keys.length);
}

function expectAllFast(answers: Answer[]): void {
  for (const answer of answers) expect(answer.status).toBe(200);
  expect(Math.max(...answers.map((answer) => answer.ms))).toBeLessThan(1000);
}

describe.skipIf(!REDIS_URL)("two App instances on one Redis", () => {
  const github = new GitHubServer();
  let env: AppEnvironment;
  let apps: AppProcess[] = [];

  function classRepo(name: string): { repo: RepoRef; fake: FakeGitHub } {
    const repo = { owner: OWNER, repo: name };
    const fake = github.repo(repo);
    fake.files.set(ROADMAP_FILE, ROADMAP_YML);
    return { repo, fake };
  }

  beforeAll(async () => {
    nock.enableNetConnect(/127\.0\.0\.1/);
    const host = await github.start();
    env = testEnvironment(host, REDIS_URL);
    apps = await Promise.all([AppProcess.start(env), AppProcess.start(env)]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all(apps.map((app) => app.stop()));
    await github.stop();
  }, 30_000);

  it("reports Redis at /healthz and the queue at /metrics", async () => {
    const health = await apps[0]!.get("/healthz");
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toEqual({ status: "ok", queue: "redis", redis: "ok" });
    const metrics = await apps[1]!.get("/metrics");
    expect(metrics.body).toMatch(/^# TYPE roadmap_queue_jobs gauge$/m);
    expect(metrics.body).toMatch(/^# TYPE roadmap_job_duration_seconds histogram$/m);
    expect(metrics.body).toMatch(/^# TYPE roadmap_job_failures_total counter$/m);
  });

  it("answers installation.created in under 1 s while its bootstrap runs, then creates one issue per topic; closes delivered twice are worked once", async () => {
    const { repo, fake } = classRepo("first");
    const answer = await apps[0]!.deliver("installation", installationCreated(201, [repo]), "install-first");
    expect(answer.status).toBe(200);
    expect(answer.ms).toBeLessThan(1000);
    // Answered before the work: the bootstrap (17 throttled writes, one a second) has barely begun.
    expect(fake.issues).toHaveLength(0);
    await until("the bootstrap", () => fake.issues.length === ISSUES);
    await settled(apps[0]!);
    expectOneIssuePerTopic(fake);

    // Then each topic issue is closed: every close delivered to both instances, worked once.
    fake.resetLog();
    const topicIssues = fake.issues.filter((issue) => issue.body.includes("roadmap:topic="));
    const closes = topicIssues.map((issue) => {
      issue.state = "closed";
      issue.state_reason = "completed";
      const payload = inTestRepo(issuesClosedExample(), repo.owner, repo.repo);
      Object.assign(payload.issue, structuredClone(issue));
      payload.installation = { id: 201, node_id: "I_201" };
      return { payload, id: `close-first-${issue.number}` };
    });
    const answers = await Promise.all(
      closes.flatMap((close) => apps.map((app) => app.deliver("issues", close.payload, close.id))),
    );
    expectAllFast(answers);
    await until("the closes", () =>
      topicIssues.every((issue) => issue.labels.some((label) => label.name === "status: done")),
    );
    await settled(apps[0]!);
    // One read and two label writes per close, not two of each.
    for (const issue of topicIssues) {
      const path = `/repos/${repo.owner}/${repo.repo}/issues/${issue.number}`;
      expect(fake.requests.filter((request) => request.path === path)).toHaveLength(1);
      expect(fake.writes.filter((write) => write.path.startsWith(`${path}/labels`))).toHaveLength(2);
    }
    expect(fake.writes).toHaveLength(2 * TOPICS.length);
  }, 120_000);

  it("a burst of 100 deliveries, each sent to both instances, is handled once each: one issue per topic, each write once", async () => {
    const { repo, fake } = classRepo("burst");
    const deliveries: { name: string; payload: unknown; id: string }[] = [
      { name: "installation", payload: installationCreated(202, [repo]), id: "burst-install" },
    ];
    for (let i = 1; i < 100; i++) {
      deliveries.push({ name: "push", payload: roadmapPush(202, repo, `sha${i}`), id: `burst-push-${i}` });
    }
    // Each delivery goes to one instance and its duplicate (GitHub's redelivery) to the
    // other, 10 requests in flight at a time.
    const sends = deliveries.flatMap((delivery, i) => [
      () => apps[i % 2]!.deliver(delivery.name, delivery.payload, delivery.id),
      () => apps[(i + 1) % 2]!.deliver(delivery.name, delivery.payload, delivery.id),
    ]);
    const answers = await inFlight(10, sends);
    expect(answers).toHaveLength(200);
    expectAllFast(answers);
    await until("the bootstrap", () => fake.issues.length === ISSUES);
    await settled(apps[0]!);
    expectOneIssuePerTopic(fake);
    // Each delivery ran once: one sync, one read of the roadmap each (100, not 200).
    const roadmapReads = fake.requests.filter((request) =>
      request.path.endsWith(`/contents/${ROADMAP_FILE}`),
    );
    expect(roadmapReads).toHaveLength(100);
    // Both instances worked.
    for (const app of apps) {
      expect(
        app.logs.some(
          (line) => String(line.delivery ?? "").startsWith("burst-") && line.msg?.startsWith("job started"),
        ),
      ).toBe(true);
    }
  }, 180_000);

  it("on SIGTERM the instance running a bootstrap exits cleanly within its grace and hands the job to the other", async () => {
    const { repo, fake } = classRepo("stopped");
    const answer = await apps[0]!.deliver(
      "installation",
      installationCreated(204, [repo]),
      "install-stopped",
    );
    expectAllFast([answer]);
    const started = (line: { delivery?: unknown; msg?: string }) =>
      line.delivery === "install-stopped" && (line.msg ?? "").startsWith("job started");
    await until("a worker to take the bootstrap", () => apps.some((app) => app.logs.some(started)));
    const stopping = apps.find((app) => app.logs.some(started))!;
    const other = apps.find((app) => app !== stopping)!;
    await until("a few writes", () => fake.writes.length >= 3);
    const signalled = Date.now();
    stopping.kill("SIGTERM");
    // SHUTDOWN_GRACE_MS is 5 s in tests: the bootstrap (17 writes, one a second) cannot finish in it.
    expect(await stopping.exit()).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(10_000);
    expect(fake.issues.length).toBeLessThan(ISSUES);
    await until("the other instance to take the job", () => other.logs.some(started), 60_000);
    await until("the bootstrap", () => fake.issues.length === ISSUES, 120_000);
    await settled(other);
    expectOneIssuePerTopic(fake);
    // A fresh second instance for the next test.
    apps = [other, await AppProcess.start(env)];
  }, 240_000);

  it("when the instance running a bootstrap is killed (SIGKILL), the other finishes it, writing nothing twice", async () => {
    const { repo, fake } = classRepo("killed");
    const answer = await apps[1]!.deliver("installation", installationCreated(203, [repo]), "install-killed");
    expectAllFast([answer]);
    const started = (line: { delivery?: unknown; msg?: string }) =>
      line.delivery === "install-killed" && (line.msg ?? "").startsWith("job started");
    await until("a worker to take the bootstrap", () => apps.some((app) => app.logs.some(started)));
    const victim = apps.find((app) => app.logs.some(started))!;
    const survivor = apps.find((app) => app !== victim)!;
    await until("a few writes", () => fake.writes.length >= 4);
    victim.kill("SIGKILL");
    await victim.exit();
    const writesBeforeKill = fake.writes.length;
    expect(fake.issues.length).toBeLessThan(ISSUES);

    await until("the other instance to take the job", () => survivor.logs.some(started), 60_000);
    await until("the bootstrap", () => fake.issues.length === ISSUES, 120_000);
    await settled(survivor);
    expectOneIssuePerTopic(fake);
    expect(fake.writes.length).toBeGreaterThan(writesBeforeKill);
    apps = [survivor];
  }, 240_000);

  it("never prints a secret: not the webhook secret, the private key or an installation token", () => {
    const keyBody = env.privateKey.split("\n")[1]!;
    for (const app of apps) {
      const output = app.output.join("\n");
      expect(output).not.toContain(env.webhookSecret);
      expect(output).not.toContain(keyBody);
      expect(output).not.toContain("ghs_test_");
    }
  });
});
