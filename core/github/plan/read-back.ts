// Did a POST land? A 5xx, a timeout or a reset connection after a POST says nothing about
// whether GitHub stored it, and sending it again blindly makes a duplicate issue or comment.
// So the thing is looked for first: the issue by its marker among the newest issues, the
// label by its name, the comment by its marker (or exact body) among the issue's trusted
// comments. Reads only; 1 request (a comment list: ceil(comments / 100)).
import type { RepoScope } from "../scope.js";
import { isNotFound, statusOf } from "../errors.js";
import { listTrustedComments } from "../trusted-comments.js";
import type { Operation } from "./operation.js";
import { findProjectField } from "../project-fields.js";

/** A server error or no answer at all (octokit gives a network failure or timeout 500). */
export function answerMayBeLost(error: unknown): boolean {
  // GitHub answered a GraphQL operation with errors (200 with `errors`): an answer, not lost.
  if ((error as { name?: unknown } | null)?.name === "GraphqlResponseError") return false;
  const status = statusOf(error);
  return status === undefined || status >= 500;
}

function sameText(a: string, b: string): boolean {
  return a.replace(/\r\n/g, "\n").trimEnd() === b.replace(/\r\n/g, "\n").trimEnd();
}

function matches(operation: Operation, body: string | null | undefined): boolean {
  const text = body ?? "";
  return operation.marker
    ? text.includes(operation.marker)
    : sameText(text, String(operation.params.body ?? ""));
}

export type ReadBack =
  /** It landed: what GitHub holds (the created issue's number and URL). */
  | {
      landed: true;
      data: { number?: number; id?: number; node_id?: string; html_url?: string; graphql?: unknown };
    }
  /** It did not: sending it again makes no duplicate. */
  | { landed: false }
  /** A POST we cannot look for: it is not sent again. */
  | undefined;

/** Looks for what `operation` (a POST) would have created. */
export async function readBack(scope: Pick<RepoScope, "github">, operation: Operation): Promise<ReadBack> {
  const { github } = scope;
  const { owner, repo } = operation.params as { owner: string; repo: string };
  const template = operation.route.replace(/^POST /, "");
  if (template === "/repos/{owner}/{repo}/issues") {
    // The newest issues, the lost one among them (another run may have added a few since).
    const { data } = await github.request<
      { number: number; id: number; node_id: string; html_url: string; title: string; body?: string | null }[]
    >("GET /repos/{owner}/{repo}/issues", {
      owner,
      repo,
      state: "all",
      sort: "created",
      direction: "desc",
      per_page: 30,
    });
    const found = data.find(
      (issue) => issue.title === operation.params.title && matches(operation, issue.body),
    );
    return found
      ? {
          landed: true,
          data: { number: found.number, id: found.id, node_id: found.node_id, html_url: found.html_url },
        }
      : { landed: false };
  }
  if (template === "/repos/{owner}/{repo}/labels") {
    try {
      await github.request("GET /repos/{owner}/{repo}/labels/{name}", {
        owner,
        repo,
        name: operation.params.name,
      });
      return { landed: true, data: {} };
    } catch (error) {
      if (isNotFound(error)) return { landed: false };
      throw error;
    }
  }
  if (template === "/repos/{owner}/{repo}/issues/{issue_number}/comments") {
    const comments = await listTrustedComments(
      github,
      { owner, repo },
      Number(operation.params.issue_number),
    );
    const found = comments.find((comment) => matches(operation, comment.body));
    return found ? { landed: true, data: { html_url: found.html_url ?? "" } } : { landed: false };
  }
  if (template === "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues") {
    // A sub-issue added twice is refused (422): look for it under the parent first.
    const listed = await github.paginate<{ id: number }>(
      "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues",
      {
        owner,
        repo,
        issue_number: operation.params.issue_number,
        per_page: 100,
      },
    );
    return listed.some((issue) => issue.id === operation.params.sub_issue_id)
      ? { landed: true, data: {} }
      : { landed: false };
  }
  // Adding labels to an issue is idempotent: the same POST again changes nothing more.
  if (template === "/repos/{owner}/{repo}/issues/{issue_number}/labels") return { landed: false };
  // The board's mutations (core/board): adding an item that is one already returns it, setting
  // or clearing a value again changes nothing more: sent again. A field is looked for by name.
  if (template === "/graphql") {
    if (operation.kind === "create-project-field") {
      const { projectId, name } = (operation.params.variables ?? {}) as { projectId: string; name: string };
      const field = await findProjectField(github, projectId, name);
      return field
        ? { landed: true, data: { graphql: { createProjectV2Field: { projectV2Field: field } } } }
        : { landed: false };
    }
    if (
      operation.kind === "add-project-item" ||
      operation.kind === "set-project-field" ||
      operation.kind === "clear-project-field"
    )
      return { landed: false };
  }
  return undefined;
}
