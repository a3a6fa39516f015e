// Reading what GitHub holds for the roadmap: every topic issue (open and closed) and the
// repository's labels, read in full before planning, with list calls only:
// ceil(topic issues / 100) + ceil(labels / 100) requests.
import type { GitHubClient, RepoRef } from "../github/client.js";
import type { RepoLabel } from "./labels.js";
import { ROADMAP_LABEL } from "./labels.js";
import { sectionIdOf, topicIdOf } from "./markers.js";
import type { SectionIssue, SubIssue } from "./section-issue.js";
import { toSectionIssue } from "./section-issue.js";
import type { RestIssue, Snapshot, TopicIssue, UnmarkedIssue } from "./topic-issues.js";
import { issueFields, leadsByTopic, toTopicIssue } from "./topic-issues.js";

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

/** Roadmap issues with neither a topic nor a section marker. */
function unmarkedOf(issues: readonly RestIssue[]): UnmarkedIssue[] {
  return issues.filter((issue) => !topicIdOf(issue.body) && !sectionIdOf(issue.body)).map(issueFields);
}

function sectionIssuesOf(issues: readonly RestIssue[]): SectionIssue[] {
  return issues.map(toSectionIssue).filter((issue): issue is SectionIssue => issue !== undefined);
}

/**
 * The open roadmap issues without a topic marker, the only ones `adopt` (adopt.ts)
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
  // The two lists together (one round trip instead of two): two reads at a time is well
  // within GitHub's advice against many concurrent requests; writes stay one at a time.
  const [listed, labels] = await Promise.all([listRoadmapIssues(github, repo), readLabels(github, repo)]);
  return {
    issues: topicIssuesOf(listed),
    labels,
    unmarked: unmarkedOf(listed),
    sections: sectionIssuesOf(listed),
  };
}

/** A parent's sub-issues in GitHub's order: one page (a parent holds at most 100). */
export async function readSubIssues(
  github: GitHubClient,
  repo: RepoRef,
  parent: number,
): Promise<SubIssue[]> {
  const listed = await github.paginate<{ id: number; number: number }>(
    "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues",
    { ...repo, issue_number: parent, per_page: 100 },
  );
  return listed.map(({ id, number }) => ({ id, number }));
}

/** Lead issue per topic: the one the sync keeps (ceil(topic issues / 100) requests). */
export async function readLeadIssues(github: GitHubClient, repo: RepoRef): Promise<Map<string, TopicIssue>> {
  return leadsByTopic(await readTopicIssues(github, repo));
}

/** Several parents' lists, two reads at a time (as the snapshot's two lists go). */
export async function readSubIssueLists(
  github: GitHubClient,
  repo: RepoRef,
  parents: readonly number[],
): Promise<Map<number, SubIssue[]>> {
  const lists = new Map<number, SubIssue[]>();
  for (let i = 0; i < parents.length; i += 2) {
    const pair = parents.slice(i, i + 2);
    const read = await Promise.all(pair.map((parent) => readSubIssues(github, repo, parent)));
    pair.forEach((parent, index) => lists.set(parent, read[index]!));
  }
  return lists;
}
