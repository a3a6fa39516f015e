// The Markdown as a syntax tree (CommonMark + GFM: tables, task lists), parsed by the
// parser remark uses, which runs in time linear in its input. Helpers read a node back
// as the text the person wrote, so Markdown inside values (bold, links) is kept as is.
import type { Nodes, Root, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";

export type Block = RootContent;

export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** 1-based line where a node starts (1 for a node without a position). */
export function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

export interface SourceLine {
  text: string;
  line: number;
}

/**
 * A node's source, line by line, each trimmed: the indentation of a list item's wrapped
 * lines and the Markdown "two spaces" line break carry nothing in YAML. Inside a quote
 * the "> " markers of continuation lines are dropped too.
 */
export function sourceLines(node: Nodes, source: string, inQuote = false): SourceLine[] {
  const start = node.position?.start;
  const end = node.position?.end;
  if (start?.offset === undefined || end?.offset === undefined) return [];
  return source
    .slice(start.offset, end.offset)
    .split("\n")
    .map((raw, index) => ({ text: clean(raw, inQuote && index > 0), line: start.line + index }))
    .filter((line) => line.text !== "");
}

function clean(raw: string, dropQuoteMarker: boolean): string {
  let text = raw.trim();
  if (dropQuoteMarker) {
    let at = 0;
    while (at < text.length && (text[at] === ">" || text[at] === " ")) at++;
    text = text.slice(at);
  }
  // A backslash at the end of a line is CommonMark's other hard line break.
  return text.endsWith("\\") && !text.endsWith("\\\\") ? text.slice(0, -1).trimEnd() : text;
}

/** A block's source as written (lines trimmed at the end only): for the intro. */
export function rawSource(node: Nodes, source: string): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return "";
  return source
    .slice(start, end)
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n");
}

/** The words of a node without its Markdown: a heading's title, a table cell's value. */
export function plainText(node: Nodes): string {
  if (node.type === "text" || node.type === "inlineCode") return node.value;
  if (node.type === "break") return " ";
  if ("children" in node) return (node.children as Nodes[]).map(plainText).join("");
  return "";
}

/** The links (http and https only) inside a node, in order. */
export function linksIn(node: Nodes): { title: string; url: string }[] {
  if (node.type === "link") {
    return /^https?:\/\//i.test(node.url)
      ? [{ title: plainText(node).trim() || node.url, url: node.url }]
      : [];
  }
  if ("children" in node) return (node.children as Nodes[]).flatMap(linksIn);
  return [];
}

/** A list item's lines as one line of text. */
export function joined(lines: SourceLine[]): string {
  return lines.map((line) => line.text).join(" ");
}

/** How many lines a block spans. */
export function spanOf(block: Block): number {
  const start = block.position?.start.line ?? 1;
  return (block.position?.end.line ?? start) - start + 1;
}
