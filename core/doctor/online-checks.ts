// `roadmap doctor` online: what GitHub says about the learner's repository, read only,
// each check with its fix. Never a write: permissions are judged from what GitHub answers
// (the repository's `permissions`, a classic token's scopes), labels and the practice
// issue from the lists the sync reads, the schedule from the workflow's state.
// Requests: the repository, the labels, the roadmap issues, the workflow (4 reads for a
// small repository), and the Projects board when the roadmap names one (1 GraphQL read with
// the board's token: does it exist, may the token write it; which token works, when not).
import { isNotFound, statusOf } from "../github/errors.js";
import { explainGitHubError, isRequestError } from "../github/explain-error.js";
import type { RepoScope } from "../github/scope.js";
import { readLabels, readTopicIssues } from "../issues/read-issues.js";
import { groupByTopic } from "../issues/topic-issues.js";
import { practiceTopic } from "../model/roadmap.js";
import type { Roadmap } from "../model/schema.js";
import { planLabels } from "../sync/plan.js";
import type { Check } from "./checks.js";
import type { GitHubClient } from "../github/client.js";
import { projectName, projectRefOf } from "../board/project-ref.js";
import type { ProjectRef } from "../board/project-ref.js";
import { BoardUnreachable, checkBoard } from "../board/read-project.js";

export interface OnlineInput {
  roadmap: Roadmap | undefined;
  /** The workflow file that runs the Action, e.g. "roadmap.yml" (none: the check is skipped). */
  workflowFile?: string;
  /**
   * The board's token (settings.project): its client and how the learner names it
   * ("project-token", "ROADMAP_PROJECT_TOKEN", "GITHUB_TOKEN"); no client: none was given.
   */
  board?: { github?: GitHubClient; token: string };
}

/** Which token works for a project, said once for every failed board check. */
export function boardTokenAdvice(ref: Pick<ProjectRef, "ownerType">, ownerType?: string): string {
  const user = ownerType ? ownerType === "User" : ref.ownerType !== "organization";
  const token =
    "a fine-grained personal access token with Projects read and write (resource owner: the project's owner; Issues read on this repository), or a classic token with the project scope";
  return user
    ? `a GITHUB_TOKEN and a GitHub App cannot write a user's project: use ${token}, as the Action's project-token input (a secret) or ROADMAP_PROJECT_TOKEN for the CLI`
    : `a GITHUB_TOKEN cannot write a project: use ${token}, as the Action's project-token input (a secret) or ROADMAP_PROJECT_TOKEN for the CLI, or the App with the organization projects permission (organization_projects: write)`;
}

async function boardCheck(
  roadmap: Roadmap,
  board: NonNullable<OnlineInput["board"]>,
): Promise<Check | undefined> {
  const ref = projectRefOf(roadmap);
  if (!ref) return undefined;
  const name = projectName(ref);
  if (!board.github)
    return {
      ok: false,
      title: `the roadmap names ${name}, but no ${board.token} is given: the board is skipped`,
      fix: boardTokenAdvice(ref),
    };
  try {
    const reach = await checkBoard(board.github, ref);
    return reach.canUpdate
      ? { ok: true, title: `${name} ("${reach.title}") is reachable and writable with ${board.token}` }
      : {
          ok: false,
          title: `${name} ("${reach.title}") is visible to ${board.token}, which cannot write it`,
          fix: boardTokenAdvice(ref, reach.ownerType),
        };
  } catch (error) {
    if (!(error instanceof BoardUnreachable)) throw error;
    return {
      ok: false,
      title: `${name} is not reachable with ${board.token}: ${error.kind === "not-found" ? "not found, or the token cannot see it" : error.message}`,
      fix: `check settings.project (the project's URL); ${boardTokenAdvice(ref)}`,
    };
  }
}

interface RestRepository {
  full_name: string;
  private?: boolean;
  permissions?: { admin?: boolean; push?: boolean; pull?: boolean };
}

/** A classic token's scopes, from the X-OAuth-Scopes header; undefined for other tokens. */
function scopesOf(headers: Record<string, string | number | undefined>): string[] | undefined {
  const value = headers["x-oauth-scopes"];
  return typeof value === "string"
    ? value
        .split(",")
        .map((scope) => scope.trim())
        .filter(Boolean)
    : undefined;
}

function failed(error: unknown): string {
  return `GitHub answered ${statusOf(error) ?? "nothing"}${error instanceof Error ? ` (${error.message.slice(0, 120)})` : ""}`;
}

