import { describe, expect, it } from "vitest";
import { roadmapToYaml } from "../../../core/import/to-yaml.js";
import { doctorChecks, formatChecks } from "../../../core/doctor/checks.js";
import type { DoctorInput } from "../../../core/doctor/checks.js";
import { roadmapJsonSchemaText } from "../../../core/model/json-schema.js";
import { STARTER_ROADMAP } from "../../../core/scaffold/starter-roadmap.js";
import { roadmapWorkflow } from "../../../core/scaffold/workflow.js";

const POOL =
  "problems:\n  - { id: 2, title: Add Two Numbers, slug: add-two-numbers, difficulty: Medium, pattern: Lists }\n";

function input(workflows: DoctorInput["workflows"]): DoctorInput {
  return {
    roadmap: roadmapToYaml(STARTER_ROADMAP),
    readme: "<!-- roadmap:start -->\n<!-- roadmap:end -->\n",
    schema: roadmapJsonSchemaText(),
    pool: { text: POOL, shown: "roadmap/leetcode.yml", own: true },
    workflows,
  };
}

const workflowCheck = (workflows: DoctorInput["workflows"]) => doctorChecks(input(workflows)).at(-1)!;

const job = (permissions: string, withs = "") =>
  `on: { schedule: [{ cron: "1 1 * * *" }], workflow_dispatch: {} }\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions: ${permissions}\n    steps:\n      - uses: me/tools/action@v1${withs}\n`;

describe("doctorChecks", () => {
  it("passes the scaffolded workflow and names its jobs", () => {
    const check = workflowCheck([
      { path: ".github/workflows/roadmap.yml", text: roadmapWorkflow("o/r/action@v1") },
    ]);
    expect(check).toEqual({
      ok: true,
      title:
        '.github/workflows/roadmap.yml: jobs "roadmap", "scheduled", "notes", "notes-merge" run the Action with the permissions each needs',
    });
  });

  it("counts write-all, and leaves a dry run (read only) out", () => {
    expect(workflowCheck([{ path: "w.yml", text: job("write-all") }]).ok).toBe(true);
    const dry = workflowCheck([
      { path: "w.yml", text: job("{ contents: read }", "\n        with: { dry-run: true }") },
    ]);
    expect(dry).toMatchObject({
      ok: false,
      title: "no workflow in .github/workflows/ runs the roadmap-ops Action",
    });
  });

  it("names the permission a job lacks", () => {
    expect(workflowCheck([{ path: "w.yml", text: job("{ contents: write }") }])).toMatchObject({
      ok: false,
      title: 'w.yml: job "a" runs the Action without issues: write',
    });
  });

  it("wants the schedule and a manual trigger", () => {
    const text = job("{ contents: write, issues: write }").replace(/^on: .*$/m, "on: push");
    expect(workflowCheck([{ path: "w.yml", text }])).toMatchObject({
      ok: false,
      title:
        "w.yml: no schedule or workflow_dispatch trigger (the daily problem needs the schedule; workflow_dispatch runs it by hand)",
    });
  });

  it("skips a workflow that is not YAML instead of failing on it", () => {
    const checks = doctorChecks(
      input([
        { path: "bad.yml", text: "on: [" },
        { path: "w.yml", text: job("write-all") },
      ]),
    );
    expect(checks.every((check) => check.ok)).toBe(true);
    expect(
      formatChecks(checks)
        .split("\n")
        .every((line) => line.startsWith("✓ ")),
    ).toBe(true);
  });

  it("reports a broken pool file with its first problem", () => {
    const checks = doctorChecks({
      ...input([]),
      pool: { text: "problems: []\n", shown: "roadmap/leetcode.yml", own: true },
    });
    expect(checks[3]).toMatchObject({
      ok: false,
      title:
        "roadmap/leetcode.yml is not a valid LeetCode pool: problems: the pool needs at least one problem",
    });
  });
});

describe("doctorChecks with a Projects board", () => {
  const withBoard = (workflows: DoctorInput["workflows"]) =>
    doctorChecks({
      ...input(workflows),
      roadmap: roadmapToYaml({
        ...STARTER_ROADMAP,
        settings: { project: "https://github.com/users/octo-learner/projects/3" },
      }),
    }).at(-1)!;

  it("passes when a job gives the Action project-token, as the scaffolded workflow does", () => {
    const check = withBoard([
      { path: ".github/workflows/roadmap.yml", text: roadmapWorkflow("o/r/action@v1") },
    ]);
    expect(check).toEqual({
      ok: true,
      title:
        'the Projects board gets its token (project-token in .github/workflows/roadmap.yml: "roadmap", .github/workflows/roadmap.yml: "scheduled")',
    });
  });

  it("fails, with the fix, when no job passes project-token (the Action would skip the board)", () => {
    const check = withBoard([{ path: "w.yml", text: job("{ contents: write, issues: write }") }]);
    expect(check.ok).toBe(false);
    expect(check.title).toContain("no workflow job passes project-token");
    expect(check.fix).toContain("project-token: ${{ secrets.ROADMAP_PROJECT_TOKEN }}");
  });

  it("says nothing of a board the roadmap does not name", () => {
    const checks = doctorChecks(input([{ path: "w.yml", text: job("write-all") }]));
    expect(checks.some((check) => check.title.includes("Projects board"))).toBe(false);
  });
});
