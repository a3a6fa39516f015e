// Text an outsider controls (a file name in a pull request, a front-matter value, a title in
// a fork's roadmap, a GitHub error body) on its way into something the roadmap writes. Each
// function here is a single linear pass: a character class or an indexOf walk, never a
// pattern that can backtrack, so 100 KB of hostile text costs what 100 KB of prose does.
import { escapeMarkdown, MENTION_BREAK, neutralizeMentions, oneLine } from "./markdown.js";

/**
 * Bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) make a file name read
 * differently from what it is ("notes/txt.\u202Edm" shows as "notes/txt.md…"): never echoed.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export function stripBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, "");
}

/**
 * Whatever GitHub would turn into a link or a notification: an issue reference (#12,
 * owner/repo#12, GH-12), a bare URL (https://…, www.…). A zero-width joiner after "#", "-"
 * or ":" keeps the text readable and stops the autolink, as MENTION_BREAK does for "@".
 */
const AUTOLINKS = /#(?=\d)|\b(GH-)(?=\d)|\b(https?:|ftp:)(?=\/\/)|\b(www)(?=\.)/gi;

function breakAutolinks(text: string): string {
  return text.replace(AUTOLINKS, (match, gh?: string, scheme?: string, www?: string) => {
    if (gh) return `${gh}${MENTION_BREAK}`;
    if (scheme) return `${scheme}${MENTION_BREAK}`;
    if (www) return `${www}${MENTION_BREAK}`;
    return `${match}${MENTION_BREAK}`;
  });
}

/**
 * Untrusted text in Markdown (a comment, a check summary): one line, shown as written, no
 * HTML, no emphasis, no link, no mention, no reference, no bidi trick. `&` is escaped too:
 * "&#x202E;" would otherwise render the override it spells.
 */
export function untrustedMarkdown(text: string): string {
  const escaped = escapeMarkdown(oneLine(stripBidi(text))).replace(/&/g, "\\&");
  return breakAutolinks(neutralizeMentions(escaped));
}

/**
 * Untrusted text on a line of the Actions runner's log. The runner reads a line that starts
 * with "::" (or the older "##[") as a workflow command (::error::, ::add-mask::,
 * ::stop-commands::), so the text is kept on one line and a command start is broken by a
 * zero-width space, which the runner does not trim.
 */
export function untrustedLogLine(text: string): string {
  const line = oneLine(stripBidi(text));
  const start = line.length - line.trimStart().length;
  const rest = line.slice(start);
  if (rest.startsWith("::") || rest.startsWith("##[")) {
    return `${line.slice(0, start)}${rest[0]}\u200b${rest.slice(1)}`;
  }
  return line;
}

/** At most `max` characters (UTF-16 units), ending in "…" when cut: for messages quoted from outside. */
export function bounded(text: string, max: number): string {
  if (text.length <= max) return text;
  // Do not split a surrogate pair.
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}
