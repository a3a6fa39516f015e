// yaml's syntax errors, reworded and repositioned for someone editing the file: one
// problem per line (a broken line trips several rules, the first says it best), pointed
// at the line's first character rather than its indentation, and an unclosed bracket
// pointed at the bracket rather than at the end of the file.
import type { Document, ErrorCode, LineCounter, ParsedNode, YAMLParseError } from "yaml";
import { visit } from "yaml";
import { keyStart, keyText } from "./locate.js";
import { positionOf } from "./position.js";
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
  for (const error of errors) {
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
