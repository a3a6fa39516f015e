import { describe, expect, it } from "vitest";
import { renderHeader } from "../../../core/readme/header.js";
import { ReadmeMarkerError, replaceHeader } from "../../../core/readme/readme-region.js";
import { smallRoadmap } from "../../helpers/roadmaps.js";

const roadmap = smallRoadmap((input) => {
  input.title = "My *own* roadmap";
  input.intro = "Learning with @mentor.\nSecond line <!-- not a comment -->";
});

describe("the README header", () => {
  it("is the roadmap's title as the heading and its intro under it, mentions and comments defused", () => {
    expect(renderHeader(roadmap)).toBe(
      "# My \\*own\\* roadmap\n\nLearning with @\u200dmentor.\nSecond line &lt;!-- not a comment -->",
    );
  });

  it("is drawn between the header markers only, with the README's own line endings", () => {
    const readme =
      "<!-- roadmap:header:start -->\r\n# Someone else's roadmap\r\n<!-- roadmap:header:end -->\r\nMine.\r\n";
    expect(replaceHeader(readme, "# Title\n\nIntro")).toBe(
      "<!-- roadmap:header:start -->\r\n# Title\r\n\r\nIntro\r\n<!-- roadmap:header:end -->\r\nMine.\r\n",
    );
  });

  it("leaves a README without header markers as it is", () => {
    const readme = "# Hand-written title\n\n<!-- roadmap:start -->\n<!-- roadmap:end -->\n";
    expect(replaceHeader(readme, "# Title")).toBe(readme);
  });

  it("refuses a header with one marker only, naming the lines", () => {
    expect(() => replaceHeader("x\n<!-- roadmap:header:start -->\n", "# T")).toThrow(ReadmeMarkerError);
    expect(() => replaceHeader("x\n<!-- roadmap:header:start -->\n", "# T")).toThrow(/on line 2, .* missing/);
  });
});
