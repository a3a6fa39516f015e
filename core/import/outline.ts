// Which heading is what, decided from the headings a file actually uses: the title (a
// first "#"), the section level (the shallowest other level) and the topic level (the
// level below it whose headings carry fields such as "Level:", else the next one down).
import type { Heading } from "mdast";
import { readFieldLine } from "./field-line.js";
import { exactFieldNameOf } from "./fields.js";
import type { Block } from "./tree.js";
import { sourceLines } from "./tree.js";

/** A heading and the blocks up to the next heading; the first part may have no heading. */
export interface Part {
  heading?: Heading;
  blocks: Block[];
}

export interface Outline {
  title?: Part;
  sectionLevel: number;
  /** Undefined when the file has one level of headings below the title. */
  topicLevel?: number;
}

export function partsOf(blocks: Block[]): Part[] {
  const parts: Part[] = [{ blocks: [] }];
  for (const block of blocks) {
    if (block.type === "heading") parts.push({ heading: block, blocks: [] });
    else parts[parts.length - 1]!.blocks.push(block);
  }
  return parts;
}

export function outlineOf(parts: Part[], source: string): Outline {
  const headed = parts.filter((part) => part.heading !== undefined);
  const first = headed[0];
  let title = first?.heading?.depth === 1 ? first : undefined;
  let rest = title ? headed.slice(1) : headed;
  // "# A" followed by "## x" and later "# B": the "#"s are sections and there is no title.
  if (title && rest.some((part) => part.heading!.depth === 1) && (rest[0]?.heading!.depth ?? 1) > 1) {
    title = undefined;
    rest = headed;
  }
  const levels = [...new Set(rest.map((part) => part.heading!.depth))].sort((a, b) => a - b);
  const outline: Outline = { sectionLevel: levels[0] ?? 2 };
  if (title) outline.title = title;
  const below = levels.slice(1);
  if (below.length === 0) return outline;
  const withFields = (level: number) =>
    rest.filter((part) => part.heading!.depth === level && hasFields(part.blocks, source)).length;
  let topicLevel = below[0]!;
  for (const level of below) if (withFields(level) > withFields(topicLevel)) topicLevel = level;
  outline.topicLevel = topicLevel;
  return outline;
}

/** True when the blocks hold a field line ("**Priority:** High", "Level: beginner"). */
export function hasFields(blocks: Block[], source: string): boolean {
  return blocks.some((block) => {
    if (block.type === "paragraph") return sourceLines(block, source).some((line) => isField(line.text));
    if (block.type === "list") {
      return block.children.some((item) => {
        const head = item.children[0];
        return head?.type === "paragraph" && isField(sourceLines(head, source)[0]?.text ?? "");
      });
    }
    return false;
  });
}

function isField(text: string): boolean {
  const field = readFieldLine(text);
  return field !== undefined && exactFieldNameOf(field.label) !== undefined;
}
