// The part of a Markdown text GitHub renders as prose: what a reader sees, so the only part
// that may say "Completes #3". Code (fenced, indented, spans), HTML comments and tags, link
// reference definitions and link destinations or titles are never shown as text, and
// anything hidden there must not act.
//
// Not a Markdown parser: micromark (mdast-util-from-markdown) is exact but quadratic on some
// inputs ("*a" x 50,000 takes 28 s, 50,000 nested "> " 15 s), and a pull request body is
// anyone's. This is one pass over lines and one over characters; every search for a closer
// resumes where the last one stopped, so the whole is linear. Where it differs from
// CommonMark it drops more text, never less: a reference it misses is one a writer can
// restate; one it invents could close an issue.

/** GitHub keeps at most this many characters of a pull request body; past it is not GitHub's. */
export const MAX_BODY_CHARS = 65_536;

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const DEFINITION = /^ {0,3}\[[^\]\n]*\]:/;
const INDENTED = /^(?: {4}|\t)/;

function isBlank(line: string): boolean {
  return line.trim() === "";
}

/** Block level: drops fenced and indented code and link reference definitions (with a title on the next line). */
function proseLines(text: string): string[] {
  const kept: string[] = [];
  let fence: { char: string; length: number } | undefined;
  let previousBlank = true;
  let afterDefinition = false;
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (fence) {
      const close = FENCE.exec(line);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length && isBlank(close[2]!)) {
        fence = undefined;
      }
      previousBlank = false;
      continue;
    }
    const open = FENCE.exec(line);
    if (open && !(open[1]![0] === "`" && open[2]!.includes("`"))) {
      fence = { char: open[1]![0]!, length: open[1]!.length };
      continue;
    }
    if (previousBlank && INDENTED.test(line) && !isBlank(line)) continue;
    if (DEFINITION.test(line)) {
      afterDefinition = true;
      previousBlank = false;
      continue;
    }
    // A definition's title (or its destination) may follow on the next line.
    if (afterDefinition && /^\s*["'(<]/.test(line)) continue;
    afterDefinition = false;
    kept.push(line);
    previousBlank = isBlank(line);
  }
  return kept;
}

/** The index of `needle` at or after `from`, remembered so the next call from further on does not search again. */
function finder(text: string, needle: string): (from: number) => number {
  let found = -2; // not searched yet
  return (from) => {
    if (found === -1 || found >= from) return found;
    found = text.indexOf(needle, from);
    return found;
  };
}

/** Inline level: drops HTML comments and tags, code spans, link destinations and titles. */
function proseInline(text: string): string {
  const commentEnd = finder(text, "-->");
  const tagEnd = finder(text, ">");
  const parenEnd = finder(text, ")");
  // Code spans: a run of n backticks closes at the next run of exactly n. Runs are listed
  // once; per length, a cursor only moves forward.
  const runs = new Map<number, number[]>();
  for (const match of text.matchAll(/`+/g)) {
    const list = runs.get(match[0].length) ?? [];
    list.push(match.index);
    runs.set(match[0].length, list);
  }
  const cursors = new Map<number, number>();
  const nextRun = (length: number, after: number): number => {
    const list = runs.get(length)!;
    let at = cursors.get(length) ?? 0;
    while (at < list.length && list[at]! <= after) at++;
    cursors.set(length, at);
    return at < list.length ? list[at]! : -1;
  };

  let out = "";
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (char === "<" && text.startsWith("<!--", i)) {
      const end = commentEnd(i + 4);
      out += " ";
      i = end === -1 ? text.length : end + 3;
      continue;
    }
    if (char === "<" && /[A-Za-z/!?]/.test(text[i + 1] ?? "")) {
      const end = tagEnd(i + 1);
      if (end !== -1) {
        out += " ";
        i = end + 1;
        continue;
      }
    }
    if (char === "`") {
      let length = 1;
      while (text[i + length] === "`") length++;
      const close = nextRun(length, i);
      if (close !== -1) {
        out += " ";
        i = close + length;
        continue;
      }
      out += text.slice(i, i + length);
      i += length;
      continue;
    }
    if (char === "]" && text[i + 1] === "(") {
      const end = parenEnd(i + 2);
      out += "] ";
      i = end === -1 ? text.length : end + 1;
      continue;
    }
    out += char;
    i++;
  }
  return out;
}

/** The prose of a Markdown text, cut to what GitHub keeps, in time linear in its length. */
export function renderedText(markdown: string): string {
  return proseInline(proseLines(markdown.slice(0, MAX_BODY_CHARS)).join("\n"));
}
