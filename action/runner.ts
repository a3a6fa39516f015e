// The Action: read the inputs and the event, validate the roadmap, run the steps, set the
// outputs. It is the one error boundary: any failure fails the step with a message that
// names the fix.
//
// Start-up is on every run's clock, so this module holds only what the first request needs
// (the inputs, the event, the client). The first step's first reads go out before the
// roadmap is parsed and validated (early-reads.ts); nothing is written before it is valid.
// The parser, the schema and the steps (steps.ts) are loaded with import() once those reads
// are on their way.
import { appendFileSync } from "node:fs";
import * as core from "@actions/core";
import { todayIn } from "../core/practice/dates.js";
import type { FetchLike } from "../core/daily/leetcode-daily.js";
import type { GitHubClient, Logger, RepoRef } from "../core/github/client.js";
import { parseRepo } from "../core/github/client.js";
import { keepScheduleAlive, workflowFileOf } from "../core/github/keep-alive.js";
import { isRunStopped, withRunLimits, WriteBudget } from "../core/github/write-budget.js";
import { readSnapshot, readTopicIssues } from "../core/issues/read-issues.js";
import { untrustedLogLine } from "../core/text/neutralize.js";
import { ACTIONS_BOT_LOGIN, repoTrust } from "../core/github/write-access.js";
import { createGitHubClient } from "../octokit/create-client.js";
import type { ActionContext } from "./context.js";
import { earlyReads } from "./early-reads.js";
import type { Step } from "./event.js";
import { planFor, readEvent } from "./event.js";
import { readInputs } from "./inputs.js";
import type { Outputs } from "./step-result.js";
import { emptyOutputs } from "./step-result.js";

export interface RunOptions {
  /** Tests inject a client aimed at nock; the Action builds its own from the token. */
  github?: GitHubClient;
  /** The board's client for a token (project-token); tests aim it at nock. */
  projectGitHub?: (token: string) => GitHubClient;
  fetch?: FetchLike;
  now?: () => Date;
  env?: Record<string, string | undefined>;
}

// core.warning and core.debug escape their text into one workflow command; core.info writes
// it as a line of its own, where a title from a fork's roadmap could start ::add-mask:: or
// ::error:: (see untrustedLogLine).
const log: Logger = {
  info: (message) => core.info(untrustedLogLine(message)),
  warn: (message) => core.warning(message),
  debug: (message) => core.debug(message),
};

/** What a step reads first, whatever the roadmap says: sent before the roadmap is validated. */
function firstReads(step: Step, github: GitHubClient, repo: RepoRef): Promise<unknown> {
  switch (step) {
    case "sync":
      return readSnapshot(github, repo);
    case "readme":
    case "daily":
      return readTopicIssues(github, repo);
    default:
      return Promise.resolve();
  }
}

function setOutputs(outputs: Outputs): void {
  core.setOutput("readme-changed", String(outputs["readme-changed"]));
  core.setOutput("progress", outputs.progress === undefined ? "" : String(outputs.progress));
  core.setOutput("daily-comment-url", outputs["daily-comment-url"] ?? "");
  core.setOutput("issues-created", String(outputs["issues-created"]));
  core.setOutput("issues-updated", String(outputs["issues-updated"]));
  core.setOutput("issues-closed", String(outputs["issues-closed"]));
}

export async function run(options: RunOptions = {}): Promise<void> {
  const env = options.env ?? process.env;
  try {
    const inputs = readInputs((name) => core.getInput(name));
    core.setSecret(inputs.token);
    if (inputs["project-token"]) core.setSecret(inputs["project-token"]);
    const event = readEvent(env);
    const plan = planFor(inputs.command, event);
    // A run with nothing to do succeeds whatever state the roadmap is in: an invalid file
    // fails the runs that would use it, not every comment on every issue.
    if ("skip" in plan) {
      core.info(`nothing to do: ${plan.skip}`);
      setOutputs(emptyOutputs());
      return;
    }
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    if (!env.GITHUB_REPOSITORY)
      throw new Error("GITHUB_REPOSITORY is not set: the Action runs inside a GitHub Actions job");
    const repo = parseRepo(env.GITHUB_REPOSITORY);
    const now = options.now?.() ?? new Date();
    // One budget for the whole run, every step's writes counted (max-writes).
    const budget = new WriteBudget(inputs["max-writes"]);
    const early = earlyReads(
      withRunLimits(
        options.github ??
          createGitHubClient({
            token: inputs.token,
            log,
            ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
          }),
        budget,
      ),
    );
    // The first reads go out now; the roadmap is validated while GitHub answers them.
    await early.start((reader) => firstReads(plan.steps[0]!, reader, repo));
    const { boardOf, loadRoadmap, RunCache, runSteps } = await import("./steps.js");
    const roadmap = loadRoadmap(workspace, inputs["roadmap-path"]);

    const github = early.github;
    const scope = {
      github,
      repo,
      log,
      // The Action's own comments are github-actions[bot]'s (GITHUB_TOKEN); a token passed
      // as `token:` writes as a person, who counts through the permission read.
      trust: repoTrust(github, repo, () => [ACTIONS_BOT_LOGIN]),
      now: () => now,
      dryRun: inputs["dry-run"],
    };
    const base = { scope, roadmap };
    const cache = new RunCache(base);
    const board = boardOf(roadmap, inputs["project-token"], plan.steps, budget, {
      log,
      ...(options.projectGitHub ? { client: options.projectGitHub } : {}),
      ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
    });
    const today = todayIn(inputs.timezone, now);
    const workflowFile = workflowFileOf(env.GITHUB_WORKFLOW_REF);
    const ctx: ActionContext = {
      ...base,
      roadmapPath: inputs["roadmap-path"],
      readmePath: inputs["readme-path"],
      workspace,
      repoUrl: `${(env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "")}/${repo.owner}/${repo.repo}`,
      date: inputs.date ?? today,
      today,
      timeZone: inputs.timezone,
      fetch: options.fetch ?? ((url, init) => globalThis.fetch(url, init)),
      payload: event.payload,
      ...(workflowFile ? { workflowFile } : {}),
      reads: cache,
      ...(board ? { board } : {}),
    };
    if (scope.dryRun) core.info("dry run: reading only; every write is printed instead of sent");
    core.info(
      `${repo.owner}/${repo.repo}: ${event.name || "no event"} -> ${plan.steps.join(", ")} (date ${ctx.date})`,
    );

    const { outputs, summary } = await runSteps(ctx, cache, plan.steps);

    if (event.name === "schedule" && workflowFile && budget.remaining > 0) {
      await keepScheduleAlive(scope, workflowFile);
    }

    setOutputs(outputs);
    // Appended to the file the runner names, as core.summary.write() would; not through
    // core.summary, which keeps the first path it saw for the life of the process.
    if (env.GITHUB_STEP_SUMMARY && summary.length > 0) {
      appendFileSync(env.GITHUB_STEP_SUMMARY, `${summary.join("\n\n")}\n`);
    }
  } catch (error) {
    if (isRunStopped(error)) {
      // Past the steps (the keep-alive): the run's limits are a warning, never a failure.
      core.warning(`${error.message}; the next run continues`);
      return;
    }
    core.debug(error instanceof Error ? (error.stack ?? error.message) : String(error));
    const { explain } = await import("./errors.js");
    core.setFailed(explain(error, env));
  }
}
