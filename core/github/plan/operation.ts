// A planned write: the exact REST request it will send, plus what it means. The plan is
// a list of these; applying it sends them in order, and a dry run prints them instead.
// A GraphQL mutation (the Projects board, core/board) is `POST /graphql` with params
// { query, variables }; apply sends it through the client's graphql().
import type { RequestParams } from "../client.js";

export type OperationKind =
  | "create-label"
  | "update-label"
  | "create-issue"
  | "update-issue"
  | "reopen-issue"
  | "close-removed"
  | "close-duplicate"
  | "close-prior"
  | "add-labels"
  | "remove-label"
  | "comment"
  | "create-section"
  | "update-section"
  | "reopen-section"
  | "close-section"
  | "add-sub-issue"
  | "move-sub-issue"
  | "remove-sub-issue"
  // The Projects (v2) board (core/board): GraphQL mutations, each idempotent but the field's creation.
  | "create-project-field"
  | "add-project-item"
  | "set-project-field"
  | "clear-project-field";

/**
 * A parameter naming an issue this same plan creates, by what it is for: filled in with the
 * created issue's number or REST id before the request is sent (core/sync/sub-issues.ts).
 */
export interface IssueRef {
  /** "topic:<id>" or "section:<id>". */
  of: string;
  field: "number" | "id";
}

/** The route of a GraphQL operation: params are { query, variables }. */
export const GRAPHQL_ROUTE = "POST /graphql";

export interface Operation {
  kind: OperationKind;
  /** The topic the operation is for, when it is for one. */
  topicId?: string;
  /** The section whose parent issue the operation is for, when it is for one. */
  sectionId?: string;
  /** Parameters that wait for an issue this plan creates (shown as such in a dry run). */
  refs?: Record<string, IssueRef>;
  /** How many changes this one request makes, when more than one (a batch of GraphQL mutations). */
  changes?: number;
  /** One line for people: "create issue for topic redis". */
  summary: string;
  route: string;
  params: RequestParams;
  /**
   * Text only what this POST creates contains (a hidden marker, e.g. the topic marker):
   * when the answer is lost, apply looks for it to tell whether the POST landed. Without
   * it, a created issue or comment is recognised by its exact body.
   */
  marker?: string;
}

/** A planned request as a script wants it (`roadmap plan --json`): method, path, body. */
export interface RequestParts {
  method: string;
  /** Parameters filled in; one that waits for a new issue shows as `<number of the new issue for …>`. */
  path: string;
  /** The parameters the path did not use; null when none. */
  body: Record<string, unknown> | null;
}

export function requestParts(operation: Pick<Operation, "route" | "params" | "refs">): RequestParts {
  const [method = "", template = ""] = operation.route.split(" ");
  const used = new Set<string>();
  const pending = (name: string) => {
    const ref = operation.refs?.[name];
    return (
      ref && `<${ref.field === "id" ? "id" : "number"} of the new issue for ${ref.of.replace(":", " ")}>`
    );
  };
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    used.add(name);
    return pending(name) ?? encodeURIComponent(String(operation.params[name]));
  });
  const body = Object.fromEntries(
    Object.entries(operation.params)
      .filter(([key]) => !used.has(key))
      .map(([key, value]) => [key, pending(key) ?? value]),
  );
  return { method, path, body: Object.keys(body).length > 0 ? body : null };
}

/** "POST /repos/o/r/issues {…}": how a dry run shows an operation. */
export function describeRequest(operation: Operation): string {
  const { method, path, body } = requestParts(operation);
  return `${method} ${path}${body ? ` ${JSON.stringify(body)}` : ""}`;
}
