// A pull_request event for study notes, from the app or the Action alike. Opened,
// reopened and synchronized pull requests get the `notes` label and their topics' section
// labels, the one summary comment and the "roadmap notes" check run; an edited body only
// refreshes the comment; a merge is handed to handleNotesMerge. The PR's files are read as
// data through the API: nothing from the pull request runs, its text is never rewritten.
import type { RepoRef } from "../github/client.js";
import type { Roadmap } from "../model/schema.js";
import { listTrustedComments } from "../github/trusted-comments.js";
import { applyOperations } from "../github/plan/apply.js";
import { sectionLabel } from "../issues/labels.js";
import type { Operation } from "../github/plan/operation.js";
import { DEFAULT_ROADMAP_PATH } from "../validate/read-from-github.js";
import type { TopicIssue } from "../issues/topic-issues.js";
import type { NotesAnalysis } from "./analyze.js";
import { analyzeNotes } from "./analyze.js";
import { notesCheck, postNotesCheck, roadmapUnreadableCheck } from "./notes-check.js";
import { authorClosingRefs, closingRefs } from "./closing-refs.js";
import type { RepoScope } from "../github/scope.js";
import { trustOf } from "../github/scope.js";
import { readLeadIssues } from "../issues/read-issues.js";
import type { NotesOptions, NotesResult } from "./result.js";
import { planComment } from "../github/plan/marker-comment.js";
import { handleNotesMerge } from "./merge.js";
import { readNotesRoadmap } from "./roadmap-for-notes.js";
import { isNotesPrComment, renderPrComment } from "./pr-comment.js";
import type { PullRequestPayload } from "./pull-request.js";
import { NOTES_LABEL, notesPullAction, pullLabels } from "./pull-request.js";
import { listPullFiles, notesFilesOf, readNotesFiles } from "./read-notes.js";

/** Only the labels the PR lacks, in one request; a label is never taken off a pull request. */
export function planPullLabels(
  repo: RepoRef,
  pullNumber: number,
  current: readonly string[],
  analysis: NotesAnalysis,
  labelsFrom?: Roadmap,
): Operation[] {
  if (analysis.files.length === 0) return [];
  // Adding a label the repository lacks creates it: only the base roadmap's section labels.
  const known = new Set((labelsFrom?.sections ?? []).map((section) => sectionLabel(section).name));
  const sections = analysis.topics
    .map(({ placed }) => sectionLabel(placed.section).name)
    .filter((name) => known.has(name));
  const wanted = [NOTES_LABEL, ...sections];
  const have = new Set(current.map((name) => name.toLowerCase()));
  const missing = [...new Set(wanted)].filter((name) => !have.has(name.toLowerCase()));
  if (missing.length === 0) return [];
  return [
    {
      kind: "add-labels",
      summary: `#${pullNumber}: add ${missing.map((name) => `"${name}"`).join(", ")}`,
      route: "POST /repos/{owner}/{repo}/issues/{issue_number}/labels",
      params: { ...repo, issue_number: pullNumber, labels: missing },
    },
  ];
}

function sameRefs(a: ReturnType<typeof closingRefs>, b: ReturnType<typeof closingRefs>): boolean {
  const key = (refs: ReturnType<typeof closingRefs>) =>
    JSON.stringify([[...refs.closes].sort(), [...refs.completes].sort()]);
  return key(a) === key(b);
}

export async function handleNotesPullRequest(
  scope: RepoScope,
  payload: PullRequestPayload,
  options: NotesOptions = {},
): Promise<NotesResult> {
  const what = notesPullAction(payload);
  if (typeof what === "object") return { skipped: what.skip, operations: [] };
  if (what === "merge") return handleNotesMerge(scope, payload, options);

  const pull = payload.pull_request;
  if (what === "comment") {
    // Only the "Merging completes #N" line depends on the body: no change there, no request.
    const before = (payload.changes?.body as { from?: string } | undefined)?.from;
    if (sameRefs(closingRefs(before, scope.repo), closingRefs(pull.body, scope.repo))) {
      return { skipped: "the body edit names no other issue to complete", operations: [] };
    }
  }

  const files = await listPullFiles(scope.github, scope.repo, pull.number);
  const notesPaths = notesFilesOf(files);
  const labels = pullLabels(payload);
  const wasNotesPull = labels.some((name) => name.toLowerCase() === NOTES_LABEL);
  if (notesPaths.length === 0 && !wasNotesPull) return { skipped: "no notes files", operations: [] };

  const roadmapPath = options.roadmapPath ?? DEFAULT_ROADMAP_PATH;
  const roadmap = await readNotesRoadmap(
    scope.github,
    scope.repo,
    roadmapPath,
    { base: pull.base.ref, head: pull.head.sha },
    files,
  );
  if (roadmap.state === "missing")
    return { skipped: `no ${roadmapPath} on ${pull.base.ref}`, operations: [] };
  if (roadmap.state === "invalid") {
    scope.log.warn(roadmap.reason);
    const check = roadmapUnreadableCheck(roadmap.reason);
    if (what === "check") await postNotesCheck(scope, pull.head.sha, check);
    return { skipped: roadmap.reason, check, operations: [] };
  }

  const inputs = await readNotesFiles(scope.github, scope.repo, notesPaths, pull.head.sha);
  const analysis = analyzeNotes(roadmap.roadmap, inputs);
  const issues = analysis.topics.length
    ? await readLeadIssues(scope.github, scope.repo)
    : new Map<string, TopicIssue>();
  const existing = (await listTrustedComments(scope.github, scope.repo, pull.number, trustOf(scope))).find(
    (comment) => isNotesPrComment(comment.body),
  );
  const refs = await authorClosingRefs(scope, pull.body, pull);
  const body = renderPrComment({ analysis, issues, completes: [...refs.closes, ...refs.completes] });

  const operations: Operation[] = [];
  if (what === "check")
    operations.push(...planPullLabels(scope.repo, pull.number, labels, analysis, roadmap.labelsFrom));
  // A PR whose notes were all removed again only updates a comment it already has.
  if (analysis.files.length > 0 || existing) {
    operations.push(...planComment(scope.repo, pull.number, existing, body, "listing the notes' topics"));
  }
  await applyOperations(scope, operations);

  if (what !== "check") return { analysis, operations };
  const check = notesCheck(analysis);
  await postNotesCheck(scope, pull.head.sha, check);
  return { analysis, check, operations };
}
