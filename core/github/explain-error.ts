// One explainer for what GitHub (or the way to it) answered, used by the CLI, the Action
// and the App: each failure said as what to check and where, instead of Octokit's raw
// "Bad credentials - https://docs.github.com/rest", a blank message for an empty 404 or a
// whole HTML page from a wrong API URL. GitHub's own text is untrusted: it is cut short
// and stripped of control characters before it is shown.
import { bounded, untrustedLogLine } from "../text/neutralize.js";
import type { RepoRef } from "./client.js";

/** How the adapter names the things a person can fix. */
export interface ErrorContext {
  repo?: RepoRef;
  /** The API base URL in use, and what set it ("GITHUB_API_URL", "the default"). */
  apiUrl?: string;
  apiUrlFrom?: string;
  /** Where the token came from, e.g. "the `token` input" or "GITHUB_TOKEN". */
  tokenFrom?: string;
  /** How to grant a missing permission in this way in, e.g. "add `permissions: issues: write` to the job". */
  grant?: (permission: string) => string;
}

interface RequestErrorLike {
  status: number;
  message: string;
  cause?: unknown;
  request?: { method?: string; url?: string };
  response?: { data?: unknown; headers?: Record<string, string | number | undefined> };
}

/** GitHub's own text is shown at most this long. */
export const QUOTE_MAX = 300;

export function isRequestError(error: unknown): error is RequestErrorLike {
  return error instanceof Error && typeof (error as { status?: unknown }).status === "number";
}

/** GitHub's text as a short, single-line quote that cannot start a workflow command. */
export function quoteGitHub(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ").trim();
  return bounded(untrustedLogLine(clean), QUOTE_MAX);
}

/** The permission a request needs, by what it touches. */
export function permissionFor(method: string, url: string): string {
  const access = method === "GET" ? "read" : "write";
  if (/\/contents\//.test(url)) return `contents: ${access}`;
  if (/\/actions\//.test(url)) return `actions: ${access}`;
  if (/\/check-runs/.test(url)) return `checks: ${access}`;
  if (/\/pulls\//.test(url)) return `pull-requests: ${access}`;
  if (/\/collaborators\//.test(url)) return "metadata: read";
  return `issues: ${access}`;
}

function reasonOf(cause: unknown): string {
  const error = cause as { code?: string; message?: string; cause?: { code?: string; message?: string } };
  const code = error?.cause?.code ?? error?.code;
  const message = error?.cause?.message ?? error?.message ?? "";
  if (code === "ECONNREFUSED") return "the connection was refused (nothing listens there)";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "the host name does not resolve";
  if (code === "ETIMEDOUT" || code === "UND_ERR_CONNECT_TIMEOUT" || /timeout|aborted/i.test(message))
    return "no answer in time";
  if (code === "ERR_INVALID_URL" || /invalid url|bad port/i.test(message)) return "the URL is not valid";
  return quoteGitHub(message) || "the request failed";
}

function isHtml(data: unknown): boolean {
  return typeof data === "string" && /^\s*<(!doctype|html|head|body)/i.test(data);
}

/**
 * A sentence for a failed GitHub request, or undefined when the error is not one
 * (the caller then shows its own message).
 */
export function explainGitHubError(error: unknown, context: ErrorContext = {}): string | undefined {
  if (!isRequestError(error)) return undefined;
  const method = error.request?.method ?? "";
  const url = error.request?.url ?? "";
  const where = context.apiUrl
    ? `${context.apiUrl}${context.apiUrlFrom ? ` (from ${context.apiUrlFrom})` : ""}`
    : "the GitHub API";
  const inUrl = /\/repos\/([^/?#]+)\/([^/?#]+)/.exec(url);
  const repo = context.repo ?? (inUrl ? { owner: inUrl[1]!, repo: inUrl[2]! } : undefined);
  const repoName = repo ? `${repo.owner}/${repo.repo}` : "the repository";
  const what = `GitHub answered ${error.status} to ${method} ${url}`.trim();
  const data = error.response?.data;

  // No answer at all: the request never reached an API.
  if (!error.response && error.cause !== undefined) {
    return `cannot reach ${where}: ${reasonOf(error.cause)}. Check the URL${context.apiUrlFrom ? ` in ${context.apiUrlFrom}` : ""} and the network`;
  }
  if (isHtml(data)) {
    return `${where} answered ${method} ${url} with an HTML page, not the GitHub API: for GitHub.com use https://api.github.com, for GitHub Enterprise Server https://HOST/api/v3`;
  }
  const said = quoteGitHub(
    typeof data === "object" && data && "message" in data
      ? String((data as { message: unknown }).message)
      : error.message.replace(/ - https:\/\/docs\.github\.com\S*$/, ""),
  );
  if (error.status === 401) {
    return `${what}: the token is not valid (expired, revoked or mistyped); check ${context.tokenFrom ?? "the token"}`;
  }
  if (error.status === 403 || error.status === 429) {
    const remaining = error.response?.headers?.["x-ratelimit-remaining"];
    if (String(remaining) === "0" || /rate limit/i.test(said)) {
      const reset = Number(error.response?.headers?.["x-ratelimit-reset"]);
      const at = Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString()}` : "";
      return `${what}: rate limit reached${at}; the next run continues`;
    }
    if (/not accessible by|permission|forbidden/i.test(said) || said === "") {
      const permission = permissionFor(method, url);
      const fix = context.grant ? context.grant(permission) : `the token needs \`${permission}\``;
      return `${what}${said ? ` (${said})` : ""}: the token lacks \`${permission}\`; ${fix}`;
    }
  }
  if (error.status === 404) {
    return `${what}${said && said !== "Not Found" ? ` (${said})` : ""}: ${repoName} does not exist or ${context.tokenFrom ?? "the token"} cannot see it; check the repository name and the token's access (a fine-grained token must include this repository)`;
  }
  return said ? `${what}: ${said}` : `${what}, with no message`;
}
