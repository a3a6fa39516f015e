// The roadmap's shape, in one place. The YAML is validated against it, roadmap/schema.json
// (the editor's completion and squiggles) is generated from it, and every other module
// reads the types it infers.
import { z } from "zod";
import { DEFAULT_HOURS, DEFAULT_REVIEW_DAYS, DIFFICULTIES, PRIORITIES, TIME_COSTS } from "./levels.js";
import { STATUSES } from "./statuses.js";
import { boardDate, isDay, ProjectSettingSchema } from "./board-settings.js";

/** Stable ids: they end up in issue markers, label names and note folders, so keep them boring. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ID_MAX_LENGTH = 40;

const id = z
  .string()
  .max(ID_MAX_LENGTH, `an id has at most ${ID_MAX_LENGTH} characters`)
  .regex(ID_PATTERN, "an id is lowercase letters, digits and single hyphens, e.g. django-rest-framework")
  .describe("Stable identifier: never change it once issues exist, the topic's issue is found by it.");

/** GitHub rejects issue titles over 256 characters; a little room stays for mention-breaking. */
export const TITLE_MAX_LENGTH = 240;

/**
 * Emoji only (no ASCII at all, no white space): the emoji goes unescaped into headings,
 * issue bodies and label descriptions, so it must not be able to carry Markdown, a link
 * or an @mention.
 */
// eslint-disable-next-line no-control-regex -- the range is "all of ASCII", control characters included
const EMOJI_PATTERN = /^[^\s\x00-\x7F]+$/u;

const text = z.string().trim().min(1, "must not be empty");

function rating<T extends readonly [string, ...string[]]>(values: T, what: string) {
  const one = z.enum(values);
  return z
    .union([one, z.tuple([one, one])])
    .describe(
      `The ${what}: one of ${values.join(", ")}, or a range as a two-item list such as [${values[0]}, ${values[1]}].`,
    );
}

export const PracticeSchema = z
  .strictObject({
    site: z.literal("leetcode").default("leetcode"),
    difficulty: z
      .enum(["easy", "medium", "hard"])
      .default("medium")
      .describe("Difficulty of the daily problem."),
    source: z
      .enum(["pool", "leetcode-daily"])
      .default("pool")
      .describe(
        "pool: roadmap/leetcode.yml in pattern order; leetcode-daily: LeetCode's question of the day, falling back to the pool.",
      ),
  })
  .describe("Makes this topic the daily-practice issue: one problem a day is posted on it.");

/** A link (or a book, a course) to learn the topic from, as the imported Markdown named it. */
export const ResourceSchema = z.strictObject({
  title: text.describe("What the resource is called."),
  url: z
    .string()
    .regex(/^https?:\/\/\S+$/, "a resource url starts with http:// or https://")
    .optional()
    .describe("Where it is."),
});

export const TopicSchema = z
  .strictObject({
    id,
    title: text
      .max(
        TITLE_MAX_LENGTH,
        `a topic title has at most ${TITLE_MAX_LENGTH} characters (it becomes an issue title)`,
      )
      .describe("Shown as the issue title and in the README."),
    subtitle: text.optional().describe("A second line under the title, e.g. the stack of a project."),
    kind: z.enum(["topic", "practice", "project"]).default("topic"),
    priority: rating(PRIORITIES, "priority"),
    difficulty: rating(DIFFICULTIES, "difficulty"),
    time: z.enum(TIME_COSTS).describe(`The time cost: ${TIME_COSTS.join(", ")}.`),
    timebox: text.optional().describe('An exact time box, e.g. "30–60 minutes".'),
    goal: text.optional().describe("Why this topic is on the roadmap, in one sentence."),
    lead: text.optional().describe("A sentence introducing the list, e.g. 'This project must demonstrate:'."),
    focus: z
      .array(text)
      .min(1)
      .optional()
      .describe("What to focus on: each item becomes a checkbox in the topic's issue."),
    scope: z.array(text).min(1).optional().describe("What the topic covers: each item becomes a checkbox."),
    expectation: z
      .array(text)
      .min(1)
      .optional()
      .describe("What the result must show: each item becomes a checkbox."),
    practice: PracticeSchema.optional(),
    requires: z
      .array(id)
      .optional()
      .describe(
        "Prerequisites: ids of topics to finish first (the Markdown's Prerequisites:). The topic waits (and is not suggested next) until they are done.",
      ),
    description: text.optional().describe("What the topic is about, in the learner's words (Markdown)."),
    resources: z.array(ResourceSchema).min(1).optional().describe("Links and books to learn it from."),
    status: z
      .enum(STATUSES)
      .optional()
      .describe("Progress made before the roadmap was synced (e.g. ticked in the imported Markdown)."),
    checked: z
      .array(text)
      .min(1)
      .optional()
      .describe("Checklist items already done before the first sync: each must be an item of the checklist."),
    // The board's dates (core/board): nothing else reads them.
    start: boardDate("start"),
    target: boardDate("target"),
  })
  .superRefine((topic, ctx) => {
    // Only between two real days (a bad date is reported on its own).
    if (
      topic.start &&
      topic.target &&
      isDay(topic.start) &&
      isDay(topic.target) &&
      topic.target < topic.start
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["target"],
        message: `the target date ${topic.target} is before the start date ${topic.start}`,
      });
    }
    const lists = CHECKLIST_KINDS.filter((kind) => topic[kind] !== undefined);
    if (lists.length > 1) {
      ctx.addIssue({
        code: "custom",
        path: [lists[1]!],
        message: `a topic has one checklist: use only one of ${CHECKLIST_KINDS.join(", ")} (found ${lists.join(" and ")})`,
      });
    }
    const items = new Set(CHECKLIST_KINDS.flatMap((kind) => topic[kind] ?? []));
    topic.checked?.forEach((item, index) => {
      if (!items.has(item)) {
        ctx.addIssue({
          code: "custom",
          path: ["checked", index],
          message: `"${item}" is not an item of the topic's checklist`,
        });
      }
    });
    if (topic.kind === "practice" && topic.practice === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["practice"],
        message: "a practice topic needs a practice: block",
      });
    }
  });

