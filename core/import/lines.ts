// A Markdown roadmap read line by line: each line classified once (heading, rule, blank,
// bullet or text), so the importer reasons about structure, not about regexes.

export type MarkdownLine =
  | { kind: "blank"; line: number }
  | { kind: "rule"; line: number }
  | { kind: "heading"; line: number; level: number; text: string }
  /**
   * Any other line. `content` is the text after the bullet marker, if any; `indent` counts
   * columns; `raw` is the whole line without its trailing whitespace.
   */
  | { kind: "text"; line: number; raw: string; indent: number; bullet: boolean; content: string };

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const RULE = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const BULLET = /^([-*+]|\d{1,9}[.)])[ \t]+(.*)$/;
const FENCE = /^ {0,3}(```|~~~)/;

function indentOf(text: string): number {
  let columns = 0;
  for (const character of text) {
    if (character === " ") columns++;
    else if (character === "\t") columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}

/**
 * Trailing whitespace (the Markdown "two spaces" line break) is dropped: in YAML it would
 * only be invisible noise. Lines inside code fences are plain text, never headings.
 */
export function readLines(markdown: string): MarkdownLine[] {
  const lines: MarkdownLine[] = [];
  let fence: string | undefined;
  markdown.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const text = raw.trimEnd();
    const fenceMatch = FENCE.exec(text);
    if (fence !== undefined || fenceMatch) {
      if (fence === undefined) fence = fenceMatch![1];
      else if (fenceMatch && fenceMatch[1] === fence) fence = undefined;
      lines.push({
        kind: "text",
        line,
        raw: text,
        indent: indentOf(text),
        bullet: false,
        content: text.trim(),
      });
      return;
    }
    if (text.trim() === "") return void lines.push({ kind: "blank", line });
    if (RULE.test(text)) return void lines.push({ kind: "rule", line });
    const heading = HEADING.exec(text);
    if (heading)
      return void lines.push({
        kind: "heading",
        line,
        level: heading[1]!.length,
        text: (heading[2] ?? "").trim(),
      });
    const indent = indentOf(text);
    const bullet = BULLET.exec(text.trim());
    lines.push(
      bullet
        ? { kind: "text", line, raw: text, indent, bullet: true, content: bullet[2]!.trim() }
        : { kind: "text", line, raw: text, indent, bullet: false, content: text.trim() },
    );
  });
  return lines;
}
