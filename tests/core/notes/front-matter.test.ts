import { describe, expect, it } from "vitest";
import { parseFrontMatter } from "../../../core/notes/front-matter.js";

const FILE = "notes/redis/caching.md";

describe("parseFrontMatter", () => {
  it("reads topic and focus with the line and column of each value", () => {
    const text = [
      "---",
      "title: Caching",
      "topic: redis",
      "focus:",
      "  - caching",
      "  - rate limiting",
      "---",
      "# Notes",
    ].join("\n");
    expect(parseFrontMatter(text, FILE)).toEqual({
      frontMatter: {
        topic: { value: "redis", line: 3, column: 8 },
        focus: [
          { value: "caching", line: 5, column: 5 },
          { value: "rate limiting", line: 6, column: 5 },
        ],
      },
      problems: [],
    });
  });

  it("has nothing to say about a file without front matter, or one whose first line is not ---", () => {
    expect(parseFrontMatter("# Redis\n\n---\ntopic: x\n---\n", FILE)).toEqual({ problems: [] });
    expect(parseFrontMatter("", FILE)).toEqual({ problems: [] });
  });

  it("accepts CRLF line endings, a byte order mark, a flow list, a single focus string and `...` as the end", () => {
    expect(
      parseFrontMatter("\uFEFF---\r\nfocus: [caching, pub/sub]\r\n...\r\ntext", FILE).frontMatter,
    ).toEqual({
      focus: [
        { value: "caching", line: 2, column: 9 },
        { value: "pub/sub", line: 2, column: 18 },
      ],
    });
    expect(parseFrontMatter("---\nfocus: caching\n---\n", FILE).frontMatter).toEqual({
      focus: [{ value: "caching", line: 2, column: 8 }],
    });
  });

  it("treats empty front matter as none", () => {
    expect(parseFrontMatter("---\n---\n# x", FILE)).toEqual({ frontMatter: { focus: [] }, problems: [] });
  });

  it("points at the opening line when the front matter is never closed", () => {
    expect(parseFrontMatter("---\ntopic: redis\n# Notes\n", FILE).problems).toEqual([
      {
        file: FILE,
        line: 1,
        column: 1,
        message: "the front matter opened by --- on line 1 is never closed: end it with a line of ---",
      },
    ]);
  });

  it("points at the exact line and column of a YAML syntax error", () => {
    const text = ["---", "topic: redis", "focus: [caching, rate limiting", "---", "text"].join("\n");
    const { frontMatter, problems } = parseFrontMatter(text, FILE);
    expect(frontMatter).toBeUndefined();
    expect(problems).toEqual([
      {
        file: FILE,
        line: 3,
        column: 8,
        message: "this [ is never closed: add the ], and indent any lines it continues on",
      },
    ]);
  });

  it("reports a bad indentation on the file's line, not the YAML block's", () => {
    const text = ["---", "topic: redis", "focus:", "  - caching", " - pub/sub", "---"].join("\n");
    const { problems } = parseFrontMatter(text, FILE);
    expect(problems.map((p) => [p.line, p.column])).toEqual([[5, 1]]);
  });

  it("reports wrong value types where they are, keeping what is valid", () => {
    const text = ["---", "topic: redis", "focus:", "  - caching", "  - { a: 1 }", "---"].join("\n");
    expect(parseFrontMatter(text, FILE)).toEqual({
      frontMatter: {
        topic: { value: "redis", line: 2, column: 8 },
        focus: [{ value: "caching", line: 4, column: 5 }],
      },
      problems: [
        { file: FILE, line: 5, column: 5, message: "each focus: item must be the text of one focus item" },
      ],
    });
    expect(parseFrontMatter("---\ntopic: 12\n---\n", FILE).problems).toEqual([
      {
        file: FILE,
        line: 2,
        column: 8,
        message: 'topic: must be one topic id from roadmap/roadmap.yml, e.g. "topic: redis"',
      },
    ]);
    expect(parseFrontMatter("---\ntopic:\n---\n", FILE).problems[0]).toMatchObject({ line: 2, column: 1 });
    expect(parseFrontMatter("---\nfocus: { a: 1 }\n---\n", FILE).problems[0]).toMatchObject({
      line: 2,
      column: 8,
      message: 'focus: must be a list of the topic\'s focus items, e.g. "focus: [caching, rate limiting]"',
    });
  });

  it("says front matter must be key: value lines when it is a list or a scalar", () => {
    expect(parseFrontMatter("---\n- redis\n---\n", FILE).problems).toEqual([
      {
        file: FILE,
        line: 2,
        column: 1,
        message: 'the front matter must be "key: value" lines, e.g. "topic: redis"',
      },
    ]);
  });

  it("turns away an alias bomb, and reports a duplicate key where it is", () => {
    const rows = ["---", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 12; i++)
      rows.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(", ")}]`,
      );
    rows.push("---");
    expect(parseFrontMatter(rows.join("\n"), FILE)).toEqual({
      problems: [
        {
          file: FILE,
          line: 2,
          column: 1,
          message:
            "the front matter cannot be read: excessive alias count indicates a resource exhaustion attack",
        },
      ],
    });
    const duplicate = parseFrontMatter("---\ntopic: redis\ntopic: docker\n---\n", FILE);
    expect(duplicate.problems).toEqual([
      { file: FILE, line: 3, column: 1, message: 'duplicate key "topic": already on line 2' },
    ]);
  });
});
