// What GitHub holds for the roadmap: every topic issue (open and closed) and the
// repository's labels. Read in full before planning, with list calls only:
// ceil(topic issues / 100) + ceil(labels / 100) requests.
import type { GitHubClient, RepoRef } from "../github/client.js";
import { ROADMAP_LABEL } from "./labels.js";
import { topicIdOf } from "./markers.js";

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
}

export interface RepoLabel {
  name: string;
  color: string;
  description: string | null;
}

/** A roadmap-labelled issue without a topic marker: the learner deleted the generated part. */
export type UnmarkedIssue = Omit<TopicIssue, "topicId">;

export interface Snapshot {
  issues: TopicIssue[];
  labels: RepoLabel[];
  /** Issues the plan can adopt again by their exact title instead of opening a duplicate. */
  unmarked?: UnmarkedIssue[];
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
  pull_request?: unknown;
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

function issueFields(issue: RestIssue): UnmarkedIssue {
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
  };
}

/** Issues per topic: the oldest one not closed as a duplicate leads, open later ones are duplicates. */
export function groupByTopic(
  issues: readonly TopicIssue[],
): Map<string, { lead: TopicIssue; duplicates: TopicIssue[] }> {
  const groups = new Map<string, TopicIssue[]>();
  for (const issue of [...issues].sort((a, b) => a.number - b.number)) {
    groups.set(issue.topicId, [...(groups.get(issue.topicId) ?? []), issue]);
  }
  const result = new Map<string, { lead: TopicIssue; duplicates: TopicIssue[] }>();
  for (const [topicId, group] of groups) {
    const lead = group.find((issue) => issue.stateReason !== "duplicate") ?? group[0]!;
    result.set(topicId, { lead, duplicates: group.filter((issue) => issue !== lead) });
  }
  return result;
}

/** Every issue with the `roadmap` label, open and closed unless told (pull requests left out). */
async function listRoadmapIssues(
  github: GitHubClient,
  repo: RepoRef,
  state: "all" | "open" = "all",
): Promise<RestIssue[]> {
  const issues = await github.paginate<RestIssue>("GET /repos/{owner}/{repo}/issues", {
    ...repo,
    labels: ROADMAP_LABEL,
    state,
    per_page: 100,
  });
  return issues.filter((issue) => !issue.pull_request);
}

function topicIssuesOf(issues: readonly RestIssue[]): TopicIssue[] {
  return issues.map(toTopicIssue).filter((issue): issue is TopicIssue => issue !== undefined);
}

function unmarkedOf(issues: readonly RestIssue[]): UnmarkedIssue[] {
  return issues.filter((issue) => !topicIdOf(issue.body)).map(issueFields);
}

/**
 * The open roadmap issues without a topic marker, the only ones `adopt` (core/sync/plan.ts)
 * takes back: ceil(open roadmap issues / 100) requests.
 */
export async function readAdoptableIssues(github: GitHubClient, repo: RepoRef): Promise<UnmarkedIssue[]> {
  return unmarkedOf(await listRoadmapIssues(github, repo, "open"));
}

export async function readTopicIssues(github: GitHubClient, repo: RepoRef): Promise<TopicIssue[]> {
  return topicIssuesOf(await listRoadmapIssues(github, repo));
}

export async function readLabels(github: GitHubClient, repo: RepoRef): Promise<RepoLabel[]> {
  const labels = await github.paginate<RepoLabel>("GET /repos/{owner}/{repo}/labels", {
    ...repo,
    per_page: 100,
  });
  return labels.map(({ name, color, description }) => ({ name, color, description }));
}

export async function readSnapshot(github: GitHubClient, repo: RepoRef): Promise<Snapshot> {
  // Serial on purpose: writes and reads stay one at a time, as GitHub's best practices ask.
  const listed = await listRoadmapIssues(github, repo);
  const labels = await readLabels(github, repo);
  return { issues: topicIssuesOf(listed), labels, unmarked: unmarkedOf(listed) };
}
