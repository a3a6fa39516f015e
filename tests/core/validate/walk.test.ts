// walkNodes (the duplicate-key and slip checks' walk) meets the same mappings and scalars as
// yaml's own visit, in the same order: keys, flow collections, pairs in a flow sequence,
// complex keys and aliases included.
import { describe, expect, it } from "vitest";
import type { Document, ParsedNode } from "yaml";
import { isMap, isScalar, parseDocument, visit } from "yaml";
import { walkNodes } from "../../../core/validate/walk.js";

const TEXT = [
  "title: &t Roadmap",
  "copy: *t",
  "sections:",
  "  - id: a",
  "    topics: [{ id: x, focus: [one, two] }, k: v, plain]",
  "  - ? [complex, key]",
  "    : { nested: { deep: value } }",
  "  - !!str tagged",
  "  - |",
  "    block scalar",
  "empty:",
  "",
].join("\n");

function seenByVisit(doc: Document.Parsed<ParsedNode>): string[] {
  const seen: string[] = [];
  visit(doc, {
    Map(_key, map) {
      seen.push(`map@${map.range?.[0]}`);
    },
    Scalar(_key, scalar) {
      seen.push(`scalar@${scalar.range?.[0]}:${String(scalar.value)}`);
    },
  });
  return seen;
}

describe("walkNodes", () => {
  it("visits what yaml's visit visits, in the same order", () => {
    const doc = parseDocument(TEXT, { keepSourceTokens: false }) as Document.Parsed<ParsedNode>;
    expect(doc.errors).toEqual([]);
    const seen: string[] = [];
    walkNodes(doc, {
      map(map) {
        expect(isMap(map)).toBe(true);
        seen.push(`map@${map.range?.[0]}`);
      },
      scalar(scalar) {
        expect(isScalar(scalar)).toBe(true);
        seen.push(`scalar@${scalar.range?.[0]}:${String(scalar.value)}`);
      },
    });
    expect(seen).toEqual(seenByVisit(doc));
    expect(seen).toContain(`scalar@${TEXT.indexOf("k: v")}:k`);
    expect(seen).toContain(`map@${TEXT.indexOf("{ deep")}`);
    expect(seen.filter((entry) => entry.startsWith("map@"))).toHaveLength(7); // k: v in a flow sequence is a mapping of its own
  });

  it("walks nothing in an empty document", () => {
    const seen: unknown[] = [];
    walkNodes(parseDocument("") as Document.Parsed<ParsedNode>, {
      map: (map) => seen.push(map),
      scalar: (scalar) => seen.push(scalar),
    });
    expect(seen).toEqual([]);
  });
});
