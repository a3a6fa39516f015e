// One topic while its lines are read: fields, the checklist and the warnings about them.
// A topic is the heading plus everything up to the next heading; `finish` fills defaults
// for what was missing and returns the topic in the schema's input form.
import type { Difficulty, Priority, Rating, TimeCost } from "../model/levels.js";
import type { RoadmapInput } from "../model/schema.js";
import type { FieldName, ListField } from "./fields.js";
import {
  DEFAULTS,
  fieldNameOf,
  isListField,
  parseDifficulty,
  parsePriority,
  parseTime,
  splitInlineList,
} from "./fields.js";
import type { MarkdownLine } from "./lines.js";

export type TopicInput = RoadmapInput["sections"][number]["topics"][number];
type TextLine = Extract<MarkdownLine, { kind: "text" }>;
export type Warn = (line: number, message: string) => void;

/** "**Priority:** High" (colon inside the bold) and "**Priority**: High" (outside). */
const BOLD_FIELD = /^(\*\*|__)([^*_:]+?)\s*:\s*\1(?:\s+(.*))?$/;
const BOLD_FIELD_COLON_OUTSIDE = /^(\*\*|__)([^*_:]+?)\1\s*:(?:\s+(.*))?$/;
/** "Priority: high": only a short label of words counts, so prose with a colon stays prose. */
const PLAIN_FIELD = /^([A-Za-z][A-Za-z]*(?: [A-Za-z]+){0,2})\s*:(?:\s+(.*))?$/;
/** A line that is bold as a whole, e.g. "**Django API + Next.js Frontend**". */
const BOLD_LINE = /^(\*\*|__)([^*_].*?)\1$/;
const CHECKBOX = /^\[[ xX]\]\s+/;

interface FieldLine {
  label: string;
  value: string;
  bold: boolean;
}

function fieldLine(content: string): FieldLine | undefined {
  const bold = BOLD_FIELD.exec(content) ?? BOLD_FIELD_COLON_OUTSIDE.exec(content);
  if (bold) return { label: bold[2]!.trim(), value: (bold[3] ?? "").trim(), bold: true };
  const plain = PLAIN_FIELD.exec(content);
  if (plain) return { label: plain[1]!, value: (plain[2] ?? "").trim(), bold: false };
  return undefined;
}

/** What the previous line was, to tell a paragraph's first line from its continuation. */
type PreviousLine = "blank" | "item" | "lead" | "text" | "stray" | "other";

interface OpenList {
  /** "ignored": the bullets of an unknown or repeated field, already warned about. */
  field: ListField | "ignored";
  indent: number;
}

export class TopicDraft {
  private subtitle?: string;
  private priority?: Rating<Priority>;
  private difficulty?: Rating<Difficulty>;
  private time?: TimeCost;
  private timebox?: string;
  private goal?: string;
  private lead?: string;
  private checklist?: { field: ListField; items: string[] };
  private readonly seen = new Set<FieldName>();
  private open?: OpenList;
  private previous: PreviousLine = "blank";

  constructor(
    readonly line: number,
    readonly title: string,
    private readonly warn: Warn,
  ) {}

  get hasExpectation(): boolean {
    return this.checklist?.field === "expectation";
  }

  get singleDifficulty(): Difficulty | undefined {
    return typeof this.difficulty === "string" ? this.difficulty : undefined;
  }

  read(line: MarkdownLine): void {
    if (line.kind === "blank") this.previous = "blank";
    else if (line.kind === "text") this.previous = this.readText(line);
    // Rules ("---") separate topics visually and carry nothing; headings never get here.
  }

  private readText(line: TextLine): PreviousLine {
    const { content } = line;
    const open = this.open;
    // A bullet indented under an open list belongs to it, whatever it looks like.
    if (open && line.bullet && line.indent > open.indent) return this.addItem(content);

    const field = fieldLine(content);
    const name = field && fieldNameOf(field.label);
    if (field && (field.bold || name)) return this.readField(line, field, name);
    if (field && !(open && line.bullet)) return this.unknownField(line, field);

    const boldLine = BOLD_LINE.exec(content);
    if (boldLine && !line.bullet && this.seen.size === 0 && this.subtitle === undefined) {
      this.subtitle = boldLine[2]!.trim();
      return "other";
    }
    if (line.bullet) {
      if (open) return this.addItem(content);
      // One warning per run of stray bullets, not one per bullet.
      if (this.previous !== "stray") {
        this.warn(line.line, `bullets outside a Focus, Scope or Expectation list in "${this.title}" ignored`);
      }
      return "stray";
    }
    if (open && this.previous === "item" && line.indent > open.indent) return this.continueItem(content);
    if (open && open.field !== "ignored" && this.checklist!.items.length === 0) {
      this.lead = this.lead === undefined ? content : `${this.lead} ${content}`;
      return "lead";
    }
    if (this.previous !== "text")
      this.warn(line.line, `free text in "${this.title}" ignored: "${excerpt(content)}"`);
    return "text";
  }

