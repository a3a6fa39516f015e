// `roadmap validate` and `roadmap schema` through the real dispatcher, with a fake io.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { roadmapJsonSchemaText } from "../../../core/model/json-schema.js";
import { ROOT, runCli } from "../../helpers/cli.js";
import { SEED_YML } from "../../helpers/seed.js";

describe("roadmap validate", () => {
  it("validates roadmap/roadmap.yml by default and prints a one-line summary", async () => {
    // A learner's checkout holding the seed (never this repository's live roadmap).
    const checkout = mkdtempSync(join(tmpdir(), "roadmap-validate-"));
    mkdirSync(join(checkout, "roadmap"));
    writeFileSync(join(checkout, "roadmap/roadmap.yml"), SEED_YML);
    try {
      const { code, stdout, stderr } = await runCli(["validate"], { cwd: checkout });
      expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
      expect(stdout).toBe(
        "roadmap/roadmap.yml: valid — 10 sections, 27 topics (25 topics, 1 practice, 1 project)\n",
      );
    } finally {
      rmSync(checkout, { recursive: true, force: true });
    }
  });

  it("counts sections and topics by kind", async () => {
    const result = await runCli(["validate", "--file", "tests/fixtures/valid/minimal.yml"]);
    expect(result).toEqual({
      code: 0,
      stdout:
        "tests/fixtures/valid/minimal.yml: valid — 3 sections, 3 topics (1 topic, 1 practice, 1 project)\n",
      stderr: "",
    });
  });

  it("accepts --file=PATH and shows an absolute path inside the working directory as relative", async () => {
    const absolute = join(ROOT, "tests/fixtures/valid/minimal.yml");
    const result = await runCli(["validate", `--file=${absolute}`]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^tests\/fixtures\/valid\/minimal\.yml: valid/);
  });

  it("prints every problem as FILE:LINE:COL: message on stderr and exits 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "roadmap-validate-"));
    try {
      mkdirSync(join(dir, "roadmap"));
      writeFileSync(
        join(dir, "roadmap/roadmap.yml"),
        "title: T\nsections:\n  - id: a\n    title: A\n    topics:\n      - id: x\n        title: X\n        priorty: high\n        difficulty: easy\n        time: forever\n",
      );
      const result = await runCli(["validate"], { cwd: dir });
      expect(result).toEqual({
        code: 1,
        stdout: "",
        stderr: [
          'roadmap/roadmap.yml:6:9: topic "x" is missing "priority" (one of low, medium, high, critical, or a range like [low, medium])',
          'roadmap/roadmap.yml:8:9: unknown key "priorty" in topic "x"; did you mean "priority"?',
          'roadmap/roadmap.yml:10:15: time must be one of short, medium, long, not "forever"',
          "roadmap/roadmap.yml: 3 problems",
          "",
        ].join("\n"),
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("adds a GitHub Actions error annotation per problem when GITHUB_ACTIONS is true", async () => {
    const file = "tests/fixtures/broken/duplicate-topic-id.yml";
    const result = await runCli(["validate", "--file", file], { env: { GITHUB_ACTIONS: "true" } });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `${file}:14:13: duplicate topic id "redis": already used on line 6\n${file}: 1 problem\n`,
    );
    expect(result.stdout).toBe(
      `::error file=${file},line=14,col=13,title=Invalid roadmap::duplicate topic id "redis": already used on line 6\n`,
    );
  });

  it("prints no annotations outside GitHub Actions", async () => {
    const result = await runCli(["validate", "--file", "tests/fixtures/broken/bom.yml"], {
      env: { GITHUB_ACTIONS: "false" },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
  });

  it("says so in one line when the file does not exist", async () => {
    expect(await runCli(["validate", "--file", "nope.yml"])).toEqual({
      code: 1,
      stdout: "",
      stderr: "roadmap validate: cannot read nope.yml: no such file\n",
    });
  });

  it("treats unknown arguments and a missing path as usage mistakes (exit 2)", async () => {
    for (const args of [
      ["--bogus"],
      ["--file"],
      ["--file="],
      ["a.yml", "b.yml"],
      ["a.yml", "--file", "b.yml"],
    ]) {
      const result = await runCli(["validate", ...args]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(
        /^roadmap validate: .*usage: roadmap validate \[<file> \| --file <file>\]/,
      );
    }
  });
});

describe("roadmap schema", () => {
  const dirs: string[] = [];
  const tempRepo = () => {
    const dir = mkdtempSync(join(tmpdir(), "roadmap-schema-"));
    mkdirSync(join(dir, "roadmap"));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("prints the JSON Schema", async () => {
    expect(await runCli(["schema"])).toEqual({ code: 0, stdout: roadmapJsonSchemaText(), stderr: "" });
  });

  it("--write writes roadmap/schema.json under the working directory", async () => {
    const dir = tempRepo();
    expect(await runCli(["schema", "--write"], { cwd: dir })).toEqual({
      code: 0,
      stdout: "wrote roadmap/schema.json\n",
      stderr: "",
    });
    expect(readFileSync(join(dir, "roadmap/schema.json"), "utf8")).toBe(roadmapJsonSchemaText());
  });

  it("--check passes on the committed file and fails on a stale or missing one", async () => {
    expect((await runCli(["schema", "--check"])).code).toBe(0);
    const dir = tempRepo();
    expect(await runCli(["schema", "--check"], { cwd: dir })).toEqual({
      code: 1,
      stdout: "",
      stderr: "roadmap/schema.json is missing: run `npx roadmap schema --write`\n",
    });
    writeFileSync(join(dir, "roadmap/schema.json"), "{}\n");
    expect((await runCli(["schema", "--check"], { cwd: dir })).stderr).toBe(
      "roadmap/schema.json is stale: run `npx roadmap schema --write`\n",
    );
  });

  it("rejects other arguments", async () => {
    expect((await runCli(["schema", "--force"])).code).toBe(2);
  });
});

describe("cli/roadmap.mjs", () => {
  it("runs validate as a real process (smoke test)", () => {
    const child = spawnSync(
      process.execPath,
      ["cli/roadmap.mjs", "validate", "--file", "tests/fixtures/broken/unknown-priority.yml"],
      {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, GITHUB_ACTIONS: "true" },
        timeout: 60_000,
      },
    );
    expect(child.status).toBe(1);
    expect(child.stderr).toContain(
      "tests/fixtures/broken/unknown-priority.yml:8:19: priority must be one of low, medium, high, critical, or a range like [low, medium]\n",
    );
    expect(child.stdout).toBe(
      "::error file=tests/fixtures/broken/unknown-priority.yml,line=8,col=19,title=Invalid roadmap::priority must be one of low, medium, high, critical, or a range like [low, medium]\n",
    );
  });
});

describe("roadmap validate in a repository without its own pool", () => {
  it("checks the practice difficulty against the pool the Action ships with (as doctor and the daily step do)", async () => {
    const checkout = mkdtempSync(join(tmpdir(), "roadmap-validate-pool-"));
    mkdirSync(join(checkout, "roadmap"));
    writeFileSync(
      join(checkout, "roadmap/roadmap.yml"),
      readFileSync(join(ROOT, "tests/fixtures/pools/practice-easy.yml")),
    );
    try {
      const { code, stderr } = await runCli(["validate"], { cwd: checkout });
      expect(code).toBe(1);
      expect(stderr).toMatch(
        /practice\.difficulty easy cannot be served: the problem pool the Action's roadmap\/leetcode\.yml has only medium problems/,
      );
    } finally {
      rmSync(checkout, { recursive: true, force: true });
    }
  });
});
