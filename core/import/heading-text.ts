// What a heading's text holds besides its title: a leading emoji ("🧠 Backend Core"), a
// numbering ("1.2 Go Basics") and, for sections, a parenthesised subtitle
// ("Frontend (Basic – Supporting Role)").

import { splitTrailingRemark } from "./remark.js";

const LEADING_EMOJI =
  /^((?:\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}|\u200d|\ufe0f|\u20e3)+)\s*/u;
const NUMBERING = /^(?:\d+(?:\.\d+)*[.)]|\d+(?:\.\d+)+)\s+/;

export interface HeadingText {
  title: string;
  emoji?: string;
}

const EMOJI_PART =
  /^(?:\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}|\u200d|\ufe0f|\u20e3)$/u;

/**
 * Splits off an emoji before or after the title ("🧠 Backend Core", "Backend Core 🧠")
 * and a numbering ("1.2 Go Basics"); the rest is the title, as written.
 */
export function headingText(text: string): HeadingText {
  const leading = LEADING_EMOJI.exec(text);
  let rest = leading ? text.slice(leading[0].length) : text;
  let emoji = leading?.[1];
  rest = rest.replace(NUMBERING, "").trim();
  if (emoji === undefined) {
    const trailing = trailingEmoji(rest);
    if (trailing) {
      emoji = trailing;
      rest = rest.slice(0, rest.length - trailing.length).trim();
    }
  }
  return emoji && rest ? { title: rest, emoji } : { title: rest || text.trim() };
}

/** The emoji characters at the end of `text`, walked back one code point at a time. */
function trailingEmoji(text: string): string | undefined {
  const characters = [...text];
  let start = characters.length;
  while (start > 0 && EMOJI_PART.test(characters[start - 1]!)) start--;
  // A keycap "1️⃣" or a lone "#" is not worth keeping: emoji proper only.
  const emoji = characters.slice(start).join("");
  return /\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(emoji) ? emoji : undefined;
}

/** "Frontend (Basic – Supporting Role)" -> title "Frontend", subtitle "Basic – Supporting Role". */
export function splitSubtitle(title: string): { title: string; subtitle?: string } {
  const { main, remark } = splitTrailingRemark(title);
  if (remark === undefined || main.trim() === "") return { title };
  return { title: main.trim(), subtitle: remark };
}
