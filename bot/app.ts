// The Probot app: answer first, work after. Each webhook handler here verifies nothing
// itself (Probot checked the signature), records the delivery and enqueues one job per
// repository it concerns, then returns: GitHub gets its answer in milliseconds. Workers
// (queue/run-job.ts) run the jobs through core/, one per repository at a time. The queue is
// in-process by default and BullMQ on Redis with REDIS_URL (queue/from-env.ts).
import type { Context, Probot } from "probot";
import type { ApplicationFunctionOptions } from "probot";
import type { RepoRef } from "../core/github/client.js";
import { parseRepo } from "../core/github/client.js";
import { DEFAULT_ROADMAP_PATH } from "../core/validate/read-from-github.js";
import { AppMetrics } from "./ops/metrics.js";
import { opsHandler } from "./ops/routes.js";
import { queueFromEnv } from "./queue/from-env.js";
import type { JobData, JobKind } from "./queue/job.js";
import { jobRunner } from "./queue/run-job.js";
import type { WorkQueue } from "./queue/work-queue.js";

export interface AppOptions {
  roadmapPath?: string;
  /** The queue to enqueue to and work from; by default one from the environment (REDIS_URL or in-process). */
  queue?: WorkQueue;
  metrics?: AppMetrics;
  /**
   * The app's slug: its comments are "<slug>[bot]"'s, the only bot whose markers count.
   * Unset, it is read once from GET /app (the app's own JWT) the first time a bot's
   * comment needs judging.
   */
  appSlug?: string;
  /** Writes one job's sync may send (the Action's max-writes); past it the job waits for the window. */
  maxWrites?: number;
}

interface RepositoryName {
  full_name: string;
}

export function createApp(options: AppOptions = {}) {
  const roadmapPath = options.roadmapPath ?? DEFAULT_ROADMAP_PATH;

  return (app: Probot, appOptions?: ApplicationFunctionOptions) => {
    const metrics = options.metrics ?? new AppMetrics();
    const queue = options.queue ?? queueFromEnv(process.env, app.log, metrics);
    metrics.watch(queue);
    queue.start(
      jobRunner(app, {
        roadmapPath,
        ...(options.appSlug ? { appSlug: options.appSlug } : {}),
        ...(options.maxWrites ? { maxWrites: options.maxWrites } : {}),
      }),
    );
    try {
      appOptions?.addHandler(opsHandler(queue, metrics));
    } catch {
      // probot.load() without a server (tests): no HTTP routes to add.
    }

    /** The job of one repository for this delivery. */
    function job(context: Context, name: string, kind: JobKind, repo: RepoRef, payload?: unknown): JobData {
      const installation = (context.payload as { installation?: { id?: number } }).installation?.id;
      return {
        kind,
        delivery: context.id,
        deliveryKey: `${name}:${context.id}`,
        repo,
        ...(installation === undefined ? {} : { installation }),
        ...(payload === undefined ? {} : { payload }),
      };
    }

    /**
     * Records the delivery once per handler (several handlers may share one event), then
     * enqueues its jobs. A repeat, on this instance or another, does nothing; when a job
     * cannot be queued the delivery is forgotten and the answer is an error, so GitHub's
     * redelivery (same id) tries again.
     */
    function enqueueing<C extends Context>(name: string, jobsOf: (context: C) => JobData[]) {
      return async (context: C) => {
        const key = `${name}:${context.id}`;
        const jobs = jobsOf(context);
        if (jobs.length === 0) return;
        if (!(await queue.markDelivery(key))) {
          metrics.delivery("duplicate");
          context.log.info(`delivery ${context.id} already handled by ${name}`);
          return;
        }
        metrics.delivery("accepted");
        const failed: string[] = [];
        let firstError: unknown;
        // One repository failing does not stop the others.
        for (const item of jobs) {
          try {
            await queue.enqueue(item);
          } catch (error) {
            failed.push(`${item.repo.owner}/${item.repo.repo}`);
            firstError ??= error;
            context.log.warn(
              `${item.repo.owner}/${item.repo.repo}: ${item.kind} failed: ${error instanceof Error ? error.message : String(error)}`,
            );
          }
        }
        if (failed.length) {
          await queue.forgetDelivery(key);
          if (jobs.length === 1) throw firstError;
          throw new Error(`${jobs[0]!.kind} failed for ${failed.join(", ")}`);
        }
      };
    }

    const syncs =
      (
        repositories: (
          context: Context<"installation" | "installation_repositories">,
        ) => RepositoryName[] | undefined,
      ) =>
      (context: Context<"installation" | "installation_repositories">) =>
        (repositories(context) ?? []).map((repository) =>
          job(context, "install-sync", "sync", parseRepo(repository.full_name)),
        );

    app.on(
      "installation.created",
      enqueueing(
        "install-sync",
        syncs((context) => (context.payload as { repositories?: RepositoryName[] }).repositories),
      ),
    );
    app.on(
      "installation_repositories.added",
      enqueueing(
        "install-sync",
        syncs((context) => (context.payload as { repositories_added?: RepositoryName[] }).repositories_added),
      ),
    );

    app.on(
      "push",
      enqueueing("push-sync", (context) => {
        const { payload } = context;
        if (payload.ref !== `refs/heads/${payload.repository.default_branch}`) return [];
        const touched = payload.commits.some((commit) =>
          [...(commit.added ?? []), ...(commit.modified ?? []), ...(commit.removed ?? [])].includes(
            roadmapPath,
          ),
        );
        // The push only says "the roadmap changed": the sync reads the branch as it is then,
        // never payload.after, so a late or redelivered push cannot re-apply an older roadmap.
        return touched ? [job(context, "push-sync", "sync", context.repo())] : [];
      }),
    );

    app.on(
      ["issues.opened", "issues.edited", "issues.closed", "issues.reopened"],
      enqueueing("issue-status", (context) => [
        job(context, "issue-status", "issue-status", context.repo(), context.payload),
      ]),
    );

    app.on(
      ["pull_request.opened", "pull_request.synchronize", "pull_request.reopened"],
      enqueueing("roadmap-check", (context) => [
        job(context, "roadmap-check", "roadmap-check", context.repo(), {
          pull_request: {
            number: context.payload.pull_request.number,
            head: { sha: context.payload.pull_request.head.sha },
          },
        }),
      ]),
    );

    app.on(
      [
        "pull_request.opened",
        "pull_request.synchronize",
        "pull_request.reopened",
        "pull_request.edited",
        "pull_request.closed",
      ],
      enqueueing("notes-pr", (context) => [
        job(context, "notes-pr", "notes-pr", context.repo(), context.payload),
      ]),
    );
  };
}

/** The app as Probot loads it (`probot run`); `npm run bot` builds its own (bot/server.ts). */
export default createApp();
