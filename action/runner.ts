// The Action: read the inputs and the event, validate the roadmap (nothing is read from or
// written to GitHub before it is valid), run the steps, set the outputs. It is the one
// error boundary: any failure fails the step with a message that names the fix.
import { appendFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as core from "@actions/core";
import { todayIn } from "../core/practice/dates.js";
import type { FetchLike } from "../core/daily/leetcode-daily.js";
import type { GitHubClient, Logger } from "../core/github/client.js";
import { parseRepo } from "../core/github/client.js";
import { keepScheduleAlive, workflowFileOf } from "../core/github/keep-alive.js";
import type { RunStopped } from "../core/github/write-budget.js";
import { isRunStopped, withRunLimits, WriteBudget } from "../core/github/write-budget.js";
import type { Roadmap } from "../core/model/schema.js";
import { RoadmapInvalidError, validateRoadmap } from "../core/validate/validate-roadmap.js";
import { runDaily } from "./commands/daily.js";
import { runIssueEvent } from "./commands/issue-event.js";
import { runNotes } from "./commands/notes.js";
import { runReadme } from "./commands/readme.js";
import { runDoctor } from "./commands/doctor.js";
import { runSync } from "./commands/sync.js";
import type { ActionContext, RunReads } from "./context.js";
import { explain } from "./errors.js";
import type { Step } from "./event.js";
import { planFor, readEvent } from "./event.js";
import { readInputs } from "./inputs.js";
import type { Outputs, StepResult } from "./step-result.js";
import { addResult, emptyOutputs } from "./step-result.js";
import { createGitHubClient } from "../octokit/create-client.js";
import { readDailyHistory } from "../core/practice/daily-history.js";
import { readTopicIssues } from "../core/issues/read-issues.js";
import { groupByTopic } from "../core/issues/topic-issues.js";
import type { TopicIssue } from "../core/issues/topic-issues.js";
import type { DailyEntry } from "../core/practice/daily-marker.js";
import { practiceTopic } from "../core/model/roadmap.js";
import { untrustedLogLine } from "../core/text/neutralize.js";
import { ACTIONS_BOT_LOGIN, repoTrust } from "../core/github/write-access.js";
import type { BoardAccess } from "../core/board/access.js";
import { projectRefOf } from "../core/board/project-ref.js";
import { projectName } from "../core/board/project-ref.js";

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

const STEP_TITLES: Record<Step, string> = {
  sync: "sync: topic issues and labels",
  "issue-event": "issue event: status label",
  daily: "daily: LeetCode problem",
  notes: "notes: study-notes pull request",
  readme: "readme: progress block and chart",
  doctor: "doctor: what GitHub says about this repository",
};

const STEPS: Record<Step, (ctx: ActionContext) => Promise<StepResult>> = {
  sync: runSync,
  "issue-event": runIssueEvent,
  daily: runDaily,
  notes: runNotes,
  readme: runReadme,
  doctor: runDoctor,
};

/**
 * The run's reads, each made at most once and kept until a step says it changed what was
 * read: the one place the cache is written (from the steps' results).
 */
class RunCache implements RunReads {
  private issues: TopicIssue[] | undefined;
  private history: DailyEntry[] | undefined;
  constructor(private readonly ctx: Pick<ActionContext, "scope" | "roadmap">) {}

  async topicIssues(): Promise<TopicIssue[]> {
    this.issues ??= await readTopicIssues(this.ctx.scope.github, this.ctx.scope.repo);
    return this.issues;
  }

  async dailyHistory(): Promise<DailyEntry[]> {
    if (this.history) return this.history;
    const practice = practiceTopic(this.ctx.roadmap);
    const issue = practice ? groupByTopic(await this.topicIssues()).get(practice.topic.id)?.lead : undefined;
    const { github, repo } = this.ctx.scope;
    this.history = issue ? await readDailyHistory(github, repo, issue.number, this.ctx.scope.trust) : [];
    return this.history;
  }

  keep(result: StepResult): void {
    if (result.issues) this.issues = result.issues === "stale" ? undefined : result.issues;
    if (result.history) this.history = result.history === "stale" ? undefined : result.history;
  }
}

interface StepsOutcome {
  outputs: Outputs;
  summary: string[];
}

/** A step the run's limits stopped (core/github/write-budget.ts): a warning, never a failure. */
function stoppedStep(step: Step, stopped: RunStopped): StepResult {
  const line = `${STEP_TITLES[step]}: ${stopped.message}; the next run continues`;
  return { warning: line, summary: `**Stopped:** ${line}.`, stop: true };
}

async function runSteps(ctx: ActionContext, cache: RunCache, steps: readonly Step[]): Promise<StepsOutcome> {
  let outputs = emptyOutputs();
  const summary: string[] = [];
  for (const step of steps) {
    const result = await core.group(STEP_TITLES[step], async () => {
      try {
        return await STEPS[step](ctx);
      } catch (error) {
        if (isRunStopped(error)) return stoppedStep(step, error);
        throw error;
      }
    });
    outputs = addResult(outputs, result);
    if (result.summary) summary.push(result.summary);
    if (result.warning) core.warning(result.warning);
    cache.keep(result);
    if (result.stop) break;
  }
  return { outputs, summary };
}

/** Steps that keep the board in step; doctor checks its token. */
const BOARD_STEPS: readonly Step[] = ["sync", "issue-event"];
const BOARD_READERS: readonly Step[] = [...BOARD_STEPS, "doctor"];

/**
 * The board's access (settings.project): its own client from project-token, under the run's
 * budget. A GITHUB_TOKEN cannot reach a project, so without project-token the board is
 * skipped with one warning that says what to do; the run goes on.
 */
function boardOf(
  roadmap: Roadmap,
  token: string | undefined,
  steps: readonly Step[],
  budget: WriteBudget,
  env: Record<string, string | undefined>,
  options: RunOptions,
): BoardAccess | undefined {
  const project = projectRefOf(roadmap);
  if (!project || !steps.some((step) => BOARD_READERS.includes(step))) return undefined;
  if (!token) {
    // Doctor says it among its checks.
    if (!steps.some((step) => BOARD_STEPS.includes(step))) return undefined;
    core.warning(
      `the roadmap names ${projectName(project)}, but no project-token is given: the board is skipped. ` +
        "A GITHUB_TOKEN cannot write a project: add a fine-grained token with Projects read and write as a secret " +
        "and pass it as `project-token: ${{ secrets.ROADMAP_PROJECT_TOKEN }}` (roadmap doctor checks it)",
    );
    return undefined;
  }
  const client =
    options.projectGitHub?.(token) ??
    createGitHubClient({ token, log, ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}) });
  return { project, github: withRunLimits(client, budget) };
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
    const roadmap = loadRoadmap(workspace, inputs["roadmap-path"]);

    if (!env.GITHUB_REPOSITORY)
      throw new Error("GITHUB_REPOSITORY is not set: the Action runs inside a GitHub Actions job");
    const repo = parseRepo(env.GITHUB_REPOSITORY);
    const now = options.now?.() ?? new Date();
    // One budget for the whole run, every step's writes counted (max-writes).
    const budget = new WriteBudget(inputs["max-writes"]);
    const github = withRunLimits(
      options.github ??
        createGitHubClient({
          token: inputs.token,
          log,
          ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
        }),
      budget,
    );
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
    const board = boardOf(roadmap, inputs["project-token"], plan.steps, budget, env, options);
    const ctx: ActionContext = {
      ...base,
      roadmapPath: inputs["roadmap-path"],
      readmePath: inputs["readme-path"],
      workspace,
      repoUrl: `${(env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "")}/${repo.owner}/${repo.repo}`,
      date: inputs.date ?? todayIn(inputs.timezone, now),
      today: todayIn(inputs.timezone, now),
      timeZone: inputs.timezone,
      fetch: options.fetch ?? ((url, init) => globalThis.fetch(url, init)),
      payload: event.payload,
      ...(workflowFileOf(env.GITHUB_WORKFLOW_REF)
        ? { workflowFile: workflowFileOf(env.GITHUB_WORKFLOW_REF)! }
        : {}),
      reads: cache,
      ...(board ? { board } : {}),
    };
    if (scope.dryRun) core.info("dry run: reading only; every write is printed instead of sent");
    core.info(
      `${repo.owner}/${repo.repo}: ${event.name || "no event"} -> ${plan.steps.join(", ")} (date ${ctx.date})`,
    );

    const { outputs, summary } = await runSteps(ctx, cache, plan.steps);

    const workflowFile = workflowFileOf(env.GITHUB_WORKFLOW_REF);
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
    core.setFailed(explain(error, env));
  }
}
