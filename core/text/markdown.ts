// Roadmap data (titles, focus items) put into Markdown: it must render as the literal text
// and must never notify anyone. Shared by the README block and the issue bodies.

/** Characters that would start emphasis, code, links, HTML or a table cell in GitHub Markdown. */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>|]/g;

/** "a_b *c*" -> "a\_b \*c\*": renders as written, also inside a table cell. */
export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, (character) => `\\${character}`);
}

/**
 * A zero-width joiner goes between "@" and the name: "@octocat" still reads the same but is
 * no mention, so no one is notified. This works in Markdown and in plain text (issue
 * titles) alike, where backticks would show. "@" inside a word (an e-mail address) is not
 * a mention on GitHub and stays as it is.
 */
export const MENTION_BREAK = "\u200d";

export function neutralizeMentions(text: string): string {
  return text.replace(/(^|[^A-Za-z0-9])@(?=[A-Za-z0-9])/g, `$1@${MENTION_BREAK}`);
}

/**
 * Each line break (LF, CRLF or a lone CR, as CommonMark reads them) and the blanks around it
 * become one space. A single walk: a regex of blanks, a line break and blanks retries its leading blanks
 * from every blank of a long run, quadratic on 100 KB of spaces from a pull request.
 */
export function oneLine(text: string): string {
  if (!/[\r\n]/.test(text)) return text;
  const parts = text.split(/\r\n|\r|\n/);
  const first = parts[0]!.trimEnd();
  const last = parts.length > 1 ? parts[parts.length - 1]!.trimStart() : "";
  const middle = parts
    .slice(1, -1)
    .map((part) => part.trim())
    .filter(Boolean);
  return [first, ...middle, last].join(" ");
}

/**
 * Data text in a sentence or a list: literal, mention-free and on one line. Text from a pull
 * request (a file path, a front-matter value) may hold line breaks, and a new line could
 * start a heading, a quote or a table row; each run of them becomes one space.
 */
export function inlineText(text: string): string {
  return neutralizeMentions(escapeMarkdown(oneLine(text)));
}

/** Data text in a table cell: a line break would end the row, and inlineText keeps it on one line. */
export function tableCell(text: string): string {
  return inlineText(text);
}

/** Equal but for line endings: bodies edited in GitHub's web editor come back with CRLF, which is no change worth a write. */
export function sameText(a: string, b: string): boolean {
  return a.replace(/\r\n/g, "\n") === b.replace(/\r\n/g, "\n");
}
