import { describe, expect, it } from "vitest";
import { allTopics } from "../../../core/model/roadmap.js";
import { newTopicIssue } from "../../../core/issues/issue-body.js";
import { STATUS_LABELS, topicLabels } from "../../../core/issues/labels.js";
import { countPlan, summarizePlan } from "../../../core/sync/plan-summary.js";
import { plan } from "../../../core/sync/plan.js";
import type { RepoLabel } from "../../../core/issues/labels.js";
import type { Snapshot, TopicIssue } from "../../../core/issues/topic-issues.js";
import type { SectionIssue } from "../../../core/issues/section-issue.js";
import {
  mergeSectionBody,
  sectionIssueLabels,
  sectionIssueTitle,
} from "../../../core/issues/section-issue.js";
import { REPO } from "../../helpers/github.js";
import { smallRoadmap } from "../../helpers/roadmaps.js";

const roadmap = smallRoadmap();

const API_ISSUES = `https://api.github.com/repos/${REPO.owner}/${REPO.repo}/issues`;

/** The sections' parent issues right after a first sync, numbered after the topics. */
function syncedParents(first: number): SectionIssue[] {
  return roadmap.sections.map((section, index) => ({
    sectionId: section.id,
    number: first + index,
    id: 2001 + index,
    nodeId: `I_s${index}`,
    title: sectionIssueTitle(section),
    body: mergeSectionBody(undefined, section),
    state: "open",
    stateReason: null,
    labels: sectionIssueLabels(section),
    htmlUrl: `https://github.com/o/r/issues/${first + index}`,
    createdAt: "2026-11-01T00:00:00Z",
  }));
}

/** The repository right after a first sync of `roadmap`. */
function syncedSnapshot(): Snapshot {
  const labels = new Map<string, RepoLabel>();
  for (const spec of Object.values(STATUS_LABELS)) labels.set(spec.name, { ...spec });
  const topics = allTopics(roadmap);
  const parents = syncedParents(topics.length + 1);
  const issues: TopicIssue[] = topics.map(({ topic, section }, index) => {
    for (const spec of topicLabels(topic, section)) labels.set(spec.name, { ...spec });
    const issue = newTopicIssue(topic, section);
    return {
      topicId: topic.id,
      number: index + 1,
      id: 1001 + index,
      nodeId: `I_${index + 1}`,
      title: issue.title,
      body: issue.body,
      state: "open",
      stateReason: null,
      labels: issue.labels,
      htmlUrl: `https://github.com/o/r/issues/${index + 1}`,
      createdAt: "2026-11-01T00:00:00Z",
      parentIssueUrl: `${API_ISSUES}/${parents.find((parent) => parent.sectionId === section.id)!.number}`,
    };
  });
  return { issues, labels: [...labels.values()], sections: parents };
}

function issueOf(snapshot: Snapshot, topicId: string): TopicIssue {
  return snapshot.issues.find((issue) => issue.topicId === topicId)!;
}

