// `roadmap import` through the CLI's dispatcher: stdout, stderr, exit codes and --out.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "../../helpers/cli.js";
import { withoutRequires } from "../../helpers/seed.js";

const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), "roadmap-import-"));
  temporary.push(dir);
  return dir;
}

// The seed as the Markdown holds it: its hand-added `requires:` lists are not in the Markdown.
const seedYaml = withoutRequires(readFileSync(join(ROOT, "tests/fixtures/seed-roadmap.yml"), "utf8"));
const seedMarkdown = readFileSync(join(ROOT, "tests/fixtures/seed-roadmap.md"), "utf8");

describe("roadmap import", () => {
  it("prints the seed as its roadmap YAML, reports the mojibake repair and one summary line", async () => {
    const { code, stdout, stderr } = await runCli(["import", "tests/fixtures/seed-roadmap.md"]);
    expect(code).toBe(0);
    expect(stdout).toBe(seedYaml);
    expect(stderr).toBe(
      'tests/fixtures/seed-roadmap.md: repaired Mac Roman mojibake (UTF-8 read as Mac Roman, e.g. "‚Üí" for →) on 18 lines: 9, 14, 19, 41, 53, 71, 75, 93, …\n' +
        "tests/fixtures/seed-roadmap.md: imported 10 sections, 27 topics, 93 focus items; every line understood\n",
    );
  });

  it("prints warnings on stderr, each with file and line, grouped defaults, and still exits 0", async () => {
    const { code, stdout, stderr } = await runCli(["import", "tests/fixtures/other-roadmap.md"]);
    expect(code).toBe(0);
    expect(stdout.startsWith("# yaml-language-server: $schema=./schema.json\n")).toBe(true);
    expect(stderr.trimEnd().split("\n")).toEqual([
      'tests/fixtures/other-roadmap.md: warning: line 28: "Profiling": difficulty range "hard to easy" runs backwards; read as easy → hard',
      'tests/fixtures/other-roadmap.md: warning: line 33: a topic has one checklist: the "Focus" items of "Profiling" were added to its scope',
      'tests/fixtures/other-roadmap.md: warning: line 38: section "Empty Section" has no topics; left out',
      "tests/fixtures/other-roadmap.md: warning: no priority on 1 topic: used medium (first: line 15)",
      "tests/fixtures/other-roadmap.md: imported 2 sections, 3 topics, 9 focus items (1 already done); every line understood",
    ]);
  });

  it("counts the lines it did not understand, naming the first", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "plan.md"), "# Plan\n\n## S\n\n### T\nLevel: easy\n\n```\ncode\nmore\n```\n");
    const { code, stderr } = await runCli(["import", "plan.md"], { cwd: dir });
    expect(code).toBe(0);
    expect(stderr).toContain(
      "plan.md: warning: left out what is not a section, topic, field or note: line 8 (code)\n",
    );
    expect(stderr.trimEnd().split("\n").at(-1)).toBe(
      "plan.md: imported 1 section, 1 topic, 0 focus items; 4 lines not understood (first: line 8)",
    );
  });

  it("fails with one line when the file has no topics or does not exist", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "empty.md"), "# Title only\n");
    expect(await runCli(["import", "empty.md"], { cwd: dir })).toEqual({
      code: 1,
      stdout: "",
      stderr:
        'roadmap import: empty.md: no topics found: expected "## Section" headings with "### Topic" headings, list items, checkboxes or table rows under them\n',
    });
    expect(await runCli(["import", "missing.md"], { cwd: dir })).toEqual({
      code: 1,
      stdout: "",
      stderr: "roadmap import: cannot read missing.md: no such file\n",
    });
  });

  it("is a usage error without exactly one file", async () => {
    const none = await runCli(["import"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(
      "roadmap import: usage: roadmap import <file.md> [--out <file.yml>] [--force]\n",
    );
    const two = await runCli(["import", "a.md", "b.md"]);
    expect(two.code).toBe(2);
    expect(two.stderr).toMatch(/^roadmap import: unexpected argument "b.md"/);
  });
});

