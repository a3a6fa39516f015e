// Sync under GitHub's limits, on the real clock and across runs:
// - the seed's first sync with the Action's own client (1 s between writes, no extra lane
//   for issue creation), wall time against the floor of writes × 1 s (target ≤ 1.15 ×);
// - a 1,000-topic bootstrap under the fake's 500-an-hour content-creation cap, with the
//   default budget: how many runs it takes (an hour apart), and that none fails or duplicates.
import nock from "nock";
import { silentLogger } from "../core/github/client.js";
import { DEFAULT_MAX_WRITES, withRunLimits, WriteBudget } from "../core/github/write-budget.js";
import { syncRoadmap } from "../core/sync/sync.js";
import { parseRoadmapOrThrow } from "../core/validate/validate-roadmap.js";
import { createGitHubClient, WRITE_INTERVAL_MS } from "../octokit/create-client.js";
import { API, REPO } from "../tests/helpers/constants.js";
import { FakeGitHub } from "../tests/helpers/fake-github.js";
import { testGitHub } from "../tests/helpers/test-client.js";
import { readFileSync } from "node:fs";
import { generateRoadmapYaml } from "./large-roadmap.js";
import type { BenchSection } from "./harness.js";
import { markdownTable } from "./harness.js";

const FLOOR_TARGET = 1.15;

async function seedFirstSync(): Promise<string[][]> {
  nock.disableNetConnect();
  const fake = new FakeGitHub();
  fake.intercept();
  fake.latencyMs = 20; // so reads in flight together overlap and count as one round trip
  const seed = parseRoadmapOrThrow(readFileSync("roadmap/roadmap.yml"), "roadmap/roadmap.yml");
  const github = createGitHubClient({ token: "ghs_bench", baseUrl: API, log: silentLogger });
  const start = performance.now();
  const result = await syncRoadmap({ github, repo: REPO, log: silentLogger }, seed);
  const seconds = (performance.now() - start) / 1000;
  nock.cleanAll();
  const writes = fake.writes.length;
  const floor = (writes * WRITE_INTERVAL_MS) / 1000;
  const ratio = seconds / floor;
  return [
    [
      `seed, first sync (${result.issuesCreated} issues, ${result.labelsCreated} labels)`,
      String(writes),
      String(fake.roundTrips),
      floor.toFixed(1),
      seconds.toFixed(1),
      `${ratio.toFixed(3)} ${ratio <= FLOOR_TARGET ? "✅" : "❌"}`,
    ],
  ];
}

async function bigBootstrap(): Promise<string> {
  nock.disableNetConnect();
  const fake = new FakeGitHub();
  let clock = Date.UTC(2026, 10, 26, 5, 17);
  fake.now = () => clock;
  fake.intercept();
  const big = parseRoadmapOrThrow(generateRoadmapYaml(1000), "generated-1000.yml");
  const lines: string[][] = [];
  for (let run = 1; run <= 10; run++) {
    fake.resetLog();
    const budget = new WriteBudget(DEFAULT_MAX_WRITES);
    const result = await syncRoadmap(
      { github: withRunLimits(testGitHub(), budget), repo: REPO, log: silentLogger },
      big,
    );
    // Topics with an issue (the sections' parents have none of a topic's marker).
    const issues = new Set(
      fake.issues.flatMap((issue) => /roadmap:topic=([a-z0-9-]+)/.exec(issue.body)?.[1] ?? []),
    );
    lines.push([
      String(run),
      String(fake.writes.length),
      result.stopped ? result.stopped.line : `done: ${result.summary}`,
      `${issues.size.toLocaleString("en-US")} / ${fake.issues.length.toLocaleString("en-US")}`,
    ]);
    if (!result.stopped) break;
    clock += 3_600_000; // the next hourly run
  }
  nock.cleanAll();
  return markdownTable(
    ["run (an hour apart)", "writes", "outcome (exit 0 each)", "topics with an issue / issues (parents too)"],
    lines,
    [true, true, false, true],
  );
}

export const pacingBench: BenchSection = {
  title: "Sync under GitHub's limits: pacing on the real clock, and a 1,000-topic bootstrap across runs",
  async run() {
    const table = markdownTable(
      ["job", "writes", "round trips", "floor s (writes × 1 s)", "wall s", "wall / floor"],
      await seedFirstSync(),
      [false, true, true, true, true, true],
    );
    return [
      table,
      "",
      `The Action's own client (octokit/create-client.ts) against the fake repository, real clock; target ≤ ${FLOOR_TARGET} × the floor.`,
      "",
      `1,000 topics, default budget (max-writes ${DEFAULT_MAX_WRITES}), the fake enforcing 500 content-creating requests an hour:`,
      "",
      await bigBootstrap(),
    ].join("\n");
  },
};
