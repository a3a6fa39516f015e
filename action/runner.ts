// The Action: read the inputs and the event, validate the roadmap (nothing is read from or
// written to GitHub before it is valid), run the steps, set the outputs. It is the one
// error boundary: any failure fails the step with a message that names the fix.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as core from "@actions/core";
import { todayIn } from "../core/practice/dates.js";
import type { FetchLike } from "../core/daily/leetcode-daily.js";
import type { GitHubClient, Logger } from "../core/github/client.js";
import { parseRepo } from "../core/github/client.js";
import { keepScheduleAlive, workflowFileOf } from "../core/github/keep-alive.js";
import type { Roadmap } from "../core/model/schema.js";
import { RoadmapInvalidError, validateRoadmap } from "../core/validate/validate-roadmap.js";
import { runDaily } from "./commands/daily.js";
import { runIssueEvent } from "./commands/issue-event.js";
import { runNotes } from "./commands/notes.js";
import { runReadme } from "./commands/readme.js";
import { runSync } from "./commands/sync.js";
import type { ActionContext, Outputs } from "./context.js";
import { explain } from "./errors.js";
import type { Step } from "./event.js";
import { planFor, readEvent } from "./event.js";
import { readInputs } from "./inputs.js";
import { createGitHubClient } from "../octokit/create-client.js";

export interface RunOptions {
  /** Tests inject a client aimed at nock; the Action builds its own from the token. */
  github?: GitHubClient;
  fetch?: FetchLike;
  now?: () => Date;
  env?: Record<string, string | undefined>;
}

const log: Logger = {
  info: (message) => core.info(message),
  warn: (message) => core.warning(message),
  debug: (message) => core.debug(message),
};

function loadRoadmap(workspace: string, path: string): Roadmap {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(join(workspace, path));
  } catch {
    throw new Error(
      `${path} not found in ${workspace}: check out the repository first (actions/checkout) or set roadmap-path`,
    );
  }
  const result = validateRoadmap(bytes, path);
  if (result.ok) return result.roadmap;
  for (const problem of result.problems) {
    core.error(problem.message, {
      title: "Invalid roadmap",
      file: problem.file,
      startLine: problem.line,
      startColumn: problem.column,
    });
  }
  throw new RoadmapInvalidError(result.problems);
}

function setOutputs(outputs: Outputs): void {
  core.setOutput("readme-changed", String(outputs["readme-changed"]));
  core.setOutput("progress", outputs.progress === undefined ? "" : String(outputs.progress));
  core.setOutput("daily-comment-url", outputs["daily-comment-url"] ?? "");
  core.setOutput("issues-created", String(outputs["issues-created"]));
  core.setOutput("issues-updated", String(outputs["issues-updated"]));
  core.setOutput("issues-closed", String(outputs["issues-closed"]));
}

async function runSteps(ctx: ActionContext, steps: readonly Step[]): Promise<void> {
  for (const step of steps) {
    switch (step) {
      case "sync":
        await core.group("sync: topic issues and labels", () => runSync(ctx));
        break;
      case "issue-event":
        // Not a topic issue: nothing the README shows can have changed.
        if (!(await core.group("issue event: status label", () => runIssueEvent(ctx)))) return;
        break;
      case "daily":
        await core.group("daily: LeetCode problem", () => runDaily(ctx));
        break;
      case "notes":
        // Not a merge that moved a topic: nothing the README shows changed.
        if (!(await core.group("notes: study-notes pull request", () => runNotes(ctx)))) return;
        break;
      case "readme":
        await core.group("readme: progress block and chart", () => runReadme(ctx));
        break;
    }
  }
}

export async function run(options: RunOptions = {}): Promise<void> {
  const env = options.env ?? process.env;
  try {
    const inputs = readInputs((name) => core.getInput(name));
    core.setSecret(inputs.token);
    const event = readEvent(env);
    const plan = planFor(inputs.command, event);
    const outputs: Outputs = {
      "readme-changed": false,
      "issues-created": 0,
      "issues-updated": 0,
      "issues-closed": 0,
    };
    // A run with nothing to do succeeds whatever state the roadmap is in: an invalid file
    // fails the runs that would use it, not every comment on every issue.
    if ("skip" in plan) {
      core.info(`nothing to do: ${plan.skip}`);
      setOutputs(outputs);
      return;
    }
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    const roadmap = loadRoadmap(workspace, inputs["roadmap-path"]);

    if (!env.GITHUB_REPOSITORY)
      throw new Error("GITHUB_REPOSITORY is not set: the Action runs inside a GitHub Actions job");
    const repo = parseRepo(env.GITHUB_REPOSITORY);
    const now = options.now?.() ?? new Date();
    const ctx: ActionContext = {
      github:
        options.github ??
        createGitHubClient({
          token: inputs.token,
          log,
          ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
        }),
      repo,
      roadmap,
      roadmapPath: inputs["roadmap-path"],
      readmePath: inputs["readme-path"],
      workspace,
      repoUrl: `${(env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "")}/${repo.owner}/${repo.repo}`,
      dryRun: inputs["dry-run"],
      date: inputs.date ?? todayIn(inputs.timezone, now),
      today: todayIn(inputs.timezone, now),
      now,
      log,
      fetch: options.fetch ?? ((url, init) => globalThis.fetch(url, init)),
      payload: event.payload,
      outputs,
      summary: [],
      cache: {},
    };
    if (ctx.dryRun) core.info("dry run: reading only; every write is printed instead of sent");
    core.info(
      `${repo.owner}/${repo.repo}: ${event.name || "no event"} -> ${plan.steps.join(", ")} (date ${ctx.date})`,
    );

    await runSteps(ctx, plan.steps);

    const workflowFile = workflowFileOf(env.GITHUB_WORKFLOW_REF);
    if (event.name === "schedule" && workflowFile) {
      await keepScheduleAlive({ github: ctx.github, repo, log, now, dryRun: ctx.dryRun }, workflowFile);
    }

    setOutputs(outputs);
    if (env.GITHUB_STEP_SUMMARY && ctx.summary.length > 0) {
      await core.summary.addRaw(ctx.summary.join("\n\n"), true).write();
    }
  } catch (error) {
    core.debug(error instanceof Error ? (error.stack ?? error.message) : String(error));
    core.setFailed(explain(error));
  }
}
