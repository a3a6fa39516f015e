// The roadmap as the repository holds it on GitHub (default branch, a push's commit or a
// pull request's head), read through the Contents API and validated before anything else.
import { readRepoFile } from "../github/contents.js";
import type { GitHubClient, RepoRef } from "../github/client.js";
import type { ValidationResult } from "./validate-roadmap.js";
import { validateRoadmap } from "./validate-roadmap.js";

export const DEFAULT_ROADMAP_PATH = "roadmap/roadmap.yml";

export type RemoteRoadmap = { found: false } | { found: true; result: ValidationResult };

export async function readRemoteRoadmap(
  github: GitHubClient,
  repo: RepoRef,
  path: string = DEFAULT_ROADMAP_PATH,
  ref?: string,
): Promise<RemoteRoadmap> {
  const file = await readRepoFile(github, repo, path, ref);
  if (!file) return { found: false };
  return { found: true, result: validateRoadmap(file.bytes, path) };
}
