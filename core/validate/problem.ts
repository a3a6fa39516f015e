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

/** Past this many, more lines help nobody: a file that broken was not written by hand. */
export const MAX_PROBLEMS = 100;

/** Problems in reading order, each reported once, at most MAX_PROBLEMS and a line saying how many more. */
export function sortProblems(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  const sorted = problems
    .filter((p) => {
      const key = formatProblem(p);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.line - b.line || a.column - b.column);
  if (sorted.length <= MAX_PROBLEMS) return sorted;
  const next = sorted[MAX_PROBLEMS]!;
  const more = sorted.length - MAX_PROBLEMS;
  return [
    ...sorted.slice(0, MAX_PROBLEMS),
    { ...next, message: `…and ${more} more problem${more === 1 ? "" : "s"}` },
  ];
}
