// Duplicate keys in one mapping, found in one pass. yaml's own check (`uniqueKeys`) compares
// each new key with every key before it, and our message then searched the document again
// for each duplicate: 100,000 keys in a fork's roadmap.yml or a notes front matter took
// 216 s. Here each mapping's keys go into a Map once, so the cost is linear in the keys.
import type { Document, LineCounter, ParsedNode } from "yaml";
import { isScalar } from "yaml";
import { keyStart, keyText } from "./locate.js";
import { positionOf } from "./position.js";
import type { Problem } from "./problem.js";
import { walkNodes } from "./walk.js";

/** Keys are the same as yaml's uniqueKeys has them: equal scalar values (1 and "1" differ). */
function identity(key: unknown): string | undefined {
  if (!isScalar(key)) return undefined;
  return `${typeof key.value}:${String(key.value)}`;
}

/** `duplicate key "title": already on line 7` at each repeated key (depth was bounded before). */
export function duplicateKeyProblems(
  doc: Document.Parsed<ParsedNode>,
  lines: LineCounter,
  file: string,
): Problem[] {
  const problems: Problem[] = [];
  walkNodes(doc, {
    map(map) {
      const first = new Map<string, number | undefined>();
      for (const pair of map.items) {
        const id = identity(pair.key);
        if (id === undefined) continue;
        if (!first.has(id)) {
          first.set(id, keyStart(pair));
          continue;
        }
        const at = keyStart(pair);
        if (at === undefined) continue;
        const firstAt = first.get(id);
        const where = firstAt === undefined ? "" : `: already on line ${lines.linePos(firstAt).line}`;
        problems.push(
          positionOf(lines, file, at, `duplicate key ${JSON.stringify(keyText(pair.key))}${where}`),
        );
      }
    },
  });
  return problems;
}
