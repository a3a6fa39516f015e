import { describe, expect, it } from "vitest";
import { actionRef, githubRepository, majorTag } from "../../../core/scaffold/action-ref.js";

describe("actionRef: the published Action a scaffolded workflow uses", () => {
  it.each([
    "https://github.com/roadmap-ops/roadmap-ops.git",
    "git+https://github.com/roadmap-ops/roadmap-ops.git",
    "git@github.com:roadmap-ops/roadmap-ops.git",
    "github:roadmap-ops/roadmap-ops",
    "roadmap-ops/roadmap-ops",
    "https://github.com/roadmap-ops/roadmap-ops/",
  ])("reads owner/repo from %s", (url) => {
    expect(githubRepository({ type: "git", url } as never)).toEqual({
      owner: "roadmap-ops",
      repo: "roadmap-ops",
    });
    expect(githubRepository(url)).toEqual({ owner: "roadmap-ops", repo: "roadmap-ops" });
  });

  it("keeps dots in a repository name", () => {
    expect(githubRepository("https://github.com/me/my.roadmap.git")).toEqual({
      owner: "me",
      repo: "my.roadmap",
    });
  });

  it.each([undefined, { url: "https://gitlab.com/a/b.git" }, "not a url", { type: "git" }])(
    "refuses %j: a workflow cannot use an Action that is not on GitHub",
    (repository) => {
      expect(() => githubRepository(repository as never)).toThrow(/package\.json's "repository"/);
    },
  );

  it("uses the major tag of the package version", () => {
    expect(majorTag("1.4.2")).toBe("v1");
    expect(majorTag("0.1.0")).toBe("v0");
    expect(majorTag("12.0.0-rc.1")).toBe("v12");
    expect(() => majorTag("next")).toThrow(/semver/);
    expect(actionRef({ repository: "https://github.com/o/r.git", version: "2.0.1" })).toBe("o/r/action@v2");
  });
});
