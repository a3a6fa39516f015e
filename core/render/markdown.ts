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

/** Data text in a sentence or a list: literal and mention-free. */
export function inlineText(text: string): string {
  return neutralizeMentions(escapeMarkdown(text));
}

/** Data text in a table cell: also on one line, since a line break ends the row. */
export function tableCell(text: string): string {
  return inlineText(text.replace(/\s*\r?\n\s*/g, " "));
}
