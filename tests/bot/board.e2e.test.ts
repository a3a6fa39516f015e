// The App keeps an organization's Projects board in step with its installation token: the
// sync on a push, and a closed issue moves its item (the board learnt at the sync, so the
// event reads no roadmap).
import { describe, expect, it } from "vitest";
import { FakeGitHub } from "../helpers/fake-github.js";
import { FakeProject } from "../helpers/fake-project.js";
import { REPO } from "../helpers/github.js";
import type { WebhookName } from "../helpers/probot.js";
import { deliveryId, testProbot } from "../helpers/probot.js";
import type { Payload } from "../helpers/webhooks.js";
import { inTestRepo, issuesClosedExample, webhookExample } from "../helpers/webhooks.js";
import { SEED_YML } from "../helpers/seed.js";

const ROADMAP = SEED_YML.replace(
  /^title: /m,
  "settings:\n  project: https://github.com/orgs/roadmap-ops/projects/7\ntitle: ",
);

function pushExample(files: string[]): Payload {
  const payload = inTestRepo(webhookExample("push"), REPO.owner, REPO.repo);
  payload.ref = `refs/heads/${payload.repository.default_branch}`;
  payload.after = "abc123";
  payload.commits = [{ id: "abc123", message: "edit", added: [], removed: [], modified: files }];
  return payload;
}

describe("the App and the board", () => {
  it("a push syncs the board; closing a topic's issue moves its item to Done with one read and one write", async () => {
    const github = new FakeGitHub();
    github.contentLimits = {};
    github.files.set("roadmap/roadmap.yml", ROADMAP);
    const board = new FakeProject("roadmap-ops", 7, "Organization").attach(github);
    github.intercept();
    const probot = await testProbot();
    const receive = async (name: WebhookName, payload: Payload) =>
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- fixtures are reshaped JSON
      probot.receive({ id: deliveryId(), name, payload } as any);
    await receive("push", pushExample(["roadmap/roadmap.yml"]));
    expect(board.items).toHaveLength(27);
    const issue = github.issue(5);
    expect(board.valueOf(issue.node_id, "Status")).toBe("Todo");

    Object.assign(issue, { state: "closed", state_reason: "completed" });
    github.resetLog();
    board.requests.length = 0;
    const event = inTestRepo(issuesClosedExample(), REPO.owner, REPO.repo);
    Object.assign(event.issue, structuredClone(issue));
    await receive("issues", event);
    expect(board.requests.map((r) => r.name)).toEqual(["boardIssueItem", "setProjectField"]);
    expect(board.valueOf(issue.node_id, "Status")).toBe("Done");
    expect(github.requests.filter((r) => r.path.includes("/contents/"))).toEqual([]);
  });

  it("a process that has not synced the repository reads its roadmap once to find the board", async () => {
    const github = new FakeGitHub();
    github.contentLimits = {};
    github.files.set("roadmap/roadmap.yml", ROADMAP);
    const board = new FakeProject("roadmap-ops", 7, "Organization").attach(github);
    github.intercept();
    const first = await testProbot();
    await first.receive({
      id: deliveryId(),
      name: "push",
      payload: pushExample(["roadmap/roadmap.yml"]),
    } as never);
    // Another process (a restart): it knows nothing of the repository's board yet.
    const fresh = await testProbot();
    const issue = github.issue(3);
    Object.assign(issue, { state: "closed", state_reason: "completed" });
    github.resetLog();
    board.requests.length = 0;
    const event = inTestRepo(issuesClosedExample(), REPO.owner, REPO.repo);
    Object.assign(event.issue, structuredClone(issue));
    await fresh.receive({ id: deliveryId(), name: "issues", payload: event } as never);
    expect(github.requests.filter((r) => r.path.includes("/contents/")).map((r) => r.path)).toEqual([
      `/repos/${REPO.owner}/${REPO.repo}/contents/roadmap/roadmap.yml`,
    ]);
    expect(board.valueOf(issue.node_id, "Status")).toBe("Done");
    // The next event in that process reads no roadmap.
    github.resetLog();
    Object.assign(github.issue(4), { state: "closed", state_reason: "completed" });
    const next = inTestRepo(issuesClosedExample(), REPO.owner, REPO.repo);
    Object.assign(next.issue, structuredClone(github.issue(4)));
    await fresh.receive({ id: deliveryId(), name: "issues", payload: next } as never);
    expect(github.requests.filter((r) => r.path.includes("/contents/"))).toEqual([]);
    expect(board.valueOf(github.issue(4).node_id, "Status")).toBe("Done");
  });
});
