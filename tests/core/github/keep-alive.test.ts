import { describe, expect, it } from "vitest";
import type { Logger } from "../../../core/github/client.js";
import { keepScheduleAlive, workflowFileOf } from "../../../core/github/keep-alive.js";
import { api, expectOnly, REPO, REPO_PATH, testGitHub, trackUnmatched } from "../../helpers/github.js";
import { collectingLog } from "../../helpers/log.js";

const NOW = new Date("2026-11-26T00:00:00Z");

const unmatched = trackUnmatched();

/** keepScheduleAlive for roadmap.yml at NOW through the test client; its log is dropped unless given. */
function keepAlive(options: { log?: Logger; dryRun?: boolean } = {}) {
  return keepScheduleAlive(
    { github: testGitHub(), repo: REPO, log: collectingLog().log, now: () => NOW, ...options },
    "roadmap.yml",
  );
}

describe("keep-alive", () => {
  it("finds the workflow file in GITHUB_WORKFLOW_REF", () => {
    expect(workflowFileOf("octo/roadmap/.github/workflows/roadmap.yml@refs/heads/main")).toBe("roadmap.yml");
    expect(workflowFileOf(undefined)).toBeUndefined();
    expect(workflowFileOf("nonsense")).toBeUndefined();
  });

  it("does nothing but one read while pushes are recent", async () => {
    const scope = api().get(REPO_PATH).reply(200, { pushed_at: "2026-10-10T00:00:00Z" });
    const result = await keepAlive();
    expect(result).toBe("recent");
    expectOnly(unmatched, scope);
  });

  it("re-enables the workflow after 50 days without a push", async () => {
    const scope = api()
      .get(REPO_PATH)
      .reply(200, { pushed_at: "2026-10-06T00:00:00Z" })
      .put(`${REPO_PATH}/actions/workflows/roadmap.yml/enable`)
      .reply(204);
    const result = await keepAlive();
    expect(result).toBe("enabled");
    expectOnly(unmatched, scope);
  });

  it("a refusal is a warning naming actions: write; a dry run only reads", async () => {
    const { log, lines } = collectingLog();
    const scope = api()
      .get(REPO_PATH)
      .reply(200, { pushed_at: null })
      .put(`${REPO_PATH}/actions/workflows/roadmap.yml/enable`)
      .reply(403, { message: "Resource not accessible by integration" });
    await expect(keepAlive({ log })).resolves.toBe("failed");
    expect(lines).toEqual([
      expect.stringMatching(
        /^warn: keep-alive: could not re-enable roadmap\.yml .*`permissions: actions: write`/,
      ),
    ]);
    expectOnly(unmatched, scope);

    const dry = api().get(REPO_PATH).reply(200, { pushed_at: "2026-01-01T00:00:00Z" });
    await expect(keepAlive({ log, dryRun: true })).resolves.toBe("dry-run");
    expectOnly(unmatched, dry);
  });
});
