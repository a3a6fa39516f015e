// How the blocks under a topic are read into its draft: paragraphs as field lines and
// prose, lists as a field's items (after "**Focus:**") or the topic's own items, quotes as
// its description. What a field with no inline value waits for (its list, in the next
// block) is this reader's state; what the fields mean is the draft's.
import type { List, ListItem, Paragraph } from "mdast";
import { readBoldLead, readFieldLine } from "./field-line.js";
import { fieldNameOf, isListField } from "./fields.js";
import type { ListTarget, ReadContext, TopicDraft } from "./topic-draft.js";
import type { Block, SourceLine } from "./tree.js";
import { joined, lineOf, linksIn, plainText, sourceLines, spanOf } from "./tree.js";

export class TopicReader {
  /** A field with no inline value ("**Focus:**") whose list comes in the next block. */
  private pending?: ListTarget;
  private blocksRead = 0;

  constructor(
    private readonly topic: TopicDraft,
    private readonly ctx: ReadContext,
  ) {}

  readBlocks(blocks: Block[]): void {
    for (const block of blocks) this.readBlock(block);
  }

  readBlock(block: Block): void {
    const first = this.blocksRead++ === 0;
    const pending = this.pending;
    this.pending = undefined;
    switch (block.type) {
      case "paragraph":
        return this.readParagraph(block, first);
      case "list":
        return this.readList(block, pending);
      case "blockquote":
        return this.topic.addDescription(
          block.children
            .flatMap((child) => sourceLines(child, this.ctx.source, true).map((line) => line.text))
            .join("\n"),
        );
      case "table":
        // Rows under a topic are its items: the first cell of each row after the header.
        return this.topic.addItems(block.children.slice(1).map((row) => plainText(row.children[0]!).trim()));
      case "thematicBreak":
      case "definition":
        return;
      case "html":
        if (block.value.trimStart().startsWith("<!--")) return;
        return this.ctx.report.notUnderstood(lineOf(block), spanOf(block), "HTML");
      default:
        return this.ctx.report.notUnderstood(lineOf(block), spanOf(block), block.type);
    }
  }

  private readParagraph(paragraph: Paragraph, first: boolean): void {
    const lines = sourceLines(paragraph, this.ctx.source);
    // "**Django API + Next.js Frontend**" alone under the heading: the topic's subtitle.
    const bold = lines.length === 1 ? readBoldLead(lines[0]!.text) : undefined;
    if (first && bold && bold.rest === "" && !readFieldLine(lines[0]!.text)) {
      this.topic.setSubtitle(bold.bold);
      return;
    }
    this.readLines(lines, paragraph);
  }

  /**
   * Lines of one paragraph: each field line starts a field; a line that is not a field
   * continues the field before it (the lead of a list, the rest of a goal); lines before
   * any field are prose, the topic's description.
   */
  readLines(lines: SourceLine[], node?: Paragraph): ListTarget | undefined {
    let open: ListTarget | undefined;
    const prose: string[] = [];
    for (const { text, line } of lines) {
      const field = this.topic.knownField(text, line);
      if (field) {
        open = this.topic.applyField(field, line, node);
        continue;
      }
      if (open === undefined) prose.push(text);
      else this.topic.continueField(open, text);
    }
    this.topic.addDescription(prose.join("\n"));
    if (open !== undefined && isListField(open) && !this.topic.hasInlineItems(open)) this.pending = open;
    return open;
  }

  private readList(list: List, pending: ListTarget | undefined): void {
    let target = pending;
    for (const item of list.children) target = this.readItem(item, target);
  }

  /**
   * One item; returns where the next items of the list go. That changes when an item ends
   * in a field line of its own ("- last item\nResources:" is one item to Markdown, the
   * lazy continuation of a paragraph), so the items after it are that field's.
   */
  private readItem(item: ListItem, target: ListTarget | undefined): ListTarget | undefined {
    const [head, ...rest] = item.children;
    if (head?.type !== "paragraph") {
      this.readBlocks(item.children);
      return target;
    }
    const lines = sourceLines(head, this.ctx.source);
    const first = lines[0];
    if (!first) return target;
    const field = this.topic.knownField(first.text, first.line);
    if (field && (target === undefined || this.isFieldLine(first.text))) {
      this.blocksRead++;
      const open = this.readLines(lines, head);
      this.pending = undefined;
      this.readNested(rest, open ?? "ignored");
      return target;
    }
    const fieldAt = lines.findIndex((line, index) => index > 0 && this.isFieldLine(line.text));
    const own = fieldAt > 0 ? lines.slice(0, fieldAt) : lines;
    if (target !== undefined) this.topic.addToTarget(target, own, head, item.checked, first.line);
    else {
      const link = head.children[0]?.type === "link" ? linksIn(head.children[0])[0] : undefined;
      if (link && item.checked === null) this.topic.addResource(link);
      else this.topic.addItem(joined(own), item.checked === true);
    }
    this.readNested(rest, target);
    if (fieldAt < 0) return target;
    const open = this.readLines(lines.slice(fieldAt), head);
    this.pending = undefined;
    return open !== undefined && isListField(open) ? open : target;
  }

  /** A line naming a known field: "Resources:", "**Level:** beginner". */
  private isFieldLine(text: string): boolean {
    const field = readFieldLine(text);
    return field !== undefined && fieldNameOf(field.label) !== undefined;
  }

  /** Nested lists under an item go where the item went; other nested blocks are the topic's. */
  private readNested(blocks: Block[], target: ListTarget | undefined): void {
    for (const block of blocks) {
      if (block.type !== "list") this.readBlock(block);
      else if (target !== "ignored") this.readList(block, target);
      else
        this.ctx.report.notUnderstood(
          lineOf(block),
          spanOf(block),
          `list under a field of "${this.topic.title}"`,
        );
    }
  }
}
