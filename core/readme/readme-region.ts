// Puts the generated block into a README between two marker lines, leaving every byte
// outside them as it was (line endings, trailing newline or not). The markers count only
// on a line of their own, so a README may still mention them in running text.

export const BLOCK_START = "<!-- roadmap:start -->";
export const BLOCK_END = "<!-- roadmap:end -->";
/** Optional: the roadmap's title and intro go between these, when the README has them. */
export const HEADER_START = "<!-- roadmap:header:start -->";
export const HEADER_END = "<!-- roadmap:header:end -->";

/** The README's markers are missing, repeated or out of order: nothing can be written. */
export class ReadmeMarkerError extends Error {}

interface MarkerLine {
  /** 1-based line number. */
  line: number;
  /** Offsets of the marker text itself. */
  start: number;
  end: number;
}

function markerLines(readme: string, marker: string): MarkerLine[] {
  const found: MarkerLine[] = [];
  let offset = 0;
  readme.split("\n").forEach((text, index) => {
    const at = text.indexOf(marker);
    if (at >= 0 && text.trim() === marker) {
      found.push({ line: index + 1, start: offset + at, end: offset + at + marker.length });
    }
    offset += text.length + 1;
  });
  return found;
}

const HOW_TO =
  `the README needs the two lines ${BLOCK_START} and ${BLOCK_END}, in that order, ` +
  "each on a line of its own, where the roadmap progress should go";

function where(lines: MarkerLine[]): string {
  if (lines.length === 0) return "missing";
  return `on line${lines.length > 1 ? "s" : ""} ${lines.map((found) => found.line).join(", ")}`;
}

function findRegion(
  readme: string,
  startMarker: string,
  endMarker: string,
  howTo: string,
): { start: MarkerLine; end: MarkerLine } {
  const starts = markerLines(readme, startMarker);
  const ends = markerLines(readme, endMarker);
  const start = starts[0];
  const end = ends[0];
  if (starts.length !== 1 || ends.length !== 1 || !start || !end || end.line <= start.line) {
    const found = `${startMarker} ${where(starts)}, ${endMarker} ${where(ends)}`;
    throw new ReadmeMarkerError(`${howTo} (found: ${found})`);
  }
  return { start, end };
}

/** Throws ReadmeMarkerError naming both marker lines when the pair is not there exactly once. */
export function findBlock(readme: string): { start: MarkerLine; end: MarkerLine } {
  return findRegion(readme, BLOCK_START, BLOCK_END, HOW_TO);
}

function replaceRegion(
  readme: string,
  region: { start: MarkerLine; end: MarkerLine },
  content: string,
): string {
  const { start, end } = region;
  // The end marker is on a later line, so the start marker's line has a line break.
  const afterStartLine = readme.indexOf("\n", start.end) + 1;
  const endLine = readme.lastIndexOf("\n", end.start) + 1;
  // Inside the block, follow the README's own line endings.
  const newline = readme[afterStartLine - 2] === "\r" ? "\r\n" : "\n";
  const body = content.replace(/\r?\n/g, newline);
  return `${readme.slice(0, afterStartLine)}${body}${newline}${readme.slice(endLine)}`;
}

/** The README with the block's content replaced; the marker lines and everything outside stay. */
export function replaceBlock(readme: string, block: string): string {
  return replaceRegion(readme, findBlock(readme), block);
}

/**
 * The README with its header region (title and intro) replaced, when it has one; a README
 * without the header markers keeps its own header, untouched.
 */
export function replaceHeader(readme: string, header: string): string {
  if (markerLines(readme, HEADER_START).length === 0 && markerLines(readme, HEADER_END).length === 0) {
    return readme;
  }
  const howTo = `the README's header needs ${HEADER_START} and ${HEADER_END}, in that order, each on a line of its own (or neither)`;
  return replaceRegion(readme, findRegion(readme, HEADER_START, HEADER_END, howTo), header);
}

/** True when the README already holds exactly this block: `render --check` passes. */
export function isBlockCurrent(readme: string, block: string): boolean {
  return replaceBlock(readme, block) === readme;
}
