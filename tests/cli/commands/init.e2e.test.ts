// `roadmap init` from the outside: a stranger's empty directory in, a repository that
// validates, renders and lints out; nothing overwritten without --force, nothing written
// for a roadmap that does not validate.
import { execFile } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { roadmapJsonSchemaText } from "../../../core/model/json-schema.js";
import { ROOT, runCli } from "../../helpers/cli.js";

const FIXTURE = join(ROOT, "tests/fixtures/other-roadmap.md");
const FILES = [
  ".github/pull_request_template.md",
  ".github/workflows/roadmap.yml",
  "README.md",
  "notes/README.md",
  "roadmap/roadmap.yml",
  "roadmap/schema.json",
];

const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "roadmap-init-"));
  temporary.push(dir);
  return dir;
}

function filesUnder(dir: string): string[] {
  const found: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else found.push(relative(dir, path).split("\\").join("/"));
    }
  };
  if (existsSync(dir)) walk(dir);
  return found.sort();
}

const VERSION_MAJOR = `v${(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version.split(".")[0]}`;

describe("roadmap init", () => {
  it("imports a Markdown plan into a new directory: every file, valid, rendered, next steps last", async () => {
    const parent = tempDir();
    const { code, stdout, stderr } = await runCli(["init", "mine", "--from", FIXTURE], { cwd: parent });
    expect(code).toBe(0);
    const dir = join(parent, "mine");
    expect(filesUnder(dir)).toEqual(FILES);

    // The roadmap is exactly what `roadmap import` prints, and its warnings are shown.
    const imported = await runCli(["import", FIXTURE], { cwd: parent });
    expect(readFileSync(join(dir, "roadmap/roadmap.yml"), "utf8")).toBe(imported.stdout);
    expect(stderr).toBe(imported.stderr);
    expect(stderr).toMatch(/warning: line \d+/);

    expect(readFileSync(join(dir, "roadmap/schema.json"), "utf8")).toBe(roadmapJsonSchemaText());
    const readme = readFileSync(join(dir, "README.md"), "utf8");
    expect(readme).toMatch(
      /^<!-- roadmap:header:start -->\n# Go & Systems Study Plan\n\nA plan written in a hurry/,
    );
    const workflow = readFileSync(join(dir, ".github/workflows/roadmap.yml"), "utf8");
    expect(workflow).toContain(`uses: roadmap-ops/roadmap-ops/action@${VERSION_MAJOR}\n`);
    expect(workflow).not.toContain("./action");

    // The new repository passes the project's own checks.
    expect((await runCli(["validate"], { cwd: dir })).code).toBe(0);
    expect(await runCli(["render", "--check"], { cwd: dir })).toEqual({ code: 0, stdout: "", stderr: "" });
    expect((await runCli(["schema", "--check"], { cwd: dir })).code).toBe(0);

    expect(stdout).toContain("wrote mine/roadmap/roadmap.yml\n");
    expect(stdout).toContain("mine/roadmap/roadmap.yml: 2 sections, 3 topics.");
    const steps = stdout.slice(stdout.indexOf("Next steps:"));
    expect(steps).toMatch(/1\. Push it[\s\S]*cd mine && git init -b main/);
    expect(steps).toMatch(/2\. On GitHub, Settings → Actions → General[\s\S]*Read and write permissions/);
    expect(steps).toMatch(
      /3\. Run the workflow once: Actions tab → Roadmap → Run workflow[\s\S]*push: paths/,
    );
    expect(stdout.trimEnd().endsWith("fetch an unrelated npm package named roadmap).")).toBe(true);
    expect(stdout).toContain("fills the README.");
  });

  it("writes the starter roadmap into the working directory without --from", async () => {
    const dir = tempDir();
    const { code, stdout, stderr } = await runCli(["init"], { cwd: dir });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(filesUnder(dir)).toEqual(FILES);
    expect(stdout).toContain("roadmap/roadmap.yml: 3 sections, 4 topics (2 topics, 1 practice, 1 project).");
    expect(stdout).not.toContain("cd ");
    expect((await runCli(["validate"], { cwd: dir })).code).toBe(0);
    expect((await runCli(["render", "--check"], { cwd: dir })).code).toBe(0);
  });

  it("keeps existing files and names them; their roadmap makes the other files; --force overwrites", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "roadmap"));
    const mine = readFileSync(join(ROOT, "tests/fixtures/valid/minimal.yml"), "utf8");
    writeFileSync(join(dir, "roadmap/roadmap.yml"), mine);
    writeFileSync(join(dir, "README.md"), "# My own README\n");

    const first = await runCli(["init", "--from", FIXTURE], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stderr).toBe(
      "roadmap/roadmap.yml exists: kept, --from ignored (use --force to replace it with the import)\n",
    );
    expect(first.stdout).toContain("kept roadmap/roadmap.yml (already there; --force overwrites it)\n");
    expect(first.stdout).toContain("kept README.md (already there; --force overwrites it)\n");
    // Doctor's findings on the result come before the next steps.
    expect(first.stdout).toMatch(
      /Before you push:\n✗ README\.md has no progress block \(found: <!-- roadmap:start --> missing, <!-- roadmap:end --> missing\)\n {4}fix: put the two lines/,
    );
    expect(first.stdout.indexOf("Before you push:")).toBeLessThan(first.stdout.indexOf("Next steps:"));
    expect(first.stdout).not.toContain("wrote README.md");
    expect(readFileSync(join(dir, "roadmap/roadmap.yml"), "utf8")).toBe(mine);
    expect(readFileSync(join(dir, "README.md"), "utf8")).toBe("# My own README\n");
    // The notes example comes from the kept roadmap, not from the ignored import.
    expect(readFileSync(join(dir, "notes/README.md"), "utf8")).toContain("notes/redis/");
    expect(filesUnder(dir)).toEqual(FILES);

    const again = await runCli(["init"], { cwd: dir });
    expect(again.stdout).not.toContain("wrote ");
    expect(again.stdout.match(/^kept /gm)).toHaveLength(FILES.length);

    const forced = await runCli(["init", "--from", FIXTURE, "--force"], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(forced.stdout).not.toContain("kept ");
    expect(readFileSync(join(dir, "README.md"), "utf8")).toMatch(
      /^<!-- roadmap:header:start -->\n# Go & Systems Study Plan\n/,
    );
    expect(readFileSync(join(dir, "roadmap/roadmap.yml"), "utf8")).toContain(
      "title: Go & Systems Study Plan",
    );
  });

  it("says before the next steps when the daily difficulty has no problems in the Action's pool", async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, "plan.md"),
      "# Plan\n\n## Daily\n\n### LeetCode\n- **Priority:** high\n- **Difficulty:** Hard\n- **Time:** short\n\n## Core\n\n### Redis\n- **Priority:** high\n- **Difficulty:** easy\n- **Time:** short\n",
    );
    const { code, stdout } = await runCli(["init", "out", "--from", "plan.md"], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /\nBefore you push:\n✗ the Action's roadmap\/leetcode\.yml has no hard problems, the daily difficulty of "LeetCode"\n {4}fix: .*leetcode-pool --difficulty hard/,
    );
  });

  it("writes nothing when the roadmap it would use does not validate", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "roadmap"));
    writeFileSync(
      join(dir, "roadmap/roadmap.yml"),
      "title: x\nsections:\n  - id: Bad Id\n    title: S\n    topics: []\n",
    );
    const { code, stdout, stderr } = await runCli(["init"], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^roadmap\/roadmap\.yml:3:\d+: /);
    expect(stderr).toMatch(
      /roadmap\/roadmap\.yml is not a valid roadmap \(see above\): nothing was written\n$/,
    );
    expect(filesUnder(dir)).toEqual(["roadmap/roadmap.yml"]);
  });

  it("writes nothing when the Markdown has no topics", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "plan.md"), "# Just a title\n\nNo topics here.\n");
    const { code, stdout, stderr } = await runCli(["init", "out", "--from", "plan.md"], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^roadmap init: /);
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it("says what is wrong with the command line", async () => {
    const dir = tempDir();
    expect(await runCli(["init", "a", "b"], { cwd: dir })).toMatchObject({ code: 2, stdout: "" });
    const unknown = await runCli(["init", "--frm", "x.md"], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /^roadmap init: .*--frm.*; usage: roadmap init \[DIR\] \[--from FILE\.md\] \[--force\]\n$/,
    );
    const missing = await runCli(["init", "--from", "nope.md"], { cwd: dir });
    expect(missing).toEqual({
      code: 1,
      stdout: "",
      stderr: "roadmap init: cannot read nope.md: no such file\n",
    });
    expect(filesUnder(dir)).toEqual([]);
  });

  it("runs through the real entry point (node cli/roadmap.mjs init)", async () => {
    const dir = join(tempDir(), "fresh");
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(ROOT, "cli/roadmap.mjs"), "init", dir],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH },
      },
    );
    expect(stdout).toContain("Next steps:");
    expect(filesUnder(dir)).toEqual(FILES);
  }, 30_000);
});
