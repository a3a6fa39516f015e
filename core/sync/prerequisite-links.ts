// After a sync created issues: a topic whose prerequisite got its issue in the same run
// names it by title (the plan is made before GitHub hands out numbers). One PATCH per such
// topic puts the new `#number`s in, so the next sync has nothing left to write. Only a
// run that creates a prerequisite's issue pays it (the first sync of a roadmap, a new topic).
import type { RepoRef } from "../github/client.js";
import type { AppliedOperation } from "../github/plan/apply.js";
import type { Operation } from "../github/plan/operation.js";
import { mergeBody } from "../issues/issue-body.js";
import type { LeadIssues } from "../issues/prerequisites.js";
import { leadIssues, prerequisiteStates } from "../issues/prerequisites.js";
import type { Snapshot } from "../issues/topic-issues.js";
import { allTopics } from "../model/roadmap.js";
import type { Roadmap } from "../model/schema.js";

export function planPrerequisiteLinks(
  repo: RepoRef,
  roadmap: Roadmap,
  snapshot: Pick<Snapshot, "issues">,
  applied: readonly AppliedOperation[],
): Operation[] {
  const created = new Map<string, { number: number; body: string; labels: string[] }>();
  const bodies = new Map<string, string>();
  for (const { operation, created: issue } of applied) {
    if (!operation.topicId || typeof operation.params.body !== "string") continue;
    bodies.set(operation.topicId, operation.params.body);
    if (operation.kind === "create-issue" && issue) {
      const labels = Array.isArray(operation.params.labels) ? (operation.params.labels as string[]) : [];
      created.set(operation.topicId, { number: issue.number, body: operation.params.body, labels });
    }
  }
  if (created.size === 0) return [];
  const before = leadIssues(snapshot.issues);
  const leads: LeadIssues = new Map([
    ...before,
    ...[...created].map(
      ([topicId, issue]) => [topicId, { ...issue, state: "open" as const, stateReason: null }] as const,
    ),
  ]);
  const operations: Operation[] = [];
  for (const { topic, section } of allTopics(roadmap)) {
    if (!(topic.requires ?? []).some((id) => created.has(id))) continue;
    const number = created.get(topic.id)?.number ?? before.get(topic.id)?.number;
    const body = bodies.get(topic.id) ?? before.get(topic.id)?.body;
    if (number === undefined || body === undefined) continue;
    let linked: string;
    try {
      linked = mergeBody(body, topic, section, prerequisiteStates(roadmap, topic, leads));
    } catch {
      continue; // over GitHub's limit: the next sync keeps the body as it is
    }
    if (linked === body) continue;
    operations.push({
      kind: "update-issue",
      topicId: topic.id,
      summary: `#${number}: link the prerequisites of topic ${topic.id} created in this run`,
      route: "PATCH /repos/{owner}/{repo}/issues/{issue_number}",
      params: { ...repo, issue_number: number, body: linked },
    });
  }
  return operations;
}
