// The way a stranger gets going: `roadmap init --from their-plan.md` writes a repository,
// and the committed bundle (action/dist/index.js, what `uses: …/action@v1` runs) runs
// `command: all` in it as the runner starts it, against the GitHub double. It creates one
// issue per topic, renders the README from them and posts the day's problem.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { allTopics } from "../../core/model/roadmap.js";
import { parseRoadmapOrThrow } from "../../core/validate/validate-roadmap.js";
import { ROOT, runCli } from "../helpers/cli.js";

const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

interface FakeState {
  issues: {
    number: number;
    title: string;
    state: string;
    labels: { name: string }[];
    parent_issue_url: string | null;
  }[];
  comments: { issue: number; body: string }[];
  files: Record<string, string>;
  requests: { method: string; path: string }[];
}

describe("the bundled Action in a repository roadmap init wrote", () => {
  it("creates the issues, renders the README and posts the day's problem", async () => {
    const dir = mkdtempSync(join(tmpdir(), "roadmap-stranger-"));
    temporary.push(dir);
    const plan = fileURLToPath(new URL("../fixtures/seed-roadmap.md", import.meta.url));
    const init = await runCli(["init", dir, "--from", plan]);
    expect(init.code).toBe(0);
    const roadmap = parseRoadmapOrThrow(
      readFileSync(join(dir, "roadmap/roadmap.yml")),
      "roadmap/roadmap.yml",
    );

    const files = join(dir, ".fake");
    const state = `${files}-state.json`;
    writeFileSync(files, JSON.stringify({ "README.md": readFileSync(join(dir, "README.md"), "utf8") }));
    const output = `${dir}-output`;
    const summary = `${dir}-summary`;
    writeFileSync(output, "");
    writeFileSync(summary, "");
    temporary.push(output, summary, state);

    const run = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "--import",
        join(ROOT, "tests/helpers/bundle-preload.ts"),
        join(ROOT, "action/dist/index.js"),
      ],
      {
        cwd: ROOT,
        encoding: "utf8",
        timeout: 120_000,
        env: {
          PATH: process.env.PATH ?? "",
          GITHUB_ACTIONS: "true",
          GITHUB_REPOSITORY: "octo-learner/roadmap",
          GITHUB_WORKSPACE: dir,
          GITHUB_EVENT_NAME: "workflow_dispatch",
          GITHUB_OUTPUT: output,
          GITHUB_STEP_SUMMARY: summary,
          GITHUB_API_URL: "https://api.github.com",
          GITHUB_SERVER_URL: "https://github.com",
          INPUT_TOKEN: "ghs_stranger",
          INPUT_COMMAND: "all",
          INPUT_DATE: "2026-12-04",
          FAKE_FILES_IN: files,
          FAKE_STATE_OUT: state,
        },
      },
    );
    expect(run.stderr).toBe("");
    expect(run.status, run.stdout).toBe(0);
    expect(run.stdout).not.toContain("::error::");

    const fake = JSON.parse(readFileSync(state, "utf8")) as FakeState;
    const topics = allTopics(roadmap);
    // One issue per topic and one parent per section, each topic its section's sub-issue.
    expect(fake.issues.map((issue) => issue.title).sort()).toEqual(
      [
        ...topics.map(({ topic }) => topic.title),
        ...roadmap.sections.map((section) => `${section.emoji ? `${section.emoji} ` : ""}${section.title}`),
      ].sort(),
    );
    expect(fake.issues.filter((issue) => issue.parent_issue_url !== null)).toHaveLength(topics.length);
    const practice = fake.issues.find((issue) => issue.labels.some((label) => label.name === "daily"))!;
    const daily = fake.comments.filter((comment) => comment.issue === practice.number);
    expect(daily).toHaveLength(1);
    expect(daily[0]!.body).toContain("<!-- roadmap:daily date=2026-12-04 slug=");
    const readme = fake.files["README.md"]!;
    expect(readme).toContain(`(https://github.com/octo-learner/roadmap/issues/${practice.number})`);
    expect(readme).toContain("<!-- roadmap:state ");
    expect(fake.files["roadmap/progress.svg"]).toMatch(/^<svg/);
    expect(readFileSync(output, "utf8")).toMatch(
      new RegExp(`issues-created<<[^\\n]+\\n${topics.length + roadmap.sections.length}\\n`),
    );
    // Nothing but the API double was asked (nock would have thrown on anything else).
    expect(
      fake.requests.every(
        (request) => request.path.startsWith("/repos/octo-learner/roadmap") || request.path === "/graphql",
      ),
    ).toBe(true);
  }, 150_000);
});
