// The board's many small mutations sent as few requests: GitHub counts a GraphQL request
// with mutations as 5 points against its secondary limit whatever it carries, and asks for
// writes one at a time, a second apart; so a bootstrap's 27 item adds and 108 field values
// go out as a handful of requests, each a document of aliased mutations (run in order).
// Each batched mutation is idempotent (adding an item that exists returns it; a value set
// twice is the same value), so a lost answer resends the whole batch.
import type { Operation } from "../github/plan/operation.js";
import { GRAPHQL_ROUTE } from "../github/plan/operation.js";

/** Mutations per request: small enough that one request stays quick on GitHub's side. */
export const BATCH_SIZE = 25;

type Variables = Record<string, unknown>;

const variablesOf = (operation: Operation): Variables => (operation.params.variables ?? {}) as Variables;

function summaryOf(what: string, operations: readonly Operation[]): string {
  const shown = operations.slice(0, 3).map((op) => op.summary.replace(/^board: /, ""));
  const more = operations.length - shown.length;
  return `board: ${operations.length} ${what} (${shown.join(", ")}${more > 0 ? `, … and ${more} more` : ""})`;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Item adds as documents of `addProjectV2ItemById`s (aliases item0, item1, …). */
export function batchItemAdds(operations: readonly Operation[], size = BATCH_SIZE): Operation[] {
  return chunks(operations, size).map((chunk) => {
    if (chunk.length === 1) return chunk[0]!;
    const variables: Variables = { projectId: variablesOf(chunk[0]!).projectId };
    const declared = ["$projectId: ID!"];
    const fields = chunk.map((op, k) => {
      variables[`content${k}`] = variablesOf(op).contentId;
      declared.push(`$content${k}: ID!`);
      return `  item${k}: addProjectV2ItemById(input: { projectId: $projectId, contentId: $content${k} }) { item { id } }`;
    });
    return {
      kind: "add-project-item",
      summary: summaryOf("items added", chunk),
      route: GRAPHQL_ROUTE,
      params: {
        query: `mutation addProjectItems(${declared.join(", ")}) {\n${fields.join("\n")}\n}`,
        variables,
      },
      changes: chunk.length,
    };
  });
}

/** Value sets and clears as documents of aliased mutations (value0, value1, …), in plan order. */
export function batchValues(operations: readonly Operation[], size = BATCH_SIZE): Operation[] {
  return chunks(operations, size).map((chunk) => {
    if (chunk.length === 1) return chunk[0]!;
    const variables: Variables = { projectId: variablesOf(chunk[0]!).projectId };
    const declared = ["$projectId: ID!"];
    const fields = chunk.map((op, k) => {
      const { itemId, fieldId, value } = variablesOf(op);
      Object.assign(variables, { [`item${k}`]: itemId, [`field${k}`]: fieldId });
      declared.push(`$item${k}: ID!`, `$field${k}: ID!`);
      if (op.kind === "clear-project-field")
        return `  value${k}: clearProjectV2ItemFieldValue(input: { projectId: $projectId, itemId: $item${k}, fieldId: $field${k} }) { projectV2Item { id } }`;
      variables[`value${k}`] = value;
      declared.push(`$value${k}: ProjectV2FieldValue!`);
      return `  value${k}: updateProjectV2ItemFieldValue(input: { projectId: $projectId, itemId: $item${k}, fieldId: $field${k}, value: $value${k} }) { projectV2Item { id } }`;
    });
    return {
      kind: "set-project-field",
      summary: summaryOf("values", chunk),
      route: GRAPHQL_ROUTE,
      params: {
        query: `mutation setProjectFields(${declared.join(", ")}) {\n${fields.join("\n")}\n}`,
        variables,
      },
      changes: chunk.length,
    };
  });
}

/** The items a batch of adds answered, by the node id of the issue each shows. */
export function addedItems(operation: Operation, answer: unknown): { contentId: string; id: string }[] {
  const variables = variablesOf(operation);
  const data = (answer ?? {}) as Record<string, { item?: { id?: string } | null } | undefined>;
  if ("contentId" in variables) {
    const id = (data as { addProjectV2ItemById?: { item?: { id?: string } | null } }).addProjectV2ItemById
      ?.item?.id;
    return id ? [{ contentId: String(variables.contentId), id }] : [];
  }
  return Object.keys(variables)
    .filter((name) => /^content\d+$/.test(name))
    .flatMap((name) => {
      const id = data[`item${name.slice("content".length)}`]?.item?.id;
      return id ? [{ contentId: String(variables[name]), id }] : [];
    });
}

/** The changes a list of the board's requests makes (a batch counts each of its mutations). */
export function changesIn(operations: readonly Operation[]): number {
  return operations.reduce((sum, op) => sum + (op.changes ?? 1), 0);
}

/** What the board's step did, as the Action's summary and the CLI say it: "in step", "12 change(s) in 2 request(s)". */
export function boardChanges(operations: readonly Operation[], dryRun: boolean): string {
  if (operations.length === 0) return "in step";
  return `${changesIn(operations)} change(s) in ${operations.length} request(s)${dryRun ? " would be sent" : ""}`;
}
