// What a run does once its first reads are out (runner.ts loads this module then, with
// import(): the roadmap's parser and schema and every step's code are loaded while GitHub
// answers): validate the roadmap, run the steps (`commands/`), keep the run's reads.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as core from "@actions/core";
import type { RunStopped } from "../core/github/write-budget.js";
import { isRunStopped } from "../core/github/write-budget.js";
import { readTopicIssues } from "../core/issues/read-issues.js";
import { groupByTopic } from "../core/issues/topic-issues.js";
import type { TopicIssue } from "../core/issues/topic-issues.js";
import { practiceTopic } from "../core/model/roadmap.js";
import type { Roadmap } from "../core/model/schema.js";
import { readDailyHistory } from "../core/practice/daily-history.js";
import type { DailyEntry } from "../core/practice/daily-marker.js";
import { RoadmapInvalidError, validateRoadmap } from "../core/validate/validate-roadmap.js";
import type { BoardAccess } from "../core/board/access.js";
import { projectName, projectRefOf } from "../core/board/project-ref.js";
import type { GitHubClient, Logger } from "../core/github/client.js";
import type { WriteBudget } from "../core/github/write-budget.js";
import { withRunLimits } from "../core/github/write-budget.js";
import { createGitHubClient } from "../octokit/create-client.js";
import { runDaily } from "./commands/daily.js";
import { runDoctor } from "./commands/doctor.js";
import { runIssueEvent } from "./commands/issue-event.js";
import { runNotes } from "./commands/notes.js";
import { runReadme } from "./commands/readme.js";
import { runSync } from "./commands/sync.js";
import type { ActionContext, RunReads } from "./context.js";
import type { Step } from "./event.js";
import type { Outputs, StepResult } from "./step-result.js";
import { addResult, emptyOutputs } from "./step-result.js";

export function loadRoadmap(workspace: string, path: string): Roadmap {
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

/** Steps that keep the board in step; doctor checks its token. */
const BOARD_STEPS: readonly Step[] = ["sync", "issue-event"];
const BOARD_READERS: readonly Step[] = [...BOARD_STEPS, "doctor"];

/**
 * The board's access (settings.project): its own client from project-token, under the run's
 * budget. A GITHUB_TOKEN cannot reach a project, so without project-token the board is
 * skipped with one warning that says what to do; the run goes on.
 */
export function boardOf(
  roadmap: Roadmap,
  token: string | undefined,
  steps: readonly Step[],
  budget: WriteBudget,
  client: { log: Logger; baseUrl?: string; client?: (token: string) => GitHubClient },
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
  const github =
    client.client?.(token) ??
    createGitHubClient({ token, log: client.log, ...(client.baseUrl ? { baseUrl: client.baseUrl } : {}) });
  return { project, github: withRunLimits(github, budget) };
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
export class RunCache implements RunReads {
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

export interface StepsOutcome {
  outputs: Outputs;
  summary: string[];
}

/** A step the run's limits stopped (core/github/write-budget.ts): a warning, never a failure. */
function stoppedStep(step: Step, stopped: RunStopped): StepResult {
  const line = `${STEP_TITLES[step]}: ${stopped.message}; the next run continues`;
  return { warning: line, summary: `**Stopped:** ${line}.`, stop: true };
}

export async function runSteps(
  ctx: ActionContext,
  cache: RunCache,
  steps: readonly Step[],
): Promise<StepsOutcome> {
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
