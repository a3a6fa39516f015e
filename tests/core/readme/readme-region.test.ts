import { describe, expect, it } from "vitest";
import {
  BLOCK_END,
  BLOCK_START,
  isBlockCurrent,
  ReadmeMarkerError,
  replaceBlock,
} from "../../../core/readme/readme-region.js";

const BLOCK = "line one\nline two";

describe("replaceBlock", () => {
  it("replaces only what is between the marker lines", () => {
    const readme = `# Title\n\nIntro.\n\n${BLOCK_START}\nold\ncontent\n${BLOCK_END}\n\n## After\n`;
    expect(replaceBlock(readme, BLOCK)).toBe(
      `# Title\n\nIntro.\n\n${BLOCK_START}\n${BLOCK}\n${BLOCK_END}\n\n## After\n`,
    );
  });

  it("keeps CRLF outside byte for byte and writes CRLF inside", () => {
    const before = "# Title  \r\n\r\nIntro\twith tab \r\n";
    const after = "\r\n## After\r\ntrailing spaces   \r\n";
    const readme = `${before}${BLOCK_START}\r\nold\r\n${BLOCK_END}${after}`;
    const result = replaceBlock(readme, BLOCK);
    expect(result).toBe(`${before}${BLOCK_START}\r\nline one\r\nline two\r\n${BLOCK_END}${after}`);
    expect(result.startsWith(before)).toBe(true);
    expect(result.endsWith(`${BLOCK_END}${after}`)).toBe(true);
  });

  it("keeps a missing trailing newline, a BOM and the markers' own indentation and spaces", () => {
    const readme = `\ufeffTop\n  ${BLOCK_START}  \nold\n\t${BLOCK_END}`;
    expect(replaceBlock(readme, BLOCK)).toBe(`\ufeffTop\n  ${BLOCK_START}  \n${BLOCK}\n\t${BLOCK_END}`);
  });

  it("fills an empty block and is idempotent", () => {
    const readme = `${BLOCK_START}\n${BLOCK_END}\n`;
    const once = replaceBlock(readme, BLOCK);
    expect(once).toBe(`${BLOCK_START}\n${BLOCK}\n${BLOCK_END}\n`);
    expect(replaceBlock(once, BLOCK)).toBe(once);
    expect(isBlockCurrent(once, BLOCK)).toBe(true);
    expect(isBlockCurrent(readme, BLOCK)).toBe(false);
  });

  it("ignores markers mentioned inside a line of text", () => {
    const readme = `Put \`${BLOCK_START}\` and \`${BLOCK_END}\` in your README.\n${BLOCK_START}\nold\n${BLOCK_END}\n`;
    expect(replaceBlock(readme, BLOCK)).toBe(
      `Put \`${BLOCK_START}\` and \`${BLOCK_END}\` in your README.\n${BLOCK_START}\n${BLOCK}\n${BLOCK_END}\n`,
    );
  });

  const HOW =
    "the README needs the two lines <!-- roadmap:start --> and <!-- roadmap:end -->, in that order, each on a line of its own, where the roadmap progress should go";

  it.each([
    ["no markers", "# Just a README\n", "<!-- roadmap:start --> missing, <!-- roadmap:end --> missing"],
    [
      "only the start",
      `a\n${BLOCK_START}\nb\n`,
      "<!-- roadmap:start --> on line 2, <!-- roadmap:end --> missing",
    ],
    ["only the end", `a\n${BLOCK_END}\n`, "<!-- roadmap:start --> missing, <!-- roadmap:end --> on line 2"],
    [
      "the wrong order",
      `${BLOCK_END}\nx\n${BLOCK_START}\n`,
      "<!-- roadmap:start --> on line 3, <!-- roadmap:end --> on line 1",
    ],
    [
      "a repeated marker",
      `${BLOCK_START}\n${BLOCK_END}\n${BLOCK_START}\n${BLOCK_END}\n`,
      "<!-- roadmap:start --> on lines 1, 3, <!-- roadmap:end --> on lines 2, 4",
    ],
  ])("refuses %s, naming both marker lines", (_, readme, found) => {
    expect(() => replaceBlock(readme, BLOCK)).toThrow(ReadmeMarkerError);
    expect(() => replaceBlock(readme, BLOCK)).toThrow(`${HOW} (found: ${found})`);
  });
});
