// Comments the roadmap keeps on issues and pull requests, found again by a hidden marker
// in a trusted author's comment (core/github/trusted-comments.ts lists only those), so a repeated
// event edits the one comment it owns instead of adding another.
import type { TrustedComment } from "../trusted-comments.js";
import type { RepoRef } from "../client.js";
import type { Operation } from "./operation.js";

/** Bodies come back from GitHub's editor with CRLF: not a change worth a write. */
function sameText(a: string, b: string): boolean {
  return a.replace(/\r\n/g, "\n").trimEnd() === b.replace(/\r\n/g, "\n").trimEnd();
}

/** POST when there is no comment yet, PATCH when its text changed, nothing otherwise. */
export function planComment(
  repo: RepoRef,
  issueNumber: number,
  existing: TrustedComment | undefined,
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
  if (sameText(existing.body, body)) return [];
  return [
    {
      kind: "comment",
      summary: `#${issueNumber}: update the comment ${what}`,
      route: "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",
      params: { ...repo, comment_id: existing.id, body },
    },
  ];
}
