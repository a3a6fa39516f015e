// The Action: its bundle, how long it takes from `node` to its first request, and the
// GitHub requests each command sends against the fewest possible. The commands run
// through the real entry (action/runner.ts) against the in-memory fake repository the
// tests use, synced with the seed roadmap first.
//
// Minimums (seed: 27 topic issues, under 100 comments):
// - readme, nothing changed: topic issues (1 page) + the notes/ folder listing (which rows
//   link their notes) + daily comments (1 page) + the chart's and the README's contents
//   (1 each) = 5 reads, 0 writes; changed: + 1 PUT per file;
// - daily, a new day: topic issues + daily comments = 2 reads, 1 write (the comment;
//   the very first one also pins the issue: + 1);
// - daily again the same day: 2 reads, 0 writes;
// - all on a synced repository: the sync's list reads (issues, labels: 2, reused by the
//   later steps when the sync wrote nothing) + notes/ + daily comments + 2 file reads = 6 reads;
//   writes: the comment (a new, unsolved day moves no number in the README or chart, so
//   neither is rewritten); a second run: 0 writes.
// - spaced review (daily, two done topics with a review day today): + 1 comment-list read
//   and 1 comment write per due topic; the same day again: the reads, 0 writes. With no
//   review due, the daily run above sends nothing more.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import nock from "nock";
import { silentLogger } from "../core/github/client.js";
import { syncRoadmap } from "../core/sync/sync.js";
import { parseRoadmapOrThrow } from "../core/validate/validate-roadmap.js";
import { interceptActionRoutes, README, runAction, workspace } from "../tests/helpers/action.js";
import { REPO } from "../tests/helpers/constants.js";
import { FakeGitHub } from "../tests/helpers/fake-github.js";
import { testGitHub } from "../tests/helpers/test-client.js";
import type { BenchSection } from "./harness.js";
import { formatMs, markdownTable } from "./harness.js";

const BUNDLE = "action/dist/index.js";
const COLD_RUNS = 15;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Milliseconds from process start (performance.timeOrigin) to a mark, in a fresh node:
 * for bare node the end of `-e`, for the Action its first fetch (a preload replaces the
 * global fetch with one that prints the time and exits).
 */
function coldStart(): { bareMs: number; actionMs: number } {
  const dir = mkdtempSync(join(tmpdir(), "roadmap-cold-"));
  const preload = join(dir, "stop-at-first-request.mjs");
  writeFileSync(
    preload,
    "globalThis.fetch = async () => { process.stdout.write(`FIRST ${performance.now()}\\n`); process.exit(0); };\n",
  );
  const ws = workspace();
  const env = {
    PATH: process.env.PATH ?? "",
    INPUT_TOKEN: "ghs_bench",
    INPUT_COMMAND: "readme",
    GITHUB_REPOSITORY: `${REPO.owner}/${REPO.repo}`,
    GITHUB_WORKSPACE: ws.dir,
    GITHUB_EVENT_NAME: "workflow_dispatch",
  };
  const bare: number[] = [];
  const action: number[] = [];
  for (let i = 0; i < COLD_RUNS + 2; i++) {
    const b = spawnSync(process.execPath, ["-e", "process.stdout.write(`END ${performance.now()}\\n`)"], {
      env,
      encoding: "utf8",
    });
    const a = spawnSync(process.execPath, ["--import", preload, BUNDLE], { env, encoding: "utf8" });
    const end = /END ([\d.]+)/.exec(b.stdout)?.[1];
    const first = /FIRST ([\d.]+)/.exec(a.stdout)?.[1];
    if (!end || !first) throw new Error(`cold start: no mark (bundle said: ${a.stdout}${a.stderr})`);
    if (i < 2) continue; // warm the file cache
    bare.push(Number(end));
    action.push(Number(first));
  }
  return { bareMs: median(bare), actionMs: median(action) };
}

interface Row {
  scenario: string;
  reads: number;
  writes: number;
  minReads: number;
  minWrites: number;
}

