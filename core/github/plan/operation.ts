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
  | "add-labels"
  | "remove-label"
  | "comment"
  // The Projects (v2) board (core/board): GraphQL mutations, each idempotent but the field's creation.
  | "create-project-field"
  | "add-project-item"
  | "set-project-field"
  | "clear-project-field";

/** The route of a GraphQL operation: params are { query, variables }. */
export const GRAPHQL_ROUTE = "POST /graphql";

export interface Operation {
  kind: OperationKind;
  /** The topic the operation is for, when it is for one. */
  topicId?: string;
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

/** "POST /repos/o/r/issues {…}": how a dry run shows an operation. */
export function describeRequest(operation: Operation): string {
  const [method, template] = operation.route.split(" ") as [string, string];
  const used = new Set<string>();
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    used.add(name);
    return encodeURIComponent(String(operation.params[name]));
  });
  const body = Object.fromEntries(Object.entries(operation.params).filter(([key]) => !used.has(key)));
  return `${method} ${path}${Object.keys(body).length ? ` ${JSON.stringify(body)}` : ""}`;
}
