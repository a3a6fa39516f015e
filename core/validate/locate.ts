// From a key path such as ["sections", 1, "topics", 2, "priority"] to the place in the
// YAML text it came from.
import type { Document, Node, ParsedNode, Pair } from "yaml";
import { isAlias, isMap, isScalar, isSeq } from "yaml";

export type PathSegment = string | number;

export interface Located {
  /** The node at the end of the path, or the deepest ancestor found when the path runs out. */
  node: Node;
  /** The pair holding the node when it is a mapping value, so the key can be pointed at. */
  pair?: Pair;
  /** True when the whole path exists in the document. */
  found: boolean;
}

export function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

export function locate(doc: Document.Parsed<ParsedNode>, path: readonly PathSegment[]): Located | undefined {
  const root = doc.contents;
  if (!root) return undefined;
  let here: Located = { node: root, found: true };
  for (const segment of path) {
    const node = here.node;
    // An alias stands for a node defined elsewhere; pointing at the alias is pointing at the use.
    if (isAlias(node)) return { ...here, found: false };
    if (isMap(node)) {
      const pair = node.items.find((item) => keyText(item.key) === String(segment));
      if (!pair) return { ...here, found: false };
      const value = pair.value;
      here = { node: (isNode(value) ? value : pair.key) as Node, pair, found: true };
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment];
      if (!isNode(item)) return { ...here, found: false };
      here = { node: item, found: true };
    } else {
      return { ...here, found: false };
    }
  }
  return here;
}

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && "range" in value && Array.isArray(value.range);
}

/** Where to point for a value: the value itself, or its key when the value is empty (`title:`). */
export function valueOffset(located: Located): number {
  const { node, pair } = located;
  if (pair && isScalar(node) && node.value === null && node.source === "" && isNode(pair.key)) {
    return pair.key.range![0];
  }
  return node.range?.[0] ?? 0;
}

/** Where to point for a key in a mapping, e.g. an unknown key. */
export function keyOffset(mapping: Node, key: string): number | undefined {
  if (!isMap(mapping)) return undefined;
  const pair = mapping.items.find((item) => keyText(item.key) === key);
  return pair && isNode(pair.key) ? pair.key.range![0] : undefined;
}

/** Start of a pair's key, when the key is a node (it always is in a parsed document). */
export function keyStart(pair: Pair<unknown, unknown> | undefined): number | undefined {
  return pair && isNode(pair.key) ? pair.key.range?.[0] : undefined;
}
