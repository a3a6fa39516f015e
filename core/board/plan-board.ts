// The board's plan, pure: from the board as read (read-project.ts) and each topic's issue and
// status, the fewest mutations. Three steps, each needing the ids the one before returns:
// the missing fields (planFields), the issues not yet items (planItems), then the values that
// differ (planValues). Names are matched as people read them (case aside).
//
// Status: todo -> "Todo", in-progress -> "In Progress", done -> "Done", dropped -> the first
// option named "Dropped", "Won't do", "Not planned" or "Cancelled"; a board without one shows
// a dropped topic with no Status (cleared), never as Done. Priority, Difficulty and Time are
// single-select fields with the roadmap's levels (a range shows its upper end); Start date and
// Target date are date fields, written only for topics with start: or target: (a topic without
// one keeps what the board says) and created only when some topic has one. Missing fields are
// created; a missing option is never added (GitHub's updateProjectV2Field replaces every
// option, and the items' values with them): the value is left and a warning names the option.
import type { Operation } from "../github/plan/operation.js";
import { GRAPHQL_ROUTE } from "../github/plan/operation.js";
import { sameName } from "../github/project-fields.js";
import { DIFFICULTIES, PRIORITIES, TIME_COSTS } from "../model/levels.js";
import type { TopicStatus } from "../model/progress.js";
import type { Board, BoardField, BoardItem, BoardOption } from "./read-project.js";
import {
  ADD_ITEM_MUTATION,
  CLEAR_VALUE_MUTATION,
  CREATE_FIELD_MUTATION,
  SET_VALUE_MUTATION,
} from "./queries.js";

/** One topic as the board shows it. */
export interface BoardTopic {
  topicId: string;
  issueNumber: number;
  issueNodeId: string;
  status: TopicStatus;
  priority: string;
  difficulty: string;
  time: string;
  start?: string;
  target?: string;
}

type Color = "GRAY" | "BLUE" | "GREEN" | "YELLOW" | "ORANGE" | "RED" | "PINK" | "PURPLE";

interface WantedOption {
  /** The name it is created with. */
  name: string;
  /** Names that count as this option on an existing board (the first is `name`). */
  aliases: string[];
  color: Color;
}

export interface WantedField {
  name: string;
  dataType: "SINGLE_SELECT" | "DATE";
  /** Single select: the options, keyed by the roadmap's value. */
  options?: Record<string, WantedOption>;
  /** The topic's value: an options key, a date, or undefined (a date the topic has not). */
  value(topic: BoardTopic): string | undefined;
  /** Without a value the field is cleared (Status), rather than left as the board has it (dates). */
  clearWhenUnset?: boolean;
}

const option = (name: string, color: Color, ...aliases: string[]): WantedOption => ({
  name,
  aliases: [name, ...aliases],
  color,
});

const capitalised = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

function levels(values: readonly string[], colors: Color[]): Record<string, WantedOption> {
  return Object.fromEntries(
    values.map((value, i) => [value, option(capitalised(value), colors[i] ?? "GRAY")]),
  );
}

export const STATUS_FIELD = "Status";
export const START_FIELD = "Start date";
export const TARGET_FIELD = "Target date";

export const STATUS_OPTIONS: Record<TopicStatus, WantedOption> = {
  todo: option("Todo", "GREEN", "To do", "To-do"),
  "in-progress": option("In Progress", "YELLOW", "In-progress", "Doing"),
  done: option("Done", "PURPLE", "Completed", "Complete"),
  dropped: option("Dropped", "GRAY", "Won't do", "Wont do", "Not planned", "Cancelled", "Canceled"),
};

/** The upper end of a rating (a level or a [low, high] range), as written in the roadmap. */
export function upperLevel(rating: string | readonly string[]): string {
  return typeof rating === "string" ? rating : rating[rating.length - 1]!;
}

/** The fields the roadmap keeps on its board (the dates only when some topic has one). */
export function wantedFields(topics: readonly BoardTopic[]): WantedField[] {
  const fields: WantedField[] = [
    {
      name: STATUS_FIELD,
      dataType: "SINGLE_SELECT",
      options: STATUS_OPTIONS,
      value: (t) => t.status,
      clearWhenUnset: true,
    },
    {
      name: "Priority",
      dataType: "SINGLE_SELECT",
      options: levels(PRIORITIES, ["GRAY", "BLUE", "ORANGE", "RED"]),
      value: (t) => t.priority,
    },
    {
      name: "Difficulty",
      dataType: "SINGLE_SELECT",
      options: levels(DIFFICULTIES, ["GREEN", "YELLOW", "RED"]),
      value: (t) => t.difficulty,
    },
    {
      name: "Time",
      dataType: "SINGLE_SELECT",
      options: levels(TIME_COSTS, ["GREEN", "YELLOW", "RED"]),
      value: (t) => t.time,
    },
  ];
  if (topics.some((t) => t.start))
    fields.push({ name: START_FIELD, dataType: "DATE", value: (t) => t.start });
  if (topics.some((t) => t.target))
    fields.push({ name: TARGET_FIELD, dataType: "DATE", value: (t) => t.target });
  return fields;
}

