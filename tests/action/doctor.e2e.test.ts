// `command: doctor` through the Action's runner: read only, each check in the log, the
// step fails when one does, and the job summary lists them when all pass.
import nock from "nock";
import { describe, expect, it } from "vitest";
import { silentLogger } from "../../core/github/client.js";
import { syncRoadmap } from "../../core/sync/sync.js";
import { interceptActionRoutes, runAction, workspace } from "../helpers/action.js";
import { FakeGitHub } from "../helpers/fake-github.js";
import { API, REPO, REPO_PATH, testGitHub } from "../helpers/github.js";
import { SEED } from "../helpers/seed.js";

function repository(state: string) {
  const fake = new FakeGitHub();
  fake.intercept();
  nock(API).get(`${REPO_PATH}/actions/workflows/roadmap.yml`).reply(200, { state });
  interceptActionRoutes(fake);
  return fake;
}

describe("command: doctor", () => {
  it("passes on a synced repository, writes nothing, and lists the checks in the summary", async () => {
    const fake = repository("active");
    await syncRoadmap({ github: testGitHub(), repo: REPO, log: silentLogger }, SEED);
    fake.resetLog();
    const result = await runAction({ workspace: workspace(), inputs: { command: "doctor" } });
    expect(result.failed).toBe(false);
    expect(fake.writes).toEqual([]);
    expect(result.summary).toMatch(/^\*\*Doctor:\*\* all \d+ checks passed/);
    expect(result.summary).toContain("✓ the workflow roadmap.yml is enabled");
  });

  it("fails the step with each ✗ and its fix", async () => {
    const fake = repository("disabled_manually");
    const result = await runAction({ workspace: workspace(), inputs: { command: "doctor" } });
    expect(result.failed).toBe(true);
    expect(result.stdout).toContain("✗ the workflow roadmap.yml is disabled_manually");
    expect(result.stdout).toMatch(/::error::doctor: \d+ of \d+ checks failed/);
    expect(fake.writes).toEqual([]);
  });
});
