import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "../../helpers/cli.js";

const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("roadmap import", () => {
  it("prints the seed as the committed roadmap YAML and reports the mojibake repair", async () => {
    const { code, stdout, stderr } = await runCli(["import", "tests/fixtures/seed-roadmap.md"]);
    expect(code).toBe(0);
    expect(stdout).toBe(readFileSync(join(ROOT, "roadmap/roadmap.yml"), "utf8"));
    expect(stderr).toBe(
      'tests/fixtures/seed-roadmap.md: repaired Mac Roman mojibake (UTF-8 read as Mac Roman, e.g. "‚Üí" for →) on 18 lines: 9, 14, 19, 41, 53, 71, 75, 93, …\n',
    );
  });

  it("prints warnings on stderr, each with file and line, and still exits 0", async () => {
    const { code, stdout, stderr } = await runCli(["import", "tests/fixtures/other-roadmap.md"]);
    expect(code).toBe(0);
    expect(stdout.startsWith("# yaml-language-server: $schema=./schema.json\n")).toBe(true);
    const lines = stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(10);
    expect(lines[1]).toBe(
      'tests/fixtures/other-roadmap.md: warning: line 15: "Concurrency" has no priority; using medium',
    );
  });

  it("fails with one line when the file has no topics or does not exist", async () => {
    const dir = mkdtempSync(join(tmpdir(), "roadmap-import-"));
    temporary.push(dir);
    writeFileSync(join(dir, "empty.md"), "# Title only\n");
    expect(await runCli(["import", "empty.md"], { cwd: dir })).toEqual({
      code: 1,
      stdout: "",
      stderr: 'roadmap import: no topics found: expected "## Section" and "### Topic" headings\n',
    });
    expect(await runCli(["import", "missing.md"], { cwd: dir })).toEqual({
      code: 1,
      stdout: "",
      stderr: "roadmap import: cannot read missing.md: no such file\n",
    });
  });

  it("is a usage error without exactly one file", async () => {
    const { code, stderr } = await runCli(["import"]);
    expect(code).toBe(2);
    expect(stderr).toBe("roadmap import: usage: roadmap import <file.md> > roadmap/roadmap.yml\n");
  });
});
