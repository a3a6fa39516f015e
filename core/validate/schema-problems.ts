// zod issues to positioned, readable problems: each issue is walked into the YAML
// document to find the node it is about, and reworded for someone editing the file.
import type { core } from "zod";
import { z } from "zod";
import type { Document, LineCounter, ParsedNode } from "yaml";
import { isCollection } from "yaml";
import { closestMatch } from "./did-you-mean.js";
import {
  dataAt,
  describeExpected,
  describeValue,
  formatPath,
  listWords,
  ownerOf,
  quote,
} from "./describe.js";
import type { Located, PathSegment } from "./locate.js";
import { keyOffset, keyStart, locate, valueOffset } from "./locate.js";
import { positionOf } from "./position.js";
import { valueHint } from "./value-hints.js";
import type { Problem } from "./problem.js";

type Issue = core.$ZodIssue;

/** Marks zod's built-in messages, so messages written in the schema can be told apart and kept. */
export const DEFAULT_MESSAGE = "\u0000default";

export interface SchemaContext {
  schema: z.ZodType;
  doc: Document.Parsed<ParsedNode>;
  lines: LineCounter;
  file: string;
  data: unknown;
}

/** Unknown keys reported per mapping; the rest are counted in one more problem. */
export const MAX_UNKNOWN_KEYS = 50;

export function schemaProblems(issues: readonly Issue[], ctx: SchemaContext): Problem[] {
  return issues.flatMap((issue) => issueProblems(issue, issue.path as PathSegment[], ctx));
}

function issueProblems(issue: Issue, path: PathSegment[], ctx: SchemaContext): Problem[] {
  const located = locate(ctx.doc, path);
  const at = (offset: number, message: string) => positionOf(ctx.lines, ctx.file, offset, message);
  const pointAtValue = (message: string) => at(located ? pointOffset(located) : 0, message);
  const value = dataAt(ctx.data, path);
  const { owner, rest } = ownerOf(ctx.data, path);
  const label = rest.length > 0 ? formatPath(rest) : owner;
  const custom = issue.message !== DEFAULT_MESSAGE;
  const hint = valueHint(path, value);
  if (hint !== undefined && (issue.code === "invalid_value" || issue.code === "invalid_format")) {
    return [pointAtValue(hint)];
  }

  // A key that is not there at all fails as a wrong type, a wrong value or a union
  // mismatch depending on its schema; to the reader it is simply missing.
  if (located && !located.found && value === undefined && path.length > 0 && isMissingKeyIssue(issue)) {
    const key = String(path.at(-1));
    const parent = ownerOf(ctx.data, path.slice(0, -1));
    const where = parent.rest.length > 0 ? `${formatPath(parent.rest)} of ${parent.owner}` : parent.owner;
    return [at(located.node.range?.[0] ?? 0, `${where} is missing ${quote(key)}${expectedHint(issue)}`)];
  }

  switch (issue.code) {
    case "unrecognized_keys": {
      const allowed = allowedKeys(ctx.schema, path);
      // Each key is found by a search of its mapping: thousands of unknown keys (a hostile
      // fork's roadmap) would make that quadratic, and nobody reads past the first few.
      const shown = issue.keys.slice(0, MAX_UNKNOWN_KEYS);
      const more = issue.keys.length - shown.length;
      const problems = shown.map((key) => {
        const near = closestMatch(key, allowed);
        const hint = near ? `did you mean ${quote(near)}?` : `allowed keys: ${listWords(allowed)}`;
        const where = rest.length > 0 ? `${label} of ${owner}` : owner;
        const offset = (located && keyOffset(located.node, key)) ?? (located ? pointOffset(located) : 0);
        return at(offset, `unknown key ${quote(key)} in ${where}; ${hint}`);
      });
      if (more > 0) {
        const where = rest.length > 0 ? `${label} of ${owner}` : owner;
        problems.push(pointAtValue(`… and ${more} more unknown keys in ${where}`));
      }
      return problems;
    }
    case "invalid_type": {
      if (path.length === 0) {
        return [
          pointAtValue(
            `a roadmap is a mapping with title: and sections: at the top, not ${describeValue(value)}`,
          ),
        ];
      }
      const expected = describeExpected(issue.expected);
      if (value === null && issue.expected === "string") return [pointAtValue(`${label} must not be empty`)];
      if (value === null) return [pointAtValue(`${label} is empty: it must be ${expected}`)];
      return [pointAtValue(`${label} must be ${expected}, not ${describeValue(value)}`)];
    }
    case "invalid_value": {
      if (custom) return [pointAtValue(`${label}: ${issue.message}`)];
      const allowed = issue.values.map(String);
      if (allowed.length === 1) return [pointAtValue(`${label} must be ${quote(allowed[0]!)}`)];
      return [pointAtValue(`${label} must be one of ${listWords(allowed)}${suggestion(value, allowed)}`)];
    }
    case "invalid_union":
      return unionProblems(issue, path, label, value, ctx, pointAtValue);
    case "too_small":
    case "too_big":
      return [pointAtValue(sizeMessage(issue, label, custom))];
    case "invalid_format":
      return [
        pointAtValue(
          `${label} ${describeValue(value)} is not valid: ${custom ? issue.message : `expected ${issue.format}`}`,
        ),
      ];
    case "custom": {
      // Rules written in the schema ("a topic has one checklist…") are already sentences about a key.
      const offset = keyStart(located?.pair);
      return [at(offset ?? (located ? pointOffset(located) : 0), issue.message)];
    }
    default:
      return [pointAtValue(custom ? `${label}: ${issue.message}` : `${label} is not valid (${issue.code})`)];
  }
}

