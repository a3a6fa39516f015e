import { describe, expect, it } from "vitest";
import { escapeData, escapeProperty, inGitHubActions, problemAnnotation } from "../../cli/annotations.js";

describe("GitHub Actions annotations", () => {
  it("escapes % CR LF in the message, and also : and , in properties", () => {
    expect(escapeData("50% done\r\nnext: a, b")).toBe("50%25 done%0D%0Anext: a, b");
    expect(escapeProperty("C:\\x,y%\n")).toBe("C%3A\\x%2Cy%25%0A");
  });

  it("formats a problem as an error workflow command", () => {
    const problem = {
      file: "road,map/r:1.yml",
      line: 3,
      column: 7,
      message: 'unknown key "a": 100%\nsee docs',
    };
    expect(problemAnnotation(problem)).toBe(
      '::error file=road%2Cmap/r%3A1.yml,line=3,col=7,title=Invalid roadmap::unknown key "a": 100%25%0Asee docs',
    );
    expect(problemAnnotation(problem, "Roadmap: invalid")).toContain(",title=Roadmap%3A invalid::");
  });

  it("is on only when GITHUB_ACTIONS is exactly true", () => {
    expect(inGitHubActions({ GITHUB_ACTIONS: "true" })).toBe(true);
    expect(inGitHubActions({ GITHUB_ACTIONS: "1" })).toBe(false);
    expect(inGitHubActions({})).toBe(false);
  });
});
