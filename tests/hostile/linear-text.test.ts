// Finding 1 (and 13) of issue 12: every regex and parser applied to text an outsider sends
// runs in linear time. Each case is the pathological shape that was quadratic, at 100 KB
// against 1 KB (see helpers/linear.ts); the measured ratios are printed for the record.
import { describe, expect, it } from "vitest";
import { MAX_FRONT_MATTER_CHARS, parseFrontMatter } from "../../core/notes/front-matter.js";
import { MAX_ROADMAP_BYTES } from "../../core/validate/read-source.js";
import { importMarkdown } from "../../core/import/markdown.js";
import { closingRefs } from "../../core/notes/closing-refs.js";
import { inlineText } from "../../core/text/markdown.js";
import { untrustedLogLine, untrustedMarkdown } from "../../core/text/neutralize.js";
import { renderedText } from "../../core/text/rendered-text.js";
import { validateRoadmap } from "../../core/validate/validate-roadmap.js";
import { parseYaml } from "../../core/validate/parse-yaml.js";
import { expectLinear, LINEAR_TEST_TIMEOUT, repeatTo } from "../helpers/linear.js";
import { REPO } from "../helpers/github.js";

const ratios: Record<string, number> = {};
function linear(name: string, make: (size: number) => string, run: (input: string) => unknown) {
  it(
    name,
    () => {
      ratios[name] = expectLinear(make, run);
      console.info(`ratio ${name}: ${ratios[name].toFixed(0)}`);
    },
    LINEAR_TEST_TIMEOUT,
  );
}

describe("inline text (a file name, a front-matter value)", () => {
  linear("inlineText: a long run of spaces, then a line break", (n) => `a${" ".repeat(n)}\nb`, inlineText);
  linear("inlineText: spaces with no line break at all", (n) => `a${" ".repeat(n)}b`, inlineText);
  linear(
    "untrustedMarkdown: spaces, #, @, links",
    (n) => repeatTo("  #1 @a www.x https://y \n", n),
    untrustedMarkdown,
  );
  linear("untrustedLogLine: blank lines and ::", (n) => repeatTo(" \r\n::", n), untrustedLogLine);
});

describe("closing references (a pull request body)", () => {
  const refs = (body: string) => closingRefs(body, REPO);
  linear("65,536 backticks", (n) => "`".repeat(n), refs);
  linear(
    "backtick runs of growing length",
    (n) => {
      let text = "";
      for (let k = 1; text.length < n; k++) text += `${"`".repeat(k % 200 || 1)} x `;
      return text;
    },
    refs,
  );
  linear("alternating ` and space", (n) => repeatTo("` ", n), refs);
  linear("unclosed HTML comments", (n) => repeatTo("<!--", n), refs);
  linear("unclosed tags", (n) => repeatTo("<a", n), refs);
  linear("unclosed link destinations", (n) => repeatTo("](", n), refs);
  linear("fence openers", (n) => repeatTo("```\n~~~\n", n), refs);
  linear("emphasis that micromark resolves in quadratic time", (n) => repeatTo("*a", n), refs);
  linear("nested quotes", (n) => repeatTo("> ", n), refs);
  linear("keywords followed by long words", (n) => `Completes ${"a".repeat(n)}`, refs);
  linear("keywords in a row", (n) => repeatTo("fixes #1 closes o/r#2 ", n), refs);
  linear("renderedText: link definitions", (n) => repeatTo("[a]: <\n", n), renderedText);
});

describe("YAML an outsider sends (notes front matter, a fork's roadmap)", () => {
  /** About 8 characters a key: 100 KB is 12,800 distinct keys in one mapping. */
  const manyKeys = (n: number) => Array.from({ length: Math.floor(n / 8) }, (_, i) => `k${i}: 1`).join("\n");
  linear("roadmap.yml with thousands of keys (yaml's uniqueKeys was quadratic)", manyKeys, (text) =>
    validateRoadmap(text, "roadmap/roadmap.yml"),
  );
  linear(
    "roadmap.yml with the same key thousands of times",
    (n) => repeatTo("k: 1\n", n),
    (text) => validateRoadmap(text, "roadmap/roadmap.yml"),
  );
  const topics = (bad: boolean, dup: boolean) => (n: number) => {
    let text = "title: R\nsections:\n  - id: s\n    title: S\n    topics:\n";
    for (let i = 0; text.length < n; i++) {
      text += `      - id: ${dup ? "t" : `t${i}`}\n        title: T${i}\n        priority: ${bad ? "nope" : "high"}\n        difficulty: easy\n        time: short\n${bad ? "        extra: 1\n" : ""}`;
    }
    return text;
  };
  linear("roadmap.yml with thousands of topics sharing one id", topics(false, true), (text) =>
    validateRoadmap(text, "roadmap/roadmap.yml"),
  );
  linear("roadmap.yml with thousands of invalid topics", topics(true, false), (text) =>
    validateRoadmap(text, "roadmap/roadmap.yml"),
  );
  // Front matter is refused past MAX_FRONT_MATTER_CHARS before parsing; the YAML reader it
  // shares with the roadmap is timed on its own.
  linear("the YAML reader on thousands of keys", manyKeys, (text) => parseYaml(text, "notes/redis/a.md"));
  linear(
    "front matter past 16 kB (100 KB of spaces in a value) is refused before parsing",
    (n) => `---\ntopic: a${" ".repeat(n)}b\n---\n`,
    (text) => parseFrontMatter(text, "notes/redis/a.md"),
  );
});

describe("the Markdown importer (issue 12, finding 13)", () => {
  // 100,000 spaces in a heading or a field took the old importer's regexes 19–25 s; the
  // importer now walks mdast's tree and scans fields by hand.
  linear(
    "spaces in a heading",
    (n) => `# Plan\n\n## Section\n\n### Topic${" ".repeat(n)}x\n\n- Priority: high\n`,
    (text) => importMarkdown(text),
  );
  linear(
    "spaces in a field",
    (n) =>
      `# Plan\n\n## Section\n\n### Topic\n\n- Estimated time:${" ".repeat(n)}2 weeks\n- Priority: hi${" ".repeat(n)}x\n`,
    (text) => importMarkdown(text),
  );
});

describe("sizes capped before parsing", () => {
  it("a front matter past 16 kB is one problem, and its YAML is never read", () => {
    const text = `---\ntopic: ${"x".repeat(MAX_FRONT_MATTER_CHARS)}\n---\n`;
    expect(parseFrontMatter(text, "notes/redis/a.md")).toEqual({
      problems: [
        {
          file: "notes/redis/a.md",
          line: 2,
          column: 1,
          message: "the front matter is longer than 16 kB: keep it to topic: and focus: lines",
        },
      ],
    });
  });

  it("a fork's roadmap past 1 MB is refused before YAML sees it", () => {
    const result = validateRoadmap(`title: ${"x".repeat(MAX_ROADMAP_BYTES)}\n`, "roadmap/roadmap.yml");
    expect(result.ok).toBe(false);
    expect(result.problems[0]!.message).toMatch(/more than the 1.0 MB a roadmap may have/);
  });
});
