import { getOctokit } from "@actions/github";
import type { GitHubClient } from "../../core/github/client.js";
import { asGitHubClient } from "../../core/github/client.js";

/** An Octokit like the Action's: global fetch (which nock sees), no retries, no throttling. */
export function testGitHub(token = "test-token"): GitHubClient {
  return asGitHubClient(getOctokit(token, { request: { fetch: globalThis.fetch, retries: 0 } }));
}
