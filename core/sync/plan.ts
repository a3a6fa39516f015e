// plan(roadmap, snapshot) -> operations. Pure: it compares what the roadmap wants with
// what GitHub holds and lists the fewest writes that close the gap. An up-to-date
// repository plans nothing, which is what makes a sync idempotent.
import type { RepoRef } from "../github/client.js";
import type { PlacedTopic } from "../model/roadmap.js";
import { allTopics } from "../model/roadmap.js";
import type { Roadmap } from "../model/schema.js";
import { adopt } from "../issues/adopt.js";
import { planLabelChanges, planStatusChange } from "../issues/label-changes.js";
import { topicStatus } from "../issues/status.js";
import { issueTitle, markRemoved, mergeBody, newTopicIssue, priorStatus } from "../issues/issue-body.js";
import type { LabelSpec } from "../issues/labels.js";
import { ownedLabelNames, STATUS_LABELS, topicLabels } from "../issues/labels.js";
import { removedBySync, topicMarker } from "../issues/markers.js";
import type { Operation } from "../github/plan/operation.js";
import type { RepoLabel } from "../issues/labels.js";
import type { Snapshot, TopicIssue } from "../issues/topic-issues.js";
import { groupByTopic } from "../issues/topic-issues.js";
import type { UnmarkedIssue } from "../issues/topic-issues.js";
import type { RatingLabels } from "../model/roadmap.js";
import { ratingLabelsOf } from "../model/roadmap.js";
import { planSectionParents, withAdoptedParents } from "./section-parents.js";
import { planSubIssues } from "./sub-issues.js";
import type { Prerequisite } from "../issues/prerequisites.js";
import { leadIssues, prerequisiteStates } from "../issues/prerequisites.js";

import { sameText } from "../text/markdown.js";

const ISSUE = "/repos/{owner}/{repo}/issues/{issue_number}";

function desiredLabels(roadmap: Roadmap): LabelSpec[] {
  const byName = new Map<string, LabelSpec>();
  const ratings = ratingLabelsOf(roadmap);
  for (const spec of Object.values(STATUS_LABELS)) byName.set(spec.name.toLowerCase(), spec);
  for (const { topic, section } of allTopics(roadmap)) {
    for (const spec of topicLabels(topic, section, ratings)) byName.set(spec.name.toLowerCase(), spec);
  }
  return [...byName.values()];
}

export function planLabels(repo: RepoRef, roadmap: Roadmap, existing: readonly RepoLabel[]): Operation[] {
  const current = new Map(existing.map((label) => [label.name.toLowerCase(), label]));
  const operations: Operation[] = [];
  for (const spec of desiredLabels(roadmap)) {
    const label = current.get(spec.name.toLowerCase());
    if (!label) {
      operations.push({
        kind: "create-label",
        summary: `create label "${spec.name}"`,
        route: "POST /repos/{owner}/{repo}/labels",
        params: { ...repo, name: spec.name, color: spec.color, description: spec.description },
      });
    } else if (label.color.toLowerCase() !== spec.color || (label.description ?? "") !== spec.description) {
      operations.push({
        kind: "update-label",
        summary: `update label "${spec.name}" (colour or description)`,
        route: "PATCH /repos/{owner}/{repo}/labels/{name}",
        params: { ...repo, name: label.name, color: spec.color, description: spec.description },
      });
    }
  }
  return operations;
}

function planCreate(
  repo: RepoRef,
  { topic, section }: PlacedTopic,
  prerequisites: readonly Prerequisite[],
  ratings: RatingLabels,
): Operation {
  const issue = newTopicIssue(topic, section, prerequisites, ratings);
  return {
    kind: "create-issue",
    topicId: topic.id,
    summary: `create issue "${issue.title}" for topic ${topic.id}`,
    route: "POST /repos/{owner}/{repo}/issues",
    params: { ...repo, ...issue },
    marker: topicMarker(topic.id),
  };
}

/**
 * A topic done or dropped before its first sync (an imported roadmap's `status:`): its new
 * issue is closed right after it is created (GitHub opens every new issue). The close names
 * the issue by a ref, filled in once GitHub has given it its number (apply-sync-plan.ts).
 */
function planPriorClose(repo: RepoRef, { topic }: PlacedTopic): Operation[] {
  const status = priorStatus(topic);
  if (status !== "done" && status !== "dropped") return [];
  const reason = status === "done" ? "completed" : "not planned";
  return [
    {
      kind: "close-prior",
      topicId: topic.id,
      summary: `close topic ${topic.id}'s new issue as ${reason} (${status} before the first sync)`,
      route: `PATCH ${ISSUE}`,
      params: { ...repo, issue_number: 0, state: "closed", state_reason: reason.replace(" ", "_") },
      refs: { issue_number: { of: `topic:${topic.id}`, field: "number" } },
    },
  ];
}

/**
 * The regenerated body, or the body as it is when the learner's own text leaves no room
 * for the generated part under GitHub's limit: one oversized issue must not stop the sync
 * of every other topic, and the learner's text is never cut.
 */
function fittingBody(
  body: string,
  topic: PlacedTopic["topic"],
  section: PlacedTopic["section"],
  prerequisites: readonly Prerequisite[],
): string {
  try {
    return mergeBody(body, topic, section, prerequisites);
  } catch {
    return body;
  }
}

