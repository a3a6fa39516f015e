// Text to one YAML document, keeping every node's position. Parsing goes through the CST
// first so nesting depth can be checked without recursion before anything recursive runs.
import type { Document, ParsedNode } from "yaml";
import { Composer, LineCounter, Parser, visit } from "yaml";
import { keyStart, keyText } from "./locate.js";
import type { CST } from "yaml";
import type { Problem } from "./problem.js";

/** A roadmap nests about six levels deep; far past that is an attack on the recursive walkers. */
export const MAX_NESTING_DEPTH = 64;
/** Anchors and aliases may be used, but not to expand the file into something huge. */
export const MAX_ALIAS_COUNT = 100;

export type ParsedYaml =
  | { ok: true; doc: Document.Parsed<ParsedNode>; lines: LineCounter; problems: Problem[] }
  | { ok: false; problems: Problem[] };

/** Positions of the file being read, so every later step reports the same way. */
export function positionOf(lines: LineCounter, file: string, offset: number, message: string): Problem {
  const { line, col } = lines.linePos(offset);
  return { file, line, column: col, message };
}

export function parseYaml(text: string, file: string): ParsedYaml {
  const lines = new LineCounter();
  const tokens = Array.from(new Parser(lines.addNewLine).parse(text));

  const tooDeep = firstTooDeep(tokens);
  if (tooDeep !== undefined) {
    return {
      ok: false,
      problems: [positionOf(lines, file, tooDeep, `nesting is deeper than ${MAX_NESTING_DEPTH} levels`)],
    };
  }

  const composer = new Composer<ParsedNode>({ prettyErrors: false, uniqueKeys: true, logLevel: "error" });
  const docs = Array.from(composer.compose(tokens, true, text.length));
  const doc = docs[0]!;
  const problems: Problem[] = [];
  for (const extra of docs.slice(1)) {
    problems.push(
      positionOf(
        lines,
        file,
        documentStart(extra),
        "a roadmap is one YAML document: remove the second `---`",
      ),
    );
  }
  let broken = problems.length > 0;
  for (const error of doc.errors) {
    const message =
      error.code === "DUPLICATE_KEY"
        ? duplicateKeyMessage(doc, lines, error.pos[0])
        : yamlMessage(error.message);
    problems.push(positionOf(lines, file, error.pos[0], message));
    // A duplicate key leaves the structure intact, so the schema can still be checked.
    if (error.code !== "DUPLICATE_KEY") broken = true;
  }
  if (broken) return { ok: false, problems };
  return { ok: true, doc, lines, problems };
}

/** yaml's messages are sentences with a capital and no position (prettyErrors is off). */
function yamlMessage(message: string): string {
  const text = message.replace(/\s+/g, " ").trim();
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** "duplicate key "title": already on line 1", found by the key's position. */
function duplicateKeyMessage(doc: Document.Parsed<ParsedNode>, lines: LineCounter, offset: number): string {
  let message = "duplicate key";
  // Nesting depth was bounded before composing, so the recursive visit is safe.
  visit(doc, {
    Map(_key, map) {
      const pair = map.items.find((item) => keyStart(item) === offset);
      if (!pair) return undefined;
      const name = keyText(pair.key);
      const first = map.items.find((item) => keyText(item.key) === name);
      const firstAt = keyStart(first);
      message =
        `duplicate key ${JSON.stringify(name)}` +
        (firstAt === undefined ? "" : `: already on line ${lines.linePos(firstAt).line}`);
      return visit.BREAK;
    },
  });
  return message;
}

function documentStart(doc: Document.Parsed<ParsedNode>): number {
  return doc.range[0];
}

/** Offset of the first collection nested deeper than allowed, walking the CST with a stack. */
function firstTooDeep(tokens: CST.Token[]): number | undefined {
  // Children are pushed last-first so the walk meets them in reading order.
  const stack: Array<{ token: CST.Token; depth: number }> = tokens
    .map((token) => ({ token, depth: 0 }))
    .reverse();
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    switch (token.type) {
      case "document":
        if (token.value) stack.push({ token: token.value, depth });
        break;
      case "block-map":
      case "block-seq":
      case "flow-collection": {
        const inner = depth + 1;
        if (inner > MAX_NESTING_DEPTH) return token.offset;
        for (const item of [...token.items].reverse()) {
          if (item.value) stack.push({ token: item.value, depth: inner });
          if ("key" in item && item.key) stack.push({ token: item.key, depth: inner });
        }
        break;
      }
      default:
        break;
    }
  }
  return undefined;
}
