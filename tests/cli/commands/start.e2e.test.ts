import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { PackageInfo } from "../../../core/scaffold/action-ref.js";
import { actionRef } from "../../../core/scaffold/action-ref.js";
import { waysIn } from "../../../core/scaffold/ways-in.js";
import { offlineProgress } from "../../../core/model/progress.js";
import { renderProgressBlock } from "../../../core/readme/progress-block.js";
import { ROOT, runCli } from "../../helpers/cli.js";
import { SEED, SEED_YML } from "../../helpers/seed.js";

const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("roadmap start (npm start)", () => {
  it("validates the roadmap, previews the README block and summarizes a first sync, offline", async () => {
    const dir = mkdtempSync(join(tmpdir(), "roadmap-start-"));
    temporary.push(dir);
    mkdirSync(join(dir, "roadmap"));
    writeFileSync(join(dir, "roadmap/roadmap.yml"), SEED_YML);
    const { code, stdout, stderr } = await runCli(["start"], { cwd: dir });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const block = renderProgressBlock(SEED, offlineProgress(SEED));
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as PackageInfo;
    expect(stdout).toBe(
      [
        // The summary first: what the roadmap holds and what a first sync would create.
        "roadmap/roadmap.yml is valid: 10 sections, 27 topics (25 topics, 1 practice, 1 project).",
        // 26 labels: roadmap, daily, 4 status, 4 priority (low → critical), 3 difficulty, 3 time, 10 sections.
        "A first sync would create 26 labels and 27 topic issues (25 topics, 1 practice, 1 project) with 93 focus checkboxes, and 10 section issues with their topics as sub-issues; nothing is sent: this preview is offline.",
        "",
        "README block preview (what `npx roadmap render` writes between the roadmap markers):",
        "",
        block,
        "",
        waysIn({ action: actionRef(pkg) }),
      ].join("\n"),
    );
    // The ways in end the output; the App's is a server, not an installer.
    expect(stdout.endsWith(waysIn({ action: actionRef(pkg) }))).toBe(true);
  });

  it("stops with every problem when the roadmap is invalid", async () => {
    const dir = mkdtempSync(join(tmpdir(), "roadmap-start-"));
    temporary.push(dir);
    mkdirSync(join(dir, "roadmap"));
    writeFileSync(
      join(dir, "roadmap/roadmap.yml"),
      "title: x\nsections:\n  - id: Bad Id\n    title: S\n    topics: []\n",
    );
    const { code, stdout, stderr } = await runCli(["start"], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^roadmap start: roadmap\/roadmap\.yml:3:\d+: /);
  });

  it("says where the roadmap is missing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "roadmap-start-"));
    temporary.push(dir);
    expect(await runCli(["start"], { cwd: dir })).toEqual({
      code: 1,
      stdout: "",
      stderr: "roadmap start: cannot read roadmap/roadmap.yml: no such file\n",
    });
  });
});
