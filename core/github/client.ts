// The GitHub port core/ talks to: the two methods every Octokit has (Probot's,
// @actions/github's getOctokit, @octokit/core with the paginate plugin). Adapters pass
// their Octokit in through `asGitHubClient`; tests pass one aimed at nock.

export type RequestParams = Record<string, unknown>;

export interface GitHubResponse<T> {
  status: number;
  data: T;
  headers: Record<string, string | number | undefined>;
}

export interface GitHubClient {
  /** One REST call, e.g. `request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {...})`. */
  request<T = unknown>(route: string, params?: RequestParams): Promise<GitHubResponse<T>>;
  /** Every page of a list endpoint, concatenated. Callers pass `per_page: 100`. */
  paginate<T = unknown>(route: string, params?: RequestParams): Promise<T[]>;
  /** A GraphQL query or mutation. */
  graphql<T = unknown>(query: string, variables?: RequestParams): Promise<T>;
}

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  debug(message: string): void;
}

export const silentLogger: Logger = { info() {}, warn() {}, debug() {} };

/**
 * The structural slice of an Octokit we use. Octokit's own method types are overloaded
 * per endpoint; this loosens them once, here, instead of at every call site.
 */
interface OctokitLike {
  request: (route: string, params?: RequestParams) => Promise<unknown>;
  paginate: (route: string, params?: RequestParams) => Promise<unknown>;
  graphql: (query: string, variables?: RequestParams) => Promise<unknown>;
}

/**
 * A POST creates something (an issue, a comment, a check run). When GitHub stored it but
 * the answer was lost (a 502, a reset connection), sending it again makes a duplicate; so
 * POSTs are never retried. Everything else we send is idempotent (PATCH, PUT with a sha,
 * DELETE, GET) and keeps the client's retries. The next run finds and finishes the work.
 */
const NO_RETRY = { retries: 0 };

export function asGitHubClient(octokit: unknown): GitHubClient {
  const kit = octokit as OctokitLike;
  return {
    request: <T>(route: string, params?: RequestParams) =>
      kit.request(route, route.startsWith("POST ") ? { ...params, request: NO_RETRY } : params) as Promise<
        GitHubResponse<T>
      >,
    paginate: <T>(route: string, params?: RequestParams) => kit.paginate(route, params) as Promise<T[]>,
    // A mutation is a POST too (the board's, core/board): never retried by the client; apply
    // (plan/apply.ts) resends it when it is idempotent, or looks for it first.
    graphql: <T>(query: string, variables?: RequestParams) =>
      kit.graphql(
        query,
        /^\s*mutation\b/.test(query) ? { ...variables, request: NO_RETRY } : variables,
      ) as Promise<T>,
  };
}

/** "owner/name" -> RepoRef, with a message that says what was expected. */
export function parseRepo(fullName: string): RepoRef {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(fullName.trim());
  if (!match) throw new Error(`"${fullName}" is not a repository: expected owner/name`);
  return { owner: match[1]!, repo: match[2]! };
}
