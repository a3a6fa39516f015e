// The App under a burst of webhooks: deliveries answered per second and the answer time
// (median, 95th percentile, slowest) as GitHub sees it, through the real server
// (bot/server.ts in child processes) against the HTTP double of GitHub's API.
// - one instance, in-process queue (no Redis);
// - two instances on one Redis (REDIS_URL, or a redis-server started for the bench on a
//   free port; the Redis row is skipped when neither is available).
// Each burst: 1 installation.created and 99 roadmap pushes for one fresh repository, each
// delivery sent twice (the second to the other instance, as GitHub's redelivery), 20 in
// flight; "drained" is how long until the queue is empty again (the first sync's writes
// are throttled by Probot to one a second, so it dominates).
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nock from "nock";
import { stringify } from "yaml";
import type { Answer } from "../tests/helpers/app-process.js";
import { AppProcess, freePort, testEnvironment } from "../tests/helpers/app-process.js";
import { installationCreated, ROADMAP_FILE, roadmapPush } from "../tests/helpers/deliveries.js";
import { GitHubServer } from "../tests/helpers/github-server.js";
import { SMALL_ROADMAP_INPUT } from "../tests/helpers/roadmaps.js";
import type { BenchSection } from "./harness.js";
import { formatMs, markdownTable } from "./harness.js";

const IN_FLIGHT = 20;

interface Row {
  setup: string;
  deliveries: number;
  perSecond: number;
  p50: number;
  p95: number;
  max: number;
  drainedMs: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function unfinished(app: AppProcess): Promise<number> {
  const { body } = await app.get("/metrics");
  let total = 0;
  for (const state of ["waiting", "active", "delayed"]) {
    total += Number(new RegExp(`^roadmap_queue_jobs\\{state="${state}"\\} (\\d+)`, "m").exec(body)?.[1] ?? 0);
  }
  return total;
}

async function burst(
  setup: string,
  apps: AppProcess[],
  github: GitHubServer,
  installation: number,
): Promise<Row> {
  const repo = { owner: "octo-bench", repo: `burst-${installation}` };
  github.repo(repo).files.set(ROADMAP_FILE, stringify(SMALL_ROADMAP_INPUT));
  const deliveries = [
    {
      name: "installation",
      payload: installationCreated(installation, [repo]),
      id: `bench-${installation}-install`,
    },
  ];
  for (let i = 1; i < 100; i++) {
    deliveries.push({
      name: "push",
      payload: roadmapPush(installation, repo, `sha${i}`),
      id: `bench-${installation}-push-${i}`,
    });
  }
  const tasks = deliveries.flatMap((delivery, i) => [
    () => apps[i % apps.length]!.deliver(delivery.name, delivery.payload, delivery.id),
    () => apps[(i + 1) % apps.length]!.deliver(delivery.name, delivery.payload, delivery.id),
  ]);
  const answers: Answer[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < tasks.length) answers.push(await tasks[next++]!());
    }),
  );
  const answeredMs = performance.now() - started;
  const failed = answers.filter((answer) => answer.status !== 200).length;
  if (failed) throw new Error(`${setup}: ${failed} deliveries were not answered 200`);
  let quietSince = 0;
  while (!(quietSince && performance.now() - quietSince > 500)) {
    if ((await unfinished(apps[0]!)) > 0) quietSince = 0;
    else quietSince ||= performance.now();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const times = answers.map((answer) => answer.ms).sort((a, b) => a - b);
  return {
    setup,
    deliveries: answers.length,
    perSecond: answers.length / (answeredMs / 1000),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: times[times.length - 1]!,
    drainedMs: quietSince - started,
  };
}

/** A redis-server for the bench, when REDIS_URL is unset; undefined when none is installed. */
async function startRedis(): Promise<{ url: string; stop: () => void } | undefined> {
  if (spawnSync("redis-server", ["--version"]).status !== 0) return undefined;
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "bench-redis-"));
  const child = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir],
    {
      stdio: "ignore",
    },
  );
  for (let i = 0; i < 50; i++) {
    if (
      spawnSync("redis-cli", ["-p", String(port), "ping"])
        .stdout?.toString()
        .includes("PONG")
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () => {
      child.kill("SIGTERM");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const queueBench: BenchSection = {
  title: "Webhook bursts: answered per second, answer time (the App as real processes)",
  async run() {
    nock.enableNetConnect(/127\.0\.0\.1/);
    const github = new GitHubServer();
    const host = await github.start();
    const rows: Row[] = [];
    const notes: string[] = [];
    try {
      const solo = await AppProcess.start(testEnvironment(host));
      try {
        rows.push(await burst("1 instance, in-process queue", [solo], github, 501));
      } finally {
        await solo.stop();
      }
      const own = process.env.REDIS_URL ? undefined : await startRedis();
      const url = process.env.REDIS_URL ?? own?.url;
      if (!url) notes.push("The Redis row is skipped: no REDIS_URL and no redis-server on this machine.");
      else {
        try {
          const env = testEnvironment(host, url);
          const apps = await Promise.all([AppProcess.start(env), AppProcess.start(env)]);
          try {
            rows.push(await burst("2 instances, BullMQ on one Redis", apps, github, 502));
          } finally {
            await Promise.all(apps.map((app) => app.stop()));
          }
        } finally {
          own?.stop();
        }
      }
    } finally {
      await github.stop();
    }
    const table = markdownTable(
      ["setup", "deliveries", "answered / s", "p50 ms", "p95 ms", "max ms", "drained s"],
      rows.map((row) => [
        row.setup,
        row.deliveries,
        row.perSecond.toFixed(0),
        formatMs(row.p50),
        formatMs(row.p95),
        formatMs(row.max),
        (row.drainedMs / 1000).toFixed(1),
      ]),
      [false, true, true, true, true, true, true],
    );
    return [
      `100 deliveries (1 installation, 99 roadmap pushes) for one new repository, each sent twice, ${IN_FLIGHT} in flight; the App and this bench share the machine.`,
      "",
      table,
      ...(notes.length ? ["", ...notes] : []),
    ].join("\n");
  },
};
