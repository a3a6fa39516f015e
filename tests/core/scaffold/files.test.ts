import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { roadmapToYaml } from "../../../core/import/to-yaml.js";
import { roadmapJsonSchemaText } from "../../../core/model/json-schema.js";
import { offlineProgress } from "../../../core/model/progress.js";
import type { RoadmapInput } from "../../../core/model/schema.js";
import { renderProgressBlock } from "../../../core/readme/progress-block.js";
import { BLOCK_END, BLOCK_START, findBlock, isBlockCurrent } from "../../../core/readme/readme-region.js";
import { scaffoldFiles } from "../../../core/scaffold/files.js";
import { scaffoldNotesReadme } from "../../../core/scaffold/notes-readme.js";
import { STARTER_ROADMAP } from "../../../core/scaffold/starter-roadmap.js";
import { roadmapWorkflow } from "../../../core/scaffold/workflow.js";
import { validateRoadmap } from "../../../core/validate/validate-roadmap.js";
import { parseRoadmapOrThrow } from "../../../core/validate/validate-roadmap.js";
import { SMALL_ROADMAP_INPUT } from "../../helpers/roadmaps.js";

function filesFor(input: RoadmapInput) {
  const roadmapYaml = roadmapToYaml(input);
  const roadmap = parseRoadmapOrThrow(roadmapYaml, "roadmap/roadmap.yml");
  const files = scaffoldFiles({
    roadmapYaml,
    roadmap,
    action: "o/r/action@v3",
    toolUrl: "https://github.com/o/r",
  });
  return { roadmap, files: new Map(files.map((file) => [file.path, file.text])) };
}

describe("the starter roadmap", () => {
  it("validates and has a practice topic, a plain topic with a checklist and a project", () => {
    const checked = validateRoadmap(roadmapToYaml(STARTER_ROADMAP), "roadmap/roadmap.yml");
    expect(checked.problems).toEqual([]);
    expect(checked.ok).toBe(true);
    const kinds = checked.ok ? checked.roadmap.sections.flatMap((s) => s.topics.map((t) => t.kind)) : [];
    expect(new Set(kinds)).toEqual(new Set(["practice", "topic", "project"]));
  });
});

describe("scaffoldFiles", () => {
  it("lists the six files of a learner's repository", () => {
    expect([...filesFor(STARTER_ROADMAP).files.keys()]).toEqual([
      "roadmap/roadmap.yml",
      "roadmap/schema.json",
      "README.md",
      ".github/workflows/roadmap.yml",
      "notes/README.md",
      ".github/pull_request_template.md",
    ]);
  });

  it("puts the roadmap's YAML as given and the current JSON Schema next to it", () => {
    const { files } = filesFor(SMALL_ROADMAP_INPUT);
    expect(files.get("roadmap/roadmap.yml")).toBe(roadmapToYaml(SMALL_ROADMAP_INPUT));
    expect(files.get("roadmap/roadmap.yml")).toMatch(/^# yaml-language-server: \$schema=\.\/schema\.json\n/);
    expect(files.get("roadmap/schema.json")).toBe(roadmapJsonSchemaText());
  });

  it("writes a README titled from the roadmap whose block is what render would write", () => {
    const { roadmap, files } = filesFor({ ...SMALL_ROADMAP_INPUT, intro: "Learning *backend* things." });
    const readme = files.get("README.md")!;
    expect(
      readme.startsWith(
        "<!-- roadmap:header:start -->\n# Test roadmap\n\nLearning *backend* things.\n<!-- roadmap:header:end -->\n\n<!-- roadmap:start -->\n",
      ),
    ).toBe(true);
    expect(() => findBlock(readme)).not.toThrow();
    expect(isBlockCurrent(readme, renderProgressBlock(roadmap, offlineProgress(roadmap)))).toBe(true);
    expect(readme).toContain('"LeetCode (1 problem/day)" issue');
    expect(readme).toContain("[roadmap-ops](https://github.com/o/r)");
  });

  it("leaves the practice paragraph out without a practice topic, and breaks mentions in the title", () => {
    const input: RoadmapInput = {
      title: "Roadmap for @octocat",
      sections: [SMALL_ROADMAP_INPUT.sections[1]!],
    };
    const readme = filesFor(input).files.get("README.md")!;
    expect(readme).not.toContain("LeetCode");
    expect(readme.split("\n")[1]).toBe("# Roadmap for @\u200doctocat");
    expect(readme.indexOf(BLOCK_START)).toBeLessThan(readme.indexOf(BLOCK_END));
  });

  it("writes the workflow with the published Action in every job", () => {
    const workflow = filesFor(STARTER_ROADMAP).files.get(".github/workflows/roadmap.yml")!;
    expect(workflow).toBe(roadmapWorkflow("o/r/action@v3"));
    const parsed = parse(workflow) as {
      on: Record<string, unknown>;
      permissions: unknown;
      jobs: Record<
        string,
        {
          permissions: Record<string, string>;
          "runs-on": string;
          "timeout-minutes": number;
          concurrency: unknown;
          steps: { uses?: string }[];
        }
      >;
    };
    expect(Object.keys(parsed.on).sort()).toEqual(
      ["issue_comment", "issues", "pull_request_target", "push", "schedule", "workflow_dispatch"].sort(),
    );
    expect(parsed.on.push).toEqual({ branches: ["main"], paths: ["roadmap/roadmap.yml"] });
    expect(parsed.permissions).toEqual({});
    for (const job of Object.values(parsed.jobs)) {
      expect(job["runs-on"]).toBe("ubuntu-latest");
      expect(job["timeout-minutes"]).toBeGreaterThan(0);
      expect(job.concurrency).toBeDefined();
      expect(job.steps.map((step) => step.uses)).toContain("o/r/action@v3");
    }
    // Least privilege per job: only the scheduled run re-enables the workflow, only a
    // merge writes files and issues from a pull request event.
    expect(parsed.jobs.roadmap!.permissions).toEqual({ contents: "write", issues: "write" });
    expect(parsed.jobs.scheduled!.permissions).toMatchObject({
      contents: "write",
      issues: "write",
      actions: "write",
    });
    expect(parsed.jobs.notes!.permissions).toMatchObject({
      contents: "read",
      "pull-requests": "write",
      checks: "write",
    });
    expect(parsed.jobs["notes-merge"]!.permissions).toMatchObject({ contents: "write", issues: "write" });
  });

  it("gives the notes README an example from the learner's own topics", () => {
    const { roadmap } = filesFor(SMALL_ROADMAP_INPUT);
    const notes = scaffoldNotesReadme(roadmap);
    expect(notes).toContain("`notes/redis/first-steps.md`");
    expect(notes).toContain('  - "caching"\n  - "rate limiting"\n---');
    expect(notes).not.toContain("leetcode");
  });
});
