import { describe, expect, it } from "vitest";
import { majorTagOf, releaseNotes, versionOfTag } from "../../scripts/release-notes-render.js";

const CHANGELOG = `# Changelog

## [Unreleased]

### Added

- Next thing.

## [1.2.0] - 2026-03-01

### Fixed

- A bug.

## [1.1.0] - 2026-02-01

- Old.

[1.2.0]: https://example.com
`;

describe("release notes", () => {
  it("is the version's section, without its heading or the next one", () => {
    expect(releaseNotes(CHANGELOG, "1.2.0")).toBe("### Fixed\n\n- A bug.\n");
    expect(releaseNotes(CHANGELOG, "1.1.0")).toBe("- Old.\n");
  });

  it("fails for a version without a section, or an empty one", () => {
    expect(() => releaseNotes(CHANGELOG, "1.3.0")).toThrow(/no "## \[1\.3\.0\]/);
    expect(() => releaseNotes(CHANGELOG, "1.2")).toThrow(/no "## \[1\.2\]/);
    expect(() => releaseNotes("## [2.0.0] - 2026-04-01\n\n## [1.0.0]\n- x\n", "2.0.0")).toThrow(/empty/);
  });

  it("reads versions from v-tags only", () => {
    expect(versionOfTag("v1.2.0")).toBe("1.2.0");
    expect(versionOfTag("v2.0.0-rc.1")).toBe("2.0.0-rc.1");
    for (const tag of ["1.2.0", "v1.2", "v1.2.0; rm -rf /", "v1"])
      expect(() => versionOfTag(tag)).toThrow(/is not v/);
  });

  it("moves the major tag for releases, not for prereleases", () => {
    expect(majorTagOf("1.2.0")).toBe("v1");
    expect(majorTagOf("0.1.0")).toBe("v0");
    expect(majorTagOf("2.0.0-rc.1")).toBeUndefined();
  });
});
