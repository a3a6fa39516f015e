// Sends a plan, one request at a time (GitHub asks integrations to serialize writes),
// or in a dry run prints each request instead of sending it.
import type { RepoScope } from "../scope.js";
import { isNotFound, statusOf } from "../errors.js";
import type { Operation } from "./operation.js";
import { describeRequest } from "./operation.js";

export interface AppliedOperation {
  operation: Operation;
  /** The created issue's number and URL, for create-issue. */
  created?: { number: number; htmlUrl: string };
}

function isAlreadyExists(error: unknown): boolean {
  const failure = error as { response?: { data?: { errors?: { code?: string }[] } } };
  return (
    statusOf(error) === 422 &&
    (failure?.response?.data?.errors ?? []).some((e) => e.code === "already_exists")
  );
}

export async function applyOperations(
  scope: Pick<RepoScope, "github" | "log" | "dryRun">,
  operations: readonly Operation[],
): Promise<AppliedOperation[]> {
  const applied: AppliedOperation[] = [];
  for (const operation of operations) {
    if (scope.dryRun) {
      scope.log.info(`[dry run] ${operation.summary}: ${describeRequest(operation)}`);
      applied.push({ operation });
      continue;
    }
    scope.log.info(operation.summary);
    let data: { number?: number; html_url?: string };
    try {
      ({ data } = await scope.github.request<{ number?: number; html_url?: string }>(
        operation.route,
        operation.params,
      ));
    } catch (error) {
      // Another run created the same label a moment ago: the label exists, which was the goal.
      // The label is already off the issue (another handler got there first): the goal.
      if (operation.kind === "remove-label" && isNotFound(error)) {
        scope.log.info(`label "${String(operation.params.name)}" was already removed`);
        applied.push({ operation });
        continue;
      }
      if (operation.kind === "create-label" && isAlreadyExists(error)) {
        scope.log.info(`label "${String(operation.params.name)}" already exists`);
        applied.push({ operation });
        continue;
      }
      throw error;
    }
    applied.push(
      operation.kind === "create-issue" && data.number !== undefined
        ? { operation, created: { number: data.number, htmlUrl: data.html_url ?? "" } }
        : { operation },
    );
  }
  return applied;
}