export function fieldNamed(board: Pick<Board, "fields">, name: string): BoardField | undefined {
  return board.fields.find((field) => sameName(field.name, name));
}

export function optionFor(field: BoardField, wanted: WantedOption): BoardOption | undefined {
  for (const alias of wanted.aliases) {
    const found = field.options.find((candidate) => sameName(candidate.name, alias));
    if (found) return found;
  }
  return undefined;
}

const graphql = (query: string, variables: Record<string, unknown>) => ({ query, variables });

/** The fields the board lacks, created with every option. */
export function planFields(board: Board, wanted: readonly WantedField[]): Operation[] {
  return wanted
    .filter((field) => !fieldNamed(board, field.name))
    .map((field) => ({
      kind: "create-project-field" as const,
      summary: `board: create the ${field.dataType === "DATE" ? "date" : "single-select"} field "${field.name}"`,
      route: GRAPHQL_ROUTE,
      params: graphql(CREATE_FIELD_MUTATION, {
        projectId: board.id,
        name: field.name,
        dataType: field.dataType,
        ...(field.options
          ? {
              options: Object.values(field.options).map((o) => ({
                name: o.name,
                color: o.color,
                description: "",
              })),
            }
          : {}),
      }),
    }));
}

/** The board's items by the node id of the issue each shows (one pass, for many topics). */
export function itemsByContent(board: Pick<Board, "items">): Map<string, BoardItem> {
  return new Map(board.items.flatMap((item) => (item.contentId ? [[item.contentId, item] as const] : [])));
}

/** The topic issues that are no item of the board yet. */
export function planItems(board: Board, topics: readonly BoardTopic[]): Operation[] {
  const items = itemsByContent(board);
  return topics
    .filter((topic) => !items.has(topic.issueNodeId))
    .map((topic) => ({
      kind: "add-project-item" as const,
      topicId: topic.topicId,
      summary: `board: add #${topic.issueNumber} (${topic.topicId})`,
      route: GRAPHQL_ROUTE,
      params: graphql(ADD_ITEM_MUTATION, { projectId: board.id, contentId: topic.issueNodeId }),
    }));
}

export interface ValuesPlan {
  operations: Operation[];
  /** A field of another type, or an option the board lacks: one line each. */
  warnings: string[];
}

/** The values that differ from the topics', item by item, field by field. */
export function planValues(
  board: Board,
  topics: readonly BoardTopic[],
  wanted: readonly WantedField[],
): ValuesPlan {
  const operations: Operation[] = [];
  const warnings = new Set<string>();
  const items = itemsByContent(board);
  for (const want of wanted) {
    const field = fieldNamed(board, want.name);
    if (!field) continue;
    if (field.dataType && field.dataType !== want.dataType) {
      warnings.add(
        `the board's field "${field.name}" is ${field.dataType}, not ${want.dataType}: it is left alone (rename it and the next sync creates its own)`,
      );
      continue;
    }
    for (const topic of topics) {
      const item = items.get(topic.issueNodeId);
      if (!item) continue;
      const current = item.values.get(field.id);
      const value = want.value(topic);
      const base = { projectId: board.id, itemId: item.id, fieldId: field.id };
      const set = (text: string, variables: Record<string, unknown>) =>
        operations.push({
          kind: "set-project-field",
          topicId: topic.topicId,
          summary: `board: #${topic.issueNumber} ${field.name} -> ${text}`,
          route: GRAPHQL_ROUTE,
          params: graphql(SET_VALUE_MUTATION, { ...base, ...variables }),
        });
      if (want.dataType === "DATE") {
        if (value !== undefined && current?.date !== value) set(value, { value: { date: value } });
        continue;
      }
      const wantedOption = value === undefined ? undefined : want.options?.[value];
      const found = wantedOption ? optionFor(field, wantedOption) : undefined;
      if (wantedOption && !found && !want.clearWhenUnset) {
        warnings.add(
          `the board's field "${field.name}" has no option "${wantedOption.name}": add it on the board, the next sync sets it`,
        );
        continue;
      }
      if (found) {
        if (current?.optionId !== found.id) set(found.name, { value: { singleSelectOptionId: found.id } });
        continue;
      }
      if (wantedOption)
        warnings.add(
          `the board's field "${field.name}" has no option "${wantedOption.name}": its topics show no ${field.name} (add the option on the board to show them)`,
        );
      if (current !== undefined && want.clearWhenUnset) {
        operations.push({
          kind: "clear-project-field",
          topicId: topic.topicId,
          summary: `board: #${topic.issueNumber} ${field.name} cleared (${value ?? "no value"})`,
          route: GRAPHQL_ROUTE,
          params: graphql(CLEAR_VALUE_MUTATION, base),
        });
      }
    }
  }
  return { operations, warnings: [...warnings] };
}
