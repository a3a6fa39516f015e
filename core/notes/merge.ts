// A notes pull request was merged into the default branch: each topic it has notes for
// moves from todo to in progress, gets the covered focus items ticked and one comment
// linking the merged notes; a topic the PR completes is closed (for "Completes #N") and
// labelled done. The PR's own comment is then marked as merged, so a repeated event stops
// after two reads; if an earlier run stopped half way, each topic's comment marker and
// the issues' current state keep the rerun from writing anything twice.
//
// GitHub's issue update is unconditional: a body PATCH replaces whatever is there. With
// writes throttled (about one a second) a topic's PATCH could come tens of seconds after
// the issue list was read, and a tick the learner made in between would be lost. So each
// topic whose body the merge changes is read again right before its writes are planned,
// and its writes go out before the next topic is looked at: the window shrinks to that
// topic's own label writes.
import { listTrustedComments } from "../github/trusted-comments.js";
import { allTopics } from "../model/roadmap.js";
import { applyOperations } from "../github/plan/apply.js";
import type { Operation } from "../github/plan/operation.js";
import { DEFAULT_ROADMAP_PATH } from "../validate/read-from-github.js";
import type { RestIssue, TopicIssue } from "../issues/topic-issues.js";
import { toTopicIssue } from "../issues/topic-issues.js";
import { analyzeNotes } from "./analyze.js";
import { authorClosingRefs } from "./closing-refs.js";
import { planComment } from "../github/plan/marker-comment.js";
import type { MergeContext, TopicMergeInput, TopicMergePlan } from "./merge-plan.js";
import { planTopicMerge, topicCommentMarker } from "./merge-plan.js";
import { readNotesRoadmap } from "./roadmap-for-notes.js";
import { isNotesPrComment, NOTES_MERGED_MARKER, renderPrComment } from "./pr-comment.js";
import type { RepoScope } from "../github/scope.js";
import { trustOf } from "../github/scope.js";
import { readLeadIssues } from "../issues/read-issues.js";
import type { NotesOptions, NotesResult } from "./result.js";
import type { PullRequestPayload } from "./pull-request.js";
import { listPullFiles, notesFilesOf, readNotesFiles } from "./read-notes.js";

/**
 * Plans one topic's merge and applies it. When the body changes (ticks), the issue is read
 * again first (one request) and the plan is made from that copy, so a tick made since the
 * issue list was read is kept. Undefined when the issue is no topic issue any more.
 */
async function mergeTopic(
  scope: RepoScope,
  context: MergeContext,
  input: TopicMergeInput,
): Promise<TopicMergePlan | undefined> {
  let plan = planTopicMerge(context, input);
  if (plan.after.body !== input.issue.body) {
    const { data } = await scope.github.request<RestIssue>(
      "GET /repos/{owner}/{repo}/issues/{issue_number}",
      {
        ...scope.repo,
        issue_number: input.issue.number,
      },
    );
    const fresh = toTopicIssue(data);
    if (fresh?.topicId !== input.issue.topicId) {
      scope.log.warn(
        `#${input.issue.number} is no longer the issue of topic ${input.issue.topicId}: left as it is`,
      );
      return undefined;
    }
    plan = planTopicMerge(context, { ...input, issue: fresh });
  }
  await applyOperations(scope, plan.operations);
  return plan;
}

