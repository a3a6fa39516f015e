// Rules the schema cannot see one object at a time: ids unique across the file, ranges
// written low to high, one daily-practice topic. They read the raw data, so they run (and
// report) even when the schema found problems elsewhere.
import type { Document, LineCounter, ParsedNode } from "yaml";
import { DIFFICULTIES, PRIORITIES } from "../model/levels.js";
import { CHECKLIST_KINDS } from "../model/schema.js";
import { dataAt, quote } from "./describe.js";
import type { PathSegment } from "./locate.js";
import { keyStart, locate, valueOffset } from "./locate.js";
import { positionOf } from "./position.js";
import type { Problem } from "./problem.js";

export interface RuleContext {
  doc: Document.Parsed<ParsedNode>;
  lines: LineCounter;
  file: string;
  data: unknown;
}

export function ruleProblems(ctx: RuleContext): Problem[] {
  const problems: Problem[] = [];
  const offsetOf = (path: PathSegment[], key = false) => {
    const located = locate(ctx.doc, path);
    if (!located) return 0;
    const keyAt = key ? keyStart(located.pair) : undefined;
    if (keyAt !== undefined) return keyAt;
    return valueOffset(located);
  };
  const report = (path: PathSegment[], message: string, key = false) =>
    problems.push(positionOf(ctx.lines, ctx.file, offsetOf(path, key), message));
  const lineOf = (path: PathSegment[]) => ctx.lines.linePos(offsetOf(path)).line;

  const sectionIds = new Map<string, PathSegment[]>();
  const topicIds = new Map<string, PathSegment[]>();
  let practice: PathSegment[] | undefined;

  for (const [i] of entries(dataAt(ctx.data, ["sections"]))) {
    const sectionId = dataAt(ctx.data, ["sections", i, "id"]);
    if (typeof sectionId === "string") {
      const first = sectionIds.get(sectionId);
      const here: PathSegment[] = ["sections", i, "id"];
      if (first)
        report(here, `duplicate section id ${quote(sectionId)}: already used on line ${lineOf(first)}`);
      else sectionIds.set(sectionId, here);
    }
    for (const [j, topic] of entries(dataAt(ctx.data, ["sections", i, "topics"]))) {
      if (typeof topic !== "object" || topic === null || Array.isArray(topic)) continue;
      const fields = topic as Record<string, unknown>;
      const path: PathSegment[] = ["sections", i, "topics", j];
      if (typeof fields.id === "string") {
        const first = topicIds.get(fields.id);
        const here = [...path, "id"];
        if (first)
          report(here, `duplicate topic id ${quote(fields.id)}: already used on line ${lineOf(first)}`);
        else topicIds.set(fields.id, here);
      }
      checkRange(fields.priority, PRIORITIES, "priority", [...path, "priority"], report);
      checkRange(fields.difficulty, DIFFICULTIES, "difficulty", [...path, "difficulty"], report);

      // These two repeat the schema's own refinements, which zod skips for a topic that
      // already has another problem; the same wording lets the duplicates collapse.
      const lists = CHECKLIST_KINDS.filter((kind) => fields[kind] !== undefined);
      if (lists.length > 1) {
        report(
          [...path, lists[1]!],
          `a topic has one checklist: use only one of ${CHECKLIST_KINDS.join(", ")} (found ${lists.join(" and ")})`,
          true,
        );
      }
      if (fields.kind === "practice") {
        if (fields.practice === undefined)
          report([...path, "practice"], "a practice topic needs a practice: block", true);
        if (practice) {
          report(
            [...path, "kind"],
            `only one topic can be kind: practice; the first is on line ${lineOf(practice)}`,
          );
        } else practice = [...path, "kind"];
      }
    }
  }
  return problems;
}

function entries(list: unknown): Array<[number, unknown]> {
  return Array.isArray(list) ? list.map((item, index) => [index, item]) : [];
}

function checkRange(
  rating: unknown,
  scale: readonly string[],
  name: string,
  path: PathSegment[],
  report: (path: PathSegment[], message: string) => void,
): void {
  if (!Array.isArray(rating) || rating.length !== 2) return;
  const [from, to] = rating.map((value) => scale.indexOf(value));
  if (from === undefined || to === undefined || from < 0 || to < 0 || from <= to) return;
  report(
    path,
    `${name} range [${rating.join(", ")}] goes down: write the lower end first, [${rating[1]}, ${rating[0]}]`,
  );
}
