// `roadmap doctor --offline` on a repository `roadmap init` made, then with each thing it
// checks broken in turn: ✓ or ✗ per check, the fix under each ✗, exit 1 on any ✗.
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "../../helpers/cli.js";

const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function scaffolded(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "roadmap-doctor-"));
  temporary.push(dir);
  expect((await runCli(["init"], { cwd: dir })).code).toBe(0);
  return dir;
}

const edit = (dir: string, path: string, change: (text: string) => string) =>
  writeFileSync(join(dir, path), change(readFileSync(join(dir, path), "utf8")));

describe("roadmap doctor --offline", () => {
  it("passes every check on a freshly scaffolded repository", async () => {
    const dir = await scaffolded();
    const { code, stdout, stderr } = await runCli(["doctor", "--offline"], { cwd: dir });
    expect(stderr).toBe("");
    expect(stdout).toBe(
      [
        "✓ roadmap/roadmap.yml is valid",
        "✓ README.md has the <!-- roadmap:start --> and <!-- roadmap:end --> lines",
        "✓ roadmap/schema.json is current",
        `✓ the Action's roadmap/leetcode.yml has 267 medium problems for "LeetCode (1 problem/day)"`,
        '✓ .github/workflows/roadmap.yml: jobs "roadmap", "notes" run the Action with contents and issues: write',
        "",
        "all 5 checks passed",
        "",
      ].join("\n"),
    );
    expect(code).toBe(0);
    // DIR instead of the working directory gives the same answer.
    expect(await runCli(["doctor", "--offline", dir], { cwd: ROOT })).toEqual({ code, stdout, stderr });
  });

  it("fails with the fix for each broken part", async () => {
    const dir = await scaffolded();
    edit(dir, "README.md", (text) => text.replace("<!-- roadmap:end -->\n", ""));
    edit(dir, "roadmap/schema.json", (text) => text.replace('"title"', '"old-title"'));
    edit(dir, "roadmap/roadmap.yml", (text) =>
      text.replace(
        "practice: { site: leetcode, difficulty: medium",
        "practice: { site: leetcode, difficulty: hard",
      ),
    );
    edit(dir, ".github/workflows/roadmap.yml", (text) =>
      text.replace("      issues: write # topic issues, labels, the daily comment\n", ""),
    );
    const { code, stdout } = await runCli(["doctor", "--offline"], { cwd: dir });
    expect(code).toBe(1);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe("✓ roadmap/roadmap.yml is valid");
    expect(stdout).toMatch(
      /^✗ README\.md has no progress block \(found: <!-- roadmap:start --> on line \d+, <!-- roadmap:end --> missing\)\n {4}fix: put the two lines/m,
    );
    expect(stdout).toMatch(/^✗ roadmap\/schema\.json is stale .*\n {4}fix: run `roadmap schema --write`$/m);
    expect(stdout).toMatch(
      /^✗ the Action's roadmap\/leetcode\.yml has no hard problems, the daily difficulty of "LeetCode \(1 problem\/day\)"\n {4}fix: build a pool with them, in the roadmap-ops clone: `npx roadmap leetcode-pool --difficulty hard --out <your repo>\/roadmap\/leetcode\.yml --write`/m,
    );
    expect(stdout).toMatch(
      /^✗ \.github\/workflows\/roadmap\.yml: job "roadmap" runs the Action without issues: write\n {4}fix: give the job permissions:/m,
    );
    expect(stdout.trimEnd().endsWith("4 of 5 checks failed")).toBe(true);
  });

  it("uses the repository's own pool when it has one, and lists an invalid roadmap's problems", async () => {
    const dir = await scaffolded();
    writeFileSync(
      join(dir, "roadmap/leetcode.yml"),
      "problems:\n  - { id: 1, title: Two Sum, slug: two-sum, difficulty: Easy, pattern: Arrays }\n",
    );
    edit(dir, "roadmap/roadmap.yml", (text) =>
      text.replace("difficulty: medium, source: pool", "difficulty: easy, source: pool"),
    );
    const good = await runCli(["doctor", "--offline"], { cwd: dir });
    expect(good.stdout).toContain(
      '✓ roadmap/leetcode.yml has 1 easy problems for "LeetCode (1 problem/day)"',
    );
    expect(good.code).toBe(0);

    edit(dir, "roadmap/roadmap.yml", (text) => text.replace("id: git", "id: Git Basics"));
    const bad = await runCli(["doctor", "--offline"], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(
      /^✗ roadmap\/roadmap\.yml is not valid \(1 problem\)\n {4}roadmap\/roadmap\.yml:\d+:\d+: .*\n {4}fix: /m,
    );
  });

  it("says when the workflow is missing", async () => {
    const dir = await scaffolded();
    unlinkSync(join(dir, ".github/workflows/roadmap.yml"));
    const { code, stdout } = await runCli(["doctor", "--offline"], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toContain("✗ no workflow in .github/workflows/ runs the roadmap-ops Action\n    fix: ");
  });

  it("needs --offline (the only checks there are)", async () => {
    const { code, stderr } = await runCli(["doctor"], { cwd: ROOT });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^roadmap doctor: --offline is required; usage: roadmap doctor --offline \[DIR\]/);
  });
});
