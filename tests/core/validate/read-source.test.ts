import { describe, expect, it } from "vitest";
import { firstInvalidUtf8, MAX_ROADMAP_BYTES, readSource } from "../../../core/validate/read-source.js";
import { isClosedQuote } from "../../../core/validate/scan-cst.js";

const bytes = (...values: number[]) => new Uint8Array(values);

describe("firstInvalidUtf8", () => {
  it("accepts well-formed UTF-8 of every length", () => {
    expect(firstInvalidUtf8(new TextEncoder().encode("a é € 𝄞 📅 \u{10FFFF}"))).toBeUndefined();
  });

  it.each([
    ["a lone continuation byte", bytes(0x61, 0x80), 1],
    ["a byte never used in UTF-8", bytes(0x61, 0x62, 0xff), 2],
    ["an overlong two-byte form", bytes(0xc0, 0xaf), 0],
    ["an overlong three-byte form", bytes(0xe0, 0x80, 0xaf), 0],
    ["an encoded surrogate", bytes(0x61, 0xed, 0xa0, 0x80), 1],
    ["a code point past U+10FFFF", bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ["a sequence cut short by the end", bytes(0x61, 0xe2, 0x82), 1],
    ["a sequence cut short by ASCII", bytes(0xe2, 0x41, 0x42), 0],
  ])("finds %s", (_name, input, offset) => {
    expect(firstInvalidUtf8(input)).toBe(offset);
    // The standard decoder agrees that these are not UTF-8.
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(input)).toThrow();
  });
});

describe("readSource", () => {
  it("reports the line and column of the first bad byte, counting characters before it", () => {
    const input = new Uint8Array([...new TextEncoder().encode("a: 1\nb: 📅é"), 0xe9, 0x0a]);
    expect(readSource(input, "f.yml")).toEqual({
      ok: false,
      problem: {
        file: "f.yml",
        line: 2,
        column: 7,
        message: "the file is not valid UTF-8 (byte 0xE9): save it as UTF-8",
      },
    });
  });

  it("accepts exactly the size limit and rejects one byte more", () => {
    const limit = new Uint8Array(MAX_ROADMAP_BYTES).fill(0x20);
    expect(readSource(limit, "f.yml").ok).toBe(true);
    const over = readSource(new Uint8Array(MAX_ROADMAP_BYTES + 1).fill(0x20), "f.yml");
    expect(over.ok).toBe(false);
  });

  it("decodes UTF-8 bytes to text", () => {
    expect(readSource(new TextEncoder().encode("title: 📅\n"), "f.yml")).toEqual({
      ok: true,
      text: "title: 📅\n",
    });
  });
});

describe("isClosedQuote", () => {
  it.each([
    ['"abc"', true],
    ['"abc', false],
    ['"ab\\"', false],
    ['"ab\\\\"', true],
    ['"', false],
    ["'abc'", true],
    ["'it''s'", true],
    ["'it''", false],
    ["''", true],
  ])("%s -> %s", (source, closed) => {
    expect(isClosedQuote(source)).toBe(closed);
  });
});
