// The blocks outside any topic: the intro under the title, the blocks straight under a
// section heading (its topics when they are list items or table rows, else its
// description) and the notes section. A table of contents is recognised and left out.
import type { List } from "mdast";
import type { SectionDraft } from "./assemble.js";
import { topicFromItem, topicsFromTable } from "./section-items.js";
import type { ReadContext } from "./topic-draft.js";
import type { Block } from "./tree.js";
import { lineOf, rawSource, sourceLines, spanOf } from "./tree.js";

/**
 * The intro keeps its Markdown as written; a table of contents is left out. Tables and
 * checkbox lists are topics, not intro: they are returned to be read as a section's.
 */
export function readIntro(blocks: Block[], intro: string[], ctx: ReadContext): Block[] {
  const topics: Block[] = [];
  for (const block of blocks) {
    if (
      block.type === "table" ||
      (block.type === "list" && block.children.some((item) => item.checked != null))
    ) {
      topics.push(block);
      continue;
    }
    if (block.type === "thematicBreak" || block.type === "definition") continue;
    if (block.type === "html" && block.value.trimStart().startsWith("<!--")) continue;
    if (block.type === "list" && isTableOfContents(block)) {
      ctx.report.warn(lineOf(block), "table of contents left out");
      continue;
    }
    const text = rawSource(block, ctx.source).trim();
    if (text !== "") intro.push(text);
  }
  return topics;
}

/** Blocks under a section heading, before any topic heading: topics from lists and tables. */
export function readSectionBlocks(
  blocks: Block[],
  section: SectionDraft,
  ctx: ReadContext,
  prose?: string[],
): void {
  for (const block of blocks) {
    switch (block.type) {
      case "list":
        if (isTableOfContents(block)) {
          ctx.report.warn(lineOf(block), "table of contents left out");
          break;
        }
        for (const item of block.children) {
          const topic = topicFromItem(item, ctx);
          if (topic) section.topics.push(topic);
          else ctx.report.notUnderstood(lineOf(item), 1, "list item");
        }
        break;
      case "table":
        section.topics.push(...topicsFromTable(block, ctx));
        break;
      case "paragraph":
      case "blockquote": {
        const text = sourceLines(block, ctx.source, block.type === "blockquote")
          .map((line) => line.text)
          .join("\n");
        (prose ?? section.description).push(block.type === "blockquote" ? text.replace(/^>\s?/, "") : text);
        break;
      }
      case "thematicBreak":
      case "definition":
        break;
      case "html":
        if (block.value.trimStart().startsWith("<!--")) break;
        ctx.report.notUnderstood(lineOf(block), spanOf(block), "HTML");
        break;
      default:
        ctx.report.notUnderstood(lineOf(block), spanOf(block), block.type);
    }
  }
}

/** Each item (or paragraph) of the notes section is one note; wrapped lines join it. */
export function readNotes(blocks: Block[], notes: string[], ctx: ReadContext): void {
  for (const block of blocks) {
    if (block.type === "list") {
      for (const item of block.children) {
        const text = item.children
          .flatMap((child) => sourceLines(child, ctx.source).map((line) => line.text))
          .join(" ");
        if (text !== "") notes.push(text);
      }
    } else if (block.type === "paragraph" || block.type === "blockquote") {
      const text = sourceLines(block, ctx.source, block.type === "blockquote")
        .map((line) => line.text)
        .join(" ");
      if (text !== "") notes.push(text.replace(/^>\s?/, ""));
    } else if (block.type !== "thematicBreak") {
      ctx.report.notUnderstood(lineOf(block), spanOf(block), block.type);
    }
  }
}

/** A list whose every item is only a link to a heading of the page ("[Basics](#basics)"). */
function isTableOfContents(list: List): boolean {
  return list.children.every((item) => {
    const head = item.children[0];
    if (head?.type !== "paragraph") return false;
    const links = head.children.filter((child) => child.type === "link");
    return links.length === 1 && links[0]!.type === "link" && links[0]!.url.startsWith("#");
  });
}
