// One line of a paragraph or list item read as a field: "**Priority:** High",
// "**Level**: beginner", "Estimated time: 2 weeks". Scanned by hand with indexOf, so a
// long line (or a long run of spaces) costs one pass, never regex backtracking.

export interface FieldLine {
  label: string;
  value: string;
  /** The label was bold: a field even when the label is unknown (then it is warned about). */
  bold: boolean;
}

/** A plain label is a few words: "Estimated time", "What to learn". */
const MAX_PLAIN_LABEL = 30;

export function readFieldLine(line: string): FieldLine | undefined {
  const marker = line.startsWith("**") ? "**" : line.startsWith("__") ? "__" : undefined;
  if (marker) {
    const close = line.indexOf(marker, 2);
    if (close < 0) return undefined;
    const inner = line.slice(2, close).trim();
    const rest = line.slice(close + 2).trimStart();
    if (inner.endsWith(":")) return { label: inner.slice(0, -1).trim(), value: rest.trim(), bold: true };
    if (rest.startsWith(":")) return { label: inner, value: rest.slice(1).trim(), bold: true };
    return undefined;
  }
  const colon = line.indexOf(":");
  if (colon < 1 || colon > MAX_PLAIN_LABEL) return undefined;
  const label = line.slice(0, colon).trim();
  if (!isWords(label)) return undefined;
  // "https://…" is a link, not a field named "https".
  if (line.startsWith("//", colon + 1)) return undefined;
  return { label, value: line.slice(colon + 1).trim(), bold: false };
}

function isWords(label: string): boolean {
  if (label === "") return false;
  for (const character of label) {
    const letter = (character >= "a" && character <= "z") || (character >= "A" && character <= "Z");
    if (!letter && character !== " " && character !== "-" && character !== "/") return false;
  }
  return true;
}

/**
 * A line that starts with a bold run which is not a field: "**React** — hooks, state".
 * Returns the bold text and what follows it.
 */
export function readBoldLead(line: string): { bold: string; rest: string } | undefined {
  const marker = line.startsWith("**") ? "**" : line.startsWith("__") ? "__" : undefined;
  if (!marker) return undefined;
  const close = line.indexOf(marker, 2);
  if (close <= 2) return undefined;
  return { bold: line.slice(2, close).trim(), rest: line.slice(close + 2).trim() };
}

/** Separators people put between a topic and its items: "—", "–", "-", ":". */
export function stripLeadingSeparator(text: string): string {
  let at = 0;
  while (at < text.length && " —–-:|".includes(text[at]!)) at++;
  return text.slice(at).trim();
}