describe("roadmap import --out", () => {
  it("writes the file and leaves no temporary file behind", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "seed.md"), seedMarkdown);
    const { code, stdout, stderr } = await runCli(["import", "seed.md", "--out", "roadmap.yml"], {
      cwd: dir,
    });
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(readFileSync(join(dir, "roadmap.yml"), "utf8")).toBe(seedYaml);
    expect(stderr.trimEnd().split("\n").at(-1)).toBe(
      "seed.md: imported 10 sections, 27 topics, 93 focus items; every line understood; wrote roadmap.yml",
    );
    expect(readdirSync(dir).sort()).toEqual(["roadmap.yml", "seed.md"]);
  });

  it("never truncates the existing file when the import fails", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "roadmap.yml"), seedYaml);
    writeFileSync(join(dir, "empty.md"), "# Nothing here\n");
    const { code } = await runCli(["import", "empty.md", "--out", "roadmap.yml"], { cwd: dir });
    expect(code).toBe(1);
    expect(readFileSync(join(dir, "roadmap.yml"), "utf8")).toBe(seedYaml);
    expect(readdirSync(dir).sort()).toEqual(["empty.md", "roadmap.yml"]);
  });

  it("says so in one line when the folder to write in does not exist", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "seed.md"), seedMarkdown);
    const { code, stderr } = await runCli(["import", "seed.md", "--out", "missing/roadmap.yml"], {
      cwd: dir,
    });
    expect(code).toBe(1);
    expect(stderr.trimEnd().split("\n").at(-1)).toBe(
      "roadmap import: cannot write missing/roadmap.yml: no such folder; nothing was written",
    );
    expect(readdirSync(dir)).toEqual(["seed.md"]);
  });

  it("refuses to replace a file that is not a roadmap unless forced", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "notes.yml"), "shopping: [milk]\n");
    writeFileSync(join(dir, "seed.md"), seedMarkdown);
    const refused = await runCli(["import", "seed.md", "--out", "notes.yml"], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /notes\.yml exists and is not a valid roadmap .*pass --force to replace it\n$/,
    );
    expect(readFileSync(join(dir, "notes.yml"), "utf8")).toBe("shopping: [milk]\n");
    const forced = await runCli(["import", "seed.md", "--out", "notes.yml", "--force"], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, "notes.yml"), "utf8")).toBe(seedYaml);
  });

  it("refuses to replace another roadmap (none of its topics imported) without --force", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "roadmap.yml"), seedYaml);
    writeFileSync(join(dir, "other.md"), "# Cooking\n\n## Basics\n\n### Knife skills\n- dicing\n");
    const refused = await runCli(["import", "other.md", "--out", "roadmap.yml"], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /roadmap\.yml holds another roadmap: none of its 27 topics is in other\.md, so a sync would close every one of their issues; left untouched: pass --force to replace it\n$/,
    );
    expect(readFileSync(join(dir, "roadmap.yml"), "utf8")).toBe(seedYaml);
    const forced = await runCli(["import", "other.md", "--out", "roadmap.yml", "--force"], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, "roadmap.yml"), "utf8")).toContain("Knife skills");
  });

  it("onto an existing roadmap keeps renamed topics' ids and names the topics a sync would close", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "roadmap.yml"), seedYaml);
    const edited = seedMarkdown
      // Renamed, same focus list.
      .replace("### PostgreSQL", "### Postgres Internals")
      // Renamed to a similar title, with a new checklist.
      .replace("### Docker Compose\n", "### Docker Compose v2\n")
      .replace("local orchestration for backend services", "compose watch, profiles")
      // Removed.
      .replace(/### RabbitMQ\n(?:- .*\n)+\n/, "");
    writeFileSync(join(dir, "edited.md"), edited);
    const { code, stderr } = await runCli(["import", "edited.md", "--out", "roadmap.yml"], { cwd: dir });
    expect(code).toBe(0);
    expect(stderr).toContain(
      'roadmap.yml: kept id "postgresql" for "Postgres Internals" (was "PostgreSQL"; same checklist)\n',
    );
    expect(stderr).toContain(
      'roadmap.yml: kept id "docker-compose" for "Docker Compose v2" (was "Docker Compose"; similar title)\n',
    );
    expect(stderr).toContain(
      'roadmap.yml: a sync would close the issues of 1 topic no longer in the roadmap: rabbitmq ("RabbitMQ")\n',
    );
    const written = readFileSync(join(dir, "roadmap.yml"), "utf8");
    expect(written).toContain("      - id: postgresql\n        title: Postgres Internals\n");
    expect(written).toContain("      - id: docker-compose\n        title: Docker Compose v2\n");
    expect(written).not.toContain("postgres-internals");
    expect(written).not.toContain("id: rabbitmq");
  });
});
