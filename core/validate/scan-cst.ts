// One pass over yaml's concrete syntax tree, before any node is built: how deep the
// collections nest, and which brackets and quotes are never closed. The walk uses its own
// stack, so a hostile file with a million brackets cannot overflow the call stack.
import type { CST } from "yaml";

export interface CstScan {
  /** Offset of the first collection nested deeper than the limit. */
  tooDeep?: number;
  /** Offsets of flow collections (`[` or `{`) that have no closing bracket. */
  unclosedFlows: number[];
  /** Offsets of quoted scalars that have no closing quote. */
  unclosedQuotes: number[];
}

export function scanCst(tokens: readonly CST.Token[], maxDepth: number): CstScan {
  const scan: CstScan = { unclosedFlows: [], unclosedQuotes: [] };
  // Children are pushed last-first so the walk meets them in reading order.
  const stack = tokens.map((token) => ({ token, depth: 0 })).reverse();
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    switch (token.type) {
      case "document":
        if (token.value) stack.push({ token: token.value, depth });
        break;
      case "double-quoted-scalar":
      case "single-quoted-scalar":
        if (!isClosedQuote(token.source)) scan.unclosedQuotes.push(token.offset);
        break;
      case "block-map":
      case "block-seq":
      case "flow-collection": {
        const inner = depth + 1;
        if (inner > maxDepth) return { ...scan, tooDeep: token.offset };
        if (
          token.type === "flow-collection" &&
          !token.end.some((end) => end.type === "flow-seq-end" || end.type === "flow-map-end")
        ) {
          scan.unclosedFlows.push(token.offset);
        }
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
  return scan;
}

/** `"…"` ends with a `"` not escaped by a backslash; `'…'` ends with an odd run of `'` (`''` is a quote). */
export function isClosedQuote(source: string): boolean {
  const quote = source[0];
  const body = source.slice(1);
  if (quote === undefined || !body.endsWith(quote)) return false;
  const escape = quote === '"' ? "\\" : "'";
  let run = 0;
  for (let i = body.length - 2; i >= 0 && body[i] === escape; i--) run++;
  return run % 2 === 0;
}
