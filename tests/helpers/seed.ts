// The seed roadmap as a fixture: tests never read the repository's live roadmap/roadmap.yml,
// which a learner replaces with their own (their CI must stay green). The fixture is the
// seed's YAML as this repository first shipped it (tests/fixtures/seed-roadmap.md imported).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Roadmap } from "../../core/model/schema.js";
import { parseRoadmapOrThrow } from "../../core/validate/validate-roadmap.js";

export const SEED_YML_PATH = fileURLToPath(new URL("../fixtures/seed-roadmap.yml", import.meta.url));
/** The seed's roadmap.yml, text. */
export const SEED_YML = readFileSync(SEED_YML_PATH, "utf8");
/** The seed, validated as the Action would read it from roadmap/roadmap.yml. */
export const SEED: Roadmap = parseRoadmapOrThrow(SEED_YML, "roadmap/roadmap.yml");

/**
 * The seed's YAML without the `requires:` lists added by hand (issue 15: the capstone waits
 * for the topics it demonstrates). The Markdown seed has no "Prerequisites:" lines, so the
 * import round-trip compares against this copy.
 */
export function withoutRequires(yaml: string): string {
  return yaml.replace(/^( +)requires:\n(?:\1 {2}- .*\n)*/gm, "");
}
