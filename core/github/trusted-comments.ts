// Reading back the comments the roadmap wrote on an issue or pull request. Each carries a
// hidden marker (the daily entry, the notes summary, "notes merged in #N"), and the marker
// decides what a run does: skip today's post, count a streak, stop a merge as applied. On
// a public repository anyone can post a comment with the same text, so only trusted
// authors count:
// - a bot: the app's own (as "<app>[bot]") and github-actions[bot]'s (GITHUB_TOKEN) both
//   have the REST user type "Bot";
// - a person with write access (REST author_association OWNER, MEMBER or COLLABORATOR):
//   a personal access token passed as the Action's `token:` writes as its owner, a "User",
//   and such a person could change the repository anyway.
// Everyone else (CONTRIBUTOR, FIRST_TIME_CONTRIBUTOR, NONE, ...) is left out.
import type { GitHubClient, RepoRef } from "./client.js";

export interface RestComment {
  id: number;
  body?: string | null;
  html_url?: string;
  /** null for a deleted account ("ghost"). */
  user?: { login?: string; type?: string } | null;
  /** How the author is associated with the repository, e.g. "OWNER" or "NONE". */
  author_association?: string;
}

/** A comment as the roadmap reads it: by a trusted author, body never null. */
export interface TrustedComment {
  id: number;
  body: string;
  html_url?: string;
}

/** The associations of people who can write to the repository. */
const WRITERS = new Set(["OWNER", "MEMBER", "COLLABORATOR"]);

export function isTrustedComment(comment: RestComment): boolean {
  return comment.user?.type === "Bot" || WRITERS.has(comment.author_association ?? "");
}

/**
 * The comments by trusted authors (a bot, or someone with write access) on an issue or
 * pull request (they share the issues endpoint), oldest first: ceil(all comments / 100)
 * list requests.
 */
export async function listTrustedComments(
  github: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
): Promise<TrustedComment[]> {
  const comments = await github.paginate<RestComment>(
    "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
    {
      ...repo,
      issue_number: issueNumber,
      per_page: 100,
    },
  );
  return comments
    .filter(isTrustedComment)
    .map(({ id, body, html_url }) => ({ id, body: body ?? "", ...(html_url ? { html_url } : {}) }));
}
