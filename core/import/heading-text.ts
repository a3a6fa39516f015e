// What a heading's text holds besides its title: a leading emoji ("🧠 Backend Core"), a
// numbering ("1.2 Go Basics") and, for sections, a parenthesised subtitle
// ("Frontend (Basic – Supporting Role)").

const LEADING_EMOJI =
  /^((?:\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}|\u200d|\ufe0f|\u20e3)+)\s*/u;
const NUMBERING = /^(?:\d+(?:\.\d+)*[.)]|\d+(?:\.\d+)+)\s+/;
const TRAILING_QUALIFIER = /^(.*?)\s*\(([^()]+)\)$/;

export interface HeadingText {
  title: string;
  emoji?: string;
}

/** Splits off a leading emoji and a numbering; the rest is the title, as written. */
export function headingText(text: string): HeadingText {
  const emoji = LEADING_EMOJI.exec(text);
  const rest = (emoji ? text.slice(emoji[0].length) : text).replace(NUMBERING, "").trim();
  return emoji ? { title: rest, emoji: emoji[1]! } : { title: rest };
}

/** "Frontend (Basic – Supporting Role)" -> title "Frontend", subtitle "Basic – Supporting Role". */
export function splitSubtitle(title: string): { title: string; subtitle?: string } {
  const match = TRAILING_QUALIFIER.exec(title);
  if (!match || match[1]!.trim() === "") return { title };
  return { title: match[1]!.trim(), subtitle: match[2]!.trim() };
}
