// yaml's syntax errors, reworded and repositioned for someone editing the file: one
// problem per line (a broken line trips several rules, the first says it best), pointed
// at the line's first character rather than its indentation, and an unclosed bracket
// pointed at the bracket rather than at the end of the file.
import type { Document, ErrorCode, LineCounter, ParsedNode, YAMLParseError } from "yaml";
import { visit } from "yaml";
import { keyStart, keyText } from "./locate.js";
import { positionOf } from "./position.js";
import { valueHint } from "./value-hints.js";
import type { Problem } from "./problem.js";

export interface SyntaxContext {
  doc: Document.Parsed<ParsedNode>;
  text: string;
  lines: LineCounter;
  file: string;
  unclosedFlows: readonly number[];
  unclosedQuotes: readonly number[];
}

export function syntaxProblems(errors: readonly YAMLParseError[], ctx: SyntaxContext): Problem[] {
  const problems: Problem[] = [];
  const linesWithError = new Set<number>();
  // A tab in the indentation throws yaml off for the rest of the block, and every line
  // after it trips another rule: the tab is the one problem to fix.
  const tabs = errors.filter((error) => error.code === "TAB_AS_INDENT");
  for (const error of tabs.length > 0 ? tabs : errors) {
    const { offset, message } = describe(error, ctx);
    const line = ctx.lines.linePos(offset).line;
    if (linesWithError.has(line)) continue;
    linesWithError.add(line);
    problems.push(positionOf(ctx.lines, ctx.file, offset, message));
  }
  return problems;
}

/** Errors about where a line starts: pointed at its first character, not its indentation. */
const INDENTATION_CODES = new Set<ErrorCode>([
  "BAD_INDENT",
  "MISSING_CHAR",
  "TAB_AS_INDENT",
  "UNEXPECTED_TOKEN",
]);

function describe(error: YAMLParseError, ctx: SyntaxContext): { offset: number; message: string } {
  const at = error.pos[0];
  if (error.code === "DUPLICATE_KEY") return { offset: at, message: duplicateKeyMessage(ctx, at) };
  if (error.code === "TAB_AS_INDENT") {
    return {
      offset: at,
      message:
        "tabs are not allowed as indentation: replace the tab with spaces (YAML indents with spaces only)",
    };
  }
  const reworded = rewordForPerson(error, ctx.text, at);
  if (reworded) return reworded;
  // prettyErrors is off, so yaml's message has no position in it; it reads after ours in lower case.
  const text = error.message.replace(/\s+/g, " ").trim();
  const message = text.charAt(0).toLowerCase() + text.slice(1);
  if (/^flow (sequence|map)/.test(message)) {
    const opening = ctx.unclosedFlows.filter((offset) => offset < at).at(-1);
    if (opening !== undefined) {
      const [open, close] = ctx.text[opening] === "{" ? ["{", "}"] : ["[", "]"];
      return {
        offset: opening,
        message: `this ${open} is never closed: add the ${close}, and indent any lines it continues on`,
      };
    }
  }
  if (message.startsWith("missing closing")) {
    const opening = ctx.unclosedQuotes.filter((offset) => offset < at).at(-1);
    if (opening !== undefined) {
      const quote = ctx.text[opening];
      return { offset: opening, message: `this ${quote} is never closed: add the closing ${quote}` };
    }
  }
  const offset = INDENTATION_CODES.has(error.code) ? skipIndentation(ctx.text, at) : at;
  if (error.code === "BAD_INDENT" || message.startsWith("sequence item without")) {
    return { offset, message: `bad indentation: ${message}` };
  }
  if (error.code === "BLOCK_AS_IMPLICIT_KEY" || error.code === "MULTILINE_IMPLICIT_KEY") {
    return {
      offset,
      message: `${message}: check the next line's indentation, or quote a value that contains ": "`,
    };
  }
  return { offset, message };
}

function skipIndentation(text: string, offset: number): number {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  if (text.slice(lineStart, offset).trim() !== "") return offset;
  let at = offset;
  while (text[at] === " ") at++;
  return at < text.length && text[at] !== "\n" && text[at] !== "\r" ? at : offset;
}

