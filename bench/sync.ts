// GitHub requests per sync job against the fewest possible, for the seed roadmap and a
// generated 1,000-topic one. The repository is the in-memory fake behind nock that the
// tests use, so these are the exact requests the code sends.
//
// Minimums:
// - bootstrap: one page of issues and one of labels (both empty), one POST per label, one
//   POST per issue (labels go in the create call): every topic's and every section's parent,
//   and one POST per sub-issue (a parent holds at most 100); no parent's list read, no move
//   (sub-issues are added in roadmap order);
// - no-op re-sync: the list reads only, ceil(issues / 100) + ceil(labels / 100) (no parent's
//   sub-issue list: each parent's body records the order its sub-issues were put in);
// - one topic renamed: the list reads + one PATCH of its issue + one of its parent's topic list;
// - one status event (issue closed): one GET of the issue (what makes a repeated delivery
//   write nothing) + one DELETE of the old status label + one POST of the new one
//   (the label set is never rewritten whole, so a concurrent edit by the learner survives);
// - the same event delivered again: the GET only.
import nock from "nock";
import { silentLogger } from "../core/github/client.js";
import type { Roadmap } from "../core/model/schema.js";
import { handleIssueEvent } from "../core/sync/status-event.js";
import type { RestIssue } from "../core/issues/topic-issues.js";
import { syncRoadmap } from "../core/sync/sync.js";
import { parseRoadmapOrThrow } from "../core/validate/validate-roadmap.js";
import { FakeGitHub } from "../tests/helpers/fake-github.js";
import { REPO } from "../tests/helpers/constants.js";
import { testGitHub } from "../tests/helpers/test-client.js";
import { readFileSync } from "node:fs";
import { generateRoadmapYaml } from "./large-roadmap.js";
import type { BenchSection, RequestRow } from "./harness.js";
import { pages, requestTable } from "./harness.js";

async function scenarios(name: string, roadmap: Roadmap): Promise<RequestRow[]> {
  nock.disableNetConnect();
  const fake = new FakeGitHub();
  // Request counts, not limits: the content-creation cap is the pacing bench's (bench/pacing.ts).
  fake.contentLimits = {};
  fake.intercept();
  const deps = { github: testGitHub(), repo: REPO, log: silentLogger };
  const rows: RequestRow[] = [];
  const measure = async (scenario: string, minimum: number, job: () => Promise<unknown>) => {
    fake.resetLog();
    const start = performance.now();
    await job();
    const ms = performance.now() - start;
    rows.push({
      subject: name,
      scenario,
      requests: fake.requests.length,
      writes: fake.writes.length,
      minimum,
      ms,
    });
  };

  await measure("bootstrap into an empty repository", 0, () => syncRoadmap(deps, roadmap));
  const bootstrap = rows.at(-1)!;
  const subIssues = roadmap.sections.reduce((sum, section) => sum + Math.min(section.topics.length, 100), 0);
  bootstrap.minimum = 2 + fake.labels.length + fake.issues.length + subIssues;

  const listReads = pages(fake.issues.length) + pages(fake.labels.length);
  await measure("no-op re-sync", listReads, () => syncRoadmap(deps, roadmap));

  const first = roadmap.sections[1]!.topics[0]!;
  const renamed: Roadmap = structuredClone(roadmap);
  renamed.sections[1]!.topics[0]!.title = `${first.title} (renamed)`;
  await measure("one topic renamed", listReads + 2, () => syncRoadmap(deps, renamed));

  const issue = fake.issues.find((candidate) => candidate.body.includes(`roadmap:topic=${first.id} `))!;
  Object.assign(issue, { state: "closed", state_reason: "completed" });
  const payload = { action: "closed", issue: structuredClone(issue) as unknown as RestIssue };
  await measure("one status event (issue closed)", 3, () => handleIssueEvent(deps, payload));
  await measure("the same event delivered again", 1, () => handleIssueEvent(deps, payload));
  nock.cleanAll();
  return rows;
}

export const syncRequests: BenchSection = {
  title: "Sync: GitHub requests per job",
  async run() {
    const seed = parseRoadmapOrThrow(readFileSync("roadmap/roadmap.yml"), "roadmap/roadmap.yml");
    const big = parseRoadmapOrThrow(generateRoadmapYaml(1000), "generated-1000.yml");
    const rows = [...(await scenarios("seed (27 topics)", seed)), ...(await scenarios("1,000 topics", big))];
    return requestTable("roadmap", "scenario", rows);
  },
};