describe("plan", () => {
  it("bootstraps an empty repository: every label, then one issue per topic with its labels", () => {
    const operations = plan(REPO, roadmap, { issues: [], labels: [] });
    // 3 topic issues and 2 sections' parents, the topics their sub-issues.
    expect(summarizePlan(operations)).toBe("creates 14 labels, creates 5 issues, adds 3 sub-issues");
    // A dry run says it as a sentence (not "would creates 14 labels, creates 5 issues").
    expect(summarizePlan(operations, "would")).toBe("would create 14 labels and 5 issues, add 3 sub-issues");
    expect(summarizePlan([], "would")).toBe("would change nothing");
    const created = operations.filter((op) => op.kind === "create-issue");
    expect(created.map((op) => op.params.title)).toEqual(["LeetCode (1 problem/day)", "Redis", "PostgreSQL"]);
    expect(created[1]!.params.labels).toEqual([
      "roadmap",
      "priority: high",
      "difficulty: easy",
      "difficulty: medium",
      "time: short",
      "section: Backend Core",
      "status: todo",
    ]);
    expect(created[0]!.params.labels).toContain("daily");
    expect(operations.findIndex((op) => op.kind === "create-issue")).toBe(14);
  });

  it("plans nothing for a repository already in step", () => {
    expect(plan(REPO, roadmap, syncedSnapshot())).toEqual([]);
  });

  it("ignores CRLF line endings from GitHub's web editor", () => {
    const snapshot = syncedSnapshot();
    const redis = issueOf(snapshot, "redis");
    redis.body = redis.body.replace(/\n/g, "\r\n");
    expect(plan(REPO, roadmap, snapshot)).toEqual([]);
  });

  it("renames the issue of a renamed topic (found by marker, not by title)", () => {
    const renamed = smallRoadmap((input) => {
      input.sections[1]!.topics[0]!.title = "Redis (caching & queues)";
    });
    const operations = plan(REPO, renamed, syncedSnapshot());
    // The topic's title, and the line of its section's parent that lists it.
    expect(operations).toHaveLength(2);
    expect(operations[0]).toMatchObject({
      kind: "update-issue",
      route: "PATCH /repos/{owner}/{repo}/issues/{issue_number}",
      params: { issue_number: 2, title: "Redis (caching & queues)" },
    });
    expect(operations[0]!.params).not.toHaveProperty("body");
    expect(operations[1]).toMatchObject({
      kind: "update-section",
      params: {
        issue_number: 5,
        body: expect.stringContaining("1. Redis (caching & queues)\n2. PostgreSQL\n"),
      },
    });
  });

  it("moves a topic with a ticked box to in progress with two label requests, never a full rewrite", () => {
    const snapshot = syncedSnapshot();
    const redis = issueOf(snapshot, "redis");
    redis.body = redis.body.replace("- [ ] caching", "- [x] caching");
    const operations = plan(REPO, roadmap, snapshot);
    expect(operations.map((op) => [op.kind, op.route, op.params.name ?? op.params.labels])).toEqual([
      ["remove-label", "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", "status: todo"],
      ["add-labels", "POST /repos/{owner}/{repo}/issues/{issue_number}/labels", ["status: in progress"]],
    ]);
  });

  it("never removes the learner's own labels, even ones that look like ours", () => {
    const snapshot = syncedSnapshot();
    issueOf(snapshot, "redis").labels.push(
      "good first read",
      "priority: this week",
      "status: blocked",
      "section: misc",
    );
    expect(plan(REPO, roadmap, snapshot)).toEqual([]);
  });

  it("removes the old section label of a renamed section (known as ours by its description)", () => {
    const renamed = smallRoadmap((input) => {
      input.sections[1]!.title = "Backend";
    });
    const operations = plan(REPO, renamed, syncedSnapshot()).filter((op) => op.topicId === "redis");
    expect(operations.map((op) => op.summary)).toEqual([
      "#2: update body of topic redis",
      '#2: remove label "section: Backend Core"',
      '#2: add "section: Backend"',
    ]);
  });

  it("marks a removed topic in a CRLF body (edited in GitHub's web editor), so it can come back", () => {
    const snapshot = syncedSnapshot();
    const pg = issueOf(snapshot, "postgresql");
    pg.body = pg.body.replace(/\n/g, "\r\n");
    const fewer = smallRoadmap((input) => {
      input.sections[1]!.topics.splice(1, 1);
    });
    const close = plan(REPO, fewer, snapshot).find((op) => op.kind === "close-removed")!;
    expect(String(close.params.body)).toContain("<!-- roadmap:removed -->");

    Object.assign(pg, { body: close.params.body, state: "closed", stateReason: "not_planned" });
    expect(plan(REPO, roadmap, snapshot)[0]).toMatchObject({ kind: "reopen-issue" });
  });

  it("changes the priority labels when the priority changes", () => {
    const changed = smallRoadmap((input) => {
      input.sections[1]!.topics[0]!.priority = "critical";
    });
    const operations = plan(REPO, changed, syncedSnapshot());
    expect(operations.map((op) => op.summary)).toEqual([
      'create label "priority: critical"',
      "#2: update body of topic redis",
      '#2: remove label "priority: high"',
      '#2: add "priority: critical"',
    ]);
  });

  it("closes the issue of a topic that left the YAML as not planned, with a comment saying why", () => {
    const fewer = smallRoadmap((input) => {
      input.sections[1]!.topics.splice(1, 1);
    });
    const operations = plan(REPO, fewer, syncedSnapshot());
    // Closed first: a failed comment must not be repeated by every later sync.
    expect(operations.map((op) => op.kind)).toEqual([
      "close-removed",
      "comment",
      "remove-label",
      "add-labels",
      // Its section's parent no longer lists it (taking it off the parent needs the parent's
      // list, which the sync reads: tests/core/sync/sub-issues.test.ts).
      "update-section",
    ]);
    expect(operations[1]!.params.body).toContain("no longer in `roadmap/roadmap.yml`");
    expect(operations[0]!.params).toMatchObject({
      issue_number: 3,
      state: "closed",
      state_reason: "not_planned",
    });
    expect(String(operations[0]!.params.body)).toContain("<!-- roadmap:removed -->");
    expect(operations[3]!.params.labels).toEqual(["status: dropped"]);
    expect(countPlan(operations)).toMatchObject({ issuesClosed: 1, issuesUpdated: 1 });
  });

  it("reopens a removed topic that comes back, keeping its ticks, but leaves a dropped one closed", () => {
    const snapshot = syncedSnapshot();
    const pg = issueOf(snapshot, "postgresql");
    pg.body = pg.body
      .replace("- [ ] indexing", "- [x] indexing")
      .replace(
        "<!-- roadmap:topic=postgresql -->",
        "<!-- roadmap:removed -->\n<!-- roadmap:topic=postgresql -->",
      );
    Object.assign(pg, {
      state: "closed",
      stateReason: "not_planned",
      labels: pg.labels.map((l) => (l === "status: todo" ? "status: dropped" : l)),
    });
    const operations = plan(REPO, roadmap, snapshot);
    expect(operations[0]).toMatchObject({
      kind: "reopen-issue",
      params: { state: "open", state_reason: "reopened" },
    });
    expect(String(operations[0]!.params.body)).not.toContain("roadmap:removed");
    expect(String(operations[0]!.params.body)).toContain("- [x] indexing");
    expect(operations.slice(1).map((op) => op.params.name ?? op.params.labels)).toEqual([
      "status: dropped",
      ["status: in progress"],
    ]);

    const dropped = syncedSnapshot();
    Object.assign(issueOf(dropped, "postgresql"), {
      state: "closed",
      stateReason: "not_planned",
      labels: issueOf(dropped, "postgresql").labels.map((l) =>
        l === "status: todo" ? "status: dropped" : l,
      ),
    });
    expect(plan(REPO, roadmap, dropped)).toEqual([]);
  });

  it("closes the newer of two issues for one topic as a duplicate of the older", () => {
    const snapshot = syncedSnapshot();
    const original = issueOf(snapshot, "redis");
    snapshot.issues.push({ ...original, number: 9, id: 1009, createdAt: "2026-11-01T00:00:01Z" });
    const operations = plan(REPO, roadmap, snapshot);
    expect(operations.map((op) => op.kind)).toEqual(["close-duplicate", "comment"]);
    expect(operations[1]!.params).toMatchObject({ issue_number: 9 });
    expect(operations[1]!.params.body).toContain("Duplicate of #2");
    expect(operations[0]!.params).toMatchObject({
      issue_number: 9,
      state: "closed",
      state_reason: "duplicate",
      duplicate_issue_id: 1002,
    });
    // Once closed as a duplicate it is left alone.
    snapshot.issues.at(-1)!.state = "closed";
    snapshot.issues.at(-1)!.stateReason = "duplicate";
    expect(plan(REPO, roadmap, snapshot)).toEqual([]);
  });

  it("updates a label whose colour was changed by hand, and only that", () => {
    const snapshot = syncedSnapshot();
    snapshot.labels.find((label) => label.name === "status: done")!.color = "000000";
    const operations = plan(REPO, roadmap, snapshot);
    expect(operations).toEqual([
      expect.objectContaining({
        kind: "update-label",
        route: "PATCH /repos/{owner}/{repo}/labels/{name}",
        params: expect.objectContaining({ name: "status: done", color: "0e8a16" }),
      }),
    ]);
  });

  it("keeps label names within GitHub's 50-character limit", () => {
    const long = smallRoadmap((input) => {
      input.sections[1]!.title = "LLMs (Backend & Infrastructure Perspective) and more";
    });
    const names = plan(REPO, long, { issues: [], labels: [] })
      .filter((op) => op.kind === "create-label")
      .map((op) => String(op.params.name));
    expect(Math.max(...names.map((name) => name.length))).toBeLessThanOrEqual(50);
  });
});

