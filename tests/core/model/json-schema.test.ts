import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  JSON_SCHEMA_PATH,
  roadmapJsonSchema,
  roadmapJsonSchemaText,
} from "../../../core/model/json-schema.js";
import { SEED_YML } from "../../helpers/seed.js";

const ROOT = join(import.meta.dirname, "../../..");

/** The value at a key path of generated JSON. */
function at(value: unknown, ...path: string[]): unknown {
  return path.reduce<unknown>((here, key) => (here as Record<string, unknown> | undefined)?.[key], value);
}

describe("roadmap/schema.json", () => {
  it("is up to date with the zod schema", () => {
    const committed = readFileSync(join(ROOT, JSON_SCHEMA_PATH), "utf8");
    const fresh = roadmapJsonSchemaText();
    expect(
      committed === fresh,
      `${JSON_SCHEMA_PATH} is stale: the zod schema changed. Run \`npx roadmap schema --write\` and commit the result.`,
    ).toBe(true);
  });

  it("is what roadmap.yml points editors at (the seed's, and what init writes)", () => {
    const roadmap = SEED_YML;
    expect(roadmap.split("\n")[0]).toBe("# yaml-language-server: $schema=./schema.json");
  });

  it("describes the input: identified, strict, ratings as a value or a two-item range, defaults optional", () => {
    const schema = roadmapJsonSchema();
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(schema.$id).toBe("urn:roadmap-ops:roadmap");
    expect(schema.title).toContain("roadmap");
    expect(schema.required).toEqual(["title", "sections"]);
    expect(schema.additionalProperties).toBe(false);
    const topic = at(schema, "properties", "sections", "items", "properties", "topics", "items");
    expect(at(topic, "required")).toEqual(["id", "title", "priority", "difficulty", "time"]);
    expect(at(topic, "additionalProperties")).toBe(false);
    expect(at(topic, "properties", "priority", "anyOf")).toEqual([
      { type: "string", enum: ["low", "medium", "high", "critical"] },
      expect.objectContaining({ type: "array", minItems: 2, maxItems: 2 }),
    ]);
    expect(at(topic, "properties", "practice", "required")).toBeUndefined();
    expect(at(topic, "properties", "id", "pattern")).toBe("^[a-z0-9]+(?:-[a-z0-9]+)*$");
  });

  it("is 2-space JSON with a final newline", () => {
    const text = roadmapJsonSchemaText();
    expect(text.endsWith("}\n")).toBe(true);
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  });
});