async function requestRows(): Promise<Row[]> {
  const seed = parseRoadmapOrThrow(readFileSync("roadmap/roadmap.yml"), "roadmap/roadmap.yml");
  nock.disableNetConnect();
  const fake = new FakeGitHub();
  fake.intercept();
  interceptActionRoutes(fake);
  await syncRoadmap({ github: testGitHub(), repo: REPO, log: silentLogger }, seed);
  fake.files.set("README.md", README);
  const ws = workspace();
  const rows: Row[] = [];
  const scenario = async (name: string, min: [number, number], inputs: Record<string, string>) => {
    fake.resetLog();
    const result = await runAction({ workspace: ws, inputs });
    if (result.failed) throw new Error(`${name}: the Action failed:\n${result.stdout}`);
    const writes = fake.writes.length;
    rows.push({
      scenario: name,
      reads: fake.requests.length - writes,
      writes,
      minReads: min[0],
      minWrites: min[1],
    });
  };
  await scenario("readme, first run (chart and README change)", [5, 2], { command: "readme" });
  await scenario("readme, nothing changed", [5, 0], { command: "readme" });
  await scenario("daily, first problem (comment + pin)", [2, 2], { command: "daily", date: "2026-11-25" });
  await scenario("daily, a new day", [2, 1], { command: "daily", date: "2026-11-26" });
  await scenario("daily, same day again", [2, 0], { command: "daily", date: "2026-11-26" });
  await scenario("all, a new day (the comment; README and chart unchanged)", [6, 1], {
    command: "all",
    date: "2026-11-27",
  });
  await scenario("all, run again", [6, 0], { command: "all", date: "2026-11-27" });
  // Two topics done 7 days and 1 day before today (the run's today is 2026-11-26).
  for (const [title, closedAt] of [
    ["Redis", "2026-11-19T18:00:00Z"],
    ["Git (Advanced)", "2026-11-25T18:00:00Z"],
  ] as const) {
    const issue = fake.issues.find((candidate) => candidate.title === title)!;
    Object.assign(issue, { state: "closed", state_reason: "completed", closed_at: closedAt });
  }
  await scenario("daily, a new day with 2 reviews due", [4, 3], { command: "daily", date: "2026-11-28" });
  await scenario("daily, same day again (reviews already posted)", [4, 0], {
    command: "daily",
    date: "2026-11-28",
  });
  nock.cleanAll();
  return rows;
}

export const actionBench: BenchSection = {
  title: "The Action (bundle, cold start, requests per command)",
  async run() {
    const bytes = statSync(BUNDLE).size;
    const gzip = gzipSync(readFileSync(BUNDLE)).length;
    const cold = coldStart();
    const rows = await requestRows();
    const overhead = cold.actionMs - cold.bareMs;
    return [
      markdownTable(
        ["measure", "value", "target"],
        [
          [
            `bundle ${BUNDLE}`,
            `${(bytes / 1024).toFixed(0)} KiB (${(gzip / 1024).toFixed(0)} KiB gzip)`,
            "small",
          ],
          ["bare `node -e 0` (start to end of script)", `${formatMs(cold.bareMs)} ms`, ""],
          ["the Action, start to first request (command readme)", `${formatMs(cold.actionMs)} ms`, ""],
          ["cold-start overhead over bare node", `${formatMs(overhead)} ms`, "≤ 150 ms"],
        ],
        [false, true, false],
      ),
      "",
      `Cold start: medians of ${COLD_RUNS} fresh processes each.`,
      "",
      markdownTable(
        ["scenario", "reads", "writes", "minimum reads", "minimum writes", "ratio"],
        rows.map((row) => [
          row.scenario,
          row.reads,
          row.writes,
          row.minReads,
          row.minWrites,
          ((row.reads + row.writes) / (row.minReads + row.minWrites)).toFixed(2),
        ]),
        [false, true, true, true, true, true],
      ),
    ].join("\n");
  },
};
