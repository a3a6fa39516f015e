// Topics written without a heading, straight under a section: one per list item
// ("- **React** — hooks, state", "1. **SQL** — joins, indexes", "- [x] Calculus",
// "- [Tour of Go](https://go.dev/tour/) - the basics") or one per table row (first
// column the topic, the other columns fields named by their header).
import type { ListItem, Table } from "mdast";
import { readBoldLead, readFieldLine, stripLeadingSeparator } from "./field-line.js";
import { exactFieldNameOf, fieldNameOf, splitInlineList } from "./fields.js";
import type { ReadContext } from "./topic-draft.js";
import { TopicDraft } from "./topic-draft.js";
import { linksIn, lineOf, plainText, sourceLines } from "./tree.js";

/** Separators between a plain topic and its items: "Kafka — topics, partitions". */
const PLAIN_SEPARATORS = [" — ", " – ", " - ", ": "];

export function topicFromItem(item: ListItem, ctx: ReadContext): TopicDraft | undefined {
  const [head, ...rest] = item.children;
  if (head?.type !== "paragraph") return undefined;
  const lines = sourceLines(head, ctx.source);
  const first = lines[0];
  if (!first) return undefined;

  let title: string;
  let items: string[] = [];
  let description = "";
  const link = head.children[0]?.type === "link" ? linksIn(head.children[0])[0] : undefined;
  const field = readFieldLine(first.text);
  const bold = readBoldLead(first.text);
  if (link) {
    title = link.title;
    const linkEnd = head.children[0]!.position?.end.offset;
    const firstEnd = head.position!.start.offset! + first.text.length;
    description =
      linkEnd === undefined ? "" : stripLeadingSeparator(ctx.source.slice(linkEnd, firstEnd).split("\n")[0]!);
  } else if (field && exactFieldNameOf(field.label) === undefined) {
    // "**React:** hooks, state": the bold label is the topic, not a field.
    title = field.label;
    items = splitInlineList(field.value);
  } else if (bold) {
    title = bold.bold;
    items = splitInlineList(stripLeadingSeparator(bold.rest));
  } else {
    ({ title, items, description } = splitPlain(first.text));
  }
  if (title === "") return undefined;

  const topic = new TopicDraft(first.line, title, ctx);
  topic.setChecked(item.checked);
  if (link) topic.addResource(link);
  topic.addItems(items);
  topic.addDescription(description);
  topic.readLines(lines.slice(1), head);
  topic.readBlocks(rest);
  return topic;
}

function splitPlain(text: string): { title: string; items: string[]; description: string } {
  for (const separator of PLAIN_SEPARATORS) {
    const at = text.indexOf(separator);
    if (at <= 0) continue;
    const after = text.slice(at + separator.length).trim();
    const title = text.slice(0, at).trim();
    // "Kafka — topics, partitions" lists items; "Kafka — the log" describes the topic.
    return after.includes(",")
      ? { title, items: splitInlineList(after), description: "" }
      : { title, items: [], description: after };
  }
  return { title: text.trim(), items: [], description: "" };
}

/** One topic per row after the header. Columns whose header is no field go into the description. */
export function topicsFromTable(table: Table, ctx: ReadContext): TopicDraft[] {
  const [header, ...rows] = table.children;
  if (!header) return [];
  const labels = header.children.map((cell) => plainText(cell).trim());
  const topics: TopicDraft[] = [];
  for (const row of rows) {
    const [titleCell, ...cells] = row.children;
    const title = titleCell ? plainText(titleCell).trim() : "";
    if (title === "") continue;
    const topic = new TopicDraft(lineOf(row), title, ctx);
    if (titleCell) linksIn(titleCell).forEach((link) => topic.addResource(link));
    const line = lineOf(row);
    const lines = cells.flatMap((cell, index) => {
      const label = labels[index + 1] ?? "";
      const value = cellSource(cell, ctx.source);
      if (value === "" || label === "") return [];
      const name = fieldNameOf(label) ?? (isDoneColumn(label) ? "status" : undefined);
      if (name === "status" && isDoneColumn(label)) return [{ text: `Status: ${value}`, line }];
      return [{ text: name ? `**${label}:** ${value}` : `${label}: ${value}`, line }];
    });
    // Fields first, so "Level" or "Time" are read as fields and the rest as prose.
    const known = lines.filter(
      (entry) => readFieldLine(entry.text)?.bold || entry.text.startsWith("Status:"),
    );
    topic.readLines(known);
    const others = lines.filter((entry) => !known.includes(entry));
    topic.addDescription(others.map((entry) => entry.text).join("\n"));
    topics.push(topic);
  }
  return topics;
}

function isDoneColumn(label: string): boolean {
  return ["done", "completed", "✓", "✔", "✅", "progress"].includes(label.toLowerCase());
}

/** A cell's text as written (its links kept), for field values. */
function cellSource(cell: Table["children"][number]["children"][number], source: string): string {
  const first = cell.children[0]?.position?.start.offset;
  const last = cell.children[cell.children.length - 1]?.position?.end.offset;
  if (first === undefined || last === undefined) return "";
  return source.slice(first, last).trim();
}
