// Text to one YAML document, keeping every node's position. Parsing goes through the CST
// first so nesting depth is checked, without recursion, before anything recursive runs.
import type { Document, ParsedNode } from "yaml";
import { Composer, LineCounter, Parser } from "yaml";
import { positionOf } from "./position.js";
import type { Problem } from "./problem.js";
import { duplicateKeyProblems } from "./duplicate-keys.js";
import { scanCst } from "./scan-cst.js";
import { syntaxProblems } from "./syntax-problems.js";

/** A roadmap nests about six levels deep; far past that is an attack on the recursive walkers. */
export const MAX_NESTING_DEPTH = 64;
/** Anchors and aliases may be used, but not to expand the file into something huge. */
export const MAX_ALIAS_COUNT = 100;

export type ParsedYaml =
  | { ok: true; doc: Document.Parsed<ParsedNode>; lines: LineCounter; problems: Problem[] }
  | { ok: false; problems: Problem[] };

export function parseYaml(text: string, file: string): ParsedYaml {
  const lines = new LineCounter();
  const tokens = Array.from(new Parser(lines.addNewLine).parse(text));

  const scan = scanCst(tokens, MAX_NESTING_DEPTH);
  if (scan.tooDeep !== undefined) {
    const message = `nesting is deeper than ${MAX_NESTING_DEPTH} levels`;
    return { ok: false, problems: [positionOf(lines, file, scan.tooDeep, message)] };
  }

  // logLevel "error": yaml's warnings (unknown tags, stringified keys) would go to the
  // process's console; the schema reports what matters about those values anyway.
  // uniqueKeys off: yaml's check is quadratic in a mapping's keys; duplicate-keys.ts is not.
  const composer = new Composer<ParsedNode>({ prettyErrors: false, uniqueKeys: false, logLevel: "error" });
  const [doc, ...extra] = Array.from(composer.compose(tokens, true, text.length));
  const problems = extra.map((second) =>
    positionOf(lines, file, second.range[0], "a roadmap is one YAML document: remove the second `---`"),
  );
  problems.push(
    ...syntaxProblems(doc!.errors, {
      doc: doc!,
      text,
      lines,
      file,
      unclosedFlows: scan.unclosedFlows,
      unclosedQuotes: scan.unclosedQuotes,
    }),
  );
  // A duplicate key leaves the structure intact, so the schema can still be checked.
  const broken = extra.length > 0 || doc!.errors.some((error) => error.code !== "DUPLICATE_KEY");
  if (broken) return { ok: false, problems };
  problems.push(...duplicateKeyProblems(doc!, lines, file));
  return { ok: true, doc: doc!, lines, problems };
}
