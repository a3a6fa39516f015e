// The one Octokit set-up for everything that runs with a token (the CLI and the Action):
// @actions/github's client plus the throttling and retry plugins (Probot has its own).
// fetch is the global one on purpose: it is what nock sees, so tests run this same code.
import { getOctokit } from "@actions/github";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import type { GitHubClient, Logger } from "../core/github/client.js";
import { asGitHubClient } from "../core/github/client.js";

export const DEFAULT_API_URL = "https://api.github.com";

export interface OctokitOptions {
  token: string;
  baseUrl?: string;
  log: Logger;
  /** Retries on 5xx / rate limits; tests set 0 so a failure shows at once. */
  retries?: number;
}

interface ThrottledRequest {
  method: string;
  url: string;
}

export function createOctokit(options: OctokitOptions) {
  const retries = options.retries ?? 3;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: ThrottledRequest, _octokit: unknown, retryCount: number) => {
      options.log.warn(`${kind} hit on ${request.method} ${request.url}: retrying in ${retryAfter}s`);
      return retryCount < retries;
    };
  return getOctokit(
    options.token,
    {
      // GITHUB_API_URL may end in a slash (a hand-set Enterprise URL): Octokit would then
      // ask for …/api/v3//repos/…, which GitHub answers with 404.
      baseUrl: (options.baseUrl ?? DEFAULT_API_URL).replace(/\/+$/, ""),
      // No `retries` here: plugin-retry retries any failed request whose options carry
      // request.retries, even a 404 or 409 its doNotRetry list excludes.
      request: { fetch: globalThis.fetch },
      // 409 added to the plugin's defaults: a stale sha needs a fresh read (commit-file does that), not the same PUT again.
      retry: { enabled: retries > 0, retries, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451] },
      throttle: {
        enabled: retries > 0,
        onRateLimit: onLimit("rate limit"),
        onSecondaryRateLimit: onLimit("secondary rate limit"),
      },
    },
    throttling,
    retry,
  );
}

export function createGitHubClient(options: OctokitOptions): GitHubClient {
  return asGitHubClient(createOctokit(options));
}
