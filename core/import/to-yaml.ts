// The roadmap as the YAML people edit: block style for sections, topics and checklists,
// flow style for the short things ([easy, medium], the practice block), literal blocks for
// multi-line text, no line folding. The layout is what prettier keeps as it is.
import { Document, isMap, isScalar, isSeq, visit } from "yaml";
import type { RoadmapInput } from "../model/schema.js";

export const SCHEMA_COMMENT = "yaml-language-server: $schema=./schema.json";

export function roadmapToYaml(roadmap: RoadmapInput): string {
  const document = new Document(roadmap);
  visit(document, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      const { value } = pair;
      const isRange = (key === "priority" || key === "difficulty") && isSeq(value);
      if ((isRange || key === "practice") && (isSeq(value) || isMap(value))) value.flow = true;
    },
  });
  document.commentBefore = ` ${SCHEMA_COMMENT}`;
  // The yaml package pads flow lists ("[ easy, medium ]"); prettier writes "[easy, medium]".
  return document
    .toString({ lineWidth: 0, indentSeq: true })
    .replace(/^(\s+(?:priority|difficulty): )\[ ([a-z]+, [a-z]+) \]$/gm, "$1[$2]");
}
