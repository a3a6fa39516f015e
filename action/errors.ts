// The Action's one error boundary turns any failure into a message that names the fix:
// the permission to add, the README lines to write, the roadmap line to correct.
import { ReadmeMarkerError } from "../core/readme/readme-region.js";
import { formatProblem, RoadmapInvalidError } from "../core/validate/validate-roadmap.js";
import { bounded, untrustedLogLine } from "../core/text/neutralize.js";
import { InputError } from "./inputs.js";

/**
 * GitHub's error text (and a proxy's HTML page in its place) is not ours: it is shown on one
 * line, cut to this length, so neither a multi-megabyte body nor a secret it echoes is
 * printed whole on the strength of the runner's masking alone.
 */
export const MAX_ERROR_TEXT = 300;

function quoted(text: string): string {
  return bounded(untrustedLogLine(text), MAX_ERROR_TEXT);
}

interface RequestErrorLike {
  status: number;
  message: string;
  request?: { method?: string; url?: string };
}

function isRequestError(error: unknown): error is RequestErrorLike {
  return error instanceof Error && typeof (error as { status?: unknown }).status === "number";
}

/** Which `permissions:` entry a refused request needs. */
function permissionFor(url: string): string {
  if (/\/contents\//.test(url)) return "contents: write";
  if (/\/actions\//.test(url)) return "actions: write";
  if (/\/check-runs/.test(url)) return "checks: write";
  if (/\/pulls\//.test(url)) return "pull-requests: write";
  return "issues: write";
}

export function explain(error: unknown): string {
  if (error instanceof InputError) return error.message;
  if (error instanceof RoadmapInvalidError) {
    const count = error.problems.length;
    return `the roadmap is not valid (${count} problem${count === 1 ? "" : "s"}; nothing was written):\n${error.problems.map(formatProblem).join("\n")}`;
  }
  if (error instanceof ReadmeMarkerError) return error.message;
  if (isRequestError(error)) {
    const method = error.request?.method ?? "";
    const url = error.request?.url ?? "";
    const what = `GitHub answered ${error.status} to ${method} ${quoted(url)}`.trim();
    if (error.status === 403 && /not accessible by integration|permission/i.test(error.message)) {
      return (
        `${what}: ${quoted(error.message)}. The workflow's token lacks a permission: add \`permissions: ${permissionFor(url)}\` ` +
        "to the workflow (the roadmap workflow needs `contents: write` and `issues: write`), " +
        "or pass a token that has it as `token:`"
      );
    }
    if (error.status === 401)
      return `${what}: the token is not valid (expired or revoked); check the \`token\` input`;
    if (error.status === 404 && /\/repos\/[^/]+\/[^/]+$/.test(url)) {
      return `${what}: the token cannot see the repository; check GITHUB_REPOSITORY and the token's access`;
    }
    return `${what}: ${quoted(error.message)}`;
  }
  return error instanceof Error ? error.message : String(error);
}
