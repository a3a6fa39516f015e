// The daily-practice issue is the practice topic's own topic issue (found by its marker,
// like every topic issue). The sync creates it; when the daily command runs before any
// sync, it is created here the same way. An issue the learner cut the generated part out
// of (its marker with it) is taken back by its exact title, by the sync's own rule
// (`adopt`), rather than opened a second time: then the list of open roadmap issues is read
// once (only when no practice issue was found) and the generated part goes back on top.
import type { RepoScope } from "../github/scope.js";
import type { PlacedTopic } from "../model/roadmap.js";
import { ratingLabelsOf } from "../model/roadmap.js";
import { mergeBody, newTopicIssue } from "../issues/issue-body.js";
import { adopt } from "../issues/adopt.js";
import type { RestIssue, TopicIssue } from "../issues/topic-issues.js";
import { readAdoptableIssues } from "../issues/read-issues.js";
import { groupByTopic, toTopicIssue } from "../issues/topic-issues.js";
import type { Prerequisite } from "../issues/prerequisites.js";
import { leadIssues, prerequisiteStates } from "../issues/prerequisites.js";
import type { Roadmap } from "../model/schema.js";

export type PracticeIssue =
  | { kind: "existing"; issue: TopicIssue }
  | { kind: "created"; issue: TopicIssue }
  /** An issue without its marker, taken back (in a dry run: as it would be once restored). */
  | { kind: "adopted"; issue: TopicIssue }
  /** Dry run: the issue is missing and would be created. */
  | { kind: "missing"; title: string };

/** One PATCH: the generated part (and its marker) back on top of the learner's text. */
async function restore(
  scope: RepoScope,
  practice: PlacedTopic,
  adopted: TopicIssue,
  prerequisites: readonly Prerequisite[],
): Promise<PracticeIssue> {
  const body = mergeBody(adopted.body, practice.topic, practice.section, prerequisites);
  if (scope.dryRun) {
    scope.log.info(
      `dry run: would restore the generated part of the daily-practice issue #${adopted.number} (its topic marker is gone)`,
    );
    return { kind: "adopted", issue: { ...adopted, body } };
  }
  const { data } = await scope.github.request<RestIssue>(
    "PATCH /repos/{owner}/{repo}/issues/{issue_number}",
    {
      ...scope.repo,
      issue_number: adopted.number,
      body,
    },
  );
  const issue = toTopicIssue(data);
  if (!issue) throw new Error(`GitHub returned issue #${data.number} without its topic marker`);
  scope.log.info(`restored the generated part of the daily-practice issue #${issue.number}`);
  return { kind: "adopted", issue };
}

export async function ensurePracticeIssue(
  scope: RepoScope,
  practice: PlacedTopic,
  issues: readonly TopicIssue[],
  roadmap: Roadmap,
): Promise<PracticeIssue> {
  const existing = groupByTopic(issues).get(practice.topic.id)?.lead;
  if (existing) return { kind: "existing", issue: existing };

  // As the sync writes it, so the next sync has nothing to change.
  const prerequisites = prerequisiteStates(roadmap, practice.topic, leadIssues(issues));
  const adopted = adopt(await readAdoptableIssues(scope.github, scope.repo), practice);
  if (adopted) return restore(scope, practice, adopted, prerequisites);

  const desired = newTopicIssue(practice.topic, practice.section, prerequisites, ratingLabelsOf(roadmap));
  if (scope.dryRun) {
    scope.log.info(
      `dry run: would create the daily-practice issue "${desired.title}" (labels: ${desired.labels.join(", ")})`,
    );
    return { kind: "missing", title: desired.title };
  }
  const { data } = await scope.github.request<RestIssue>("POST /repos/{owner}/{repo}/issues", {
    ...scope.repo,
    ...desired,
  });
  const issue = toTopicIssue(data);
  if (!issue) throw new Error(`GitHub returned issue #${data.number} without its topic marker`);
  scope.log.info(`created the daily-practice issue #${issue.number}`);
  return { kind: "created", issue };
}
