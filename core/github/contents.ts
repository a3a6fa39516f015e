// Reading a file through the Contents API: how the app and the Action see roadmap.yml
// on the default branch (or a pull request's head) without a checkout.
import type { GitHubClient, RepoRef } from "./client.js";

export interface RepoFile {
  bytes: Uint8Array;
  /** The blob sha, needed to update the file. */
  sha: string;
}

/**
 * "notes/c#/a b.md" -> "notes/c%23/a%20b.md", for the `{+path}` of a Contents API route:
 * `+` keeps the slashes (a %2F path 404s for some tokens, octokit.js#2422) but would also
 * leave "#" and "?" as they are, cutting the URL short; so each segment is encoded first
 * (octokit keeps an existing %XX as it is).
 */
export function encodeRepoPath(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

function isNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { status?: unknown }).status === 404;
}

/** The file's bytes and sha, or undefined when it does not exist at that ref. */
export async function readRepoFile(
  github: GitHubClient,
  repo: RepoRef,
  path: string,
  ref?: string,
): Promise<RepoFile | undefined> {
  try {
    const { data } = await github.request<{
      type?: string;
      content?: string;
      encoding?: string;
      sha: string;
    }>("GET /repos/{owner}/{repo}/contents/{+path}", {
      ...repo,
      path: encodeRepoPath(path),
      ...(ref ? { ref } : {}),
    });
    if (data.type !== "file" || data.content === undefined) return undefined;
    // Files over 1 MB come back with encoding "none" and no content: the validator's own
    // size limit is 1 MB, so say so rather than validating an empty string.
    if (data.encoding !== "base64")
      throw new Error(`${path} is larger than 1 MB: the roadmap file must be under 1 MB`);
    return { bytes: new Uint8Array(Buffer.from(data.content, "base64")), sha: data.sha };
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}