async function repositoryChecks(scope: RepoScope): Promise<{ checks: Check[]; visible: boolean }> {
  const name = `${scope.repo.owner}/${scope.repo.repo}`;
  let answer: { data: RestRepository; headers: Record<string, string | number | undefined> };
  try {
    answer = await scope.github.request<RestRepository>("GET /repos/{owner}/{repo}", { ...scope.repo });
  } catch (error) {
    const status = statusOf(error);
    // No answer at all: the network or the API's address, not the token.
    if (isRequestError(error) && !error.response && error.cause !== undefined) {
      return {
        visible: false,
        checks: [
          {
            ok: false,
            title: "GitHub did not answer",
            fix: explainGitHubError(error) ?? "check the network and the API's address (GITHUB_API_URL)",
          },
        ],
      };
    }
    return {
      visible: false,
      checks: [
        {
          ok: false,
          title: status === 401 ? "the token is not valid" : `${name} is not visible to the token`,
          fix:
            status === 401
              ? "the token is expired, revoked or mistyped: make a new one"
              : `check the repository name and that the token can see it (a fine-grained token must include ${name}); ${failed(error)}`,
        },
      ],
    };
  }
  const checks: Check[] = [{ ok: true, title: `${name} is visible to the token` }];
  const scopes = scopesOf(answer.headers);
  const push = answer.data.permissions?.push;
  if (scopes !== undefined) {
    const enough = scopes.includes("repo") || (!answer.data.private && scopes.includes("public_repo"));
    checks.push(
      enough
        ? { ok: true, title: `the classic token's scopes are enough (${scopes.join(", ") || "none"})` }
        : {
            ok: false,
            title: `the classic token lacks the repo scope (it has: ${scopes.join(", ") || "none"})`,
            fix: "make a token with the repo scope (public_repo for a public repository), or a fine-grained token with Issues, Contents and Pull requests read and write",
          },
    );
  }
  if (push === false) {
    checks.push({
      ok: false,
      title: "the token's user cannot write to the repository",
      fix: "use a token of the repository's owner or of a collaborator with write access",
    });
  } else if (push === true || scopes !== undefined) {
    checks.push({ ok: true, title: "the token can write issues, contents and pull requests" });
  } else {
    // An installation token or a fine-grained one: GitHub does not list what it may do.
    checks.push({
      ok: true,
      title:
        "the token's permissions are the workflow's own (GITHUB_TOKEN) or a fine-grained token's: GitHub does not list them; the offline check reads the workflow's permissions",
    });
  }
  return { checks, visible: true };
}

async function labelsCheck(scope: RepoScope, roadmap: Roadmap): Promise<Check> {
  const missing = planLabels(scope.repo, roadmap, await readLabels(scope.github, scope.repo)).length;
  return missing === 0
    ? { ok: true, title: "every label the roadmap uses is in place" }
    : {
        ok: false,
        title: `${missing} label${missing === 1 ? " is" : "s are"} missing or out of date`,
        fix: "run the workflow once (Actions tab, Run workflow) or `roadmap sync`: the sync creates them",
      };
}

async function practiceCheck(scope: RepoScope, roadmap: Roadmap): Promise<Check | undefined> {
  const practice = practiceTopic(roadmap);
  if (!practice) return undefined;
  const issue = groupByTopic(await readTopicIssues(scope.github, scope.repo)).get(practice.topic.id)?.lead;
  if (!issue)
    return {
      ok: false,
      title: `the daily-practice issue ("${practice.topic.title}") does not exist yet`,
      fix: "run the workflow once: the sync creates it, the daily step posts on it",
    };
  if (issue.state === "closed")
    return {
      ok: false,
      title: `the daily-practice issue #${issue.number} is closed: no problem is posted`,
      fix: `reopen #${issue.number} to get a problem a day`,
    };
  return { ok: true, title: `the daily-practice issue #${issue.number} is open` };
}

async function scheduleCheck(scope: RepoScope, workflowFile: string): Promise<Check> {
  try {
    const { data } = await scope.github.request<{ state?: string }>(
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}",
      { ...scope.repo, workflow_id: workflowFile },
    );
    if (data.state === "active") return { ok: true, title: `the workflow ${workflowFile} is enabled` };
    return {
      ok: false,
      title: `the workflow ${workflowFile} is ${data.state ?? "not active"}${data.state === "disabled_inactivity" ? " (60 days without activity)" : ""}`,
      fix: `enable it: Actions tab → ${workflowFile} → Enable workflow`,
    };
  } catch (error) {
    if (isNotFound(error))
      return {
        ok: false,
        title: `GitHub has no workflow ${workflowFile} on the default branch`,
        fix: "push .github/workflows/ to the default branch (or the token lacks actions: read)",
      };
    return { ok: false, title: `the workflow ${workflowFile} could not be read`, fix: failed(error) };
  }
}

export async function onlineChecks(scope: RepoScope, input: OnlineInput): Promise<Check[]> {
  const { checks, visible } = await repositoryChecks(scope);
  if (!visible || !input.roadmap) return checks;
  checks.push(await labelsCheck(scope, input.roadmap));
  const practice = await practiceCheck(scope, input.roadmap);
  if (practice) checks.push(practice);
  if (input.workflowFile) checks.push(await scheduleCheck(scope, input.workflowFile));
  const board = input.board ? await boardCheck(input.roadmap, input.board) : undefined;
  if (board) checks.push(board);
  return checks;
}
