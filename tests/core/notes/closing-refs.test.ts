import { describe, expect, it } from "vitest";
import { closingRefs } from "../../../core/notes/closing-refs.js";
import { REPO } from "../../helpers/github.js";

describe("closingRefs", () => {
  it("reads every GitHub closing keyword, in any case, with an optional colon", () => {
    const keywords = [
      "close",
      "closes",
      "closed",
      "fix",
      "fixes",
      "fixed",
      "resolve",
      "resolves",
      "resolved",
    ];
    const body = keywords
      .map(
        (keyword, index) =>
          `${index % 2 ? keyword.toUpperCase() : keyword}${index === 3 ? ":" : ""} #${index + 1}`,
      )
      .join("\n");
    expect(closingRefs(body, REPO)).toEqual({ closes: [1, 2, 3, 4, 5, 6, 7, 8, 9], completes: [] });
  });

  it("reads Completes / Complete as the roadmap's own keyword, in any case, with an optional colon", () => {
    expect(closingRefs("Completes #12. complete #13, COMPLETES: #14", REPO)).toEqual({
      closes: [],
      completes: [12, 13, 14],
    });
  });

  it('does not read prose like "I completed #3 last week" as completing #3', () => {
    expect(
      closingRefs(
        "I completed #3 last week. Completed: #4, completed https://github.com/octo-learner/roadmap/issues/5",
        REPO,
      ),
    ).toEqual({
      closes: [],
      completes: [],
    });
  });

  it("accepts owner/repo#N and issue URLs of this repository only", () => {
    const body = [
      "Closes octo-learner/roadmap#3",
      "Closes someone/else#4",
      "Completes https://github.com/Octo-Learner/Roadmap/issues/5",
      "Completes https://github.com/someone/else/issues/6",
    ].join("\n");
    expect(closingRefs(body, REPO)).toEqual({ closes: [3], completes: [5] });
  });

  it("ignores keywords in HTML comments, code blocks and code spans, and words that only contain a keyword", () => {
    const body = [
      "<!-- Completes #1 -->",
      "```",
      "Closes #2",
      "```",
      "`Fixes #3`",
      "unfixed #4, prefixes #5, Closes #6x",
      "<!-- an unclosed comment Completes #7",
    ].join("\n");
    expect(closingRefs(body, REPO)).toEqual({ closes: [], completes: [] });
  });

  it("lists an issue named by both kinds once, as closed by GitHub", () => {
    expect(closingRefs("Completes #8\nCloses #8", REPO)).toEqual({ closes: [8], completes: [] });
    expect(closingRefs(null, REPO)).toEqual({ closes: [], completes: [] });
  });
});
