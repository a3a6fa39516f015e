// The worker side: a job -> the core/ handler it stands for. The webhook side (app.ts)
// only records and enqueues; this runs later, on whichever instance takes the job, with
// a client authenticated as the job's installation.
import type { Probot } from "probot";
import { asGitHubClient } from "../../core/github/client.js";
import { explainGitHubError } from "../../core/github/explain-error.js";
import type { RepoScope } from "../../core/github/scope.js";
import { repoTrust } from "../../core/github/write-access.js";
import {
  DEFAULT_MAX_WRITES,
  isRunStopped,
  withRunLimits,
  WriteBudget,
} from "../../core/github/write-budget.js";
import type { PullRequestPayload } from "../../core/notes/pull-request.js";
import { checkRoadmapPullRequest } from "../../core/sync/roadmap-pr-check.js";
import { handleIssueEvent } from "../../core/sync/status-event.js";
import type { IssueEventPayload } from "../../core/sync/status-event.js";
import { notesPullRequest } from "../handlers/notes-pr.js";
import type { BoardAccess } from "../../core/board/access.js";
import { boardAccess } from "../../core/board/access.js";
import type { ProjectRef } from "../../core/board/project-ref.js";
import type { Roadmap } from "../../core/model/schema.js";
import { readRemoteRoadmap } from "../../core/validate/read-from-github.js";
import { PullFilesMemo } from "../handlers/notes-pull-files.js";
import { syncRepository } from "../handlers/sync-repository.js";
import { asLogger } from "../logger.js";
import { RepoLock } from "../repo-lock.js";
import { BudgetSpent } from "./budget.js";
import type { JobData, JobHandler } from "./job.js";

export interface RunJobOptions {
  roadmapPath: string;
  /** The app's slug ("<slug>[bot]" is its own identity); read from GET /app when unset. */
  appSlug?: string;
  /** Writes one sync job may send; past it, the job runs again after GitHub's window. */
  maxWrites?: number;
}

/** How long a spent budget waits when GitHub did not say: its content-creation window is an hour. */
export const BUDGET_WINDOW_MS = 60 * 60 * 1000;

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
  // The board each repository's roadmap names (settings.project), learned at its last sync in
  // this process: a status event reads the roadmap only for a repository not synced here yet.
  // The installation's token reaches an organization's project (organization_projects: write),
  // never a user's.
  const boards = new Map<string, ProjectRef | null>();
  const repoKey = (repo: RepoScope["repo"]) => `${repo.owner}/${repo.repo}`.toLowerCase();
  const learnBoard = (scope: RepoScope, roadmap: Roadmap): BoardAccess | undefined => {
    const access = boardAccess(roadmap, scope.github);
    boards.set(repoKey(scope.repo), access?.project ?? null);
    return access;
  };
  const boardFor = (scope: RepoScope) => async (): Promise<BoardAccess | undefined> => {
    if (!boards.has(repoKey(scope.repo))) {
      const remote = await readRemoteRoadmap(scope.github, scope.repo, roadmapPath);
      if (!remote.found || !remote.result.ok) return undefined;
      learnBoard(scope, remote.result.roadmap);
    }
    const project = boards.get(repoKey(scope.repo));
    return project ? { project, github: scope.github } : undefined;
  };

  let selfLogins: Promise<readonly string[]> | undefined;
  /** "<slug>[bot]": this app's own identity, looked up once per process. */
  const self = (): Promise<readonly string[]> => {
    selfLogins ??= (async () => {
      if (options.appSlug) return [`${options.appSlug}[bot]`];
      const octokit = asGitHubClient(await app.auth());
      const { data } = await octokit.request<{ slug?: string }>("GET /app");
      return data.slug ? [`${data.slug}[bot]`] : [];
    })();
    selfLogins.catch(() => (selfLogins = undefined));
    return selfLogins;
  };

  async function scopeOf(job: JobData): Promise<RepoScope> {
    const octokit = await app.auth(job.installation);
    const log = app.log.child({
      job: job.kind,
      delivery: job.delivery,
      repo: `${job.repo.owner}/${job.repo.repo}`,
    });
    const github = asGitHubClient(octokit);
    // Markers count only from this app's own bot or a user with write access.
    return { github, repo: job.repo, log: asLogger(log), trust: repoTrust(github, job.repo, self) };
  }

  /** The sync under the job's write budget; a spent budget or a long rate limit waits for the window. */
  async function sync(scope: RepoScope): Promise<void> {
    const budget = new WriteBudget(options.maxWrites ?? DEFAULT_MAX_WRITES);
    const later = (seconds: number | undefined) => Date.now() + (seconds ? seconds * 1000 : BUDGET_WINDOW_MS);
    let result;
    try {
      const limited = { ...scope, github: withRunLimits(scope.github, budget) };
      result = await syncRepository(limited, lock, roadmapPath, (roadmap) => learnBoard(limited, roadmap));
    } catch (error) {
      if (isRunStopped(error)) throw new BudgetSpent(later(error.retryAfterSeconds), error.message);
      throw error;
    }
    if (result?.stopped) {
      scope.log.warn(
        `sync stopped (${result.stopped.message}): ${result.stopped.line}; runs again after the window`,
      );
      throw new BudgetSpent(later(result.stopped.retryAfterSeconds), result.stopped.message);
    }
  }

  const run: JobHandler = async (job, info) => {
    const scope = await scopeOf(job);
    scope.log.info(`job started (attempt ${info.attempt})`);
    switch (job.kind) {
      case "sync":
        // A spent write budget becomes a BudgetSpent: the queue runs the job again at retryAt.
        await sync(scope);
        return;
      case "issue-status": {
        const result = await handleIssueEvent(scope, job.payload as IssueEventPayload, {
          board: boardFor(scope),
        });
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

  return async (job, info) => {
    try {
      await run(job, info);
    } catch (error) {
      // GitHub's refusal said as what to fix (the queue logs and retries the job after this).
      const explained = explainGitHubError(error, {
        grant: (permission) =>
          `grant the App \`${permission}\` (app.yml) and accept the new permissions in the installation's settings`,
      });
      if (explained) app.log.error(`${job.kind} job for ${job.repo.owner}/${job.repo.repo}: ${explained}`);
      throw error;
    }
  };
}
