// The job contract shared by both queues (in-process and BullMQ on Redis). A webhook
// delivery is verified, recorded and turned into jobs; a worker runs each job later. A job
// carries only plain JSON (it crosses processes through Redis): the kind of work, the
// delivery it came from, the installation to authenticate as and the repository.
import type { RepoRef } from "../../core/github/client.js";
import type { BudgetSpent } from "./budget.js";

export type JobKind = "sync" | "issue-status" | "roadmap-check" | "notes-pr";

export interface JobData {
  kind: JobKind;
  /** The webhook delivery id (X-GitHub-Delivery) the job came from. */
  delivery: string;
  /** The delivery memory key to forget when the job fails for good (so GitHub's redelivery runs it again). */
  deliveryKey: string;
  /** The installation to authenticate as; absent for a token-authenticated app (tests). */
  installation?: number;
  repo: RepoRef;
  /** The event payload the handler needs (issue and pull_request events). */
  payload?: unknown;
}

/** What a handler may return: nothing, or "the write budget is spent, continue at retryAt". */
export type JobOutcome = void | BudgetSpent;

export interface JobInfo {
  /** 1 for the first run, 2 for the first retry, … */
  attempt: number;
}

export type JobHandler = (job: JobData, info: JobInfo) => Promise<JobOutcome>;

/** The repository key jobs are serialised by: owner/name, case-insensitive as GitHub treats them. */
export function repoKey(repo: RepoRef): string {
  return `${repo.owner}/${repo.repo}`.toLowerCase();
}

/** One job per (kind, delivery, repository): adding it twice is a no-op. BullMQ ids may not contain ":". */
export function jobId(job: Pick<JobData, "kind" | "delivery" | "repo">): string {
  return `${job.kind}|${job.delivery}|${repoKey(job.repo)}`.replaceAll(":", "_");
}
