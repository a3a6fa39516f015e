// What triggered the run, and which steps `command: auto` runs for it. The event is read
// from the runner's files (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH) on each run rather than
// from @actions/github's `context`, which is fixed when the module loads.
import { readFileSync } from "node:fs";
import { DAILY_LABEL } from "../core/issues/labels.js";
import type { CommandInput } from "./inputs.js";

export interface RunEvent {
  name: string;
  payload: Record<string, unknown>;
}

export function readEvent(env: Record<string, string | undefined>): RunEvent {
  const name = env.GITHUB_EVENT_NAME ?? "";
  const path = env.GITHUB_EVENT_PATH;
  let payload: Record<string, unknown> = {};
  if (path) {
    try {
      payload = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
    } catch (error) {
      throw new Error(
        `cannot read the event payload ${path}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  return { name, payload };
}

/** One unit of work; the runner executes them in order. */
export type Step = "sync" | "issue-event" | "daily" | "readme" | "notes" | "doctor";

export type Plan = { steps: Step[] } | { skip: string };

/**
 * `all` is sync, then the daily comment, then the README: the README comes last so it
 * shows the state after everything else (an issue the sync just created, a practice
 * issue created by the daily step).
 */
const ALL: Step[] = ["sync", "daily", "readme"];

export function planFor(command: CommandInput, event: RunEvent): Plan {
  switch (command) {
    case "sync":
      return { steps: ["sync"] };
    case "readme":
      return { steps: ["readme"] };
    case "daily":
      return { steps: ["daily"] };
    case "all":
      return { steps: ALL };
    case "doctor":
      return { steps: ["doctor"] };
    case "auto":
      return autoPlan(event);
  }
}

function hasLabel(issue: unknown, name: string): boolean {
  const labels = (issue as { labels?: ({ name?: string } | string)[] } | undefined)?.labels ?? [];
  return labels.some((label) => (typeof label === "string" ? label : label.name) === name);
}

function autoPlan(event: RunEvent): Plan {
  switch (event.name) {
    case "schedule":
    case "workflow_dispatch":
      return { steps: ALL };
    case "push":
      return { steps: ["sync", "readme"] };
    case "issues":
      return { steps: ["issue-event", "readme"] };
    case "issue_comment":
      // A ticked Solved box on the daily issue changes the streak the README shows.
      return hasLabel(event.payload.issue, DAILY_LABEL)
        ? { steps: ["readme"] }
        : { skip: "a comment outside the daily-practice issue changes no progress" };
    case "pull_request":
    case "pull_request_target":
      // Study notes (core/notes); the README follows only when a merge moved topics on.
      return { steps: ["notes", "readme"] };
    default:
      throw new Error(
        `command: auto does not know what to do on a "${event.name || "unknown"}" event; ` +
          "run it on schedule, workflow_dispatch, push, issues, issue_comment or pull_request(_target), or set command: to sync, readme, daily or all",
      );
  }
}
