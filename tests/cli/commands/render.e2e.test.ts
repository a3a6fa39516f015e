import { mkdirSync, mkdtempSync, rmSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { offlineProgress } from "../../../core/model/progress.js";
import { readBlockState } from "../../../core/readme/block-state.js";
import { renderProgressBlock } from "../../../core/readme/progress-block.js";
import { parseRoadmapOrThrow } from "../../../core/validate/validate-roadmap.js";
import { runCli } from "../../helpers/cli.js";

const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const ROADMAP = `# yaml-language-server: $schema=./schema.json
title: Tiny
sections:
  - id: s
    title: Section
    topics:
      - id: redis
        title: Redis
        priority: high
        difficulty: [easy, medium]
        time: short
        focus: [caching]
`;

function project(readme: string) {
  const dir = mkdtempSync(join(tmpdir(), "roadmap-render-"));
  temporary.push(dir);
  mkdirSync(join(dir, "roadmap"));
  writeFileSync(join(dir, "roadmap/roadmap.yml"), ROADMAP);
  writeFileSync(join(dir, "README.md"), readme);
  return dir;
}

const README = "# Tiny\r\n\r\n<!-- roadmap:start -->\r\nstale\r\n<!-- roadmap:end -->\r\n\r\nMore text";

describe("roadmap render", () => {
  it("rewrites the block offline and keeps the rest of the README byte for byte", async () => {
    const dir = project(README);
    expect(await runCli(["render"], { cwd: dir })).toEqual({
      code: 0,
      stdout: "README.md: roadmap block updated\n",
      stderr: "",
    });
    const written = readFileSync(join(dir, "README.md"), "utf8");
    expect(
      written.startsWith("# Tiny\r\n\r\n<!-- roadmap:start -->\r\n<!-- Generated from roadmap/roadmap.yml"),
    ).toBe(true);
    expect(written.endsWith("\r\n<!-- roadmap:end -->\r\n\r\nMore text")).toBe(true);
    expect(written).toContain("| Redis | high | easy → medium | short · 4 h | ⬜ todo | 0/1 |\r\n");
    expect(written.replace(/\r\n/g, "")).not.toContain("\n");

    expect(await runCli(["render"], { cwd: dir })).toEqual({
      code: 0,
      stdout: "README.md: roadmap block already up to date\n",
      stderr: "",
    });
  });

  it("--check exits 1 with one line when out of date, 0 when current, and never writes", async () => {
    const dir = project(README);
    expect(await runCli(["render", "--check"], { cwd: dir })).toEqual({
      code: 1,
      stdout: "",
      stderr: "README.md is out of date with roadmap/roadmap.yml: run `npx roadmap render` and commit it\n",
    });
    expect(readFileSync(join(dir, "README.md"), "utf8")).toBe(README);
    await runCli(["render"], { cwd: dir });
    expect(await runCli(["render", "--check"], { cwd: dir })).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("fails without markers, naming both, and leaves the file untouched", async () => {
    const dir = project("# No block here\n");
    const result = await runCli(["render", "--readme", "README.md"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      "roadmap render: README.md: the README needs the two lines <!-- roadmap:start --> and <!-- roadmap:end -->, in that order, each on a line of its own, where the roadmap progress should go (found: <!-- roadmap:start --> missing, <!-- roadmap:end --> missing)\n",
    );
    expect(readFileSync(join(dir, "README.md"), "utf8")).toBe("# No block here\n");
  });

  it("reads --file and reports an invalid roadmap with positions", async () => {
    const dir = project(README);
    writeFileSync(join(dir, "other.yml"), "title: x\nsections: []\n");
    const result = await runCli(["render", "--file", "other.yml"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^roadmap render: other\.yml:2:\d+: /);
    expect(readFileSync(join(dir, "README.md"), "utf8")).toBe(README);
  });

  it("rejects unknown options", async () => {
    const result = await runCli(["render", "--force"], { cwd: project(README) });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown option "--force"');
  });
});

describe("roadmap render on a README the Action filled", () => {
  const live = (roadmap: ReturnType<typeof parseRoadmapOrThrow>) => {
    const progress = offlineProgress(roadmap);
    progress.topics.redis = {
      status: "in-progress",
      checked: 1,
      total: 1,
      issueUrl: "https://github.com/octo-learner/my--roadmap/issues/7",
      notesPath: "notes/redis",
    };
    progress.practice = { solved: 3, currentStreak: 2, longestStreak: 3 };
    return renderProgressBlock(roadmap, progress, {
      repoUrl: "https://github.com/octo-learner/my--roadmap",
      chartPath: "roadmap/progress.svg",
    });
  };
  const filled = (block: string) => `# Tiny\n\n<!-- roadmap:start -->\n${block}\n<!-- roadmap:end -->\n`;

  it("keeps the statuses, issue links, notes links, chart and streaks: the block stays as the Action drew it", async () => {
    const readme = filled(live(parseRoadmapOrThrow(ROADMAP, "roadmap/roadmap.yml")));
    const dir = project(readme);
    expect(await runCli(["render", "--check"], { cwd: dir })).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(await runCli(["render"], { cwd: dir })).toEqual({
      code: 0,
      stdout: "README.md: roadmap block already up to date\n",
      stderr: "",
    });
    const after = readFileSync(join(dir, "README.md"), "utf8");
    expect(after).toBe(readme);
    expect(after).toContain("[Redis](https://github.com/octo-learner/my--roadmap/issues/7)");
    expect(after).toContain("🚧 in progress");
    expect(after).toContain("current streak 2 days");
    expect(after).toContain("roadmap/progress.svg");
  });

  it("redraws only what the roadmap changed: a new topic is todo, the started one keeps its progress", async () => {
    const dir = project(filled(live(parseRoadmapOrThrow(ROADMAP, "roadmap/roadmap.yml"))));
    const grown = `${ROADMAP}      - id: kafka\n        title: Kafka\n        priority: low\n        difficulty: hard\n        time: long\n`;
    writeFileSync(join(dir, "roadmap/roadmap.yml"), grown);
    const check = await runCli(["render", "--check"], { cwd: dir });
    expect(check.code).toBe(1);
    expect((await runCli(["render"], { cwd: dir })).code).toBe(0);
    const after = readFileSync(join(dir, "README.md"), "utf8");
    expect(after).toContain("| [Redis](https://github.com/octo-learner/my--roadmap/issues/7) · [notes]");
    expect(after).toMatch(/\| Kafka \| low \| hard \| long · 30 h \| ⬜ todo \| — \|/);
    expect(after).toContain("current streak 2 days");
    // The offline result is what the Action would draw for the same progress.
    const progress = readBlockState(after)!.progress;
    expect(progress.topics.redis).toMatchObject({ status: "in-progress", checked: 1 });
    expect(progress.topics.kafka).toMatchObject({ status: "todo", checked: 0 });
  });
});
