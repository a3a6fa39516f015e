// The Action's inputs, validated in one place: a wrong value fails the step with the
// input's name and what it accepts, before anything is read or written. Plain checks, not a
// zod schema: they run before the run's first request, and loading zod there cost the
// Action's cold start about 20 ms (bench/action.ts); the roadmap's schema is loaded after.
import { isIsoDate, isTimeZone } from "../core/practice/dates.js";
import { DEFAULT_MAX_WRITES } from "../core/github/write-budget.js";

/** Above GitHub's 500 content-creating requests an hour a budget no longer protects anything. */
export const MAX_WRITES_CEILING = 500;

export const COMMANDS = ["auto", "sync", "readme", "daily", "all", "doctor"] as const;
export type CommandInput = (typeof COMMANDS)[number];

export interface Inputs {
  command: CommandInput;
  token: string;
  /** The board's token (settings.project); undefined: no board. */
  "project-token": string | undefined;
  "roadmap-path": string;
  "readme-path": string;
  "dry-run": boolean;
  /** YYYY-MM-DD, or undefined for today. */
  date: string | undefined;
  timezone: string;
  "max-writes": number;
}

type InputName = keyof Inputs;

/** Thrown for a bad input: its message is the whole explanation. */
export class InputError extends Error {}

/** Each input's value from its text, or what is wrong with the text. */
type Check<T> = (text: string) => { value: T } | { problem: string };

const ok = <T>(value: T) => ({ value });
const bad = (problem: string) => ({ problem });

const repoPath =
  (what: string): Check<string> =>
  (path) => {
    if (path.length < 1) return bad(`must not be empty (the ${what} path, relative to the repository root)`);
    if (path.startsWith("/") || path.split("/").includes(".."))
      return bad(`must be a path inside the repository, like the default (the ${what})`);
    return ok(path);
  };

/** In the order problems are listed. */
const CHECKS: { [name in InputName]: Check<Inputs[name]> } = {
  command: (text) =>
    (COMMANDS as readonly string[]).includes(text)
      ? ok(text as CommandInput)
      : bad(`must be one of ${COMMANDS.join(", ")}`),
  token: (text) =>
    text.length > 0
      ? ok(text)
      : bad(
          "is empty: pass `token: ${{ github.token }}` (the default) or a token with issues and contents write",
        ),
  "project-token": (text) => ok(text || undefined),
  "roadmap-path": repoPath("roadmap file"),
  "readme-path": repoPath("README"),
  "dry-run": (text) =>
    text === "true" || text === "false" ? ok(text === "true") : bad("must be true or false"),
  date: (text) =>
    text === "" || isIsoDate(text)
      ? ok(text || undefined)
      : bad("must be a date written YYYY-MM-DD, e.g. 2026-11-26"),
  timezone: (text) =>
    isTimeZone(text) ? ok(text) : bad("must be an IANA time zone such as UTC or Europe/Berlin"),
  "max-writes": (text) => {
    if (!/^\d+$/.test(text)) return bad(`must be a whole number of writes, e.g. ${DEFAULT_MAX_WRITES}`);
    const n = Number(text);
    return n >= 1 && n <= MAX_WRITES_CEILING
      ? ok(n)
      : bad(
          `must be between 1 and ${MAX_WRITES_CEILING} (GitHub allows 500 content-creating requests an hour)`,
        );
  },
};

const DEFAULTS: Record<InputName, string> = {
  command: "auto",
  token: "",
  "project-token": "",
  "roadmap-path": "roadmap/roadmap.yml",
  "readme-path": "README.md",
  "dry-run": "false",
  date: "",
  timezone: "UTC",
  "max-writes": String(DEFAULT_MAX_WRITES),
};

/**
 * Reads every input through `getInput` (core.getInput in the Action). action.yml gives
 * the defaults; they are repeated here so a missing INPUT_ variable (a local run, a
 * test) behaves like the Action's default rather than like an empty value.
 */
export function readInputs(getInput: (name: string) => string): Inputs {
  const raw = Object.fromEntries(
    Object.entries(DEFAULTS).map(([name, fallback]) => {
      const value = getInput(name).trim();
      return [name, name === "dry-run" ? (value || fallback).toLowerCase() : value || fallback];
    }),
  ) as Record<InputName, string>;
  const inputs: Partial<Record<InputName, unknown>> = {};
  const problems: string[] = [];
  for (const name of Object.keys(CHECKS) as InputName[]) {
    const result = (CHECKS[name] as Check<unknown>)(raw[name]);
    if ("value" in result) inputs[name] = result.value;
    else {
      const shown = name === "token" || name === "project-token" ? "" : ` (got "${raw[name]}")`;
      problems.push(`input "${name}" ${result.problem}${shown}`);
    }
  }
  if (problems.length > 0) throw new InputError(problems.join("\n"));
  return inputs as Inputs;
}
