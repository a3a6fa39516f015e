// renderedText against micromark (mdast-util-from-markdown), which is exact but not linear:
// on ordinary bodies both must find the same closing references; where they differ, ours
// may only find fewer (see core/text/rendered-text.ts).
import { fromMarkdown } from "mdast-util-from-markdown";
import { describe, expect, it } from "vitest";
import { closingRefs } from "../../../core/notes/closing-refs.js";
import { MAX_BODY_CHARS, renderedText } from "../../../core/text/rendered-text.js";
import { REPO } from "../../helpers/github.js";

/** The text micromark renders: text nodes only (not code, HTML, definitions, link URLs or titles). */
function micromarkText(markdown: string): string {
  const out: string[] = [];
  const walk = (node: { type: string; value?: string; children?: unknown[] }) => {
    if (node.type === "text") out.push(node.value ?? "");
    if (node.type === "paragraph" || node.type === "heading") out.push("\n");
    for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
  };
  walk(fromMarkdown(markdown) as never);
  return out.join("");
}

const BODIES = [
  "Completes #3",
  "Closes #4 and completes #5.\n\nThanks!",
  "<!-- Completes #1 -->\nCompletes #2",
  "```\nCompletes #1\n```\nCompletes #2",
  "~~~~\nCompletes #1\n~~~\nstill code\n~~~~\nCompletes #2",
  "Use `Completes #1` to say so. Completes #2",
  "``Completes ` #1`` Completes #2",
  '[x]: https://example.com "Completes #1"\n\nCompletes #2',
  "[x]: https://example.com\n  'Completes #1'\n\nCompletes #2",
  '[link](https://example.com "Completes #1") Completes #2',
  '<a title="Completes #1">Completes #2</a>',
  "    Completes #1\n\nCompletes #2",
  "- Completes #2\n- fixes #3",
  "> Completes #2",
  "# Completes #2",
  "Completes octo-learner/roadmap#2 and https://github.com/octo-learner/roadmap/issues/3",
];

describe("renderedText", () => {
  it.each(BODIES)("finds the references micromark's rendered text has: %j", (body) => {
    expect(closingRefs(renderedText(body), REPO)).toEqual(closingRefs(micromarkText(body), REPO));
  });

  it("drops code, comments, tags, definitions and link destinations", () => {
    const text = renderedText(
      ["a `code` b", "<!-- c -->", "```", "fenced", "```", "[d]: /u", "e <span x='y'>f</span> [g](h)"].join(
        "\n",
      ),
    );
    expect(text).not.toMatch(/code|fenced|\/u|x='y'|\(h\)/);
    expect(text).toMatch(/a\s+b/);
    expect(text).toContain("f");
    expect(text).toContain("[g] ");
  });

  it("reads at most what GitHub keeps of a body", () => {
    const body = `${"x ".repeat(MAX_BODY_CHARS / 2)}Completes #9`;
    expect(closingRefs(body, REPO).completes).toEqual([]);
  });
});
