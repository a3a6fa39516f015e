// A whole sync: read what GitHub holds, plan, apply. The roadmap passed in is already
// validated (adapters validate before they build anything), so nothing is written for
// an invalid file.
import type { RepoScope } from "../github/scope.js";
import type { Roadmap } from "../model/schema.js";
import type { Operation } from "../github/plan/operation.js";
import type { PlanCounts } from "./plan-summary.js";
import { countPlan, summarizePlan } from "./plan-summary.js";
import { plan } from "./plan.js";
import { applyWithPrerequisiteLinks } from "./prerequisite-links.js";
import type { Snapshot } from "../issues/topic-issues.js";
import { readSnapshot } from "../issues/read-issues.js";

export interface SyncResult extends PlanCounts {
  operations: Operation[];
  summary: string;
  /** What GitHub held before the sync (reused by callers that render progress next). */
  snapshot: Snapshot;
}

/** Reads and plans only: what `roadmap plan` and a pull request's check run show. */
export async function planSync(scope: Omit<RepoScope, "dryRun">, roadmap: Roadmap): Promise<SyncResult> {
  const snapshot = await readSnapshot(scope.github, scope.repo);
  const operations = plan(scope.repo, roadmap, snapshot);
  return { operations, summary: summarizePlan(operations), snapshot, ...countPlan(operations) };
}

export async function syncRoadmap(scope: RepoScope, roadmap: Roadmap): Promise<SyncResult> {
  const result = await planSync(scope, roadmap);
  scope.log.info(`sync ${scope.repo.owner}/${scope.repo.repo}: ${result.summary}`);
  await applyWithPrerequisiteLinks(scope, roadmap, result.snapshot, result.operations);
  return result;
}
