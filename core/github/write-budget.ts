// GitHub's limits on one run, as core/ sees them: a write budget (like actions/stale's
// operations-per-run) and the rate limits GitHub answers with. When either says "enough",
// the run stops cleanly with `RunStopped`: what is done stays done, the plan is idempotent,
// and the next run continues from what GitHub then holds. Never a failed job, never a
// duplicate.
//
// GitHub's documented limits ("Rate limits for the REST API"): no more than 80
// content-creating requests a minute and 500 an hour; a GITHUB_TOKEN has 1,000 requests an
// hour per repository. Every write (POST, PATCH, PUT, DELETE, a GraphQL mutation) counts
// against the budget: content-creating requests are a subset, so a budget of 400 keeps a
// run under 500 an hour, and 400 writes plus a run's reads under the token's 1,000.
import type { GitHubClient, GitHubResponse, RequestParams } from "./client.js";
import { statusOf } from "./errors.js";

/** The default budget: a margin under GitHub's 500 content-creating requests an hour. */
export const DEFAULT_MAX_WRITES = 400;
/** A secondary limit asking to wait longer than this ends the run instead of waiting. */
export const MAX_WAIT_SECONDS = 60;

export type StopReason = "budget" | "rate-limit";

/** The run stops here, cleanly: the next run continues. */
export class RunStopped extends Error {
  constructor(
    readonly reason: StopReason,
    message: string,
    /** Seconds GitHub asked to wait (rate-limit), when it said. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "RunStopped";
  }
}

export function isRunStopped(error: unknown): error is RunStopped {
  return error instanceof RunStopped;
}

/** The writes one run may send: counted across every step of the run. */
export class WriteBudget {
  private used = 0;
  constructor(readonly max: number = DEFAULT_MAX_WRITES) {}

  get spent(): number {
    return this.used;
  }

  get remaining(): number {
    return Math.max(0, this.max - this.used);
  }

  /** Takes one write, or throws RunStopped when the budget is spent (nothing is sent). */
  take(what: string): void {
    if (this.used >= this.max) {
      throw new RunStopped(
        "budget",
        `the write budget of this run is spent (${this.max} writes, max-writes) before ${what}`,
      );
    }
    this.used++;
  }
}

interface ErrorShape {
  message?: string;
  response?: { headers?: Record<string, string | number | undefined> };
}

/**
 * A rate-limit answer (403 or 429 with "rate limit" in its message, a retry-after header,
 * or no requests remaining) and the seconds GitHub asked to wait, or undefined for any
 * other error.
 */
export function rateLimitOf(error: unknown, now = Date.now()): { retryAfterSeconds?: number } | undefined {
  const status = statusOf(error);
  if (status !== 403 && status !== 429) return undefined;
  const shape = error as ErrorShape;
  const headers = shape.response?.headers ?? {};
  const retryAfter = Number(headers["retry-after"]);
  const remaining = headers["x-ratelimit-remaining"];
  const limited =
    /rate limit/i.test(shape.message ?? "") || Number.isFinite(retryAfter) || String(remaining) === "0";
  if (!limited) return undefined;
  if (Number.isFinite(retryAfter) && retryAfter > 0) return { retryAfterSeconds: retryAfter };
  const reset = Number(headers["x-ratelimit-reset"]);
  if (String(remaining) === "0" && Number.isFinite(reset)) {
    return { retryAfterSeconds: Math.max(0, Math.ceil(reset - now / 1000)) };
  }
  return {};
}

function isWrite(route: string): boolean {
  return !/^(GET|HEAD) /.test(route);
}

/** The RunStopped for a rate-limit answer (see rateLimitOf) to a request on `route`. */
export function stoppedByLimit(limit: { retryAfterSeconds?: number }, route: string): RunStopped {
  const wait =
    limit.retryAfterSeconds === undefined
      ? ""
      : ` (retry after ${Math.ceil(limit.retryAfterSeconds / 60)} min)`;
  return new RunStopped(
    "rate-limit",
    `GitHub answered a rate limit${wait} to ${route.split(" ")[0]}`,
    limit.retryAfterSeconds,
  );
}

/**
 * The client with the run's limits: each write takes one from the budget before it is sent,
 * and a rate-limit answer the client did not wait out (octokit/create-client.ts waits up to
 * a minute) ends the run with RunStopped instead of failing it.
 */
export function withRunLimits(github: GitHubClient, budget: WriteBudget): GitHubClient {
  const guard = async <T>(route: string, send: () => Promise<T>): Promise<T> => {
    try {
      return await send();
    } catch (error) {
      const limit = rateLimitOf(error);
      throw limit ? stoppedByLimit(limit, route) : error;
    }
  };
  return {
    request: async <T>(route: string, params?: RequestParams): Promise<GitHubResponse<T>> => {
      if (isWrite(route)) budget.take(route);
      return guard(route, () => github.request<T>(route, params));
    },
    paginate: <T>(route: string, params?: RequestParams) =>
      guard(route, () => github.paginate<T>(route, params)),
    graphql: async <T>(query: string, variables?: RequestParams) => {
      if (/^\s*mutation\b/.test(query)) budget.take("a GraphQL mutation");
      return guard("POST /graphql", () => github.graphql<T>(query, variables));
    },
  };
}
