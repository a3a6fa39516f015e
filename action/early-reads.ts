// The first reads of a run, sent while the roadmap is still being parsed and validated
// (runner.ts), so the run waits on GitHub and on the parser at the same time. Only reads go
// out early: they are started through a client that refuses anything else, and nothing is
// written before the whole input is known valid. The step that needs a read then sends the
// same request as before and gets the answer already on its way instead of a second request,
// so a run's requests are the ones it always sent. A run whose roadmap is invalid writes
// nothing and drops the early answers (a failed one included) unread.
import { subscribe, unsubscribe } from "node:diagnostics_channel";
import type { GitHubClient, GitHubResponse, RequestParams } from "../core/github/client.js";

export interface EarlyReads {
  /**
   * The client the steps use: each read started early answers the first identical read,
   * once, unless the run has written something since (then it is sent again).
   */
  github: GitHubClient;
  /**
   * Starts `reads` now, through a client that can only read. Resolves (never rejects) once
   * the requests they sent at once are on the wire (see requestsSent).
   */
  start(reads: (github: GitHubClient) => Promise<unknown>): Promise<void>;
  /** How many early answers no step has taken (yet). */
  readonly pending: number;
}

/** Node's fetch (undici) says here when a request's headers are written to the socket. */
const HEADERS_SENT = "undici:client:sendHeaders";
/** The longest the run waits for that before it validates anyway. */
export const MAX_SEND_WAIT_MS = 50;

/**
 * Resolves when `count` requests have been written to the socket (the parser then holds
 * the thread while they travel), or when `settled` does (a client that does not go through
 * Node's fetch, such as nock in the tests, or requests that already failed), or after
 * MAX_SEND_WAIT_MS at the latest. The client's own queue (Octokit's throttling) hands a
 * request to fetch a timer later, and fetch writes it after connecting: a few turns of the
 * event loop.
 */
function requestsSent(count: number, settled: Promise<unknown>): Promise<void> {
  if (count === 0) return Promise.resolve();
  return new Promise((resolve) => {
    let sent = 0;
    const done = () => {
      unsubscribe(HEADERS_SENT, onSent);
      clearTimeout(timer);
      resolve();
    };
    const onSent = () => {
      if (++sent >= count) done();
    };
    subscribe(HEADERS_SENT, onSent);
    const timer = setTimeout(done, MAX_SEND_WAIT_MS);
    settled.then(done, done);
  });
}

/** Params as a key: the same route with the same params, whatever order they were written in. */
function keyOf(kind: string, route: string, params: RequestParams | undefined): string {
  const sorted = (value: unknown): unknown =>
    value && typeof value === "object" && !Array.isArray(value)
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((key) => [key, sorted((value as Record<string, unknown>)[key])]),
        )
      : value;
  return `${kind} ${route} ${JSON.stringify(sorted(params ?? {}))}`;
}

export class EarlyReadRefused extends Error {}

export function earlyReads(github: GitHubClient): EarlyReads {
  const early = new Map<string, Promise<unknown>>();
  let started = 0;
  const keep = <T>(key: string, answer: Promise<T>): Promise<T> => {
    // Handled here, so an answer no step takes never becomes an unhandled rejection; a
    // step that takes it still sees its failure.
    answer.catch(() => undefined);
    early.set(key, answer);
    return answer;
  };
  const take = <T>(key: string): Promise<T> | undefined => {
    const answer = early.get(key);
    if (answer) early.delete(key);
    return answer as Promise<T> | undefined;
  };
  const isRead = (route: string) => route.startsWith("GET ");
  const readOnly: GitHubClient = {
    request: <T>(route: string, params?: RequestParams) => {
      if (!isRead(route)) return Promise.reject(new EarlyReadRefused(`${route} before the roadmap is valid`));
      started++;
      return keep(keyOf("request", route, params), github.request<T>(route, params));
    },
    paginate: <T>(route: string, params?: RequestParams) => {
      if (!isRead(route)) return Promise.reject(new EarlyReadRefused(`${route} before the roadmap is valid`));
      started++;
      return keep(keyOf("paginate", route, params), github.paginate<T>(route, params));
    },
    graphql: () => Promise.reject(new EarlyReadRefused("GraphQL before the roadmap is valid")),
  };
  return {
    github: {
      request: <T>(route: string, params?: RequestParams) => {
        if (isRead(route)) {
          return take<GitHubResponse<T>>(keyOf("request", route, params)) ?? github.request<T>(route, params);
        }
        // An answer from before a write could be out of date: what is left is dropped.
        early.clear();
        return github.request<T>(route, params);
      },
      paginate: <T>(route: string, params?: RequestParams) =>
        take<T[]>(keyOf("paginate", route, params)) ?? github.paginate<T>(route, params),
      graphql: <T>(query: string, variables?: RequestParams) => {
        early.clear();
        return github.graphql<T>(query, variables);
      },
    },
    start(reads) {
      const before = started;
      const settled = reads(readOnly).catch(() => undefined);
      return requestsSent(started - before, settled);
    },
    get pending() {
      return early.size;
    },
  };
}
