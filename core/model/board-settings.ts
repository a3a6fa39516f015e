// The roadmap's Projects (v2) board (issue 14): the `settings.project` setting and the topic
// dates the board shows. Kept in a file of its own so that other settings merge cleanly.
import { z } from "zod";

/**
 * https://github.com/users/NAME/projects/N or https://github.com/orgs/NAME/projects/N (an
 * Enterprise host too), as copied from the browser: a view (`/views/1`) or a query after it is
 * fine.
 */
export const PROJECT_URL_PATTERN =
  /^https:\/\/[^/\s]+\/(users|orgs)\/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/projects\/([1-9]\d{0,8})(?:\/views\/\d{1,9})?\/?(?:[?#]\S*)?$/;
const LOGIN_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;

const PROJECT_HINT =
  "a project is its URL (https://github.com/users/NAME/projects/N or https://github.com/orgs/NAME/projects/N) or { owner: NAME, number: N }";

export const ProjectSettingSchema = z
  .union(
    [
      z.string().regex(PROJECT_URL_PATTERN, PROJECT_HINT),
      z.strictObject({
        owner: z
          .string()
          .regex(LOGIN_PATTERN, "the project's owner is a user or organization login, e.g. octo-learner"),
        number: z
          .int("the project's number is a whole number, the N of …/projects/N")
          .min(1, "is 1 or more: the N of …/projects/N"),
      }),
    ],
    { error: PROJECT_HINT },
  )
  .describe(
    "A Projects (v2) board kept in step with the topics: each topic issue an item with its Status, Priority, Difficulty, Time (and Start date / Target date when topics have dates). Its URL, or { owner, number }. Needs a token that can write the project (see the README).",
  );

export type ProjectSetting = z.infer<typeof ProjectSettingSchema>;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A day of the calendar written YYYY-MM-DD (2027-02-30 is none). */
export function isDay(text: string): boolean {
  const match = DATE_PATTERN.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** A topic's start: or target: date, YYYY-MM-DD (shown only on the board). */
export function boardDate(what: string) {
  return z
    .string()
    .regex(DATE_PATTERN, { message: `a ${what} date is written YYYY-MM-DD, e.g. 2027-01-15`, abort: true })
    .refine(isDay, { error: (issue) => `the ${what} date ${String(issue.input)} is no day of the calendar` })
    .optional()
    .describe(
      `The topic's ${what} date, YYYY-MM-DD: the board's "${what === "start" ? "Start" : "Target"} date" field.`,
    );
}
