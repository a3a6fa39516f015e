// The README use case against the in-repo GitHub double: the block and the chart
// committed once, the header drawn from the roadmap when the README has its markers,
// and a second run writes nothing.
import { afterEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../../core/github/client.js";
import { updateReadme } from "../../../core/readme/update-readme.js";
import { interceptActionRoutes } from "../../helpers/action.js";
import { FakeGitHub } from "../../helpers/fake-github.js";
import { REPO, testGitHub, trackUnmatched } from "../../helpers/github.js";
import { smallRoadmap } from "../../helpers/roadmaps.js";

const unmatched = trackUnmatched();
afterEach(() => expect(unmatched.unmatched).toEqual([]));

const roadmap = smallRoadmap((input) => {
  input.title = "Ada's roadmap";
  input.intro = "Backend first.";
});

function run() {
  return updateReadme(
    { github: testGitHub(), repo: REPO, log: silentLogger },
    {
      roadmap,
      roadmapPath: "roadmap/roadmap.yml",
      readmePath: "README.md",
      repoUrl: "https://github.com/octo-learner/roadmap",
      issues: [],
      dailyHistory: async () => [],
      today: "2026-12-04",
    },
  );
}

describe("updateReadme", () => {
  it("draws the header from the roadmap's title and intro, keeps the learner's text, then writes nothing", async () => {
    const fake = new FakeGitHub();
    fake.intercept();
    interceptActionRoutes(fake);
    fake.files.set(
      "README.md",
      "<!-- roadmap:header:start -->\n# Template author's roadmap\n<!-- roadmap:header:end -->\n\nMy words.\n\n<!-- roadmap:start -->\n<!-- roadmap:end -->\n",
    );
    const first = await run();
    expect(first).toMatchObject({ changed: true, progress: 0 });
    const readme = fake.files.get("README.md")!;
    expect(
      readme.startsWith(
        "<!-- roadmap:header:start -->\n# Ada's roadmap\n\nBackend first.\n<!-- roadmap:header:end -->\n\nMy words.\n",
      ),
    ).toBe(true);
    expect(readme).toContain("| Redis |");
    expect(fake.writes.map((request) => `${request.method} ${request.path}`)).toEqual([
      "PUT /repos/octo-learner/roadmap/contents/roadmap/progress.svg",
      "PUT /repos/octo-learner/roadmap/contents/README.md",
    ]);

    const writes = fake.writes.length;
    expect(await run()).toMatchObject({ changed: false });
    expect(fake.writes).toHaveLength(writes);
  });
});
