// A whole sync: read what GitHub holds, plan, apply. The roadmap passed in is already
// validated (adapters validate before they build anything), so nothing is written for
// an invalid file.
import type { GitHubClient, Logger, RepoRef } from "../github/client.js";
import type { Roadmap } from "../model/schema.js";
import { applyOperations } from "../github/plan/apply.js";
import type { Operation, PlanCounts } from "../github/plan/operation.js";
import { countPlan, summarizePlan } from "../github/plan/operation.js";
import { plan } from "./plan.js";
import type { Snapshot } from "../issues/topic-issues.js";
import { readSnapshot } from "../issues/topic-issues.js";

export interface SyncDeps {
  github: GitHubClient;
  repo: RepoRef;
  log: Logger;
  dryRun?: boolean;
}

export interface SyncResult extends PlanCounts {
  operations: Operation[];
  summary: string;
  /** What GitHub held before the sync (reused by callers that render progress next). */
  snapshot: Snapshot;
}

/** Reads and plans only: what `roadmap plan` and a pull request's check run show. */
export async function planSync(deps: Omit<SyncDeps, "dryRun">, roadmap: Roadmap): Promise<SyncResult> {
  const snapshot = await readSnapshot(deps.github, deps.repo);
  const operations = plan(deps.repo, roadmap, snapshot);
  return { operations, summary: summarizePlan(operations), snapshot, ...countPlan(operations) };
}

export async function syncRoadmap(deps: SyncDeps, roadmap: Roadmap): Promise<SyncResult> {
  const result = await planSync(deps, roadmap);
  deps.log.info(`sync ${deps.repo.owner}/${deps.repo.repo}: ${result.summary}`);
  await applyOperations(deps, result.operations);
  return result;
}
