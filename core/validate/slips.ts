// Slips that are valid YAML but not what the person meant, found in the parsed document
// and warned about with line and column:
//   - ORM deep dive
//       - architecture        an over-indented item: YAML joins it to the one above,
//                             "ORM deep dive - architecture"
//   - C# basics #important    " #" starts a comment: the item is "C# basics"
// Only plain (unquoted) scalars can slip this way; the walk visits each one once.
import type { Document, LineCounter, ParsedNode } from "yaml";
import { Scalar } from "yaml";
import { positionOf } from "./position.js";
import type { Problem } from "./problem.js";
import { walkNodes } from "./walk.js";

export function slipWarnings(
  doc: Document.Parsed<ParsedNode>,
  text: string,
  lines: LineCounter,
  file: string,
) {
  const warnings: Problem[] = [];
  walkNodes(doc, {
    scalar(node) {
      if (node.type !== Scalar.PLAIN || !node.range || typeof node.value !== "string") return;
      const [start, end] = node.range;
      const joined = joinedItem(text, start, end);
      if (joined !== undefined) {
        warnings.push(
          positionOf(
            lines,
            file,
            joined,
            `this line is indented deeper than the item above, so YAML joined the two into ${JSON.stringify(node.value)}: indent "- " like the other items`,
          ),
        );
      }
      const comment = hashtagComment(text, end);
      if (comment !== undefined) {
        const written = `${node.value} ${text.slice(comment, lineEnd(text, comment)).trimEnd()}`;
        warnings.push(
          positionOf(
            lines,
            file,
            comment,
            `" #" starts a YAML comment, so this value is only ${JSON.stringify(node.value)}: quote the whole value to keep the rest, e.g. ${JSON.stringify(written)}`,
          ),
        );
      }
    },
  });
  return warnings;
}

/** Offset of a "- " that starts a continuation line of a multi-line plain scalar. */
function joinedItem(text: string, start: number, end: number): number | undefined {
  let newline = text.indexOf("\n", start);
  while (newline >= 0 && newline < end) {
    let at = newline + 1;
    while (at < end && (text[at] === " " || text[at] === "\t")) at++;
    if (text[at] === "-" && (text[at + 1] === " " || at + 1 === end)) return at;
    newline = text.indexOf("\n", at);
  }
  return undefined;
}

/** Offset of a "#word" comment right after a value on its line ("C# basics #important"). */
function hashtagComment(text: string, end: number): number | undefined {
  let at = end;
  while (text[at] === " " || text[at] === "\t") at++;
  if (at === end || text[at] !== "#") return undefined;
  // "# a note" is a comment written as one; "#important" is a hashtag YAML cut off.
  const next = text[at + 1];
  return next !== undefined && next !== " " && next !== "\t" && next !== "\n" && next !== "\r" && next !== "#"
    ? at
    : undefined;
}

function lineEnd(text: string, from: number): number {
  const newline = text.indexOf("\n", from);
  return newline < 0 ? text.length : newline;
}
