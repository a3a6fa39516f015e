// The Probot app: webhook events in, core/ handlers out. Each handler here only turns a
// payload into core's inputs; the rules live in core/.
import type { Context, Probot } from "probot";
import type { RepoRef } from "../core/github/client.js";
import { asGitHubClient, parseRepo } from "../core/github/client.js";
import type { RepoScope } from "../core/github/scope.js";
import { explainGitHubError } from "../core/github/explain-error.js";
import type { PullRequestPayload } from "../core/notes/pull-request.js";
import { handleIssueEvent } from "../core/sync/status-event.js";
import type { IssueEventPayload } from "../core/sync/status-event.js";
import { DEFAULT_ROADMAP_PATH } from "../core/validate/read-from-github.js";
import { RecentDeliveries } from "./deliveries.js";
import { notesPullRequest } from "./handlers/notes-pr.js";
import { PullFilesMemo } from "./handlers/notes-pull-files.js";
import { checkRoadmapPullRequest } from "../core/sync/roadmap-pr-check.js";
import { syncRepository } from "./handlers/sync-repository.js";
import { asLogger } from "./logger.js";
import { RepoLock } from "./repo-lock.js";
import { repoTrust } from "../core/github/write-access.js";

import { DEFAULT_LATER_MS, Later } from "./later.js";
import { DEFAULT_MAX_WRITES, isRunStopped, withRunLimits, WriteBudget } from "../core/github/write-budget.js";
import type { SyncStop } from "../core/sync/sync.js";

export interface AppOptions {
  roadmapPath?: string;
  /**
   * The app's slug: its comments are "<slug>[bot]"'s, the only bot whose markers count.
   * Unset, it is read once from GET /app (the app's own JWT) the first time a bot's
   * comment needs judging.
   */
  appSlug?: string;
  /** Writes one delivery's sync may send (the Action's max-writes). */
  maxWrites?: number;
  /** Where put-off work waits; tests pass their own to run it at once. */
  later?: Later;
}

interface RepositoryName {
  full_name: string;
  name: string;
}

/** The repository scope of a delivery: its installation's client, its repository, its logger. */
function scopeOf(
  context: Context,
  self: () => Promise<readonly string[]>,
  repo: RepoRef = context.repo(),
  github = asGitHubClient(context.octokit),
): RepoScope {
  return { github, repo, log: asLogger(context.log), trust: repoTrust(github, repo, self) };
}

export function createApp(options: AppOptions = {}) {
  const roadmapPath = options.roadmapPath ?? DEFAULT_ROADMAP_PATH;
  const lock = new RepoLock();
  const deliveries = new RecentDeliveries();
  // The roadmap check and the notes check share one read of a PR's file list per delivery.
  const pullFiles = new PullFilesMemo();
  const later = options.later ?? new Later();
  const maxWrites = options.maxWrites ?? DEFAULT_MAX_WRITES;

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
        // GitHub's refusal said as what to fix (Probot logs the error itself after this).
        const explained = explainGitHubError(error, {
          grant: (permission) =>
            `grant the App \`${permission}\` (app.yml) and accept the new permissions in the installation's settings`,
        });
        if (explained) context.log.error(`${name}: ${explained}`);
        throw error;
      }
    };
  }

  return (app: Probot) => {
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
    /**
     * The run's limits stopped a sync: the rest (this repository, and those after it) runs
     * again after GitHub's window instead of failing the delivery.
     */
    function putOff(context: Context, stopped: SyncStop, rest: RepositoryName[]): void {
      const delay = stopped.retryAfterSeconds ? stopped.retryAfterSeconds * 1000 : DEFAULT_LATER_MS;
      const names = rest.map((repository) => repository.full_name);
      asLogger(context.log).warn(
        `${names[0]}: sync stopped (${stopped.message}): ${stopped.line}; ` +
          `${names.join(", ")} sync again in ${Math.ceil(delay / 60_000)} min`,
      );
      later.schedule(`sync:${names[0]!.toLowerCase()}`, delay, () => syncAll(context, rest));
    }

    async function syncAll(context: Context, repositories: RepositoryName[] | undefined) {
      const log = asLogger(context.log);
      const failed: string[] = [];
      const list = repositories ?? [];
      // Serial: one repository after another keeps the installation under its rate limits.
      // One repository failing does not stop the others; the limits stopping one put the
      // rest off until after the window (one budget for the whole installation's work).
      const github = withRunLimits(asGitHubClient(context.octokit), new WriteBudget(maxWrites));
      for (const [index, repository] of list.entries()) {
        try {
          const result = await syncRepository(
            scopeOf(context, self, parseRepo(repository.full_name), github),
            lock,
            roadmapPath,
          );
          if (result?.stopped) {
            putOff(context, result.stopped, list.slice(index));
            break;
          }
        } catch (error) {
          if (isRunStopped(error)) {
            putOff(
              context,
              {
                reason: error.reason,
                message: error.message,
                line: "nothing synced yet",
                ...(error.retryAfterSeconds ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
              },
              list.slice(index),
            );
            break;
          }
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
        await syncAll(context, [payload.repository]);
      }),
    );

    app.on(
      ["issues.opened", "issues.edited", "issues.closed", "issues.reopened"],
      once("issue-status", async (context) => {
        // Under the repository's lock: a status change never interleaves with a sync or
        // another event's change of the same labels.
        const scope = scopeOf(context, self);
        const result = await lock.forRepo(scope.repo, () =>
          handleIssueEvent(scope, context.payload as unknown as IssueEventPayload),
        );
        if (result.skipped) context.log.debug(result.skipped);
      }),
    );

    app.on(
      ["pull_request.opened", "pull_request.synchronize", "pull_request.reopened"],
      once("roadmap-check", async (context) => {
        await checkRoadmapPullRequest(
          scopeOf(
            context,
            self,
            context.repo(),
            pullFiles.client(context.id, asGitHubClient(context.octokit)),
          ),
          { number: context.payload.pull_request.number, headSha: context.payload.pull_request.head.sha },
          roadmapPath,
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
          scopeOf(
            context,
            self,
            context.repo(),
            pullFiles.client(context.id, asGitHubClient(context.octokit)),
          ),
          lock,
          roadmapPath,
          context.payload as unknown as PullRequestPayload,
        );
        if (result.skipped) context.log.debug(`notes: ${result.skipped}`);
      }),
    );
  };
}

/**
 * The app as `npm run bot` (bot/server.ts) serves it. Not for `probot run`: that server
 * would skip the checks of bot/app-config.ts and bot/webhook-guard.ts.
 */
export default createApp();
