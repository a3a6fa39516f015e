// Comments the roadmap keeps on issues and pull requests, found again by a hidden marker
// (never by author or position), so a repeated event edits the one comment it owns
// instead of adding another.
import type { GitHubClient, RepoRef } from "../github/client.js";
import type { Operation } from "../sync/operations.js";

export interface RestComment {
  id: number;
  body?: string | null;
  html_url?: string;
}

/** Every comment of an issue or pull request (they share the issues endpoint), 100 per page. */
export async function listComments(
  github: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
): Promise<RestComment[]> {
  const comments = await github.paginate<RestComment>("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
    ...repo,
    issue_number: issueNumber,
    per_page: 100,
  });
  return comments.map(({ id, body, html_url }) => ({ id, body: body ?? "", ...(html_url ? { html_url } : {}) }));
}

/** Bodies come back from GitHub's editor with CRLF: not a change worth a write. */
function sameText(a: string, b: string): boolean {
  return a.replace(/\r\n/g, "\n").trimEnd() === b.replace(/\r\n/g, "\n").trimEnd();
}

/** POST when there is no comment yet, PATCH when its text changed, nothing otherwise. */
export function planComment(
  repo: RepoRef,
  issueNumber: number,
  existing: RestComment | undefined,
  body: string,
  what: string,
): Operation[] {
  if (!existing) {
    return [
      {
        kind: "comment",
        summary: `#${issueNumber}: comment ${what}`,
        route: "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
        params: { ...repo, issue_number: issueNumber, body },
      },
    ];
  }
  if (sameText(existing.body ?? "", body)) return [];
  return [
    {
      kind: "comment",
      summary: `#${issueNumber}: update the comment ${what}`,
      route: "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",
      params: { ...repo, comment_id: existing.id, body },
    },
  ];
}