export async function handleNotesMerge(
  scope: RepoScope,
  payload: PullRequestPayload,
  options: NotesOptions = {},
): Promise<NotesResult> {
  const pull = payload.pull_request;
  const { repo } = scope;
  if (!pull.merged || !pull.merge_commit_sha) return { skipped: "not merged", operations: [] };
  const defaultBranch = payload.repository.default_branch;
  // GitHub only acts on closing keywords for the default branch; notes elsewhere are not "in" yet.
  if (defaultBranch && pull.base.ref !== defaultBranch) {
    return { skipped: `merged into ${pull.base.ref}, not the default branch`, operations: [] };
  }
  const refs = await authorClosingRefs(scope, pull.body, pull);
  const files = await listPullFiles(scope.github, repo, pull.number);
  const notesPaths = notesFilesOf(files);
  if (notesPaths.length === 0 && refs.completes.length === 0) {
    return { skipped: "no notes files and nothing to complete", operations: [] };
  }

  const existing = (await listTrustedComments(scope.github, repo, pull.number, trustOf(scope))).find(
    (comment) => isNotesPrComment(comment.body),
  );
  if (existing?.body?.includes(NOTES_MERGED_MARKER))
    return { skipped: "merge already applied", operations: [] };

  const mergeSha = pull.merge_commit_sha;
  const roadmapPath = options.roadmapPath ?? DEFAULT_ROADMAP_PATH;
  const roadmap = await readNotesRoadmap(scope.github, repo, roadmapPath, { base: mergeSha });
  if (roadmap.state !== "ok") {
    const reason = roadmap.state === "missing" ? `no ${roadmapPath} at the merge commit` : roadmap.reason;
    scope.log.warn(`#${pull.number} merged: ${reason}, nothing done`);
    return { skipped: reason, operations: [] };
  }
  const analysis = analyzeNotes(
    roadmap.roadmap,
    await readNotesFiles(scope.github, repo, notesPaths, mergeSha),
  );
  const issues = await readLeadIssues(scope.github, scope.repo);
  const byNumber = new Map([...issues.values()].map((issue) => [issue.number, issue]));

  const context: MergeContext = {
    repo,
    pullNumber: pull.number,
    mergeSha,
    repoUrl: payload.repository.html_url ?? `https://github.com/${repo.owner}/${repo.repo}`,
  };
  const completion = (issue: TopicIssue): TopicMergeInput["completion"] =>
    refs.closes.includes(issue.number)
      ? "github-closes"
      : refs.completes.includes(issue.number)
        ? "completes"
        : undefined;

  const operations: Operation[] = [];
  const after = new Map(issues);
  const handled = new Set<number>();
  const marker = topicCommentMarker(pull.number);
  for (const { placed, files: topicFiles, focus } of analysis.topics) {
    const issue = issues.get(placed.topic.id);
    if (!issue) {
      scope.log.info(`topic ${placed.topic.id} has no issue yet: its notes are linked after the next sync`);
      continue;
    }
    handled.add(issue.number);
    const comments = await listTrustedComments(scope.github, repo, issue.number, trustOf(scope));
    const plan = await mergeTopic(scope, context, {
      issue,
      topic: placed.topic,
      notes: { files: topicFiles, focus },
      completion: completion(issue),
      commented: comments.some((comment) => comment.body?.includes(marker)),
    });
    if (!plan) continue;
    operations.push(...plan.operations);
    after.set(placed.topic.id, plan.after);
  }
  // Topics the PR completes without notes for them: labels and state only, the body stays.
  for (const number of [...refs.closes, ...refs.completes]) {
    const issue = byNumber.get(number);
    if (!issue || handled.has(number)) continue;
    const topic = allTopics(roadmap.roadmap).find((placed) => placed.topic.id === issue.topicId)?.topic;
    if (!topic) continue;
    const plan = await mergeTopic(scope, context, {
      issue,
      topic,
      completion: completion(issue),
      commented: true,
    });
    if (!plan) continue;
    operations.push(...plan.operations);
    after.set(issue.topicId, plan.after);
  }

  const body = renderPrComment({
    analysis,
    issues: after,
    completes: [...refs.closes, ...refs.completes],
    merged: { branch: pull.base.ref },
  });
  // Last, so a run that stops half way is redone in full (each step above is idempotent).
  const marking = planComment(repo, pull.number, existing, body, "marking the notes as merged");
  await applyOperations(scope, marking);
  operations.push(...marking);
  return { analysis, operations };
}
