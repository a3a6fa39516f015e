// Reading a file through the Contents API: how the app and the Action see roadmap.yml
// on the default branch (or a pull request's head), the README before it is rewritten and
// a pull request's notes, without a checkout.
import type { GitHubClient, RepoRef } from "./client.js";
import { isNotFound } from "./errors.js";

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

/** What the Contents API has at a path: a file, nothing, something else, or a file it would not send. */
export type ContentsRead =
  | { state: "file"; file: RepoFile }
  | { state: "missing" }
  /** A directory, a symlink or a submodule. */
  | { state: "not-a-file" }
  /** Over 1 MB the Contents API sends no content ("encoding": "none"). */
  | { state: "too-large" };

/** One GET; a 404 is "missing", any other error is thrown. */
export async function readContents(
  github: GitHubClient,
  repo: RepoRef,
  path: string,
  ref?: string,
): Promise<ContentsRead> {
  try {
    const { data } = await github.request<
      { type?: string; content?: string; encoding?: string; sha: string } | unknown[]
    >("GET /repos/{owner}/{repo}/contents/{+path}", {
      ...repo,
      path: encodeRepoPath(path),
      ...(ref ? { ref } : {}),
    });
    if (Array.isArray(data) || data.type !== "file" || data.content === undefined) {
      return { state: "not-a-file" };
    }
    if (data.encoding !== "base64") return { state: "too-large" };
    return {
      state: "file",
      file: { bytes: new Uint8Array(Buffer.from(data.content, "base64")), sha: data.sha },
    };
  } catch (error) {
    if (isNotFound(error)) return { state: "missing" };
    throw error;
  }
}

/** The file's bytes and sha, or undefined when there is no file at that path and ref. */
export async function readRepoFile(
  github: GitHubClient,
  repo: RepoRef,
  path: string,
  ref?: string,
): Promise<RepoFile | undefined> {
  const read = await readContents(github, repo, path, ref);
  // The validator's own size limit is 1 MB: say so rather than validating an empty string.
  if (read.state === "too-large") {
    throw new Error(`${path} is larger than 1 MB, more than the Contents API returns: keep it under 1 MB`);
  }
  return read.state === "file" ? read.file : undefined;
}
