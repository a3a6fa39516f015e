// pull_request events for study notes: the payload as GitHub sent it goes to core's
// handler, under the repository lock for every action. A merge edits topic issues, so it
// waits for any sync of the same repository (and a sync waits for it); and two deliveries
// for one pull request (opened, then a push a second later) must not both find no summary
// comment and both post one.
import type { RepoScope } from "../../core/github/scope.js";
import { handleNotesPullRequest } from "../../core/notes/pr-event.js";
import type { PullRequestPayload } from "../../core/notes/pull-request.js";
import type { NotesResult } from "../../core/notes/result.js";
import type { RepoLock } from "../repo-lock.js";

export async function notesPullRequest(
  scope: RepoScope,
  lock: RepoLock,
  roadmapPath: string,
  payload: PullRequestPayload,
): Promise<NotesResult> {
  const key = `${scope.repo.owner}/${scope.repo.repo}`.toLowerCase();
  return lock.run(key, () => handleNotesPullRequest(scope, payload, { roadmapPath }));
}
