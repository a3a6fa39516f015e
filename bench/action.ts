// The Action: its bundle, how long it takes from spawning `node` to its first request
// (against a peer Action's committed bundle, bench/peers/), and the GitHub requests and round
// trips each command sends against the fewest possible. The commands run through the real
// entry (action/runner.ts) against the in-memory fake repository the tests use, synced with
// the seed roadmap first. Round trips: requests sent while none was in flight (independent
// reads go out two at a time, so a pair is one round trip; each write is its own).
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
import { readdirSync, readFileSync, statSync } from "node:fs";
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
import { spawnToFirstRequest } from "./cold-start.js";
import { formatMs, markdownTable } from "./harness.js";

const BUNDLE = "action/dist/index.js";
/** The chunks the entry loads with import() once its first request is out (build.mjs). */
const CHUNKS = () =>
  readdirSync("action/dist")
    .filter((name) => name.endsWith(".js") && name !== "index.js")
    .map((name) => join("action/dist", name));
const COLD_RUNS = 15;

/** The peer: crazy-max/ghaction-github-labeler's committed bundle (bench/peers/, MIT), in dry run. */
const PEER = "bench/peers/ghaction-github-labeler/dist/index.cjs";
/** The target: the Action's spawn to first request within this many times the peer's. */
const START_RATIO_TARGET = 1.3;

async function coldStart(): Promise<{ actionMs: number; peerMs: number }> {
  const ws = workspace();
  ws.write(".github/labels.yml", "- name: bug\n  color: d73a4a\n  description: Something is not working\n");
  const common = {
    GITHUB_REPOSITORY: `${REPO.owner}/${REPO.repo}`,
    GITHUB_WORKSPACE: ws.dir,
    GITHUB_EVENT_NAME: "workflow_dispatch",
  };
  const medians = await spawnToFirstRequest(
    [
      {
        name: "action",
        bundle: join(process.cwd(), BUNDLE),
        cwd: ws.dir,
        env: { ...common, INPUT_TOKEN: "ghs_bench", INPUT_COMMAND: "readme" },
      },
      {
        name: "peer",
        bundle: join(process.cwd(), PEER),
        cwd: ws.dir,
        env: {
          ...common,
          "INPUT_GITHUB-TOKEN": "ghs_bench",
          "INPUT_YAML-FILE": ".github/labels.yml",
          "INPUT_DRY-RUN": "true",
          "INPUT_SKIP-DELETE": "false",
        },
      },
    ],
    COLD_RUNS,
  );
  return { actionMs: medians.get("action")!, peerMs: medians.get("peer")! };
}

interface Row {
  scenario: string;
  roundTrips: number;
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
  // A few ms per answer, so reads in flight together overlap and count as one round trip.
  fake.latencyMs = 2;
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
      roundTrips: fake.roundTrips,
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
    const kib = (paths: string[]) => {
      const bytes = paths.reduce((sum, path) => sum + statSync(path).size, 0);
      const gzip = paths.reduce((sum, path) => sum + gzipSync(readFileSync(path)).length, 0);
      return `${(bytes / 1024).toFixed(0)} KiB (${(gzip / 1024).toFixed(0)} KiB gzip)`;
    };
    const chunks = CHUNKS();
    const cold = await coldStart();
    const rows = await requestRows();
    const ratio = cold.actionMs / cold.peerMs;
    return [
      markdownTable(
        ["measure", "value", "target"],
        [
          [`bundle ${BUNDLE} (loaded before the first request)`, kib([BUNDLE]), "small"],
          [`the ${chunks.length} chunks it loads after`, kib(chunks), ""],
          ["the Action, spawn to first request (command readme)", `${formatMs(cold.actionMs)} ms`, ""],
          [
            "crazy-max/ghaction-github-labeler, spawn to first request (dry run)",
            `${formatMs(cold.peerMs)} ms`,
            "",
          ],
          [
            "the Action / the peer",
            `${ratio.toFixed(2)} ${ratio <= START_RATIO_TARGET ? "✅" : "❌"}`,
            `≤ ${START_RATIO_TARGET}`,
          ],
        ],
        [false, true, false],
      ),
      "",
      `Cold start: medians of ${COLD_RUNS} fresh processes each, the two alternating; a local HTTP server stands in for the API.`,
      "",
      markdownTable(
        ["scenario", "round trips", "reads", "writes", "minimum reads", "minimum writes", "ratio"],
        rows.map((row) => [
          row.scenario,
          row.roundTrips,
          row.reads,
          row.writes,
          row.minReads,
          row.minWrites,
          ((row.reads + row.writes) / (row.minReads + row.minWrites)).toFixed(2),
        ]),
        [false, true, true, true, true, true, true],
      ),
    ].join("\n");
  },
};
