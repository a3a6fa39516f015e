// One thing wrong with a roadmap file, positioned so an editor, a terminal and a GitHub
// annotation can all point at it.

export interface Problem {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units like the editors count. */
  column: number;
  message: string;
}

/** "roadmap/roadmap.yml:12:5: priority must be one of …": the format compilers use, so terminals link it. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.message}`;
}

/** Thrown by parseRoadmapOrThrow: the message lists every problem, one per line. */
export class RoadmapInvalidError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "RoadmapInvalidError";
    this.problems = problems;
  }
}

/** Problems in reading order, each reported once. */
export function sortProblems(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems
    .filter((p) => {
      const key = formatProblem(p);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.line - b.line || a.column - b.column);
}
