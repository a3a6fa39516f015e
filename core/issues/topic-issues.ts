// A topic issue as the roadmap sees it: a REST issue with the topic marker and the
// `roadmap` label, and the snapshot of everything GitHub holds for the roadmap (topic
// issues, labels, issues that lost their marker). Reading them is read-issues.ts.
import type { RepoLabel } from "./labels.js";
import { ROADMAP_LABEL } from "./labels.js";
import { topicIdOf } from "./markers.js";
import type { SectionIssue, SubIssue } from "./section-issue.js";

export interface TopicIssue {
  topicId: string;
  number: number;
  /** The REST id, which `state_reason: duplicate` needs. */
  id: number;
  nodeId: string;
  title: string;
  body: string;
  state: "open" | "closed";
  stateReason: string | null;
  labels: string[];
  htmlUrl: string;
  createdAt: string;
  /** When it was last closed (REST closed_at); null while open. */
  closedAt?: string | null;
  /**
   * The REST URL of its parent issue when it is a sub-issue, null when it is none, undefined
   * when GitHub did not say (an older GitHub Enterprise Server): then the parent's list is read.
   */
  parentIssueUrl?: string | null;
}

/** A roadmap-labelled issue without a topic marker: the learner deleted the generated part. */
export type UnmarkedIssue = Omit<TopicIssue, "topicId">;

export interface Snapshot {
  issues: TopicIssue[];
  labels: RepoLabel[];
  /** Issues the plan can adopt again by their exact title instead of opening a duplicate. */
  unmarked?: UnmarkedIssue[];
  /** The sections' parent issues (core/issues/section-issue.ts). */
  sections?: SectionIssue[];
  /** The sub-issues of the parents whose list the plan needed, by parent number, in GitHub's order. */
  subIssues?: ReadonlyMap<number, readonly SubIssue[]>;
}

/** The REST issue fields we read (the list and webhook payloads share this shape). */
export interface RestIssue {
  number: number;
  id: number;
  node_id: string;
  title: string;
  body?: string | null;
  state: string;
  state_reason?: string | null;
  labels?: (string | { name?: string })[];
  html_url: string;
  created_at: string;
  closed_at?: string | null;
  pull_request?: unknown;
  parent_issue_url?: string | null;
}

export function labelNames(labels: RestIssue["labels"]): string[] {
  return (labels ?? [])
    .map((label) => (typeof label === "string" ? label : (label.name ?? "")))
    .filter(Boolean);
}

/**
 * A topic issue from a REST issue, or undefined when it is none: it needs the topic marker
 * and the `roadmap` label. The label is the trust boundary: anyone can paste a marker into
 * an issue of a public repository, only people with triage access can label it.
 */
export function toTopicIssue(issue: RestIssue): TopicIssue | undefined {
  const topicId = issue.pull_request ? undefined : topicIdOf(issue.body);
  if (!topicId) return undefined;
  const fields = issueFields(issue);
  if (!fields.labels.some((name) => name.toLowerCase() === ROADMAP_LABEL)) return undefined;
  return { topicId, ...fields };
}

export function issueFields(issue: RestIssue): UnmarkedIssue {
  return {
    number: issue.number,
    id: issue.id,
    nodeId: issue.node_id,
    title: issue.title,
    body: issue.body ?? "",
    state: issue.state === "closed" ? "closed" : "open",
    stateReason: issue.state_reason ?? null,
    labels: labelNames(issue.labels),
    htmlUrl: issue.html_url,
    createdAt: issue.created_at,
    closedAt: issue.closed_at ?? null,
    ...(issue.parent_issue_url === undefined ? {} : { parentIssueUrl: issue.parent_issue_url }),
  };
}

/** Issues per key: the oldest one not closed as a duplicate leads, open later ones are duplicates. */
export function groupLeads<T extends Pick<UnmarkedIssue, "number" | "stateReason">>(
  issues: readonly T[],
  keyOf: (issue: T) => string,
): Map<string, { lead: T; duplicates: T[] }> {
  const groups = new Map<string, T[]>();
  for (const issue of [...issues].sort((a, b) => a.number - b.number)) {
    groups.set(keyOf(issue), [...(groups.get(keyOf(issue)) ?? []), issue]);
  }
  const result = new Map<string, { lead: T; duplicates: T[] }>();
  for (const [key, group] of groups) {
    const lead = group.find((issue) => issue.stateReason !== "duplicate") ?? group[0]!;
    result.set(key, { lead, duplicates: group.filter((issue) => issue !== lead) });
  }
  return result;
}

/** Issues per topic (groupLeads by topic id). */
export function groupByTopic(
  issues: readonly TopicIssue[],
): Map<string, { lead: TopicIssue; duplicates: TopicIssue[] }> {
  return groupLeads(issues, (issue) => issue.topicId);
}

/** The lead issue of each topic (the one the sync keeps), by topic id. */
export function leadsByTopic(issues: readonly TopicIssue[]): Map<string, TopicIssue> {
  return new Map([...groupByTopic(issues)].map(([topicId, group]) => [topicId, group.lead]));
}
