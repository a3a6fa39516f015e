// One topic while it is read: its fields, checklist, ticks, resources and prose, and the
// warnings about them (which blocks hold what is topic-reader.ts's job). `finish` fills
// defaults for what was missing and returns the topic in the schema's input form.
import type { Paragraph } from "mdast";
import type { Difficulty, Priority, Rating, TimeCost } from "../model/levels.js";
import type { RoadmapInput } from "../model/schema.js";
import { TITLE_MAX_LENGTH } from "../model/schema.js";
import type { TopicStatus } from "../model/statuses.js";
import type { FieldLine } from "./field-line.js";
import { readFieldLine } from "./field-line.js";
import type { FieldName, ListField } from "./fields.js";
import {
  DEFAULTS,
  fieldNameOf,
  guessFieldName,
  isListField,
  parseDifficulty,
  parsePriority,
  parseStatus,
  parseTime,
  splitInlineList,
} from "./fields.js";
import { linksInText } from "./links.js";
import type { ImportReport } from "./report.js";
import { TopicReader } from "./topic-reader.js";
import type { Block, SourceLine } from "./tree.js";
import { joined, linksIn, plainText } from "./tree.js";

export type TopicInput = RoadmapInput["sections"][number]["topics"][number];
export type Resource = NonNullable<TopicInput["resources"]>[number];
type ChecklistField = "focus" | "scope" | "expectation";

/** What reading a topic needs besides the topic: the source (to keep values as written). */
export interface ReadContext {
  source: string;
  report: ImportReport;
}

/** Where the items of a list go: a field's list, or nowhere (an unknown field, warned about). */
export type ListTarget = ListField | "goal" | "description" | "ignored";

export class TopicDraft {
  private subtitle?: string;
  private priority?: Rating<Priority>;
  private difficulty?: Rating<Difficulty>;
  private time?: TimeCost;
  private timebox?: string;
  private goal?: string;
  private lead?: string;
  private status?: TopicStatus;
  private checklist?: { field: ChecklistField; items: string[] };
  private readonly ticked: string[] = [];
  private readonly resources: Resource[] = [];
  /** Prerequisites as written; turned into topic ids once every topic has one. */
  readonly prerequisites: { title: string; line: number }[] = [];
  private readonly description: string[] = [];
  private readonly seen = new Set<FieldName>();
  private readonly reader: TopicReader;

  constructor(
    readonly line: number,
    readonly title: string,
    private readonly ctx: ReadContext,
  ) {
    this.reader = new TopicReader(this, ctx);
  }

  get hasExpectation(): boolean {
    return this.checklist?.field === "expectation";
  }

  get singleDifficulty(): Difficulty | undefined {
    return typeof this.difficulty === "string" ? this.difficulty : undefined;
  }

  get itemCount(): number {
    return this.checklist?.items.length ?? 0;
  }

  get tickedCount(): number {
    return this.ticked.length + (this.status === "done" ? 1 : 0);
  }

  /** A ticked (or unticked) checkbox in front of the topic itself. */
  setChecked(checked: boolean | null | undefined): void {
    if (checked === true) this.status = "done";
  }

  addItems(items: string[], field: ChecklistField = this.checklist?.field ?? "focus"): void {
    for (const item of items) this.addItem(item, false, field);
  }

  addResource(resource: Resource): void {
    if (!this.resources.some((known) => known.title === resource.title && known.url === resource.url)) {
      this.resources.push(resource);
    }
  }

  addDescription(text: string): void {
    if (text.trim() !== "") this.description.push(text.trim());
  }

  /** Reads the blocks under the topic (see topic-reader.ts). */
  readBlocks(blocks: Block[]): void {
    this.reader.readBlocks(blocks);
  }

  /** Reads lines of a paragraph as fields and prose (see topic-reader.ts). */
  readLines(lines: SourceLine[], node?: Paragraph): ListTarget | undefined {
    return this.reader.readLines(lines, node);
  }

  setSubtitle(subtitle: string): void {
    this.subtitle = subtitle;
  }

  hasInlineItems(field: ListField): boolean {
    if (field === "resources") return this.resources.length > 0;
    if (field === "requires") return this.prerequisites.length > 0;
    return this.checklist?.field === field && this.checklist.items.length > 0;
  }

  continueField(open: ListTarget, text: string): void {
    if (open === "goal") this.goal = this.goal === undefined ? text : `${this.goal} ${text}`;
    else if (open === "description") this.addDescription(text);
    else if (open !== "ignored") this.lead = this.lead === undefined ? text : `${this.lead} ${text}`;
  }

  /** A field line, when its label is one people use (bold labels always count, to be warned about). */
  knownField(text: string, line: number): (FieldLine & { name?: FieldName }) | undefined {
    const field = readFieldLine(text);
    if (!field) return undefined;
    const name = fieldNameOf(field.label);
    if (name) return { ...field, name };
    const guess = guessFieldName(field.label);
    if (guess) {
      this.ctx.report.warn(
        line,
        `read "${field.label}" in "${this.title}" as "${guess.label}"`,
        `read "${field.label}" as "${guess.label}"`,
      );
      return { ...field, name: guess.name };
    }
    return field.bold ? field : undefined;
  }

