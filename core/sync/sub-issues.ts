// Each section's topics as its parent issue's sub-issues, in roadmap order (the sub-issues
// REST API). Planned with the rest of the sync, applied after the topic issues exist: an
// issue this run creates is named by a ref (operation.ts `IssueRef`) and filled in with
// its number or id once GitHub has handed them out.
//
// Fewest reads: a parent's list is read only when something may be out of step: the topic
// order its body records (the body is rewritten only after its sub-issues are placed) is not
// the roadmap's, or a topic's issue is not under it by its `parent_issue_url`. A renamed
// topic rewrites the body's list without a read. A no-op sync reads no list. A sub-issue the learner drags elsewhere in
// GitHub's panel stays where it is until the roadmap changes that section.
//
// Left alone: the learner's own sub-issues under a parent (never removed or moved; ours are
// ordered around them), and a topic the learner put under an issue of their own.
import type { RepoRef } from "../github/client.js";
import type { IssueRef, Operation } from "../github/plan/operation.js";
import type { SectionIssue, SubIssue } from "../issues/section-issue.js";
import {
  groupBySection,
  heldTopicIds,
  mergeSectionBody,
  parentNumberIn,
  recordedOrder,
  sectionIssueTitle,
  SUB_ISSUES_MAX,
} from "../issues/section-issue.js";
import type { Snapshot, TopicIssue, UnmarkedIssue } from "../issues/topic-issues.js";
import { groupByTopic, leadsByTopic } from "../issues/topic-issues.js";
import type { Roadmap, Section } from "../model/schema.js";
import { parentedSections, withAdoptedParents } from "./section-parents.js";

import { sameText } from "../text/markdown.js";

const ISSUE = "/repos/{owner}/{repo}/issues/{issue_number}";

/** The kinds applied after the topic issues exist. */
export const SUB_ISSUE_KINDS: ReadonlySet<Operation["kind"]> = new Set([
  "add-sub-issue",
  "move-sub-issue",
  "remove-sub-issue",
  "update-section",
]);

/** A topic's issue as the sub-issue plan needs it; undefined when this plan creates it. */
export type IssueOf = (
  topicId: string,
) => Pick<UnmarkedIssue, "number" | "id" | "parentIssueUrl"> | undefined;

function leadParents(snapshot: Pick<Snapshot, "sections">): Map<string, SectionIssue> {
  return new Map([...groupBySection(snapshot.sections ?? [])].map(([id, group]) => [id, group.lead]));
}

/**
 * Topic issues no parent holds: their topic left the roadmap, or comes after its section's
 * 100th (GitHub's limit per parent). They are taken off the parent they hang under.
 */
function strayTopicIssues(roadmap: Roadmap, issues: readonly TopicIssue[]): TopicIssue[] {
  const held = new Set(parentedSections(roadmap).flatMap(heldTopicIds));
  return [...groupByTopic(issues).values()]
    .map((group) => group.lead)
    .filter((issue) => !held.has(issue.topicId));
}

/** Every parent of ours, duplicates too: a topic under one of them is moved to the lead. */
function ourParentNumbers(snapshot: Pick<Snapshot, "sections">): Set<number> {
  return new Set((snapshot.sections ?? []).map((parent) => parent.number));
}

/** Where a topic's issue hangs, as far as its `parent_issue_url` says. */
function placeOf(
  repo: RepoRef,
  issue: Pick<UnmarkedIssue, "parentIssueUrl">,
  ourParents: ReadonlySet<number>,
): { under: number } | "nowhere" | "theirs" | "unknown" {
  if (issue.parentIssueUrl === undefined) return "unknown";
  if (issue.parentIssueUrl === null) return "nowhere";
  const number = parentNumberIn(repo, issue.parentIssueUrl);
  // Under an issue of the learner's own (or of another repository): theirs to arrange.
  return number !== undefined && ourParents.has(number) ? { under: number } : "theirs";
}

/** Whether the parent may be out of step, so its list must be read before planning. */
function outOfStep(
  repo: RepoRef,
  section: Section,
  parent: SectionIssue,
  issueOf: IssueOf,
  strays: readonly TopicIssue[],
  ourParents: ReadonlySet<number>,
): boolean {
  // The order its sub-issues were last put in (a renamed topic changes the body, not the order).
  if (recordedOrder(parent.body)?.join(",") !== heldTopicIds(section).join(",")) return true;
  for (const topicId of heldTopicIds(section)) {
    const issue = issueOf(topicId);
    if (!issue) return true;
    const place = placeOf(repo, issue, ourParents);
    if (place === "theirs") continue;
    if (place === "unknown" || place === "nowhere" || place.under !== parent.number) return true;
  }
  return strays.some((issue) => {
    const place = placeOf(repo, issue, ourParents);
    return place === "unknown" || (typeof place === "object" && place.under === parent.number);
  });
}