export const SectionSchema = z.strictObject({
  id,
  title: text,
  emoji: z
    .string()
    .max(16, "an emoji is one or a few emoji characters")
    .regex(
      EMOJI_PATTERN,
      "an emoji is emoji characters only, no letters, digits, spaces or punctuation (e.g. 🧠)",
    )
    .optional()
    .describe("Shown before the section title, in the README, issue bodies and the section label."),
  subtitle: text.optional().describe('Shown after the title, e.g. "Basic – Supporting Role".'),
  description: text
    .optional()
    .describe("What the section is about (Markdown), e.g. from an imported roadmap."),
  topics: z.array(TopicSchema).min(1, "a section needs at least one topic"),
});

const hours = z.number().positive("hours are more than 0").max(1000, "at most 1000 hours");

export const SettingsSchema = z
  .strictObject({
    hours: z
      .strictObject({ short: hours.optional(), medium: hours.optional(), long: hours.optional() })
      .optional()
      .describe(
        `Hours a time cost stands for (defaults: short ${DEFAULT_HOURS.short}, medium ${DEFAULT_HOURS.medium}, long ${DEFAULT_HOURS.long}): the README's hours remaining and forecast.`,
      ),
    reviews: z
      .strictObject({
        enabled: z.boolean().default(true).describe("false: no review comments, no reviews in the README."),
        days: z
          .array(z.int().min(1, "a review day is 1 or more").max(365, "a review day is at most 365"))
          .min(1, "list at least one review day, or set enabled: false")
          .default([...DEFAULT_REVIEW_DAYS])
          .describe("Days after a topic was closed when it comes back for a short review."),
      })
      .optional()
      .describe(
        `Spaced review: a done topic comes back ${DEFAULT_REVIEW_DAYS.join(", ")} days after it was closed, as a comment on its issue.`,
      ),
    "sub-issues": z
      .boolean()
      .optional()
      .describe(
        "true (the default): one parent issue per section, its topics' issues as its sub-issues in roadmap order (GitHub draws the section's progress bar). false: no parent issues.",
      ),
    labels: z
      .strictObject({
        priority: z.boolean().optional().describe("false: no priority labels on topic issues."),
        difficulty: z.boolean().optional().describe("false: no difficulty labels on topic issues."),
        time: z.boolean().optional().describe("false: no time labels on topic issues."),
      })
      .optional()
      .describe(
        "Which rating labels topic issues carry (all by default). Turn them off when a Projects board carries the fields: the sync takes them off the issues.",
      ),
    // The Projects (v2) board (core/board, core/model/board-settings.ts).
    project: ProjectSettingSchema.optional(),
  })
  .describe(
    "How the roadmap coaches and how GitHub shows it: hours per time cost, spaced review, sections as parent issues, rating labels.",
  );

export const RoadmapSchema = z
  .strictObject({
    title: text.describe(
      "The roadmap's name: the README's heading, between the optional roadmap:header markers.",
    ),
    intro: text
      .optional()
      .describe("Markdown under the README's heading, between the optional roadmap:header markers."),
    settings: SettingsSchema.optional(),
    sections: z.array(SectionSchema).min(1, "a roadmap needs at least one section"),
    notes: z.array(text).optional().describe("Closing notes, shown under the progress tables."),
  })
  .describe("A learning roadmap: sections of topics, each synced to one GitHub issue.");

export const CHECKLIST_KINDS = ["focus", "scope", "expectation"] as const;
export type ChecklistKind = (typeof CHECKLIST_KINDS)[number];

export type Roadmap = z.infer<typeof RoadmapSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Topic = z.infer<typeof TopicSchema>;
export type Practice = z.infer<typeof PracticeSchema>;
export type Settings = z.infer<typeof SettingsSchema>;
/** The roadmap as written (before defaults are filled in): what the importer produces. */
export type RoadmapInput = z.input<typeof RoadmapSchema>;
