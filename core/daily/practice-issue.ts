// The daily-practice issue is the practice topic's own topic issue (found by its marker,
// like every topic issue). The sync creates it; when the daily command runs before any
// sync, it is created here the same way.
import type { GitHubClient, Logger, RepoRef } from "../github/client.js";
import type { PlacedTopic } from "../model/roadmap.js";
import { newTopicIssue } from "../sync/issue-body.js";
import type { RestIssue, TopicIssue } from "../sync/snapshot.js";
import { groupByTopic, toTopicIssue } from "../sync/snapshot.js";

export interface PracticeIssueDeps {
  github: GitHubClient;
  repo: RepoRef;
  log: Logger;
  dryRun?: boolean;
}

export type PracticeIssue =
  | { kind: "existing"; issue: TopicIssue }
  | { kind: "created"; issue: TopicIssue }
  /** Dry run: the issue is missing and would be created. */
  | { kind: "missing"; title: string };

export async function ensurePracticeIssue(
  deps: PracticeIssueDeps,
  practice: PlacedTopic,
  issues: readonly TopicIssue[],
): Promise<PracticeIssue> {
  const existing = groupByTopic(issues).get(practice.topic.id)?.lead;
  if (existing) return { kind: "existing", issue: existing };

  const desired = newTopicIssue(practice.topic, practice.section);
  if (deps.dryRun) {
    deps.log.info(
      `dry run: would create the daily-practice issue "${desired.title}" (labels: ${desired.labels.join(", ")})`,
    );
    return { kind: "missing", title: desired.title };
  }
  const { data } = await deps.github.request<RestIssue>("POST /repos/{owner}/{repo}/issues", {
    ...deps.repo,
    ...desired,
  });
  const issue = toTopicIssue(data);
  if (!issue) throw new Error(`GitHub returned issue #${data.number} without its topic marker`);
  deps.log.info(`created the daily-practice issue #${issue.number}`);
  return { kind: "created", issue };
}
