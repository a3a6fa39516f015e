// handleIssueEvent on its own, with GitHub behind nock: the corner cases the app and the
// Action tests do not reach.
import { describe, expect, it } from "vitest";
import { silentLogger } from "../../../core/github/client.js";
import { allTopics } from "../../../core/model/roadmap.js";
import { newTopicIssue } from "../../../core/issues/issue-body.js";
import { handleIssueEvent } from "../../../core/sync/status-event.js";
import {
  api,
  expectOnly,
  REPO,
  REPO_PATH,
  restIssue,
  testGitHub,
  trackUnmatched,
} from "../../helpers/github.js";
import { smallRoadmap } from "../../helpers/roadmaps.js";

const deps = () => ({ github: testGitHub(), repo: REPO, log: silentLogger });
const { topic, section } = allTopics(smallRoadmap())[1]!;
const created = newTopicIssue(topic, section);

const unmatched = trackUnmatched();

describe("handleIssueEvent", () => {
  it("goes on when the old status label is already gone (another handler removed it)", async () => {
    const closed = restIssue({
      number: 4,
      title: "Redis",
      body: created.body,
      labels: created.labels,
      state: "closed",
      state_reason: "completed",
    });
    const scope = api()
      .get(`${REPO_PATH}/issues/4`)
      .reply(200, closed)
      .delete(`${REPO_PATH}/issues/4/labels/status%3A%20todo`)
      .reply(404, { message: "Label does not exist" })
      .post(`${REPO_PATH}/issues/4/labels`, { labels: ["status: done"] })
      .reply(200, []);
    const result = await handleIssueEvent(deps(), { action: "closed", issue: closed });
    expect(result.status).toBe("done");
    expectOnly(unmatched, scope);
  });

  it("ignores an issue that carries a topic marker but not the roadmap label (anyone can paste a marker)", async () => {
    const pasted = restIssue({ number: 7, title: "Redis?", body: created.body, labels: [] });
    const result = await handleIssueEvent(deps(), {
      action: "closed",
      issue: { ...pasted, state: "closed" },
    });
    expect(result.skipped).toMatch(/not a topic issue/);
    expectOnly(unmatched);
  });
});
