// The Action's one error boundary turns any failure into a message that names the fix:
// the permission to add, the README lines to write, the roadmap line to correct.
import { ReadmeMarkerError } from "../core/readme/readme-region.js";
import { formatProblem, RoadmapInvalidError } from "../core/validate/validate-roadmap.js";
import type { ErrorContext } from "../core/github/explain-error.js";
import { explainGitHubError, QUOTE_MAX } from "../core/github/explain-error.js";
import { InputError } from "./inputs.js";

/** GitHub's text in a failure is cut to this (one line, no workflow command). */
export const MAX_ERROR_TEXT = QUOTE_MAX;

/** How a person fixes what GitHub refused, in a workflow. */
function contextOf(env: Record<string, string | undefined>): ErrorContext {
  return {
    ...(env.GITHUB_REPOSITORY?.includes("/")
      ? { repo: { owner: env.GITHUB_REPOSITORY.split("/")[0]!, repo: env.GITHUB_REPOSITORY.split("/")[1]! } }
      : {}),
    apiUrl: env.GITHUB_API_URL || "https://api.github.com",
    apiUrlFrom: env.GITHUB_API_URL ? "GITHUB_API_URL" : "the default",
    tokenFrom: "the `token` input",
    grant: (permission) =>
      `add \`permissions: ${permission}\` to the workflow job (the roadmap workflow needs \`contents: write\` and \`issues: write\`), or pass a token that has it as \`token:\``,
  };
}

export function explain(error: unknown, env: Record<string, string | undefined> = {}): string {
  if (error instanceof InputError) return error.message;
  if (error instanceof RoadmapInvalidError) {
    const count = error.problems.length;
    return `the roadmap is not valid (${count} problem${count === 1 ? "" : "s"}; nothing was written):\n${error.problems.map(formatProblem).join("\n")}`;
  }
  if (error instanceof ReadmeMarkerError) return error.message;
  const github = explainGitHubError(error, contextOf(env));
  if (github) return github;
  return error instanceof Error ? error.message : String(error);
}