function isMissingKeyIssue(issue: Issue): boolean {
  return issue.code === "invalid_type" || issue.code === "invalid_value" || issue.code === "invalid_union";
}

/** "(one of short, medium, long)" after a missing key, when the schema says what would do. */
function expectedHint(issue: Issue): string {
  if (issue.code === "invalid_value" && issue.values.length > 1)
    return ` (one of ${listWords(issue.values.map(String))})`;
  if (issue.code === "invalid_union") {
    const values = ratingValues(issue);
    if (values) return ` (one of ${listWords(values)}, or a range like [${values[0]}, ${values[1]}])`;
  }
  return "";
}

/** The allowed values of a rating union (value or two-item range), read from its enum branch. */
function ratingValues(issue: core.$ZodIssueInvalidUnion): string[] | undefined {
  for (const branch of issue.errors) {
    const only = branch.length === 1 ? branch[0] : undefined;
    if (only?.code === "invalid_value" && only.path.length === 0) return only.values.map(String);
  }
  return undefined;
}

/** A value is pointed at itself; a whole mapping or list is pointed at by its key. */
function pointOffset(located: Located): number {
  const keyAt = keyStart(located.pair);
  if (keyAt !== undefined && isCollection(located.node)) return keyAt;
  return valueOffset(located);
}

function suggestion(value: unknown, allowed: readonly string[]): string {
  const near = typeof value === "string" ? closestMatch(value, allowed) : undefined;
  return near ? `; did you mean ${quote(near)}?` : `, not ${describeValue(value)}`;
}

function sizeMessage(
  issue: core.$ZodIssueTooSmall | core.$ZodIssueTooBig,
  label: string,
  custom: boolean,
): string {
  if (custom) {
    // "a section needs at least one topic" reads alone; "must not be empty" needs its subject.
    return /^(a|an) /.test(issue.message) ? issue.message : `${label} ${issue.message}`;
  }
  const small = issue.code === "too_small";
  const bound = small ? (issue as core.$ZodIssueTooSmall).minimum : (issue as core.$ZodIssueTooBig).maximum;
  if (issue.origin === "array") return `${label} needs ${small ? "at least" : "at most"} ${bound} item(s)`;
  if (issue.origin === "string")
    return `${label} needs ${small ? "at least" : "at most"} ${bound} character(s)`;
  return `${label} must be ${small ? "at least" : "at most"} ${bound}`;
}

/**
 * A rating is a value or a two-item range: one union. Its raw issue lists both branches'
 * failures; say instead what was meant — the allowed values, or what is wrong in the range.
 */
function unionProblems(
  issue: core.$ZodIssueInvalidUnion,
  path: PathSegment[],
  label: string,
  value: unknown,
  ctx: SchemaContext,
  pointAtValue: (message: string) => Problem,
): Problem[] {
  const allowed = ratingValues(issue);
  // Another union (settings.project: a URL or a mapping) says what it takes in its own message.
  if (!allowed)
    return [
      pointAtValue(
        issue.message && issue.message !== "Invalid input"
          ? `${label} is not valid: ${issue.message}`
          : `${label} is not valid`,
      ),
    ];
  const example = `[${allowed[0]}, ${allowed[1]}]`;
  if (!Array.isArray(value)) {
    const near = typeof value === "string" ? closestMatch(value, allowed) : undefined;
    const hint = near ? `; did you mean ${quote(near)}?` : "";
    return [pointAtValue(`${label} must be one of ${listWords(allowed)}, or a range like ${example}${hint}`)];
  }
  if (value.length !== 2) {
    return [
      pointAtValue(`${label} range must have exactly two values, like ${example}, not ${value.length}`),
    ];
  }
  const problems: Problem[] = [];
  value.forEach((item, index) => {
    if (typeof item === "string" && allowed.includes(item)) return;
    const itemPath = [...path, index];
    const located = locate(ctx.doc, itemPath);
    const offset = located ? pointOffset(located) : 0;
    const near = typeof item === "string" ? closestMatch(item, allowed) : undefined;
    const hint = near ? `; did you mean ${quote(near)}?` : "";
    const message = `${label} range: ${describeValue(item)} is not one of ${listWords(allowed)}${hint}`;
    problems.push(positionOf(ctx.lines, ctx.file, offset, message));
  });
  return problems.length > 0 ? problems : [pointAtValue(`${label} is not valid`)];
}

/** The keys an object at `path` accepts, read from the schema itself so they never drift. */
export function allowedKeys(schema: z.ZodType, path: readonly PathSegment[]): string[] {
  let here: z.ZodType | undefined = unwrap(schema);
  for (const segment of path) {
    if (here instanceof z.ZodObject)
      here = unwrap((here.shape as Record<string, z.ZodType>)[String(segment)]);
    else if (here instanceof z.ZodArray) here = unwrap(here.element as z.ZodType);
    else return [];
  }
  // A value that is a string or a mapping (settings.project): the mapping's keys.
  if (here instanceof z.ZodUnion)
    here = (here.options as z.ZodType[]).map(unwrap).find((option) => option instanceof z.ZodObject);
  return here instanceof z.ZodObject ? Object.keys(here.shape) : [];
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let here = schema;
  while (here instanceof z.ZodOptional || here instanceof z.ZodDefault || here instanceof z.ZodNullable) {
    here = here.unwrap() as z.ZodType;
  }
  return here;
}
