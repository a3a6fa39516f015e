import { describe, expect, it } from "vitest";
import { silentLogger } from "../../../core/github/client.js";
import type { Roadmap } from "../../../core/model/schema.js";
import { syncRoadmap } from "../../../core/sync/sync.js";
import { FakeGitHub } from "../../helpers/fake-github.js";
import { REPO, testGitHub } from "../../helpers/github.js";
import { smallRoadmap } from "../../helpers/roadmaps.js";
import { SEED } from "../../helpers/seed.js";

const deps = (dryRun = false) => ({ github: testGitHub(), repo: REPO, log: silentLogger, dryRun });
const BASE = `/repos/${REPO.owner}/${REPO.repo}`;
const ISSUES_LIST = `${BASE}/issues?labels=roadmap&state=all&per_page=100`;
const LABELS_LIST = `${BASE}/labels?per_page=100`;

function parentOf(github: FakeGitHub, sectionId: string) {
  const parent = github.issues.find((issue) => issue.body.includes(`<!-- roadmap:section=${sectionId} -->`));
  if (!parent) throw new Error(`no parent for ${sectionId}`);
  return parent;
}

function childTitles(github: FakeGitHub, sectionId: string): string[] {
  return github.subIssueNumbers(parentOf(github, sectionId).number).map((n) => github.issue(n).title);
}

describe("sections as parent issues with their topics as sub-issues", () => {
  it("bootstraps the seed: one parent per section, its topics its sub-issues in roadmap order", async () => {
    const github = new FakeGitHub();
    github.intercept();
    const result = await syncRoadmap(deps(), SEED);

    for (const section of SEED.sections) {
      const parent = parentOf(github, section.id);
      expect(parent.title).toBe(`${section.emoji} ${section.title}`);
      expect(parent.labels.map((label) => label.name)).toEqual(["roadmap", expect.stringMatching(/^section: /)]);
      expect(childTitles(github, section.id)).toEqual(section.topics.map((topic) => topic.title));
    }
    const topics = SEED.sections.flatMap((section) => section.topics);
    const labels = github.requests.filter((r) => r.method === "POST" && r.path === `${BASE}/labels`);
    const creates = github.requests.filter((r) => r.method === "POST" && r.path === `${BASE}/issues`);
    const adds = github.requests.filter((r) => r.method === "POST" && r.path.endsWith("/sub_issues"));
    // The reads, the labels, every issue, every sub-issue: nothing else (no list read, no move).
    expect(github.requests.slice(0, 2)).toEqual([
      { method: "GET", path: ISSUES_LIST },
      { method: "GET", path: LABELS_LIST },
    ]);
    expect(creates).toHaveLength(topics.length + SEED.sections.length);
    expect(adds).toHaveLength(topics.length);
    expect(github.requests).toHaveLength(2 + labels.length + creates.length + adds.length);
    // Topic issues keep their numbers (#1 … #27): the parents come after them.
    expect(github.issues.slice(0, topics.length).map((issue) => issue.title)).toEqual(topics.map((t) => t.title));
    expect(result).toMatchObject({ issuesCreated: topics.length + SEED.sections.length, subIssuesAdded: topics.length });
    expect(result.summary).toContain(`adds ${topics.length} sub-issues`);

    github.resetLog();
    const again = await syncRoadmap(deps(), SEED);
    expect(github.requests).toEqual([
      { method: "GET", path: ISSUES_LIST },
      { method: "GET", path: LABELS_LIST },
    ]);
    expect(again.summary).toBe("no changes");
  });
});