function planExisting(
  repo: RepoRef,
  placed: PlacedTopic,
  issue: TopicIssue,
  owned: ReadonlySet<string>,
  prerequisites: readonly Prerequisite[],
  ratings: RatingLabels,
): Operation[] {
  const { topic, section } = placed;
  const title = issueTitle(topic);
  const body = fittingBody(issue.body, topic, section, prerequisites);
  const reopen = issue.state === "closed" && removedBySync(issue.body);
  const patch: Record<string, unknown> = {};
  if (issue.title !== title) patch.title = title;
  if (!sameText(issue.body, body)) patch.body = body;
  if (reopen) Object.assign(patch, { state: "open", state_reason: "reopened" });

  const operations: Operation[] = [];
  if (Object.keys(patch).length) {
    operations.push({
      kind: reopen ? "reopen-issue" : "update-issue",
      topicId: topic.id,
      summary: reopen
        ? `#${issue.number}: reopen, topic ${topic.id} is back in the roadmap`
        : `#${issue.number}: update ${Object.keys(patch).join(" and ")} of topic ${topic.id}`,
      route: `PATCH ${ISSUE}`,
      params: { ...repo, issue_number: issue.number, ...patch },
    });
  }
  const status = topicStatus(
    { ...issue, body, state: reopen ? "open" : issue.state },
    reopen ? "reopened" : "sync",
  );
  const wanted = [
    ...topicLabels(topic, section, ratings).map((label) => label.name),
    STATUS_LABELS[status].name,
  ];
  operations.push(
    ...planLabelChanges(repo, issue, issue.labels, wanted, (name) => owned.has(name.toLowerCase())),
  );
  return operations;
}

// Close first, then comment: if the comment fails, the next sync sees a closed issue and
// leaves it alone, instead of commenting again every time the close fails.
function planRemoved(repo: RepoRef, issue: TopicIssue): Operation[] {
  if (issue.state === "closed") return [];
  return [
    {
      kind: "close-removed",
      topicId: issue.topicId,
      summary: `#${issue.number}: close as not planned, topic ${issue.topicId} left the roadmap`,
      route: `PATCH ${ISSUE}`,
      params: {
        ...repo,
        issue_number: issue.number,
        state: "closed",
        state_reason: "not_planned",
        body: markRemoved(issue.body),
      },
    },
    {
      kind: "comment",
      topicId: issue.topicId,
      summary: `#${issue.number}: explain why it closed`,
      route: `POST ${ISSUE}/comments`,
      params: {
        ...repo,
        issue_number: issue.number,
        body: `Topic \`${issue.topicId}\` is no longer in \`roadmap/roadmap.yml\`, so this issue is closed as not planned. If the topic comes back, the next sync reopens this issue with its ticks.`,
      },
    },
    ...planStatusChange(repo, issue, "dropped"),
  ];
}

function planDuplicate(repo: RepoRef, duplicate: TopicIssue, original: TopicIssue): Operation[] {
  if (duplicate.state === "closed") return [];
  return [
    {
      kind: "close-duplicate",
      topicId: duplicate.topicId,
      summary: `#${duplicate.number}: close as duplicate of #${original.number}`,
      route: `PATCH ${ISSUE}`,
      params: {
        ...repo,
        issue_number: duplicate.number,
        state: "closed",
        state_reason: "duplicate",
        duplicate_issue_id: original.id,
      },
    },
    {
      kind: "comment",
      topicId: duplicate.topicId,
      summary: `#${duplicate.number}: point at #${original.number}`,
      route: `POST ${ISSUE}/comments`,
      params: {
        ...repo,
        issue_number: duplicate.number,
        body: `Duplicate of #${original.number}: two syncs created an issue for topic \`${duplicate.topicId}\` at the same time. Progress is tracked in #${original.number}.`,
      },
    },
  ];
}

/**
 * Labels, then each topic's issue, then the sections' parent issues (created after the topics,
 * so topic issues keep their numbers), then the sub-issues and the parents' topic lists
 * (sub-issues.ts: applied once the topic issues exist). `snapshot.subIssues` holds the parents'
 * lists the plan needs (`parentsToRead`).
 */
export function plan(repo: RepoRef, roadmap: Roadmap, read: Snapshot): Operation[] {
  // A parent that lost its marker is taken back before a topic could be.
  const snapshot = withAdoptedParents(roadmap, read);
  const operations = planLabels(repo, roadmap, snapshot.labels);
  const owned = ownedLabelNames(roadmap, snapshot.labels);
  const ratings = ratingLabelsOf(roadmap);
  const groups = groupByTopic(snapshot.issues);
  const wanted = new Set<string>();
  const adoptable = [...(snapshot.unmarked ?? [])];
  const issues = new Map<string, UnmarkedIssue>();
  // Prerequisites link their issues by number once they exist (an issue created in this
  // same plan is named by its title until the next sync).
  const leads = leadIssues(snapshot.issues);
  for (const placed of allTopics(roadmap)) {
    wanted.add(placed.topic.id);
    const lead = groups.get(placed.topic.id)?.lead ?? adopt(adoptable, placed);
    const prerequisites = prerequisiteStates(roadmap, placed.topic, leads);
    if (lead) issues.set(placed.topic.id, lead);
    operations.push(
      ...(lead
        ? planExisting(repo, placed, lead, owned, prerequisites, ratings)
        : [planCreate(repo, placed, prerequisites, ratings), ...planPriorClose(repo, placed)]),
    );
  }
  for (const [topicId, group] of groups) {
    if (!wanted.has(topicId)) operations.push(...planRemoved(repo, group.lead));
    for (const duplicate of group.duplicates) operations.push(...planDuplicate(repo, duplicate, group.lead));
  }
  operations.push(...planSectionParents(repo, roadmap, snapshot, owned));
  operations.push(...planSubIssues(repo, roadmap, snapshot, (topicId) => issues.get(topicId)));
  return operations;
}
