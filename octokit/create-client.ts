// The one Octokit set-up for everything that runs with a token (the CLI and the Action):
// @actions/github's client plus the throttling and retry plugins (Probot has its own).
// fetch is the global one on purpose: it is what nock sees, so tests run this same code.
//
// Pacing, as GitHub's "best practices for using the REST API" ask: writes one at a time,
// at least 1 s apart (octokit/pace.ts replaces the plugin's write lane); the plugin's extra
// 3 s lane for requests that notify (issues, comments) only once GitHub has answered a
// secondary rate limit in this run. A rate limit asking to wait up to a minute is waited
// out; a longer one is handed to core/github/write-budget.ts, which ends the run cleanly.
import { getOctokit } from "@actions/github";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import type { GitHubClient, Logger } from "../core/github/client.js";
import { asGitHubClient } from "../core/github/client.js";
import { MAX_WAIT_SECONDS } from "../core/github/write-budget.js";
import type { PaceClock } from "./pace.js";
import { pacedLane, realClock } from "./pace.js";

export const DEFAULT_API_URL = "https://api.github.com";
/** GitHub's floor between writes. */
export const WRITE_INTERVAL_MS = 1000;
/** The plugin's notifications lane, used once a secondary limit was met. */
export const NOTIFY_INTERVAL_MS = 3000;
/** No answer within this is a lost answer (octokit reports it as a 500). */
export const REQUEST_TIMEOUT_MS = 30_000;
/** Before the API has answered once: no answer within this means it cannot be reached. */
export const FIRST_CONTACT_MS = 10_000;

/** The request never reached an API: refused, no such host, a bad URL, or no answer in time. */
function isConnectFailure(error: unknown): boolean {
  const failure = error as {
    name?: string;
    code?: string;
    message?: string;
    cause?: { code?: string; message?: string };
  };
  if (failure?.name === "TimeoutError") return true;
  const code = failure?.cause?.code ?? failure?.code;
  if (
    code &&
    [
      "ECONNREFUSED",
      "ENOTFOUND",
      "EAI_AGAIN",
      "ERR_INVALID_URL",
      "EHOSTUNREACH",
      "ENETUNREACH",
      "UND_ERR_CONNECT_TIMEOUT",
    ].includes(code)
  )
    return true;
  return /invalid url|bad port/i.test(`${failure?.message ?? ""} ${failure?.cause?.message ?? ""}`);
}

export interface OctokitOptions {
  token: string;
  baseUrl?: string;
  log: Logger;
  /** Retries on 5xx / rate limits; tests set 0 so a failure shows at once. */
  retries?: number;
  /**
   * Milliseconds per second of waiting (between writes, before a retry, for a retry-after):
   * 1000 for real; tests pass 0 so nothing waits, and nothing is timed.
   */
  msPerSecond?: number;
  clock?: PaceClock;
  timeoutMs?: number;
}

interface ThrottledRequest {
  method: string;
  url: string;
}

const NOTIFYING = [/^\/repos\/[^/]+\/[^/]+\/issues$/, /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/];

export function createOctokit(options: OctokitOptions) {
  const retries = options.retries ?? 3;
  const scale = (options.msPerSecond ?? 1000) / 1000;
  const clock = options.clock ?? realClock;
  const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
  let secondaryLimitMet = false;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: ThrottledRequest, _octokit: unknown, retryCount: number) => {
      if (kind === "secondary rate limit") secondaryLimitMet = true;
      if (retryAfter > MAX_WAIT_SECONDS) {
        options.log.warn(
          `${kind} hit on ${request.method} ${request.url}: GitHub asks to wait ${retryAfter}s, longer than a run waits`,
        );
        return false;
      }
      const retrying = retryCount < retries;
      options.log.warn(
        `${kind} hit on ${request.method} ${request.url}: ${retrying ? `retrying in ${retryAfter}s` : "giving up"}` +
          (kind === "secondary rate limit" ? "; issues and comments now 3 s apart" : ""),
      );
      return retrying;
    };
  // Until the API has answered once, a failure to connect (refused, a name that does not
  // resolve, a bad URL, no answer in FIRST_CONTACT_MS) means the URL is wrong or the API is
  // down: said at once, not retried for a quarter of a minute in silence. It is thrown as an
  // AbortError, the one kind of failure Octokit's retry plugin leaves alone.
  let answered = false;
  // Each retry is announced: the plugin retries silently, so the wrapper notes a request that
  // failed and says so when the same request goes out again.
  const failedBefore = new Map<string, number>();
  const fetchWithTimeout: typeof globalThis.fetch = async (input, init) => {
    const method = init?.method ?? "GET";
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const key = `${method} ${url} ${typeof init?.body === "string" ? init.body.length : ""}`;
    const attempt = failedBefore.get(key);
    if (attempt !== undefined) options.log.warn(`retrying ${method} ${url} (attempt ${attempt})`);
    const timeout = AbortSignal.timeout(answered ? timeoutMs : Math.min(timeoutMs, FIRST_CONTACT_MS));
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    try {
      const response = await globalThis.fetch(input, { ...init, signal });
      answered = true;
      if (response.status >= 500) failedBefore.set(key, (attempt ?? 1) + 1);
      else failedBefore.delete(key);
      return response;
    } catch (error) {
      if (!answered && isConnectFailure(error)) {
        throw Object.assign(new Error(`cannot connect to ${url}`), { name: "AbortError", cause: error });
      }
      failedBefore.set(key, (attempt ?? 1) + 1);
      throw error;
    }
  };
  return getOctokit(
    options.token,
    {
      // GITHUB_API_URL may end in a slash (a hand-set Enterprise URL): Octokit would then
      // ask for …/api/v3//repos/…, which GitHub answers with 404.
      baseUrl: (options.baseUrl ?? DEFAULT_API_URL).replace(/\/+$/, ""),
      // No `retries` here: plugin-retry retries any failed request whose options carry
      // request.retries, even a 404 or 409 its doNotRetry list excludes.
      request: { fetch: fetchWithTimeout },
      // 409 added to the plugin's defaults: a stale sha needs a fresh read (commit-file does that), not the same PUT again.
      retry: {
        enabled: retries > 0,
        retries,
        retryAfterBaseValue: 1000 * scale,
        doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451],
      },
      throttle: {
        enabled: retries > 0,
        retryAfterBaseValue: 1000 * scale,
        fallbackSecondaryRateRetryAfter: MAX_WAIT_SECONDS,
        // Per client, so two clients in one process (tests, the bench) do not share spacing.
        write: pacedLane(() => WRITE_INTERVAL_MS * scale, clock),
        notifications: pacedLane(() => (secondaryLimitMet ? NOTIFY_INTERVAL_MS * scale : 0), clock),
        triggersNotification: (pathname: string) =>
          secondaryLimitMet && NOTIFYING.some((re) => re.test(pathname)),
        onRateLimit: onLimit("rate limit"),
        onSecondaryRateLimit: onLimit("secondary rate limit"),
      } as never,
    },
    throttling,
    retry,
  );
}

export function createGitHubClient(options: OctokitOptions): GitHubClient {
  return asGitHubClient(createOctokit(options));
}
