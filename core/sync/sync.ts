// A whole sync: read what GitHub holds, plan, apply. The roadmap passed in is already
// validated (adapters may start reading before that, the Action does, but write nothing
// until it is), so nothing is written for an invalid file.
//
// Under GitHub's real limits: faults met while applying (a lost answer, read back and
// sent again only when it had not landed) are followed by one fresh read and plan, so the
// run converges in the same run; when the run's limits stop the plan (core/github/write-budget.ts)
// the sync ends cleanly with `stopped`, and the next sync plans the rest from what GitHub holds.
import type { RepoScope } from "../github/scope.js";
import type { Roadmap } from "../model/schema.js";
import type { Operation } from "../github/plan/operation.js";
import type { StopReason } from "../github/write-budget.js";
import type { PlanCounts } from "./plan-summary.js";
import { countPlan, summarizePlan } from "./plan-summary.js";
import { plan } from "./plan.js";
import { applySyncPlan } from "./apply-sync-plan.js";
import { parentsToRead } from "./sub-issues.js";
import type { Snapshot } from "../issues/topic-issues.js";
import { readSnapshot, readSubIssueLists } from "../issues/read-issues.js";
import type { BoardAccess } from "../board/access.js";
import { syncBoardAfterIssues } from "../board/access.js";
import type { BoardSyncResult } from "../board/sync-board.js";

export interface SyncStop {
  reason: StopReason;
  /** Why, as the limit said it. */
  message: string;
  /** One line for the log and the job summary: "created 450 of 1,000 topic issues; the next run continues". */
  line: string;
  retryAfterSeconds?: number;
}

export interface SyncResult extends PlanCounts {
  operations: Operation[];
  summary: string;
  /** What GitHub held before the sync (reused by callers that render progress next). */
  snapshot: Snapshot;
  /** Operations sent (all of them unless stopped). */
  applied?: number;
  /** Set when the run's limits ended the sync before its plan did. */
  stopped?: SyncStop;
  /** Faults met and got over on the way. */
  faults?: string[];
  /** The Projects board's step (core/board), when the roadmap names one and the adapter gave its access. */
  board?: BoardSyncResult;
}

export interface SyncOptions {
  /** The board the roadmap names and the client that may write it (core/board/access.ts). */
  board?: BoardAccess;
}

/** Reads and plans only: what `roadmap plan` and a pull request's check run show. */
export async function planSync(scope: Omit<RepoScope, "dryRun">, roadmap: Roadmap): Promise<SyncResult> {
  const read = await readSnapshot(scope.github, scope.repo);
  // The parents' sub-issue lists, only where a parent may be out of step (none on a no-op sync).
  const parents = parentsToRead(scope.repo, roadmap, read);
  const snapshot: Snapshot = parents.length
    ? { ...read, subIssues: await readSubIssueLists(scope.github, scope.repo, parents) }
    : read;
  const operations = plan(scope.repo, roadmap, snapshot);
  return { operations, summary: summarizePlan(operations), snapshot, ...countPlan(operations) };
}

const count = (n: number) => n.toLocaleString("en-US");

function stopLine(operations: readonly Operation[], applied: readonly Operation[]): string {
  const topicCreate = (op: Operation) => op.kind === "create-issue" && op.topicId !== undefined;
  const planned = operations.filter(topicCreate).length;
  const created = applied.filter(topicCreate).length;
  // Stopped among the creates: how many topic issues; past them (the parents, the
  // sub-issues): how many changes.
  const done =
    planned > 0 && created < planned
      ? `created ${count(created)} of ${count(planned)} topic issues`
      : `applied ${count(applied.length)} of ${count(operations.length)} changes`;
  return `${done}; the next run continues`;
}

/** A fresh read and plan after faults: at most this many rounds in one run. */
const MAX_ROUNDS = 3;

export async function syncRoadmap(
  scope: RepoScope,
  roadmap: Roadmap,
  options: SyncOptions = {},
): Promise<SyncResult> {
  const result = await planSync(scope, roadmap);
  scope.log.info(`sync ${scope.repo.owner}/${scope.repo.repo}: ${result.summary}`);
  const faults: string[] = [];
  let operations = result.operations;
  let snapshot = result.snapshot;
  const appliedOps: Operation[] = [];
  const created: { topicId: string; number: number; nodeId?: string }[] = [];
  for (let round = 1; ; round++) {
    // A topic's write waits for its prerequisites' new issues, so it names them by number;
    // the sub-issues wait for the issues they link.
    const outcome = await applySyncPlan(scope, roadmap, snapshot, operations);
    for (const { operation, created: issue } of outcome.applied) {
      if (operation.kind === "create-issue" && operation.topicId && issue)
        created.push({
          topicId: operation.topicId,
          number: issue.number,
          ...(issue.nodeId ? { nodeId: issue.nodeId } : {}),
        });
    }
    appliedOps.push(...outcome.applied.map((entry) => entry.operation));
    faults.push(...outcome.faults);
    if (outcome.stopped) {
      const line = stopLine(result.operations, appliedOps);
      scope.log.warn(`sync stopped: ${outcome.stopped.message}: ${line}`);
      return {
        ...result,
        // What was done, not what was planned: the outputs count these.
        ...countPlan(appliedOps),
        applied: appliedOps.length,
        faults,
        stopped: {
          reason: outcome.stopped.reason,
          message: outcome.stopped.message,
          line,
          ...(outcome.stopped.retryAfterSeconds === undefined
            ? {}
            : { retryAfterSeconds: outcome.stopped.retryAfterSeconds }),
        },
      };
    }
    // No fault, or a dry run: the plan was applied as planned.
    if (outcome.faults.length === 0 || scope.dryRun || round >= MAX_ROUNDS) break;
    // Faults were met: what GitHub holds now decides what is left (nothing, normally).
    scope.log.info(
      `sync: ${outcome.faults.length} fault(s) met; reading GitHub again to check the plan is done`,
    );
    const again = await planSync(scope, roadmap);
    operations = again.operations;
    snapshot = again.snapshot;
    if (operations.length === 0) break;
    scope.log.info(`sync: ${summarizePlan(operations)} still to do`);
  }
  // The Projects board (core/board), after the issues: it needs each topic issue's node id.
  const board = options.board
    ? await syncBoardAfterIssues(scope, options.board, roadmap, snapshot.issues, created)
    : undefined;
  return { ...result, applied: appliedOps.length, faults, ...(board ? { board } : {}) };
}