  private readField(line: TextLine, field: FieldLine, name: FieldName | undefined): PreviousLine {
    this.open = undefined;
    if (name === undefined) return this.unknownField(line, field);
    if (this.seen.has(name) || (name === "timebox" && this.timebox !== undefined)) {
      this.warn(line.line, `"${field.label}" given twice in "${this.title}"; kept the first`);
      if (isListField(name)) this.open = { field: "ignored", indent: line.indent };
      return "other";
    }
    this.seen.add(name);
    const problem = (message: string | undefined) => {
      if (message) this.warn(line.line, `"${this.title}": ${message}`);
    };
    switch (name) {
      case "priority": {
        const parsed = parsePriority(field.value);
        this.priority = parsed.value;
        problem(parsed.problem);
        break;
      }
      case "difficulty": {
        const parsed = parseDifficulty(field.value);
        this.difficulty = parsed.value;
        problem(parsed.problem);
        break;
      }
      case "time": {
        const parsed = parseTime(field.value);
        this.time = parsed.value.time;
        if (parsed.value.timebox !== undefined) this.timebox ??= parsed.value.timebox;
        problem(parsed.problem);
        break;
      }
      case "timebox":
      case "goal":
        if (field.value === "") problem(`empty "${field.label}" ignored`);
        else this[name] = field.value;
        break;
      default:
        this.startList(line, name, field);
    }
    return "other";
  }

  /** Warned about once; a list under it (no inline value) is skipped with it. */
  private unknownField(line: TextLine, field: FieldLine): PreviousLine {
    this.open = undefined;
    const withList = field.value === "";
    this.warn(
      line.line,
      `unknown field "${field.label}" in "${this.title}" ignored${withList ? " with its list" : ""}`,
    );
    if (withList) this.open = { field: "ignored", indent: line.indent };
    return "other";
  }

  private startList(line: TextLine, name: ListField, field: FieldLine): void {
    if (this.checklist) {
      this.warn(
        line.line,
        `a topic has one checklist: "${field.label}" list in "${this.title}" ignored (it already has ${this.checklist.field})`,
      );
      this.open = { field: "ignored", indent: line.indent };
      return;
    }
    this.checklist = { field: name, items: splitInlineList(field.value) };
    this.open = { field: name, indent: line.indent };
  }

  private addItem(content: string): "item" {
    const item = content.replace(CHECKBOX, "").trim();
    if (item !== "" && this.open?.field !== "ignored") this.checklist!.items.push(item);
    return "item";
  }

  private continueItem(content: string): "item" {
    const items = this.checklist?.items;
    if (this.open?.field !== "ignored" && items && items.length > 0) {
      items[items.length - 1] = `${items[items.length - 1]} ${content}`;
    }
    return "item";
  }

  /** The topic in input form: defaults for what is missing (each one warned about). */
  finish(id: string, kind: "topic" | "practice" | "project", practice?: TopicInput["practice"]): TopicInput {
    const missing = (what: string, value: string) =>
      this.warn(this.line, `"${this.title}" has no ${what}; using ${value}`);
    if (this.priority === undefined) missing("priority", DEFAULTS.priority);
    if (this.difficulty === undefined) missing("difficulty", DEFAULTS.difficulty);
    if (this.time === undefined) missing("time cost", DEFAULTS.time);
    if (this.checklist && this.checklist.items.length === 0) {
      this.warn(this.line, `the ${this.checklist.field} list of "${this.title}" is empty; left out`);
    }
    if (this.lead !== undefined && !this.checklist?.items.length) {
      this.warn(
        this.line,
        `"${this.title}": text before a list that never came ignored: "${excerpt(this.lead)}"`,
      );
    }
    const items = this.checklist?.items.length ? this.checklist : undefined;
    return {
      id,
      title: this.title,
      ...(this.subtitle !== undefined && { subtitle: this.subtitle }),
      ...(kind !== "topic" && { kind }),
      priority: writable(this.priority ?? DEFAULTS.priority),
      difficulty: writable(this.difficulty ?? DEFAULTS.difficulty),
      time: this.time ?? DEFAULTS.time,
      ...(this.timebox !== undefined && { timebox: this.timebox }),
      ...(this.goal !== undefined && { goal: this.goal }),
      ...(items && this.lead !== undefined && { lead: this.lead }),
      ...(items && { [items.field]: items.items }),
      ...(practice && { practice }),
    };
  }
}

/** The schema's input type wants a plain tuple for a range. */
function writable<T extends string>(rating: Rating<T>): T | [T, T] {
  return typeof rating === "string" ? rating : [rating[0], rating[1]];
}

export function excerpt(text: string): string {
  return text.length > 50 ? `${text.slice(0, 47)}…` : text;
}