/** `duplicate key "title": already on line 7`, found through the second key's position. */
function duplicateKeyMessage(ctx: SyntaxContext, offset: number): string {
  let message = "duplicate key";
  // Nesting depth was bounded before composing, so the recursive visit is safe.
  visit(ctx.doc, {
    Map(_key, map) {
      const pair = map.items.find((item) => keyStart(item) === offset);
      if (!pair) return undefined;
      const name = keyText(pair.key);
      const firstAt = keyStart(map.items.find((item) => keyText(item.key) === name));
      message = `duplicate key ${JSON.stringify(name)}`;
      if (firstAt !== undefined) message += `: already on line ${ctx.lines.linePos(firstAt).line}`;
      return visit.BREAK;
    },
  });
  return message;
}

/** The line holding `offset`: where it starts, and its text. */
function lineAt(text: string, offset: number): { start: number; text: string } {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const newline = text.indexOf("\n", start);
  return { start, text: text.slice(start, newline < 0 ? text.length : newline).replace(/\r$/, "") };
}

/** A line split as `- key: value`: what comes before the value, and the value. */
function splitEntry(line: string): { before: string; value: string; hasColon: boolean } {
  let at = 0;
  while (line[at] === " ") at++;
  while (line[at] === "-" && line[at + 1] === " ") {
    at += 2;
    while (line[at] === " ") at++;
  }
  const colon = line.indexOf(": ", at);
  if (colon < 0) {
    const bare = line.trimEnd().endsWith(":");
    return { before: line.slice(0, at), value: line.slice(at).trimEnd(), hasColon: bare };
  }
  let valueAt = colon + 2;
  while (line[valueAt] === " ") valueAt++;
  return { before: line.slice(0, valueAt), value: line.slice(valueAt).trimEnd(), hasColon: true };
}

/** Characters a plain YAML value cannot start with, or that make it something else. */
const NEEDS_QUOTES: Record<string, string> = {
  "@": "@ is reserved in YAML",
  "`": "` is reserved in YAML",
  "*": "* makes it an alias of an &anchor",
  "&": "& makes it an anchor",
  "%": "% starts a directive",
  "!": "! makes it a tag",
};

/**
 * yaml's wording is about the grammar ("plain value cannot start with reserved character
 * @", "implicit keys need to be on a single line"); say what to type instead.
 */
function rewordForPerson(
  error: YAMLParseError,
  text: string,
  at: number,
): { offset: number; message: string } | undefined {
  const line = lineAt(text, at);
  const entry = splitEntry(line.text);
  const first = entry.value[0];
  // "emoji: :calendar:" ends in a colon, so YAML reads a mapping; it was a shortcode.
  if (
    entry.value.length > 2 &&
    entry.value.startsWith(":") &&
    entry.value.endsWith(":") &&
    !entry.value.includes(" ")
  ) {
    const key = entry.before
      .trim()
      .replace(/^(- )+/, "")
      .replace(/:$/, "");
    return {
      offset: line.start + entry.before.length,
      message:
        key === "emoji"
          ? valueHint(["emoji"], entry.value)!
          : `${entry.value} looks like an emoji shortcode, which YAML reads as a mapping: quote it, ${key}: "${entry.value}", or paste the emoji itself`,
    };
  }
  // "@x" and "`x`" are never plain values; "*x y" is no alias (alias names have no spaces).
  const reserved = error.message.includes("reserved character");
  const notAnAlias = (first === "*" || first === "&") && entry.value.includes(" ");
  if (first !== undefined && NEEDS_QUOTES[first] && entry.hasColon && (reserved || notAnAlias)) {
    const quoted = `${entry.before.trim()} ${JSON.stringify(entry.value)}`.trim();
    return {
      offset: line.start + entry.before.length,
      message: `a value that starts with ${first} must be quoted (${NEEDS_QUOTES[first]}): write ${quoted}`,
    };
  }
  if (
    error.code === "MULTILINE_IMPLICIT_KEY" &&
    !entry.hasColon &&
    entry.value !== "" &&
    !entry.value.startsWith("#")
  ) {
    const space = entry.value.indexOf(" ");
    const key = space < 0 ? entry.value : entry.value.slice(0, space);
    const rest = space < 0 ? "" : entry.value.slice(space + 1).trim();
    return {
      offset: line.start + entry.before.length,
      message: `this line has no colon after its key: write ${key}:${rest === "" ? "" : ` ${rest}`}`,
    };
  }
  return undefined;
}
