// Reads what was posted before: every daily comment on the practice issue, oldest first.
import type { GitHubClient, RepoRef } from "../github/client.js";
import type { DailyEntry } from "./marker.js";
import { parseDailyComment } from "./marker.js";

interface RestComment {
  id: number;
  body?: string | null;
  html_url: string;
}

/** ceil(comments / 100) list requests. */
export async function readDailyHistory(
  github: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
): Promise<DailyEntry[]> {
  const comments = await github.paginate<RestComment>(
    "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
    {
      ...repo,
      issue_number: issueNumber,
      per_page: 100,
    },
  );
  const entries: DailyEntry[] = [];
  for (const comment of comments) {
    const entry = parseDailyComment(comment.body);
    if (entry) entries.push({ ...entry, commentId: comment.id, commentUrl: comment.html_url });
  }
  return entries;
}
