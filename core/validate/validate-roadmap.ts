// The one way a roadmap file is read: bytes in, either a typed Roadmap or every problem
// with its line and column. The CLI, the Action and the app all go through here, so a
// mistake is reported the same way in a terminal, in a check run and in the editor.
import type { Roadmap } from "../model/schema.js";
import { RoadmapSchema } from "../model/schema.js";
import { aliasProblem } from "./aliases.js";
import { MAX_ALIAS_COUNT, parseYaml } from "./parse-yaml.js";
import type { Problem } from "./problem.js";
import { RoadmapInvalidError, sortProblems } from "./problem.js";
import { readSource } from "./read-source.js";
import { requiresProblems } from "./requires-rules.js";
import { ruleProblems } from "./roadmap-rules.js";
import { slipWarnings } from "./slips.js";
import type { PracticePool } from "./cross-checks.js";
import { crossChecks } from "./cross-checks.js";
import { DEFAULT_MESSAGE, schemaProblems } from "./schema-problems.js";

export type { Problem } from "./problem.js";
export type { PracticePool } from "./cross-checks.js";
export { formatProblem, RoadmapInvalidError } from "./problem.js";

/**
 * `warnings` are slips that are valid YAML but probably not what was meant (an item YAML
 * joined to the one above, a value cut at " #"): worth saying, not worth failing for.
 */
export type ValidationResult =
  | { ok: true; roadmap: Roadmap; problems: []; warnings: Problem[] }
  | { ok: false; problems: Problem[]; warnings: Problem[] };

export interface ValidateOptions {
  /** The daily-practice problem pool, when there is one: a practice difficulty it lacks fails. */
  practicePool?: PracticePool;
}

export function validateRoadmap(
  source: string | Uint8Array,
  file: string,
  options: ValidateOptions = {},
): ValidationResult {
  let warnings: Problem[] = [];
  const fail = (problems: Problem[]): ValidationResult => ({
    ok: false,
    problems: sortProblems(problems),
    warnings,
  });

  const read = readSource(source, file);
  if (!read.ok) return fail([read.problem]);

  const parsed = parseYaml(read.text, file);
  if (!parsed.ok) return fail(parsed.problems);
  const { doc, lines } = parsed;
  warnings = sortProblems(slipWarnings(doc, read.text, lines, file));

  if (doc.contents === null) {
    return fail([
      {
        file,
        line: 1,
        column: 1,
        message: "the file is empty: a roadmap needs at least title: and sections:",
      },
    ]);
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // yaml throws (rather than records) for an alias bomb and for an alias before its anchor.
    return fail([...parsed.problems, aliasProblem(doc, lines, file, error)]);
  }

  const result = RoadmapSchema.safeParse(data, { error: () => DEFAULT_MESSAGE });
  const context = { schema: RoadmapSchema, doc, lines, file, data };
  const problems = [
    ...parsed.problems,
    ...(result.success ? [] : schemaProblems(result.error.issues, context)),
    ...ruleProblems(context),
    ...requiresProblems(context),
    ...crossChecks(context, options.practicePool),
  ];
  if (problems.length > 0 || !result.success) return fail(problems);
  return { ok: true, roadmap: result.data, problems: [], warnings };
}

/** For callers that cannot go on without a roadmap: throws RoadmapInvalidError listing every problem. */
export function parseRoadmapOrThrow(source: string | Uint8Array, file: string): Roadmap {
  const result = validateRoadmap(source, file);
  if (!result.ok) throw new RoadmapInvalidError(result.problems);
  return result.roadmap;
}
