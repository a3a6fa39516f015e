// The sections' parent issues (settings.sub-issues, on by default): one per section, with its
// title, the `roadmap` and section labels and a generated body listing its topics. This file
// plans the parents themselves (create, retitle, relabel, reopen, close); which topics hang
// under each, in which order, and the body that lists them are sub-issues.ts, applied once
// the topic issues exist.
import type { RepoRef } from "../github/client.js";
import type { Operation } from "../github/plan/operation.js";
import { planLabelChanges } from "../issues/label-changes.js";
import type { SectionIssue } from "../issues/section-issue.js";
import {
  groupBySection,
  markSectionRemoved,
  mergeSectionBody,
  sectionIssueLabels,
  sectionIssueTitle,
} from "../issues/section-issue.js";
import { removedBySync, sectionMarker } from "../issues/markers.js";
import type { Snapshot } from "../issues/topic-issues.js";
import { subIssuesOn } from "../model/roadmap.js";
import type { Roadmap, Section } from "../model/schema.js";

const ISSUE = "/repos/{owner}/{repo}/issues/{issue_number}";

/** The sections that get a parent issue: every one, unless `settings.sub-issues` is false. */
export function parentedSections(roadmap: Roadmap): Section[] {
  return subIssuesOn(roadmap) ? roadmap.sections : [];
}

function planCreate(repo: RepoRef, section: Section): Operation {
  const title = sectionIssueTitle(section);
  return {
    kind: "create-section",
    sectionId: section.id,
    summary: `create parent issue "${title}" for section ${section.id}`,
    route: "POST /repos/{owner}/{repo}/issues",
    params: {
      ...repo,
      title,
      body: mergeSectionBody(undefined, section),
      labels: sectionIssueLabels(section),
    },
    marker: sectionMarker(section.id),
  };
}

function planExisting(
  repo: RepoRef,
  section: Section,
  issue: SectionIssue,
  owned: ReadonlySet<string>,
): Operation[] {
  const operations: Operation[] = [];
  // Its title and body (the removed note goes) are sub-issues.ts's, after its sub-issues.
  if (issue.state === "closed" && removedBySync(issue.body)) {
    operations.push({
      kind: "reopen-section",
      sectionId: section.id,
      summary: `#${issue.number}: reopen, section ${section.id} is back in the roadmap`,
      route: `PATCH ${ISSUE}`,
      params: { ...repo, issue_number: issue.number, state: "open", state_reason: "reopened" },
    });
  }
  operations.push(
    ...planLabelChanges(
      repo,
      { number: issue.number, sectionId: section.id },
      issue.labels,
      sectionIssueLabels(section),
      (name) => owned.has(name.toLowerCase()),
    ),
  );
  return operations;
}

function planClose(repo: RepoRef, issue: SectionIssue, duplicateOf?: SectionIssue): Operation[] {
  if (issue.state === "closed") return [];
  return [
    {
      kind: "close-section",
      sectionId: issue.sectionId,
      summary: duplicateOf
        ? `#${issue.number}: close as duplicate of #${duplicateOf.number}`
        : `#${issue.number}: close as not planned, section ${issue.sectionId} left the roadmap`,
      route: `PATCH ${ISSUE}`,
      params: {
        ...repo,
        issue_number: issue.number,
        state: "closed",
        ...(duplicateOf
          ? { state_reason: "duplicate", duplicate_issue_id: duplicateOf.id }
          : { state_reason: "not_planned", body: markSectionRemoved(issue.body) }),
      },
    },
  ];
}

/**
 * The snapshot with each section's parent that lost its marker (the learner replaced its body)
 * taken back: an open roadmap issue with the parent's exact title, as topics are (adopt.ts).
 * Its generated part comes back on top of the learner's text (sub-issues.ts).
 */
export function withAdoptedParents<T extends Pick<Snapshot, "sections" | "unmarked">>(
  roadmap: Roadmap,
  snapshot: T,
): T {
  const unmarked = [...(snapshot.unmarked ?? [])];
  const have = new Set((snapshot.sections ?? []).map((parent) => parent.sectionId));
  const adopted: SectionIssue[] = [];
  for (const section of parentedSections(roadmap)) {
    if (have.has(section.id)) continue;
    const title = sectionIssueTitle(section);
    const index = unmarked.findIndex((issue) => issue.state === "open" && issue.title === title);
    if (index === -1) continue;
    adopted.push({ sectionId: section.id, ...unmarked.splice(index, 1)[0]! });
  }
  if (adopted.length === 0) return snapshot;
  return { ...snapshot, sections: [...(snapshot.sections ?? []), ...adopted], unmarked };
}

/** The parents' own writes; their sub-issues and bodies come after the topic issues (sub-issues.ts). */
export function planSectionParents(
  repo: RepoRef,
  roadmap: Roadmap,
  snapshot: Pick<Snapshot, "sections">,
  owned: ReadonlySet<string>,
): Operation[] {
  const groups = groupBySection(snapshot.sections ?? []);
  const wanted = new Set<string>();
  const operations: Operation[] = [];
  for (const section of parentedSections(roadmap)) {
    wanted.add(section.id);
    const lead = groups.get(section.id)?.lead;
    operations.push(...(lead ? planExisting(repo, section, lead, owned) : [planCreate(repo, section)]));
  }
  for (const [sectionId, group] of groups) {
    if (!wanted.has(sectionId)) operations.push(...planClose(repo, group.lead));
    for (const duplicate of group.duplicates) operations.push(...planClose(repo, duplicate, group.lead));
  }
  return operations;
}
