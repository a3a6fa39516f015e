// Sends a plan, one request at a time (GitHub asks integrations to serialize writes),
// or in a dry run prints each request instead of sending it.
//
// Faults do not end the run while GitHub answers again: a POST whose answer is lost (a 5xx,
// a timeout, a reset connection) is looked for (read-back.ts) and sent again only when it
// did not land; every other method is retried by the client (octokit/create-client.ts).
// The board's GraphQL mutations are POSTs too: those that are idempotent (adding an item
// that is one already returns it, setting a value it has) are simply sent again.
// A spent write budget or a long rate limit (../write-budget.ts) stops the plan cleanly: what is
// applied is returned with `stopped`, and the next run continues.
import type { RepoScope } from "../scope.js";
import { isNotFound, statusOf } from "../errors.js";
import type { RunStopped } from "../write-budget.js";
import { isRunStopped, rateLimitOf, stoppedByLimit } from "../write-budget.js";
import type { Operation } from "./operation.js";
import { describeRequest, GRAPHQL_ROUTE } from "./operation.js";
import { answerMayBeLost, readBack } from "./read-back.js";

export interface AppliedOperation {
  operation: Operation;
  /** The created issue's number, REST id, node id and URL, for create-issue and create-section. */
  created?: { number: number; id: number; nodeId: string; htmlUrl: string };
  /** A GraphQL mutation's answer (its `data`), e.g. the board's new item or field. */
  answer?: unknown;
}

export interface ApplyOutcome {
  applied: AppliedOperation[];
  /** Set when the run's limits stopped the plan before its end. */
  stopped?: RunStopped;
  /** The faults met and got over, one line each (the log and the job summary show them). */
  faults: string[];
}

/** A POST whose answer is lost is sent at most this often. */
const MAX_SENDS = 3;

function isAlreadyExists(error: unknown): boolean {
  const failure = error as { response?: { data?: { errors?: { code?: string }[] } } };
  return (
    statusOf(error) === 422 &&
    (failure?.response?.data?.errors ?? []).some((e) => e.code === "already_exists")
  );
}

function describeError(error: unknown): string {
  const status = statusOf(error);
  const message = error instanceof Error ? error.message.split("\n")[0]! : String(error);
  return status === undefined ? message : `HTTP ${status}`;
}

type Data = { number?: number; id?: number; node_id?: string; html_url?: string; graphql?: unknown };

const CREATES_ISSUE = new Set<Operation["kind"]>(["create-issue", "create-section"]);

/** A REST request, or a GraphQL operation (POST /graphql with { query, variables }) through graphql(). */
async function sendOnce(scope: Pick<RepoScope, "github">, operation: Operation): Promise<Data> {
  if (operation.route === GRAPHQL_ROUTE) {
    const { query, variables } = operation.params as { query: string; variables?: Record<string, unknown> };
    return { graphql: await scope.github.graphql(query, variables) };
  }
  const { data } = await scope.github.request<Data>(operation.route, operation.params);
  return data ?? {};
}

/** One operation, sent until it is known to have landed (or a fault that is no loss is thrown). */
async function send(
  scope: Pick<RepoScope, "github" | "log">,
  operation: Operation,
  faults: string[],
): Promise<Data> {
  for (let sends = 1; ; sends++) {
    try {
      return await sendOnce(scope, operation);
    } catch (error) {
      if (isRunStopped(error) || !operation.route.startsWith("POST ") || !answerMayBeLost(error)) throw error;
      const fault = `${describeError(error)} on ${operation.route.split(" ")[0]} (${operation.summary})`;
      scope.log.warn(`${fault}: looking for it on GitHub before sending it again`);
      const found = await readBack(scope, operation);
      if (found === undefined) throw error;
      if (found.landed) {
        faults.push(`${fault}: it had landed, not sent again`);
        scope.log.info(`${operation.summary}: it had landed`);
        return found.data;
      }
      if (sends >= MAX_SENDS) throw error;
      faults.push(`${fault}: it had not landed, sent again`);
    }
  }
}

/** Applies the plan up to its end or to the run's limits. */
export async function applyPlan(
  scope: Pick<RepoScope, "github" | "log" | "dryRun">,
  operations: readonly Operation[],
): Promise<ApplyOutcome> {
  const applied: AppliedOperation[] = [];
  const faults: string[] = [];
  for (const operation of operations) {
    if (scope.dryRun) {
      scope.log.info(`[dry run] ${operation.summary}: ${describeRequest(operation)}`);
      applied.push({ operation });
      continue;
    }
    scope.log.info(operation.summary);
    let data: Data;
    try {
      data = await send(scope, operation, faults);
    } catch (error) {
      if (isRunStopped(error)) return { applied, stopped: error, faults };
      // A client without the run's limits (../write-budget.ts) still stops cleanly on a rate limit.
      const limit = rateLimitOf(error);
      if (limit) return { applied, stopped: stoppedByLimit(limit, operation.route), faults };
      // The sub-issue is already off its parent: the goal.
      if (operation.kind === "remove-sub-issue" && isNotFound(error)) {
        scope.log.info(`${operation.summary}: it was already off`);
        applied.push({ operation });
        continue;
      }
      // GitHub refused to place a sub-issue (a parent holds at most 100, the learner's own
      // included; an issue GitHub will not nest): the rest of the plan still goes out.
      if (
        (operation.kind === "add-sub-issue" || operation.kind === "move-sub-issue") &&
        statusOf(error) === 422
      ) {
        scope.log.warn(`${operation.summary}: GitHub refused it (${describeError(error)}), left as it is`);
        continue;
      }
      // The label is already off the issue (another handler got there first): the goal.
      if (operation.kind === "remove-label" && isNotFound(error)) {
        scope.log.info(`label "${String(operation.params.name)}" was already removed`);
        applied.push({ operation });
        continue;
      }
      // Another run created the same label a moment ago: the label exists, which was the goal.
      if (operation.kind === "create-label" && isAlreadyExists(error)) {
        scope.log.info(`label "${String(operation.params.name)}" already exists`);
        applied.push({ operation });
        continue;
      }
      throw error;
    }
    applied.push(
      CREATES_ISSUE.has(operation.kind) && data.number !== undefined
        ? {
            operation,
            created: {
              number: data.number,
              id: data.id ?? 0,
              nodeId: data.node_id ?? "",
              htmlUrl: data.html_url ?? "",
            },
          }
        : data.graphql !== undefined
          ? { operation, answer: data.graphql }
          : { operation },
    );
  }
  return { applied, faults };
}

/** Applies the whole plan; the run's limits stopping it are thrown (RunStopped). */
export async function applyOperations(
  scope: Pick<RepoScope, "github" | "log" | "dryRun">,
  operations: readonly Operation[],
): Promise<AppliedOperation[]> {
  const outcome = await applyPlan(scope, operations);
  if (outcome.stopped) throw outcome.stopped;
  return outcome.applied;
}
