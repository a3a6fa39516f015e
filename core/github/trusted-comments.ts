// Reading back the comments the roadmap wrote on an issue or pull request. Each carries a
// hidden marker (the daily entry, the notes summary, "notes merged in #N"), and the marker
// decides what a run does: skip today's post, count a streak, stop a merge as applied. On
// a public repository anyone can post a comment with the same text, and any bot account
// can too, so only the authors `Trust` accepts count (core/github/write-access.ts): this
// project's own identity (the App's "<slug>[bot]", github-actions[bot] for the Action's
// token) or a person with write or admin permission on the repository.
import type { GitHubClient, RepoRef } from "./client.js";
import type { Trust } from "./write-access.js";
import { defaultTrust } from "./write-access.js";

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

export function isTrustedComment(comment: RestComment, trust: Trust): Promise<boolean> {
  return trust.trusts({
    login: comment.user?.login ?? null,
    type: comment.user?.type ?? null,
    association: comment.author_association ?? null,
  });
}

/**
 * The comments by trusted authors on an issue or pull request (they share the issues
 * endpoint), oldest first: ceil(all comments / 100) list requests, plus one permission
 * read per person with a write-capable association whom `trust` has not asked about yet.
 */
export async function listTrustedComments(
  github: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
  trust: Trust = defaultTrust(github, repo),
): Promise<TrustedComment[]> {
  const comments = await github.paginate<RestComment>(
    "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
    {
      ...repo,
      issue_number: issueNumber,
      per_page: 100,
    },
  );
  const trusted: TrustedComment[] = [];
  // Serial: the permission reads are at most one per author, and GitHub asks for no bursts.
  for (const { id, body, html_url, ...author } of comments) {
    if (!(await isTrustedComment({ id, ...author }, trust))) continue;
    trusted.push({ id, body: body ?? "", ...(html_url ? { html_url } : {}) });
  }
  return trusted;
}
