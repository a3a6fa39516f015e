// Spaced review, run by the daily step: each done topic with a review day today
// (core/issues/reviews.ts) gets one comment on its issue listing its focus items. One per
// date: the issue's trusted comments are read first (a hidden marker says which date a
// review comment is for), so a re-run the same day writes nothing. Requests per due topic:
// ceil(comments / 100) reads and at most one write; none at all when nothing is due.
import { applyOperations } from "../github/plan/apply.js";
import type { Operation } from "../github/plan/operation.js";
import type { RepoScope } from "../github/scope.js";
import { listTrustedComments } from "../github/trusted-comments.js";
import type { DueReview } from "../issues/reviews.js";
import { dueReviews, renderReviewComment, reviewDateOf } from "../issues/reviews.js";
import type { TopicIssue } from "../issues/topic-issues.js";
import type { Roadmap } from "../model/schema.js";

export interface ReviewsInput {
  roadmap: Roadmap;
  /** Every topic issue (the run's read). */
  issues: readonly TopicIssue[];
  /** YYYY-MM-DD. */
  today: string;
  /** IANA time zone of `today` (default UTC). */
  timeZone?: string;
}

export interface ReviewsResult {
  due: DueReview[];
  /** The comments written (in a dry run: that would be). */
  operations: Operation[];
  /** Due topics whose review for today was already posted. */
  already: DueReview[];
}

export async function postReviews(scope: RepoScope, input: ReviewsInput): Promise<ReviewsResult> {
  const due = dueReviews(input.roadmap, input.issues, input.today, input.timeZone);
  const operations: Operation[] = [];
  const already: DueReview[] = [];
  for (const review of due) {
    const comments = await listTrustedComments(scope.github, scope.repo, review.issue.number);
    if (comments.some((comment) => reviewDateOf(comment.body) === review.date)) {
      scope.log.info(`#${review.issue.number}: the review for ${review.date} is already posted`);
      already.push(review);
      continue;
    }
    operations.push({
      kind: "comment",
      topicId: review.topic.id,
      summary: `#${review.issue.number}: review ${review.topic.id}, ${review.day} day${review.day === 1 ? "" : "s"} after closing`,
      route: "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
      params: { ...scope.repo, issue_number: review.issue.number, body: renderReviewComment(review) },
    });
  }
  await applyOperations(scope, operations);
  return { due, operations, already };
}
