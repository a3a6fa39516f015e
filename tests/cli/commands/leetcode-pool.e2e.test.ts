import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parsePool } from "../../../core/daily/pool.js";
import { fakeCli } from "../../helpers/cli.js";

const source = {
  source: "neetcode-gh/leetcode (MIT License, Copyright (c) 2022 neetcode-gh)",
  count: 3,
  problems: [
    {
      id: 49,
      title: "Group Anagrams",
      slug: "group-anagrams",
      difficulty: "Medium",
      pattern: "Arrays & Hashing",
      premium: false,
    },
    {
      id: 1,
      title: "Two Sum",
      slug: "two-sum",
      difficulty: "Easy",
      pattern: "Arrays & Hashing",
      premium: false,
    },
    { id: 15, title: "3Sum", slug: "3sum", difficulty: "Medium", pattern: "Two Pointers", premium: false },
  ],
};

describe("roadmap leetcode-pool", () => {
  it("writes a valid pool with --write, prints it without", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pool-"));
    writeFileSync(join(dir, "problems.json"), JSON.stringify(source));
    const printed = fakeCli({ cwd: dir });
    expect(await printed.run("leetcode-pool", "--from", "problems.json")).toBe(0);
    expect(parsePool(printed.out()).problems.map((p) => p.slug)).toEqual(["group-anagrams", "3sum"]);

    const written = fakeCli({ cwd: dir });
    expect(
      await written.run("leetcode-pool", "--from", "problems.json", "--out", "pool.yml", "--write"),
    ).toBe(0);
    expect(written.out()).toBe("wrote pool.yml: 2 problems (left out: 0 premium, 0 JavaScript exercises)\n");
    expect(readFileSync(join(dir, "pool.yml"), "utf8")).toBe(printed.out());
  });

  it("reads the committed problem list by default and rebuilds roadmap/leetcode.yml as committed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pool-"));
    mkdirSync(join(dir, "tests/fixtures"), { recursive: true });
    copyFileSync(
      new URL("../../fixtures/leetcode-problems.json", import.meta.url),
      join(dir, "tests/fixtures/leetcode-problems.json"),
    );
    const printed = fakeCli({ cwd: dir });
    expect(await printed.run("leetcode-pool")).toBe(0);
    expect(printed.out()).toBe(
      readFileSync(new URL("../../../roadmap/leetcode.yml", import.meta.url), "utf8"),
    );
  });

  it("rejects unknown options and a missing file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pool-"));
    const bad = fakeCli({ cwd: dir });
    expect(await bad.run("leetcode-pool", "--difficulty", "extreme")).toBe(2);
    expect(bad.err()).toContain("--difficulty is easy, medium or hard");
    const unknown = fakeCli({ cwd: dir });
    expect(await unknown.run("leetcode-pool", "--form", "x.json")).toBe(2);
    expect(unknown.err()).toContain("[--from <json> (default: tests/fixtures/leetcode-problems.json)]");
    const missing = fakeCli({ cwd: dir });
    expect(await missing.run("leetcode-pool", "--from", "nope.json")).toBe(1);
    expect(missing.err()).toMatch(/cannot read .*nope\.json/);
  });
});
