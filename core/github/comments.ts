// Reading back the comments the roadmap wrote on an issue or pull request. Each carries a
// hidden marker (the daily entry, the notes summary, "notes merged in #N"), and the marker
// decides what a run does: skip today's post, count a streak, stop a merge as applied. On
// a public repository anyone can post a comment with the same text, so only comments a bot
// wrote count: the app's own (as "<app>[bot]") and github-actions[bot]'s (GITHUB_TOKEN)
// both have the REST user type "Bot"; a person's account is a "User".
import type { GitHubClient, RepoRef } from "./client.js";

export interface RestComment {
  id: number;
  body?: string | null;
  html_url?: string;
  /** null for a deleted account ("ghost"). */
  user?: { login?: string; type?: string } | null;
}

/** A comment as the roadmap reads it: written by a bot, body never null. */
export interface BotComment {
  id: number;
  body: string;
  html_url?: string;
}

export function isBotComment(comment: RestComment): boolean {
  return comment.user?.type === "Bot";
}

/**
 * The comments bots wrote on an issue or pull request (they share the issues endpoint),
 * oldest first: ceil(all comments / 100) list requests.
 */
export async function listBotComments(
  github: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
): Promise<BotComment[]> {
  const comments = await github.paginate<RestComment>(
    "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
    {
      ...repo,
      issue_number: issueNumber,
      per_page: 100,
    },
  );
  return comments
    .filter(isBotComment)
    .map(({ id, body, html_url }) => ({ id, body: body ?? "", ...(html_url ? { html_url } : {}) }));
}