  /** Applies one field; returns where a list (or continuation lines) under it goes. */
  applyField(field: FieldLine & { name?: FieldName }, line: number, node?: Paragraph): ListTarget {
    const { name } = field;
    const report = this.ctx.report;
    if (name === undefined) {
      report.warn(
        line,
        `unknown field "${field.label}" in "${this.title}" kept in its description`,
        `unknown field "${field.label}" kept in the topic's description`,
      );
      this.addDescription(`${field.label}: ${field.value}`.trim());
      return "description";
    }
    const problem = (message: string | undefined) => {
      if (message) report.warn(line, `"${this.title}": ${message}`, message);
    };
    if (this.seen.has(name) && !isListField(name)) {
      report.warn(line, `"${field.label}" given twice in "${this.title}"; kept the first`);
      return "ignored";
    }
    this.seen.add(name);
    switch (name) {
      case "priority": {
        const parsed = parsePriority(field.value);
        this.priority = parsed.value;
        problem(parsed.problem);
        return "ignored";
      }
      case "difficulty": {
        const parsed = parseDifficulty(field.value);
        this.difficulty = parsed.value;
        problem(parsed.problem);
        return "ignored";
      }
      case "time": {
        const parsed = parseTime(field.value);
        this.time = parsed.value.time;
        if (parsed.value.timebox !== undefined) this.timebox ??= parsed.value.timebox;
        problem(parsed.problem);
        return "ignored";
      }
      case "status": {
        const parsed = parseStatus(field.value);
        if (parsed.value !== undefined) this.status = parsed.value;
        problem(parsed.problem);
        return "ignored";
      }
      case "timebox":
        if (field.value !== "") this.timebox = field.value;
        return "ignored";
      case "goal":
        if (field.value !== "") this.goal = field.value;
        return "goal";
      case "description":
        this.addDescription(field.value);
        return "description";
      case "resources":
        for (const resource of inlineResources(field.value, node)) this.addResource(resource);
        return "resources";
      case "requires":
        for (const title of splitInlineList(field.value)) this.prerequisites.push({ title, line });
        return "requires";
      default:
        this.addItems(splitInlineList(field.value), this.checklistFor(name, field.label, line));
        return name;
    }
  }

  /** A topic has one checklist: a second list field's items join the first one, said once. */
  private checklistFor(name: ChecklistField, label: string, line: number): ChecklistField {
    const current = this.checklist?.field;
    if (current === undefined || current === name) return name;
    this.ctx.report.warn(
      line,
      `a topic has one checklist: the "${label}" items of "${this.title}" were added to its ${current}`,
    );
    return current;
  }

  addToTarget(
    target: ListTarget,
    lines: SourceLine[],
    paragraph: Paragraph,
    checked: boolean | null | undefined,
    line: number,
  ): void {
    const text = joined(lines);
    switch (target) {
      case "ignored":
        return;
      case "goal":
        this.goal = this.goal === undefined ? text : `${this.goal}; ${text}`;
        return;
      case "description":
        return this.addDescription(`- ${text}`);
      case "resources": {
        const links = linksIn(paragraph);
        if (links.length === 0) this.addResource({ title: text });
        else links.forEach((link) => this.addResource(link));
        return;
      }
      case "requires":
        for (const title of splitInlineList(plainText(paragraph))) this.prerequisites.push({ title, line });
        return;
      default:
        this.addItem(text, checked === true, target);
    }
  }

  addItem(text: string, checked: boolean, field: ChecklistField = this.checklist?.field ?? "focus"): void {
    const item = text.trim();
    if (item === "") return;
    this.checklist ??= { field, items: [] };
    if (!this.checklist.items.includes(item)) this.checklist.items.push(item);
    if (checked && !this.ticked.includes(item)) this.ticked.push(item);
  }

  /** The topic in input form: defaults for what is missing (reported, grouped). */
  finish(
    id: string,
    kind: "topic" | "practice" | "project",
    requires: string[],
    practice?: TopicInput["practice"],
  ): TopicInput {
    const report = this.ctx.report;
    if (this.priority === undefined) report.defaulted("priority", this.line);
    if (this.difficulty === undefined) report.defaulted("difficulty", this.line);
    if (this.time === undefined) report.defaulted("time cost", this.line);
    const items = this.checklist?.items.length ? this.checklist : undefined;
    if (this.lead !== undefined && !items) {
      report.warn(this.line, `"${this.title}": text before a list that never came kept in its description`);
      this.addDescription(this.lead);
    }
    const description = this.description.join("\n\n");
    let title = this.title;
    if (title.length > TITLE_MAX_LENGTH) {
      report.warn(
        this.line,
        `a topic title has at most ${TITLE_MAX_LENGTH} characters; cut "${excerpt(title)}"`,
      );
      title = `${title.slice(0, TITLE_MAX_LENGTH - 1).trimEnd()}…`;
    }
    return {
      id,
      title,
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
      ...(description !== "" && { description }),
      ...(this.resources.length > 0 && { resources: this.resources }),
      ...(requires.length > 0 && { requires }),
      ...(this.status !== undefined && this.status !== "todo" && { status: this.status }),
      ...(this.ticked.length > 0 && { checked: this.ticked }),
    };
  }
}

/** "[Book](https://…), [Docs](https://…)" or "the Go blog": resources given on the field's line. */
function inlineResources(value: string, node: Paragraph | undefined): Resource[] {
  if (value === "") return [];
  const links = linksInText(value);
  if (links.length > 0) return links;
  if (node && value.includes("](")) return linksIn(node);
  return splitInlineList(value).map((title) => ({ title }));
}

/** The schema's input type wants a plain tuple for a range. */
function writable<T extends string>(rating: Rating<T>): T | [T, T] {
  return typeof rating === "string" ? rating : [rating[0], rating[1]];
}

export function excerpt(text: string): string {
  return text.length > 50 ? `${text.slice(0, 47)}…` : text;
}
