// The Probot app: webhook events in, core/ handlers out. Each handler here only turns a
// payload into core's inputs; the rules live in core/.
import type { Context, Probot } from "probot";
import { asGitHubClient, parseRepo } from "../core/github/client.js";
import type { PullRequestPayload } from "../core/notes/pull-request.js";
import { handleIssueEvent } from "../core/sync/issue-event.js";
import type { IssueEventPayload } from "../core/sync/issue-event.js";
import { DEFAULT_ROADMAP_PATH } from "../core/sync/remote-roadmap.js";
import { RecentDeliveries } from "./deliveries.js";
import { notesPullRequest } from "./handlers/notes-pr.js";
import { PullFilesMemo } from "./handlers/notes-pull-files.js";
import { checkRoadmapPullRequest } from "../core/sync/roadmap-check.js";
import { syncRepository } from "./handlers/sync-repository.js";
import { asLogger } from "./logger.js";
import { RepoLock } from "./repo-lock.js";

export interface AppOptions {
  roadmapPath?: string;
}

interface RepositoryName {
  full_name: string;
  name: string;
}

export function createApp(options: AppOptions = {}) {
  const roadmapPath = options.roadmapPath ?? DEFAULT_ROADMAP_PATH;
  const lock = new RepoLock();
  const deliveries = new RecentDeliveries();
  // The roadmap check and the notes check share one read of a PR's file list per delivery.
  const pullFiles = new PullFilesMemo();

  /** Runs a handler once per delivery id (several handlers may share one event). */
  function once<C extends Context>(name: string, handler: (context: C) => Promise<void>) {
    return async (context: C) => {
      const key = `${name}:${context.id}`;
      if (!deliveries.firstTime(key)) {
        context.log.info(`delivery ${context.id} already handled by ${name}`);
        return;
      }
      try {
        await handler(context);
      } catch (error) {
        deliveries.forget(key);
        throw error;
      }
    };
  }

  return (app: Probot) => {
    async function syncAll(context: Context, repositories: RepositoryName[] | undefined) {
      const github = asGitHubClient(context.octokit);
      const log = asLogger(context.log);
      const failed: string[] = [];
      // Serial: one repository after another keeps the installation under its rate limits.
      // One repository failing does not stop the others.
      for (const repository of repositories ?? []) {
        try {
          await syncRepository({ github, repo: parseRepo(repository.full_name), log, lock, roadmapPath });
        } catch (error) {
          failed.push(repository.full_name);
          log.warn(
            `${repository.full_name}: sync failed: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      }
      if (failed.length) throw new Error(`sync failed for ${failed.join(", ")}`);
    }

    app.on(
      "installation.created",
      once("install-sync", async (context) => syncAll(context, context.payload.repositories)),
    );
    app.on(
      "installation_repositories.added",
      once("install-sync", async (context) => syncAll(context, context.payload.repositories_added)),
    );

    app.on(
      "push",
      once("push-sync", async (context) => {
        const { payload } = context;
        if (payload.ref !== `refs/heads/${payload.repository.default_branch}`) return;
        const touched = payload.commits.some((commit) =>
          [...(commit.added ?? []), ...(commit.modified ?? []), ...(commit.removed ?? [])].includes(
            roadmapPath,
          ),
        );
        if (!touched) return;
        // The push only says "the roadmap changed": the sync reads the branch as it is now,
        // never payload.after, so a late or redelivered push cannot re-apply an older roadmap.
        await syncRepository({
          github: asGitHubClient(context.octokit),
          repo: context.repo(),
          log: asLogger(context.log),
          lock,
          roadmapPath,
        });
      }),
    );

    app.on(
      ["issues.opened", "issues.edited", "issues.closed", "issues.reopened"],
      once("issue-status", async (context) => {
        // Under the repository's lock: a status change never interleaves with a sync or
        // another event's change of the same labels.
        const repo = context.repo();
        const result = await lock.forRepo(repo, () =>
          handleIssueEvent(
            { github: asGitHubClient(context.octokit), repo, log: asLogger(context.log) },
            context.payload as unknown as IssueEventPayload,
          ),
        );
        if (result.skipped) context.log.debug(result.skipped);
      }),
    );

    app.on(
      ["pull_request.opened", "pull_request.synchronize", "pull_request.reopened"],
      once("roadmap-check", async (context) => {
        await checkRoadmapPullRequest(
          {
            github: pullFiles.client(context.id, asGitHubClient(context.octokit)),
            repo: context.repo(),
            log: asLogger(context.log),
            roadmapPath,
          },
          { number: context.payload.pull_request.number, headSha: context.payload.pull_request.head.sha },
        );
      }),
    );

    app.on(
      [
        "pull_request.opened",
        "pull_request.synchronize",
        "pull_request.reopened",
        "pull_request.edited",
        "pull_request.closed",
      ],
      once("notes-pr", async (context) => {
        const result = await notesPullRequest(
          {
            github: pullFiles.client(context.id, asGitHubClient(context.octokit)),
            repo: context.repo(),
            log: asLogger(context.log),
            lock,
            roadmapPath,
          },
          context.payload as unknown as PullRequestPayload,
        );
        if (result.skipped) context.log.debug(`notes: ${result.skipped}`);
      }),
    );
  };
}

/** The app as Probot loads it (`probot run`, `npm run bot`). */
export default createApp();
