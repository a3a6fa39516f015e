// The Action's inputs, validated in one place: a wrong value fails the step with the
// input's name and what it accepts, before anything is read or written.
import { z } from "zod";
import { isIsoDate, isTimeZone } from "../core/practice/dates.js";
import { DEFAULT_MAX_WRITES } from "../core/github/write-budget.js";

/** Above GitHub's 500 content-creating requests an hour a budget no longer protects anything. */
export const MAX_WRITES_CEILING = 500;

export const COMMANDS = ["auto", "sync", "readme", "daily", "all", "doctor"] as const;
export type CommandInput = (typeof COMMANDS)[number];

const repoPath = (what: string) =>
  z
    .string()
    .min(1, `must not be empty (the ${what} path, relative to the repository root)`)
    .refine((path) => !path.startsWith("/") && !path.split("/").includes(".."), {
      message: `must be a path inside the repository, like the default (the ${what})`,
    });

export const InputsSchema = z.object({
  command: z.enum(COMMANDS, { error: `must be one of ${COMMANDS.join(", ")}` }),
  token: z
    .string()
    .min(
      1,
      "is empty: pass `token: ${{ github.token }}` (the default) or a token with issues and contents write",
    ),
  /** The board's token (settings.project); empty: no board. */
  "project-token": z.string().transform((value) => value || undefined),
  "roadmap-path": repoPath("roadmap file"),
  "readme-path": repoPath("README"),
  "dry-run": z
    .enum(["true", "false"], { error: "must be true or false" })
    .transform((value) => value === "true"),
  date: z
    .string()
    .refine((value) => value === "" || isIsoDate(value), {
      message: "must be a date written YYYY-MM-DD, e.g. 2026-11-26",
    })
    .transform((value) => value || undefined),
  timezone: z
    .string()
    .refine(isTimeZone, { message: "must be an IANA time zone such as UTC or Europe/Berlin" }),
  "max-writes": z
    .string()
    .regex(/^\d+$/, `must be a whole number of writes, e.g. ${DEFAULT_MAX_WRITES}`)
    .transform(Number)
    .refine((n) => n >= 1 && n <= MAX_WRITES_CEILING, {
      message: `must be between 1 and ${MAX_WRITES_CEILING} (GitHub allows 500 content-creating requests an hour)`,
    }),
});

export type Inputs = z.output<typeof InputsSchema>;

/** Thrown for a bad input: its message is the whole explanation. */
export class InputError extends Error {}

const DEFAULTS: Record<keyof z.input<typeof InputsSchema>, string> = {
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
  );
  const result = InputsSchema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0]);
    const shown = name === "token" || name === "project-token" ? "" : ` (got "${raw[name]}")`;
    return `input "${name}" ${issue.message}${shown}`;
  });
  throw new InputError(problems.join("\n"));
}
