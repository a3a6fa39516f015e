// The checks that come before YAML: size, byte order mark, UTF-8. They look at bytes, so a
// hostile file is turned away before the parser spends anything on it.
import type { Problem } from "./problem.js";

/** A real roadmap is a few kilobytes; anything past this is a mistake or an attack. */
export const MAX_ROADMAP_BYTES = 1024 * 1024;

export type SourceText = { ok: true; text: string } | { ok: false; problem: Problem };

export function readSource(source: string | Uint8Array, file: string): SourceText {
  const at = (line: number, column: number, message: string): SourceText => ({
    ok: false,
    problem: { file, line, column, message },
  });
  const size = typeof source === "string" ? utf8Length(source) : source.byteLength;
  if (size > MAX_ROADMAP_BYTES) {
    return at(
      1,
      1,
      `the file is ${formatSize(size)}, more than the ${formatSize(MAX_ROADMAP_BYTES)} a roadmap may have`,
    );
  }
  if (typeof source === "string") {
    if (source.startsWith("\uFEFF")) return at(1, 1, BOM_MESSAGE);
    return { ok: true, text: source };
  }
  if (source[0] === 0xef && source[1] === 0xbb && source[2] === 0xbf) return at(1, 1, BOM_MESSAGE);
  const bad = firstInvalidUtf8(source);
  if (bad !== undefined) {
    const { line, column } = bytePosition(source, bad);
    const byte = source[bad]!.toString(16).toUpperCase().padStart(2, "0");
    return at(line, column, `the file is not valid UTF-8 (byte 0x${byte}): save it as UTF-8`);
  }
  return { ok: true, text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(source) };
}

const BOM_MESSAGE = "the file starts with a byte order mark (U+FEFF): remove the byte order mark";

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

/** UTF-8 length of a JS string without allocating the encoded copy. */
function utf8Length(text: string): number {
  // UTF-8 never takes fewer bytes than UTF-16 code units, so a long string is already too big.
  if (text.length > MAX_ROADMAP_BYTES) return text.length;
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/**
 * Offset of the first byte that starts a malformed UTF-8 sequence (Unicode's table 3-7:
 * no overlong forms, no surrogates, nothing past U+10FFFF), or undefined when all is well.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  const inRange = (at: number, low: number, high: number) => {
    const b = bytes[at];
    return b !== undefined && b >= low && b <= high;
  };
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    let length: number;
    let secondLow = 0x80;
    let secondHigh = 0xbf;
    if (lead < 0x80) length = 1;
    else if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) secondLow = 0xa0;
      if (lead === 0xed) secondHigh = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) secondLow = 0x90;
      if (lead === 0xf4) secondHigh = 0x8f;
    } else return i;
    if (length > 1 && !inRange(i + 1, secondLow, secondHigh)) return i;
    for (let k = 2; k < length; k++) if (!inRange(i + k, 0x80, 0xbf)) return i;
    i += length;
  }
  return undefined;
}

/** 1-based line and column of a byte offset; everything before it is valid UTF-8. */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, offset));
  return { line, column: before.length + 1 };
}
