// A section's parent issue: one per section (settings.sub-issues, on by default), its
// topics' issues its sub-issues in roadmap order, so GitHub draws the section's progress
// ("3 of 8") on the issue and in issue lists. Found by its section marker and the `roadmap`
// label, like a topic issue; the learner's text around the generated part is kept.
import type { RepoRef } from "../github/client.js";
import type { Section } from "../model/schema.js";
import { inlineText as inline, neutralizeMentions } from "../text/markdown.js";
import { ISSUE_BODY_MAX } from "../github/size-limits.js";
import { ROADMAP_LABEL, sectionLabel } from "./labels.js";
import {
  BODY_END,
  markRemovedWith,
  REMOVED_MARKER,
  sectionIdOf,
  sectionMarker,
  splitBody,
} from "./markers.js";
import type { RestIssue, UnmarkedIssue } from "./topic-issues.js";
import { groupLeads, issueFields } from "./topic-issues.js";

export interface SectionIssue extends UnmarkedIssue {
  sectionId: string;
}

/** A sub-issue as a parent's list gives it: the REST id the sub-issue endpoints take, and its number. */
export interface SubIssue {
  id: number;
  number: number;
}

/** GitHub allows this many sub-issues under one parent. */
export const SUB_ISSUES_MAX = 100;

/** GitHub rejects issue titles over 256 characters. */
const ISSUE_TITLE_MAX = 256;

const SECTION_BODY_START =
  "<!-- roadmap:body:start (generated from roadmap/roadmap.yml: edit the YAML, not this part) -->";

const REMOVED_NOTE = [
  REMOVED_MARKER,
  "> [!NOTE]",
  "> This section was removed from `roadmap/roadmap.yml`, so this issue was closed as not planned. Add it back and the next sync reopens it.",
  "",
].join("\n");

/**
 * A section issue from a REST issue, or undefined when it is none: the section marker and
 * the `roadmap` label (the label is the trust boundary, as for topic issues).
 */
export function toSectionIssue(issue: RestIssue): SectionIssue | undefined {
  const sectionId = issue.pull_request ? undefined : sectionIdOf(issue.body);
  if (!sectionId) return undefined;
  const fields = issueFields(issue);
  if (!fields.labels.some((name) => name.toLowerCase() === ROADMAP_LABEL)) return undefined;
  return { sectionId, ...fields };
}

export function sectionIssueTitle(section: Section): string {
  const title = neutralizeMentions(`${section.emoji ? `${section.emoji} ` : ""}${section.title}`);
  return title.length <= ISSUE_TITLE_MAX ? title : `${title.slice(0, ISSUE_TITLE_MAX - 1)}…`;
}

/** The labels a parent issue carries: `roadmap` and its section's. */
export function sectionIssueLabels(section: Section): string[] {
  return [ROADMAP_LABEL, sectionLabel(section).name];
}

const ORDER_PATTERN = /<!-- roadmap:order=([a-z0-9,-]*) -->/;

/** The topics a parent holds, in order: the section's first 100 (GitHub's limit per parent). */
export function heldTopicIds(section: Section): string[] {
  return section.topics.slice(0, SUB_ISSUES_MAX).map((topic) => topic.id);
}

/**
 * The topic order a parent's body records: the order its sub-issues were put in (the body is
 * written after them), so a sync whose roadmap keeps that order need not read the list.
 */
export function recordedOrder(body: string): string[] | undefined {
  const generated = splitBody(body).generated;
  const match = generated ? ORDER_PATTERN.exec(generated) : null;
  return match ? match[1]!.split(",").filter(Boolean) : undefined;
}

function renderSectionPart(section: Section, listed: number): string {
  const lines = [
    SECTION_BODY_START,
    sectionMarker(section.id),
    `<!-- roadmap:order=${heldTopicIds(section).join(",")} -->`,
  ];
  const subtitle = section.subtitle ? ` · ${inline(section.subtitle)}` : "";
  lines.push(`**Section:** ${section.emoji ? `${section.emoji} ` : ""}${inline(section.title)}${subtitle}`);
  if (section.description) lines.push("", neutralizeMentions(section.description.trim()));
  lines.push(
    "",
    "The topics of this section are this issue's sub-issues, in roadmap order: GitHub shows how many are done. Close a topic's issue when you have finished it; this issue is kept by the sync.",
    "",
  );
  const topics = section.topics.slice(0, listed);
  lines.push(...topics.map((topic, index) => `${index + 1}. ${inline(topic.title)}`));
  if (listed < section.topics.length) lines.push(`- … and ${section.topics.length - listed} more`);
  lines.push(BODY_END);
  return lines.join("\n");
}

/**
 * The parent's body with its generated part regenerated (the learner's text before and
 * after kept byte for byte). The topic list is cut to fit GitHub's body limit.
 */
export function mergeSectionBody(existing: string | null | undefined, section: Section): string {
  const parts = splitBody(existing);
  const before = parts.generated === undefined ? "" : parts.before;
  const after = parts.generated === undefined ? (parts.before ? `\n\n${parts.before}` : "") : parts.after;
  for (let listed = section.topics.length; ; listed = Math.floor(listed / 2)) {
    const body = before + renderSectionPart(section, listed) + after;
    if (body.length <= ISSUE_BODY_MAX || listed === 0) return body;
  }
}

/** The body of a parent whose section left roadmap.yml, marked as removed. */
export function markSectionRemoved(body: string): string {
  return markRemovedWith(body, REMOVED_NOTE, ISSUE_BODY_MAX);
}

const PARENT_URL = /\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)$/;

/** The number of the parent `parent_issue_url` names when it is in `repo`; undefined otherwise. */
export function parentNumberIn(repo: RepoRef, url: string | null | undefined): number | undefined {
  const match = url ? PARENT_URL.exec(url) : null;
  if (!match) return undefined;
  const [, owner, name, number] = match;
  const same =
    decodeURIComponent(owner!).toLowerCase() === repo.owner.toLowerCase() &&
    decodeURIComponent(name!).toLowerCase() === repo.repo.toLowerCase();
  return same ? Number(number) : undefined;
}

/** Parents per section (groupLeads by section id). */
export function groupBySection(
  issues: readonly SectionIssue[],
): Map<string, { lead: SectionIssue; duplicates: SectionIssue[] }> {
  return groupLeads(issues, (issue) => issue.sectionId);
}