/** The lead topic issues by topic id (what `parentsToRead` knows before the plan is made). */
function leadIssueOf(snapshot: Pick<Snapshot, "issues">): IssueOf {
  const leads = leadsByTopic(snapshot.issues);
  return (topicId) => leads.get(topicId);
}

/** The parents whose sub-issue lists the plan needs read (none on a sync with nothing to do). */
export function parentsToRead(repo: RepoRef, roadmap: Roadmap, snapshot: Snapshot): number[] {
  const adopted = withAdoptedParents(roadmap, snapshot);
  const parents = leadParents(adopted);
  const issueOf = leadIssueOf(adopted);
  const strays = strayTopicIssues(roadmap, adopted.issues);
  const ourParents = ourParentNumbers(adopted);
  return parentedSections(roadmap).flatMap((section) => {
    const parent = parents.get(section.id);
    return parent && outOfStep(repo, section, parent, issueOf, strays, ourParents) ? [parent.number] : [];
  });
}

/** An entry of a parent's list while planning: a known REST id, or a topic issue this run creates. */
type Entry = { id: number } | { topic: string };

const keyOf = (entry: Entry) => ("id" in entry ? `id:${entry.id}` : `topic:${entry.topic}`);

/** The param value and its ref for an entry (a ref when the issue does not exist yet). */
function idParam(
  name: string,
  entry: Entry,
): { params: Record<string, number>; refs: Record<string, IssueRef> } {
  return "id" in entry
    ? { params: { [name]: entry.id }, refs: {} }
    : { params: { [name]: 0 }, refs: { [name]: { of: `topic:${entry.topic}`, field: "id" } } };
}

/** Indexes (into `positions`) of a longest increasing run: the entries that need not move. */
function longestIncreasing(positions: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array<number>(positions.length).fill(-1);
  for (let i = 0; i < positions.length; i++) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (positions[tails[mid]!]! < positions[i]!) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[i] = tails[low - 1]!;
    tails[low] = i;
  }
  const kept = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i !== -1; i = previous[i]!) kept.add(i);
  return kept;
}

interface ParentPlan {
  repo: RepoRef;
  section: Section;
  /** The parent's number, or undefined when this run creates it. */
  number: number | undefined;
  /** Its list as GitHub holds it (empty for a new parent). */
  list: readonly SubIssue[];
  issueOf: IssueOf;
  /** Numbers of the other sections' parents: a topic under one of them is moved here. */
  ourParents: ReadonlySet<number>;
  /** REST ids of topic issues no parent holds (strayTopicIssues). */
  strayIds: ReadonlySet<number>;
  /** The parent each listed sub-issue is under, from the lists read (GitHub Enterprise Server without `parent_issue_url`). */
  listedUnder: ReadonlyMap<number, number>;
}

function parentParam(plan: ParentPlan): Pick<Operation, "params" | "refs"> {
  return plan.number === undefined
    ? {
        params: { ...plan.repo, issue_number: 0 },
        refs: { issue_number: { of: `section:${plan.section.id}`, field: "number" } },
      }
    : { params: { ...plan.repo, issue_number: plan.number } };
}

function planParent(plan: ParentPlan): Operation[] {
  const { section } = plan;
  const where = plan.number === undefined ? `section ${section.id}'s new parent` : `#${plan.number}`;
  const parent = parentParam(plan);
  const operations: Operation[] = [];
  const list: Entry[] = [];
  for (const item of plan.list) {
    if (!plan.strayIds.has(item.id)) {
      list.push({ id: item.id });
      continue;
    }
    operations.push({
      kind: "remove-sub-issue",
      sectionId: section.id,
      summary: `${where}: take off the sub-issue #${item.number}, no section holds its topic`,
      route: `DELETE ${ISSUE}/sub_issue`,
      params: { ...parent.params, sub_issue_id: item.id },
      ...(parent.refs ? { refs: parent.refs } : {}),
    });
  }
  const present = new Set(list.map(keyOf));
  const desired: Entry[] = [];
  for (const topicId of heldTopicIds(section)) {
    const issue = plan.issueOf(topicId);
    const entry: Entry = issue ? { id: issue.id } : { topic: topicId };
    if (present.has(keyOf(entry))) {
      desired.push(entry);
      continue;
    }
    const place = issue ? placeOf(plan.repo, issue, plan.ourParents) : "nowhere";
    if (place === "theirs") continue;
    // A parent holds at most 100 sub-issues, the learner's own included: the rest wait.
    if (list.length >= SUB_ISSUES_MAX) continue;
    const current =
      typeof place === "object" ? place.under : issue ? plan.listedUnder.get(issue.id) : undefined;
    const moving = current !== undefined && current !== plan.number;
    const child = idParam("sub_issue_id", entry);
    operations.push({
      kind: "add-sub-issue",
      topicId,
      sectionId: section.id,
      summary: `${where}: add topic ${topicId}'s issue${issue ? ` #${issue.number}` : ""} as a sub-issue${moving ? ` (from #${current})` : ""}`,
      route: `POST ${ISSUE}/sub_issues`,
      params: { ...parent.params, ...child.params, ...(moving ? { replace_parent: true } : {}) },
      refs: { ...parent.refs, ...child.refs },
    });
    list.push(entry);
    desired.push(entry);
  }
  operations.push(...planOrder(plan, where, parent, list, desired));
  return operations;
}

