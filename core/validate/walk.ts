// One walk over a parsed document's nodes, for the checks that look at every mapping or
// every scalar (duplicate keys, slips). yaml's own `visit` copies and freezes the path of
// ancestors at every collection and pair, which costs more than the checks themselves on a
// large file; this walk keeps no path. Nesting depth was bounded before composing
// (parse-yaml.ts), so the recursion is safe.
import type { Document, Node, ParsedNode, Scalar, YAMLMap } from "yaml";
import { isMap, isPair, isScalar, isSeq } from "yaml";

export interface NodeVisitor {
  /** Each mapping, before its keys and values. */
  map?(map: YAMLMap<unknown, unknown>): void;
  /** Each scalar, keys included. */
  scalar?(scalar: Scalar): void;
}

/** Every node in reading order, parents first (aliases are leaves, as in yaml's visit). */
export function walkNodes(doc: Document.Parsed<ParsedNode>, visitor: NodeVisitor): void {
  const walk = (node: unknown): void => {
    if (isScalar(node)) visitor.scalar?.(node);
    else if (isMap(node)) {
      visitor.map?.(node);
      for (const pair of node.items) {
        walk(pair.key);
        walk(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of (node as { items: unknown[] }).items) {
        // A flow sequence may hold pairs ([a: 1]).
        if (isPair(item)) {
          walk(item.key);
          walk(item.value);
        } else walk(item);
      }
    }
  };
  walk(doc.contents as Node | null);
}
