// The worker side: a job -> the core/ handler it stands for. The webhook side (app.ts)
// only records and enqueues; this runs later, on whichever instance takes the job, with
// a client authenticated as the job's installation.
import type { Probot } from "probot";
import { asGitHubClient } from "../../core/github/client.js";
import type { RepoScope } from "../../core/github/scope.js";
import type { PullRequestPayload } from "../../core/notes/pull-request.js";
import { checkRoadmapPullRequest } from "../../core/sync/roadmap-pr-check.js";
import { handleIssueEvent } from "../../core/sync/status-event.js";
import type { IssueEventPayload } from "../../core/sync/status-event.js";
import { notesPullRequest } from "../handlers/notes-pr.js";
import { PullFilesMemo } from "../handlers/notes-pull-files.js";
import { syncRepository } from "../handlers/sync-repository.js";
import { asLogger } from "../logger.js";
import { RepoLock } from "../repo-lock.js";
import type { JobData, JobHandler } from "./job.js";

export interface RunJobOptions {
  roadmapPath: string;
}

interface PullRequestFields {
  number: number;
  head: { sha: string };
}

export function jobRunner(app: Probot, options: RunJobOptions): JobHandler {
  const { roadmapPath } = options;
  // The queue already runs one job per repository at a time; the in-process lock the
  // handlers take is then always free. It stays for callers without a queue.
  const lock = new RepoLock();
  // The roadmap check and the notes check of one delivery share one read of the PR's files
  // when they run in the same process.
  const pullFiles = new PullFilesMemo();

  async function scopeOf(job: JobData): Promise<RepoScope> {
    const octokit = await app.auth(job.installation);
    const log = app.log.child({
      job: job.kind,
      delivery: job.delivery,
      repo: `${job.repo.owner}/${job.repo.repo}`,
    });
    return { github: asGitHubClient(octokit), repo: job.repo, log: asLogger(log) };
  }

  return async (job, info) => {
    const scope = await scopeOf(job);
    scope.log.info(`job started (attempt ${info.attempt})`);
    switch (job.kind) {
      case "sync":
        // The budget hook: when the sync reports a spent write budget, turn it into a
        // BudgetSpent here (return or throw it); the queue runs the job again at retryAt.
        await syncRepository(scope, lock, roadmapPath);
        return;
      case "issue-status": {
        const result = await handleIssueEvent(scope, job.payload as IssueEventPayload);
        if (result.skipped) scope.log.debug(result.skipped);
        return;
      }
      case "roadmap-check": {
        const pr = (job.payload as { pull_request: PullRequestFields }).pull_request;
        await checkRoadmapPullRequest(
          { ...scope, github: pullFiles.client(job.delivery, scope.github) },
          { number: pr.number, headSha: pr.head.sha },
          roadmapPath,
        );
        return;
      }
      case "notes-pr": {
        const result = await notesPullRequest(
          { ...scope, github: pullFiles.client(job.delivery, scope.github) },
          lock,
          roadmapPath,
          job.payload as PullRequestPayload,
        );
        if (result.skipped) scope.log.debug(`notes: ${result.skipped}`);
        return;
      }
    }
  };
}
