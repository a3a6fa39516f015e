// Reads what was posted before: every daily comment on the practice issue, oldest first.
// Only trusted comments count (a bot's or a writer's, see core/github/trusted-comments.ts): anyone
// could post a comment with a daily marker and suppress a day's problem or fake a streak.
import type { GitHubClient, RepoRef } from "../github/client.js";
import { listTrustedComments } from "../github/trusted-comments.js";
import type { Trust } from "../github/write-access.js";
import type { DailyEntry } from "./daily-marker.js";
import { parseDailyComment } from "./daily-marker.js";

/** ceil(comments / 100) list requests. */
export async function readDailyHistory(
  github: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
  trust?: Trust,
): Promise<DailyEntry[]> {
  const entries: DailyEntry[] = [];
  for (const comment of await listTrustedComments(github, repo, issueNumber, trust)) {
    const entry = parseDailyComment(comment.body);
    if (entry) {
      entries.push({
        ...entry,
        commentId: comment.id,
        ...(comment.html_url ? { commentUrl: comment.html_url } : {}),
      });
    }
  }
  return entries;
}
