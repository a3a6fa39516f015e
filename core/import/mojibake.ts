// Repairs "Mac Roman mojibake": UTF-8 text that was once decoded as Mac Roman and saved
// again as UTF-8, so 📅 (F0 9F 93 85) became "üìÖ" and → became "‚Üí". The learner's seed
// roadmap went through exactly that. Undoing it means mapping every character back to its
// Mac Roman byte and decoding those bytes as UTF-8.

/** Mac Roman character -> its byte, for the upper half (0x00–0x7F is plain ASCII). */
function macRomanBytes(): Map<string, number> {
  const upper = Uint8Array.from({ length: 0x80 }, (_, index) => 0x80 + index);
  const characters = [...new TextDecoder("macintosh").decode(upper)];
  return new Map(characters.map((character, index) => [character, 0x80 + index]));
}

let reverseTable: Map<string, number> | undefined;

export interface MojibakeRepair {
  text: string;
  /** True when the text was mojibake and `text` is the repaired version. */
  repaired: boolean;
  /** 1-based numbers of the lines the repair changed (empty when nothing was repaired). */
  changedLines: number[];
}

/**
 * Repairs the whole text, or leaves it alone. It only repairs when every character has a
 * Mac Roman byte and those bytes are valid UTF-8: real text in any other script, or a
 * correct "→" next to a broken one, fails one of the two checks, so it is never "repaired"
 * into garbage. Plain ASCII is left as it is (nothing to repair).
 */
export function repairMacRomanMojibake(text: string): MojibakeRepair {
  reverseTable ??= macRomanBytes();
  const bytes = new Uint8Array(text.length);
  let length = 0;
  let sawNonAscii = false;
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (code < 0x80) {
      bytes[length++] = code;
      continue;
    }
    const byte = reverseTable.get(character);
    if (byte === undefined) return { text, repaired: false, changedLines: [] };
    bytes[length++] = byte;
    sawNonAscii = true;
  }
  if (!sawNonAscii) return { text, repaired: false, changedLines: [] };
  try {
    const decoded = new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, length));
    return { text: decoded, repaired: true, changedLines: changedLines(text, decoded) };
  } catch {
    return { text, repaired: false, changedLines: [] };
  }
}

/** The repair never touches ASCII, so line breaks stay put and lines compare one to one. */
function changedLines(before: string, after: string): number[] {
  const afterLines = after.split("\n");
  return before.split("\n").flatMap((line, index) => (line === afterLines[index] ? [] : [index + 1]));
}
