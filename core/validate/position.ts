import type { LineCounter } from "yaml";
import type { Problem } from "./problem.js";

/** A problem at a character offset of the file, in 1-based line and column. */
export function positionOf(lines: LineCounter, file: string, offset: number, message: string): Problem {
  const { line, col } = lines.linePos(offset);
  return { file, line, column: col, message };
}
