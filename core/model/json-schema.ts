// roadmap/schema.json, generated from the zod schema so the editor's completion and
// squiggles can never disagree with `roadmap validate`. Committed, and a test fails when
// the committed copy is stale.
import { z } from "zod";
import { RoadmapSchema } from "./schema.js";

/** Where the committed copy lives, relative to the repository root. */
export const JSON_SCHEMA_PATH = "roadmap/schema.json";

/**
 * An identifier, not a download address: editors find the schema through the
 * `# yaml-language-server: $schema=./schema.json` line at the top of roadmap.yml.
 */
export const JSON_SCHEMA_ID = "urn:roadmap-ops:roadmap";

export function roadmapJsonSchema(): Record<string, unknown> {
  // "input": what may be written in the file, so keys with defaults (kind, practice.site) stay optional.
  // draft-07: the draft every YAML editor plugin understands, tuples included.
  const generated = z.toJSONSchema(RoadmapSchema, { io: "input", target: "draft-07" }) as Record<
    string,
    unknown
  >;
  const { $schema, ...rest } = generated;
  return { $schema, $id: JSON_SCHEMA_ID, title: "Learning roadmap (roadmap/roadmap.yml)", ...rest };
}

/** The file's exact text: 2-space JSON and a final newline, as prettier would leave it. */
export function roadmapJsonSchemaText(): string {
  return `${JSON.stringify(roadmapJsonSchema(), null, 2)}\n`;
}