/** The fewest moves that put our entries of `list` in `desired` order (the learner's stay put). */
function planOrder(
  plan: ParentPlan,
  where: string,
  parent: Pick<Operation, "params" | "refs">,
  list: readonly Entry[],
  desired: readonly Entry[],
): Operation[] {
  const position = new Map(list.map((entry, index) => [keyOf(entry), index]));
  const kept = longestIncreasing(desired.map((entry) => position.get(keyOf(entry))!));
  if (kept.size === desired.length) return [];
  const firstKept = [...kept].sort((a, b) => a - b)[0]!;
  const operations: Operation[] = [];
  desired.forEach((entry, index) => {
    if (kept.has(index)) return;
    const child = idParam("sub_issue_id", entry);
    const anchor =
      index > 0 ? idParam("after_id", desired[index - 1]!) : idParam("before_id", desired[firstKept]!);
    const topicId = "topic" in entry ? entry.topic : undefined;
    operations.push({
      kind: "move-sub-issue",
      ...(topicId ? { topicId } : {}),
      sectionId: plan.section.id,
      summary: `${where}: move sub-issue ${index + 1} of section ${plan.section.id} into roadmap order`,
      route: `PATCH ${ISSUE}/sub_issues/priority`,
      params: { ...parent.params, ...child.params, ...anchor.params },
      refs: { ...parent.refs, ...child.refs, ...anchor.refs },
    });
  });
  return operations;
}

/**
 * The sub-issue writes of every section, then the parent's body where it changed (last, so a
 * body that lists the topics says their sub-issues are in place). `issueOf` is the plan's
 * choice of issue per topic (an adopted one included); lists come from `snapshot.subIssues`.
 */
export function planSubIssues(
  repo: RepoRef,
  roadmap: Roadmap,
  snapshot: Snapshot,
  issueOf: IssueOf,
): Operation[] {
  const parents = leadParents(snapshot);
  const ourParents = ourParentNumbers(snapshot);
  const strayIds = new Set(strayTopicIssues(roadmap, snapshot.issues).map((issue) => issue.id));
  const listedUnder = new Map<number, number>();
  for (const [number, list] of snapshot.subIssues ?? [])
    for (const item of list) listedUnder.set(item.id, number);
  const operations: Operation[] = [];
  for (const section of parentedSections(roadmap)) {
    const parent = parents.get(section.id);
    const list = parent ? snapshot.subIssues?.get(parent.number) : [];
    // Not read: its sub-issues were in step (parentsToRead); its body may still change.
    if (list !== undefined) {
      operations.push(
        ...planParent({
          repo,
          section,
          number: parent?.number,
          list,
          issueOf,
          ourParents,
          strayIds,
          listedUnder,
        }),
      );
    }
    if (parent) {
      // Its title and topic list in one write, after its sub-issues.
      const patch: Record<string, string> = {};
      const title = sectionIssueTitle(section);
      if (parent.title !== title) patch.title = title;
      const body = mergeSectionBody(parent.body, section);
      if (!sameText(body, parent.body)) patch.body = body;
      if (Object.keys(patch).length) {
        operations.push({
          kind: "update-section",
          sectionId: section.id,
          summary: `#${parent.number}: update the ${Object.keys(patch).includes("body") ? "topic list" : "title"}${Object.keys(patch).length > 1 ? " and title" : ""} of section ${section.id}'s parent issue`,
          route: `PATCH ${ISSUE}`,
          params: { ...repo, issue_number: parent.number, ...patch },
        });
      }
    }
  }
  return operations;
}
