import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../cli/main.js";
import { parsePool } from "../../core/daily/pool.js";

function io(cwd: string) {
  const out = { stdout: "", stderr: "" };
  return {
    out,
    io: {
      stdout: (t: string) => void (out.stdout += t),
      stderr: (t: string) => void (out.stderr += t),
      cwd,
      env: {},
    },
  };
}

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
    const printed = io(dir);
    expect(await main(["leetcode-pool", "--from", "problems.json"], printed.io)).toBe(0);
    expect(parsePool(printed.out.stdout).problems.map((p) => p.slug)).toEqual(["group-anagrams", "3sum"]);

    const written = io(dir);
    expect(
      await main(["leetcode-pool", "--from", "problems.json", "--out", "pool.yml", "--write"], written.io),
    ).toBe(0);
    expect(written.out.stdout).toBe(
      "wrote pool.yml: 2 problems (left out: 0 premium, 0 JavaScript exercises)\n",
    );
    expect(readFileSync(join(dir, "pool.yml"), "utf8")).toBe(printed.out.stdout);
  });

  it("reads the committed problem list by default and rebuilds roadmap/leetcode.yml as committed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pool-"));
    mkdirSync(join(dir, "tests/fixtures"), { recursive: true });
    copyFileSync(
      new URL("../fixtures/leetcode-problems.json", import.meta.url),
      join(dir, "tests/fixtures/leetcode-problems.json"),
    );
    const printed = io(dir);
    expect(await main(["leetcode-pool"], printed.io)).toBe(0);
    expect(printed.out.stdout).toBe(
      readFileSync(new URL("../../roadmap/leetcode.yml", import.meta.url), "utf8"),
    );
  });

  it("rejects unknown options and a missing file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pool-"));
    const bad = io(dir);
    expect(await main(["leetcode-pool", "--difficulty", "extreme"], bad.io)).toBe(2);
    expect(bad.out.stderr).toContain("--difficulty is easy, medium or hard");
    const unknown = io(dir);
    expect(await main(["leetcode-pool", "--form", "x.json"], unknown.io)).toBe(2);
    expect(unknown.out.stderr).toContain("[--from <json> (default: tests/fixtures/leetcode-problems.json)]");
    const missing = io(dir);
    expect(await main(["leetcode-pool", "--from", "nope.json"], missing.io)).toBe(1);
    expect(missing.out.stderr).toMatch(/cannot read .*nope\.json/);
  });
});
