// GitHub's size limits on what the roadmap writes, and the one way a long list is cut to
// fit: the first items, then "… and N more". A 3,000-file notes pull request made a comment
// past 65,536 characters, GitHub answered 422, and the job failed with nothing posted.

/** An issue or pull request comment's body, and a check run's output.summary. */
export const COMMENT_MAX = 65_536;

/** GitHub rejects issue bodies longer than this. */
export const ISSUE_BODY_MAX = 65_536;
/** A check run annotation's message (GitHub: 64 KB); far more than anyone reads. */
export const ANNOTATION_MESSAGE_MAX = 4_096;
/** A check run annotation's title. */
export const ANNOTATION_TITLE_MAX = 255;
/** Annotations per check run: past this, the summary counts the rest (each 50 costs a request). */
export const MAX_ANNOTATIONS = 500;
/** List items (files, problems, operations) shown in a comment or summary. */
export const MAX_LISTED = 200;

/** The first `max` lines of `items`, then one "… and N more" line when some were left out. */
export function capList(items: readonly string[], max: number, more: (count: number) => string): string[] {
  if (items.length <= max) return [...items];
  return [...items.slice(0, max), more(items.length - max)];
}

/** `- … and 12 more files`: the default "more" line for a Markdown list. */
export function andMore(noun: string): (count: number) => string {
  return (count) => `- … and ${count} more ${noun}`;
}

/** A body cut at a line break to fit `max` characters, with a last line saying so. */
export function fitText(
  text: string,
  max = COMMENT_MAX,
  note = "\n\n…(cut to fit GitHub's size limit)",
): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - note.length);
  const cut = room.lastIndexOf("\n");
  return `${cut > 0 ? room.slice(0, cut) : room}${note}`;
}
