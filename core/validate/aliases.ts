// yaml throws, rather than records, when aliases expand too far or point at nothing.
// Turn that into a problem at the alias responsible.
import type { Document, LineCounter, ParsedNode } from "yaml";
import { isAlias, visit } from "yaml";
import { MAX_ALIAS_COUNT } from "./parse-yaml.js";
import { positionOf } from "./position.js";
import type { Problem } from "./problem.js";

export function aliasProblem(
  doc: Document.Parsed<ParsedNode>,
  lines: LineCounter,
  file: string,
  error: unknown,
): Problem {
  const message = error instanceof Error ? error.message : String(error);
  const unresolved = /Unresolved alias.*?: (.+)$/.exec(message)?.[1];
  const anchors = new Set<string>();
  let offset: number | undefined;
  // Nesting depth was bounded before composing, so the recursive visit is safe.
  visit(doc, {
    Node(_key, node) {
      if (node.anchor) anchors.add(node.anchor);
      if (offset === undefined && isAlias(node)) {
        if (unresolved === undefined || (node.source === unresolved && !anchors.has(node.source))) {
          offset = node.range?.[0];
        }
      }
    },
  });
  if (unresolved !== undefined) {
    return positionOf(
      lines,
      file,
      offset ?? 0,
      `alias *${unresolved} has no anchor &${unresolved} before it`,
    );
  }
  return positionOf(
    lines,
    file,
    offset ?? 0,
    `aliases expand this file too far (more than ${MAX_ALIAS_COUNT} copies): write the values out or use fewer aliases`,
  );
}
