// The one Octokit set-up for the Action and the CLI: @actions/github's getOctokit with
// the throttling and retry plugins (Probot has both built in). Requests go through the
// global fetch, so tests see them with nock.
import { getOctokit } from "@actions/github";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import type { GitHubClient, Logger } from "../core/github/client.js";
import { asGitHubClient } from "../core/github/client.js";

/** Retries only what a retry can fix: never a refusal, a missing thing, or a 409 sha conflict. */
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 451];

export interface OctokitOptions {
  log: Logger;
  /** GITHUB_API_URL; getOctokit reads it from the environment when omitted. */
  baseUrl?: string;
  /** Tests set 0 so a failure is reported at once. */
  retries?: number;
}

export function createOctokit(token: string, options: OctokitOptions) {
  const { log } = options;
  return getOctokit(
    token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      request: {
        fetch: globalThis.fetch,
        ...(options.retries !== undefined ? { retries: options.retries } : {}),
      },
      retry: { doNotRetry: DO_NOT_RETRY },
      throttle: {
        onRateLimit: (
          retryAfter: number,
          request: { method: string; url: string },
          _octokit: unknown,
          retryCount: number,
        ) => {
          log.warn(
            `rate limit hit on ${request.method} ${request.url}; ${retryCount < 2 ? `retrying in ${retryAfter}s` : "giving up"}`,
          );
          return retryCount < 2;
        },
        onSecondaryRateLimit: (
          retryAfter: number,
          request: { method: string; url: string },
          _octokit: unknown,
          retryCount: number,
        ) => {
          log.warn(
            `secondary rate limit on ${request.method} ${request.url}; ${retryCount < 1 ? `retrying in ${retryAfter}s` : "giving up"}`,
          );
          return retryCount < 1;
        },
      },
    },
    throttling,
    retry,
  );
}

export function createGitHubClient(token: string, options: OctokitOptions): GitHubClient {
  return asGitHubClient(createOctokit(token, options));
}
