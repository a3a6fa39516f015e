// The layout ARCHITECTURE.md describes, checked on the real sources: no import cycle
// anywhere (a cycle means two files that cannot be understood, or loaded, one without the
// other). Type-only imports are left out: they are erased when compiled.
// Which room may import which is eslint's job (eslint.config.mjs).
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const SOURCE_FOLDERS = ["core", "cli", "bot", "action", "octokit"];
// A static import or re-export (but not `import type` / `export type`: erased when compiled,
// they cannot make two modules wait for each other), or a dynamic import().
const SPECIFIER =
  /(?:^|\n)\s*(?:import|export)\s+(?!type\b)[^;]*?\bfrom\s*["'](\.{1,2}\/[^"']+)["']|\bimport\(\s*["'](\.{1,2}\/[^"']+)["']/g;

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)))
    .filter((path) => !path.startsWith("action/dist"));
}

/** file -> the files it imports (relative specifiers, .js resolved to the .ts source). */
export function importGraph(files: readonly string[]): Map<string, string[]> {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(join(ROOT, file), "utf8");
    const targets = [...text.matchAll(SPECIFIER)]
      .map((match) =>
        relative(ROOT, resolve(ROOT, dirname(file), (match[1] ?? match[2])!)).replace(/\.js$/, ".ts"),
      )
      .filter((target) => known.has(target));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Every cycle's files (Tarjan's strongly connected components larger than one file). */
export function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string) => {
    indices.set(node, index);
    low.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, indices.get(next)!));
      }
    }
    if (low.get(node) === indices.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) cycles.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!indices.has(node)) visit(node);
  return cycles;
}

describe("the import graph", () => {
  it("finds a cycle when there is one (the check itself can fail)", () => {
    const graph = new Map([
      ["a.ts", ["b.ts"]],
      ["b.ts", ["c.ts"]],
      ["c.ts", ["a.ts"]],
      ["d.ts", ["a.ts"]],
    ]);
    expect(cyclesOf(graph)).toEqual([["a.ts", "b.ts", "c.ts"]]);
  });

  it("has no cycle in the sources", () => {
    const files = SOURCE_FOLDERS.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(100);
    const graph = importGraph(files);
    expect([...graph.values()].flat().length).toBeGreaterThan(200);
    expect(cyclesOf(graph)).toEqual([]);
  });

  it("has no cycle between rooms (core/<room>, cli, bot, action, octokit)", () => {
    const roomOf = (file: string) =>
      file.startsWith("core/") ? file.split("/").slice(0, 2).join("/") : file.split("/")[0]!;
    const rooms = new Map<string, Set<string>>();
    for (const [file, targets] of importGraph(SOURCE_FOLDERS.flatMap(sourceFiles))) {
      const from = roomOf(file);
      const edges = rooms.get(from) ?? new Set<string>();
      for (const target of targets) if (roomOf(target) !== from) edges.add(roomOf(target));
      rooms.set(from, edges);
    }
    expect(rooms.get("core/sync")).toContain("core/issues");
    expect(cyclesOf(new Map([...rooms].map(([room, edges]) => [room, [...edges]])))).toEqual([]);
  });
});
