// pull_request events for study notes: the payload as GitHub sent it goes to core's
// handler, under the repository lock for every action. A merge edits topic issues, so it
// waits for any sync of the same repository (and a sync waits for it); and two deliveries
// for one pull request (opened, then a push a second later) must not both find no summary
// comment and both post one.
import type { GitHubClient, Logger, RepoRef } from "../../core/github/client.js";
import type { NotesResult } from "../../core/notes/result.js";
import { handleNotesPullRequest } from "../../core/notes/pr-event.js";
import type { PullRequestPayload } from "../../core/notes/pull-request.js";
import type { RepoLock } from "../repo-lock.js";

export interface NotesPullDeps {
  github: GitHubClient;
  repo: RepoRef;
  log: Logger;
  lock: RepoLock;
  roadmapPath: string;
}

export async function notesPullRequest(
  deps: NotesPullDeps,
  payload: PullRequestPayload,
): Promise<NotesResult> {
  const { lock, ...core } = deps;
  const key = `${deps.repo.owner}/${deps.repo.repo}`.toLowerCase();
  return lock.run(key, () => handleNotesPullRequest(core, payload));
}
