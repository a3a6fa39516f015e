// Finding 9 of issue 12: the roadmap workflow grants each job only what its events need,
// and outsiders' events are dropped before they can queue. Read as data: no runner here.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";

interface Job {
  if?: string;
  permissions?: Record<string, string>;
  concurrency?: { group: string };
}
const workflow = parse(
  readFileSync(new URL("../../.github/workflows/roadmap.yml", import.meta.url), "utf8"),
) as {
  permissions: unknown;
  jobs: Record<string, Job>;
};
const writes = (job: Job) =>
  Object.entries(job.permissions ?? {})
    .filter(([, level]) => level === "write")
    .map(([name]) => name)
    .sort();

describe("the roadmap workflow's permissions", () => {
  it("grants nothing by default", () => {
    expect(workflow.permissions).toEqual({});
  });

  it("gives actions: write to the scheduled job only", () => {
    for (const [name, job] of Object.entries(workflow.jobs)) {
      expect(writes(job).includes("actions"), name).toBe(name === "scheduled");
    }
    expect(workflow.jobs.scheduled!.if).toBe("github.event_name == 'schedule'");
  });

  it("lets a pull request that is not merged write only its label, comment and check", () => {
    const notes = workflow.jobs.notes!;
    expect(writes(notes)).toEqual(["checks", "pull-requests"]);
    expect(notes.if).toContain("!github.event.pull_request.merged");
    const merge = workflow.jobs["notes-merge"]!;
    expect(writes(merge)).toEqual(["contents", "issues", "pull-requests"]);
    expect(merge.if).toContain("github.event.pull_request.merged == true");
  });

  it("skips outsiders' issue and comment events at job level, by author_association", () => {
    const condition = workflow.jobs.roadmap!.if!;
    expect(condition).toContain("github.event.issue.author_association");
    expect(condition).toContain("github.event.comment.author_association");
    expect(condition).toContain('["OWNER","MEMBER","COLLABORATOR"]');
  });

  it("caps notes checks across pull requests in one group; merges keep one per pull request", () => {
    expect(workflow.jobs.notes!.concurrency!.group).not.toContain("pull_request.number");
    expect(workflow.jobs["notes-merge"]!.concurrency!.group).toContain("pull_request.number");
  });
});
