// Rules for `requires:` (a topic's prerequisites) that need the whole file: every id names a
// topic of the roadmap (else a did-you-mean), a topic does not require itself, and the
// prerequisites have no cycle (reported once, with its path "a → b → a", at the first
// topic's `requires:` entry that starts it). They read the raw data, like roadmap-rules.ts.
import { dataAt, quote } from "./describe.js";
import { closestMatch } from "./did-you-mean.js";
import type { PathSegment } from "./locate.js";
import { locate, valueOffset } from "./locate.js";
import { positionOf } from "./position.js";
import type { Problem } from "./problem.js";
import type { RuleContext } from "./roadmap-rules.js";

interface Requirement {
  id: string;
  /** Path of the `requires` entry in the file. */
  path: PathSegment[];
}

export function requiresProblems(ctx: RuleContext): Problem[] {
  const problems: Problem[] = [];
  const report = (path: PathSegment[], message: string) => {
    const located = locate(ctx.doc, path);
    problems.push(positionOf(ctx.lines, ctx.file, located ? valueOffset(located) : 0, message));
  };

  // Topic id -> its requirements, in file order.
  const graph = new Map<string, Requirement[]>();
  const sections = dataAt(ctx.data, ["sections"]);
  for (const [i, section] of entries(sections)) {
    for (const [j, topic] of entries(dataAt(section, ["topics"]))) {
      const id = dataAt(topic, ["id"]);
      if (typeof id !== "string" || graph.has(id)) continue;
      const requires = dataAt(topic, ["requires"]);
      graph.set(
        id,
        entries(requires).flatMap(([k, value]) =>
          typeof value === "string"
            ? [{ id: value, path: ["sections", i, "topics", j, "requires", k] as PathSegment[] }]
            : [],
        ),
      );
    }
  }

  const known = [...graph.keys()];
  for (const [id, requirements] of graph) {
    const seen = new Set<string>();
    for (const requirement of requirements) {
      if (requirement.id === id) {
        report(requirement.path, `topic ${quote(id)} requires itself: remove ${quote(id)} from its requires`);
      } else if (!graph.has(requirement.id)) {
        const hint = closestMatch(requirement.id, known);
        report(
          requirement.path,
          `requires ${quote(requirement.id)}, which is no topic id of this roadmap${hint ? `: did you mean ${quote(hint)}?` : ""}`,
        );
      } else if (seen.has(requirement.id)) {
        report(requirement.path, `${quote(requirement.id)} is already required: list it once`);
      }
      seen.add(requirement.id);
    }
  }

  // Cycles: a depth-first walk in file order; each cycle is reported once, at the entry
  // that closes it as seen from the first of its topics in the file.
  const state = new Map<string, "open" | "closed">();
  const stack: string[] = [];
  const reported = new Set<string>();
  const visit = (id: string) => {
    state.set(id, "open");
    stack.push(id);
    for (const requirement of graph.get(id) ?? []) {
      const next = requirement.id;
      if (next === id || !graph.has(next)) continue;
      if (state.get(next) === "open") {
        const cycle = [...stack.slice(stack.indexOf(next)), next];
        const key = [...new Set(cycle)].sort().join(" ");
        if (!reported.has(key)) {
          reported.add(key);
          // Point at the requires entry of the cycle's first topic.
          const first = cycle[0]!;
          const entry = graph.get(first)!.find((r) => r.id === cycle[1]) ?? requirement;
          report(
            entry.path,
            `requires makes a cycle: ${cycle.join(" → ")}; a topic cannot wait for itself, remove one of these requires`,
          );
        }
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(id, "closed");
  };
  for (const id of graph.keys()) if (!state.has(id)) visit(id);
  return problems;
}

function entries(list: unknown): Array<[number, unknown]> {
  return Array.isArray(list) ? list.map((item, index) => [index, item]) : [];
}
