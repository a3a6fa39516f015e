import { describe, expect, it } from "vitest";
import { MENTION_BREAK } from "../../../core/text/markdown.js";
import { bounded, stripBidi, untrustedLogLine, untrustedMarkdown } from "../../../core/text/neutralize.js";

const Z = MENTION_BREAK;

describe("untrustedMarkdown", () => {
  it("breaks mentions, issue references and bare links, and escapes HTML, emphasis and entities", () => {
    expect(untrustedMarkdown("@octocat owner/repo#12 #3 GH-4 https://x.example www.y.example")).toBe(
      `@${Z}octocat owner/repo#${Z}12 #${Z}3 GH-${Z}4 https:${Z}//x.example www${Z}.y.example`,
    );
    expect(untrustedMarkdown('<img src="p.gif"> <details> *a* [l](u) &#x202E;')).toBe(
      '\\<img src="p.gif"\\> \\<details\\> \\*a\\* \\[l\\](u) \\&#x202E;',
    );
  });

  it("keeps the text on one line and drops bidi controls", () => {
    expect(untrustedMarkdown("a\n# b\r\n> c")).toBe("a # b \\> c");
    expect(untrustedMarkdown("txt\u202Edm.md \u2066x\u2069")).toBe("txtdm.md x");
  });

  it("leaves ordinary names alone", () => {
    expect(untrustedMarkdown("notes/redis/caching.md")).toBe("notes/redis/caching.md");
    expect(untrustedMarkdown("C# and me@example.com")).toBe("C# and me@example.com");
  });
});

describe("untrustedLogLine", () => {
  it("keeps a workflow command from starting a line, with newlines or leading blanks", () => {
    expect(untrustedLogLine("::add-mask::x")).toBe(":\u200b:add-mask::x");
    expect(untrustedLogLine("  ::error::x")).toBe("  :\u200b:error::x");
    expect(untrustedLogLine("##[error]x")).toBe("#\u200b#[error]x");
    expect(untrustedLogLine('create issue "a\n::error::x"')).toBe('create issue "a ::error::x"');
  });

  it("leaves other lines alone", () => {
    expect(untrustedLogLine('label "status: todo" already exists')).toBe(
      'label "status: todo" already exists',
    );
  });
});

describe("stripBidi and bounded", () => {
  it("strips U+202A–U+202E and U+2066–U+2069 only", () => {
    expect(stripBidi("\u202A\u202B\u202C\u202D\u202Ea\u2066\u2067\u2068\u2069\u200Eb")).toBe("a\u200Eb");
  });

  it("cuts with an ellipsis, never inside a surrogate pair", () => {
    expect(bounded("abcdef", 4)).toBe("abc…");
    expect(bounded("abc", 3)).toBe("abc");
    expect(bounded("ab😀cd", 4)).toBe("ab…");
  });
});
