import { describe, expect, it } from "vitest";
import {
  escapeMarkdown,
  inlineText,
  MENTION_BREAK,
  neutralizeMentions,
  tableCell,
} from "../../../core/text/markdown.js";

describe("escapeMarkdown", () => {
  it("escapes every character that would change the rendering", () => {
    expect(escapeMarkdown("a|b <b>x</b> *em* _em_ `code` [link](u) back\\slash")).toBe(
      "a\\|b \\<b\\>x\\</b\\> \\*em\\* \\_em\\_ \\`code\\` \\[link\\](u) back\\\\slash",
    );
  });

  it("leaves ordinary text alone", () => {
    expect(escapeMarkdown("Async & Celery: pub/sub, 30–60 minutes (SSE) 🧠")).toBe(
      "Async & Celery: pub/sub, 30–60 minutes (SSE) 🧠",
    );
  });
});

describe("neutralizeMentions", () => {
  it("puts a zero-width joiner after the @ of a mention", () => {
    expect(neutralizeMentions("ask @octocat and @github/team")).toBe(
      `ask @${MENTION_BREAK}octocat and @${MENTION_BREAK}github/team`,
    );
    expect(neutralizeMentions("@start (@paren)")).toBe(`@${MENTION_BREAK}start (@${MENTION_BREAK}paren)`);
  });

  it("leaves e-mail addresses and a lone @ alone, and is idempotent", () => {
    expect(neutralizeMentions("me@example.com, a @ b")).toBe("me@example.com, a @ b");
    const once = neutralizeMentions("hi @octocat");
    expect(neutralizeMentions(once)).toBe(once);
  });

  it("still neutralizes a mention right after an escaped character", () => {
    expect(inlineText("`@octocat`")).toBe(`\\\`@${MENTION_BREAK}octocat\\\``);
    expect(inlineText("_@octocat_")).toBe(`\\_@${MENTION_BREAK}octocat\\_`);
  });
});

describe("inlineText", () => {
  it("keeps untrusted one-line text on one line: a line break could start a heading, a quote or a table row", () => {
    expect(inlineText("notes/a.md\n# Heading\r\n> quote  \n\n| a | b |")).toBe(
      "notes/a.md # Heading \\> quote \\| a \\| b \\|",
    );
    expect(inlineText("old Mac\r# line")).toBe("old Mac # line");
    expect(inlineText("one line,  two spaces")).toBe("one line,  two spaces");
  });
});

describe("tableCell", () => {
  it("keeps a cell on one line", () => {
    expect(tableCell("two\nlines | pipe")).toBe("two lines \\| pipe");
  });
});