describe("plan, for a roadmap issue without its marker", () => {
  it("takes back the open one with the topic's exact title; a closed one or another title stays as it is", () => {
    const snapshot = syncedSnapshot();
    const redis = issueOf(snapshot, "redis");
    snapshot.issues = snapshot.issues.filter((issue) => issue !== redis);
    const { topicId: _topicId, ...fields } = redis;
    snapshot.unmarked = [
      {
        ...fields,
        number: 10,
        title: "Redis",
        body: "closed, mine",
        state: "closed",
        stateReason: "completed",
      },
      { ...fields, number: 11, title: "redis", body: "another title" },
      { ...fields, number: 12, title: "Redis", body: "mine" },
    ];
    const operations = plan(REPO, roadmap, snapshot);
    expect(operations.map((op) => [op.kind, op.params.issue_number])).toEqual([["update-issue", 12]]);
    expect(String(operations[0]!.params.body).endsWith("\n\nmine")).toBe(true);
  });
});

describe("plan, when the learner's text fills the issue", () => {
  it("leaves that body as it is and still syncs the title and the labels", () => {
    const snapshot = syncedSnapshot();
    const redis = issueOf(snapshot, "redis");
    redis.body = `${"x".repeat(65_530)}\n${redis.body}`;
    redis.title = "Old title";
    const operations = plan(REPO, roadmap, snapshot);
    expect(operations).toHaveLength(1);
    expect(operations[0]!.params).toMatchObject({ issue_number: 2, title: "Redis" });
    expect(operations[0]!.params).not.toHaveProperty("body");
  });
});
