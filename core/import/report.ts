// What an import noticed, told once: each guess with its line, defaults grouped into one
// line for the whole file (not one per field per topic), the blocks it could not place
// counted with the first one's line. `summary` is the one line the CLI prints per import.
import { plural } from "../text/plural.js";

export type DefaultedField = "priority" | "difficulty" | "time cost";

export interface ImportCounts {
  sections: number;
  topics: number;
  focusItems: number;
  ticked: number;
}

export class ImportReport {
  private readonly notices: { line: number; message: string; group?: string }[] = [];
  private readonly defaults = new Map<DefaultedField, number[]>();
  private readonly skipped: { line: number; lines: number; what: string }[] = [];

  /**
   * One guess at `line`. Guesses with the same `group` (the message without the topic's
   * name) are told once with a count when there is more than one: a file with the same
   * slip in 20 topics gets one line, not 20.
   */
  warn(line: number, message: string, group?: string): void {
    this.notices.push(group === undefined ? { line, message } : { line, message, group });
  }

  /** A topic had no value for `field`: the default (medium) was used. */
  defaulted(field: DefaultedField, line: number): void {
    const lines = this.defaults.get(field) ?? [];
    lines.push(line);
    this.defaults.set(field, lines);
  }

  /** A block the importer could not place: `lines` long, starting at `line`. */
  notUnderstood(line: number, lines: number, what: string): void {
    this.skipped.push({ line, lines: Math.max(1, lines), what });
  }

  get linesNotUnderstood(): number {
    return this.skipped.reduce((sum, block) => sum + block.lines, 0);
  }

  get firstNotUnderstood(): number | undefined {
    return this.skipped.length === 0 ? undefined : Math.min(...this.skipped.map((block) => block.line));
  }

  /** "line 12: …" in line order, then the grouped lines. */
  warnings(): string[] {
    const sorted = [...this.notices].sort((a, b) => a.line - b.line);
    const groups = new Map<string, number[]>();
    for (const notice of sorted) {
      if (notice.group !== undefined)
        groups.set(notice.group, [...(groups.get(notice.group) ?? []), notice.line]);
    }
    const lines = sorted.flatMap(({ line, message, group }) => {
      const at = group === undefined ? undefined : groups.get(group)!;
      if (at === undefined || at.length === 1) return [`line ${line}: ${message}`];
      if (at[0] !== line) return [];
      const more = at.length > 6 ? `, … (${at.length} in all)` : "";
      return [`lines ${at.slice(0, 6).join(", ")}${more}: ${group}`];
    });
    const skipped = [...this.skipped].sort((a, b) => a.line - b.line);
    if (skipped.length > 0) {
      const shown = skipped
        .slice(0, 5)
        .map((block) => `line ${block.line} (${block.what})`)
        .join(", ");
      const more = skipped.length > 5 ? `, and ${skipped.length - 5} more` : "";
      lines.push(`left out what is not a section, topic, field or note: ${shown}${more}`);
    }
    if (this.defaults.size > 0) {
      const parts = [...this.defaults].map(([field, at]) => `${field} on ${plural(at.length, "topic")}`);
      const first = Math.min(...[...this.defaults.values()].flat());
      lines.push(`no ${parts.join(", no ")}: used medium (first: line ${first})`);
    }
    return lines;
  }

  summary(counts: ImportCounts): string {
    const parts = [
      plural(counts.sections, "section"),
      plural(counts.topics, "topic"),
      plural(counts.focusItems, "focus item"),
    ];
    const ticked = counts.ticked > 0 ? ` (${counts.ticked} already done)` : "";
    const first = this.firstNotUnderstood;
    const skipped =
      first === undefined
        ? "every line understood"
        : `${plural(this.linesNotUnderstood, "line")} not understood (first: line ${first})`;
    return `imported ${parts.join(", ")}${ticked}; ${skipped}`;
  }
}
