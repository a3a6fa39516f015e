// The label writes on one issue, for every use case that moves a topic: the sync, the
// status events and the notes merge. Only labels we own are removed; one POST adds all
// that are missing.
import type { RepoRef } from "../github/client.js";
import type { Operation } from "../github/plan/operation.js";
import type { TopicStatus } from "../model/progress.js";
import { isStatusLabel, STATUS_LABELS } from "./labels.js";

const ISSUE = "/repos/{owner}/{repo}/issues/{issue_number}";

/** Whose labels they are: a topic's issue or a section's parent. */
function owner(issue: { topicId?: string; sectionId?: string }): Pick<Operation, "topicId" | "sectionId"> {
  return {
    ...(issue.topicId === undefined ? {} : { topicId: issue.topicId }),
    ...(issue.sectionId === undefined ? {} : { sectionId: issue.sectionId }),
  };
}

/**
 * The label writes that turn `current` into `wanted` for the labels we own: one DELETE
 * per label to drop, one POST for all labels to add. The learner's own labels are never
 * touched, and the label set is never rewritten wholesale (a concurrent edit would be lost).
 */
export function planLabelChanges(
  repo: RepoRef,
  issue: { number: number; topicId?: string; sectionId?: string },
  current: readonly string[],
  wanted: readonly string[],
  isOwned: (name: string) => boolean,
): Operation[] {
  const have = new Set(current.map((name) => name.toLowerCase()));
  const want = new Set(wanted.map((name) => name.toLowerCase()));
  const operations: Operation[] = current
    .filter((name) => isOwned(name) && !want.has(name.toLowerCase()))
    .map((name) => ({
      kind: "remove-label" as const,
      ...owner(issue),
      summary: `#${issue.number}: remove label "${name}"`,
      route: `DELETE ${ISSUE}/labels/{name}`,
      params: { ...repo, issue_number: issue.number, name },
    }));
  const missing = wanted.filter((name) => !have.has(name.toLowerCase()));
  if (missing.length) {
    operations.push({
      kind: "add-labels",
      ...owner(issue),
      summary: `#${issue.number}: add ${missing.map((name) => `"${name}"`).join(", ")}`,
      route: `POST ${ISSUE}/labels`,
      params: { ...repo, issue_number: issue.number, labels: missing },
    });
  }
  return operations;
}

/** Moves an issue to `status`: only status labels are touched (remove the old, add the new). */
export function planStatusChange(
  repo: RepoRef,
  issue: { number: number; topicId: string; labels: readonly string[] },
  status: TopicStatus,
): Operation[] {
  const others = issue.labels.filter((name) => !isStatusLabel(name));
  return planLabelChanges(repo, issue, issue.labels, [...others, STATUS_LABELS[status].name], isStatusLabel);
}
