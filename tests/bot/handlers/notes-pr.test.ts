// The app's notes handler takes the repository lock for every pull_request action, not
// only for a merge: two deliveries at once (a push right after opening the PR) must not
// both find no summary comment and both post one.
import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { notesPullRequest } from "../../../bot/handlers/notes-pr.js";
import { RepoLock } from "../../../bot/repo-lock.js";
import { silentLogger } from "../../../core/github/client.js";
import type { PullRequestPayload } from "../../../core/notes/pull-request.js";
import { FakeGitHub } from "../../helpers/fake-github.js";
import { API, REPO, testGitHub, trackUnmatched } from "../../helpers/github.js";
import type { Payload } from "../../helpers/webhooks.js";
import {
  restTopicIssues,
  ROADMAP_YML,
  openedPayload,
  synchronizePayload,
} from "../../helpers/pull-requests.js";

const BASE = `/repos/${REPO.owner}/${REPO.repo}`;
const NOTE = "---\nfocus: [caching]\n---\n# Cache-aside\n";

const unmatched = trackUnmatched();
afterEach(() => {
  nock.cleanAll();
  expect(unmatched.unmatched).toEqual([]);
});

/** The small roadmap's topic issues (#1-#3) and a notes pull request (#4) in a FakeGitHub. */
function repositoryWithNotesPull(): { fake: FakeGitHub; pull: number } {
  const fake = new FakeGitHub();
  fake.intercept();
  for (const issue of restTopicIssues()) {
    fake.addIssue({ title: issue.title, body: issue.body, labels: issue.labels.map((label) => label.name) });
  }
  fake.files.set("roadmap/roadmap.yml", ROADMAP_YML);
  fake.files.set("notes/redis/caching.md", NOTE);
  const pull = fake.addIssue({ title: "Redis notes", body: "Notes." });
  pull.pull_request = {};
  const scope = nock(API).persist();
  scope.get(new RegExp(`^${BASE}/pulls/${pull.number}/files`)).reply((uri) => {
    fake.requests.push({ method: "GET", path: decodeURIComponent(uri) });
    return [200, [{ filename: "notes/redis/caching.md", status: "added" }]];
  });
  scope.post(`${BASE}/check-runs`).reply((uri, body) => {
    fake.requests.push({ method: "POST", path: uri, body });
    return [201, { id: 1 }];
  });
  return { fake, pull: pull.number };
}

/** A webhook example (JSON of any shape) as the pull request `pull` of the test repository. */
function forPull(payload: Payload, pull: number): PullRequestPayload {
  payload.number = pull;
  payload.pull_request.number = pull;
  return payload as PullRequestPayload;
}

describe("notes pull request deliveries in the app", () => {
  it("run one after another for every action: two at once leave one summary comment", async () => {
    const { fake, pull } = repositoryWithNotesPull();
    const scope = { github: testGitHub(), repo: REPO, log: silentLogger };
    const lock = new RepoLock();
    await Promise.all([
      notesPullRequest(scope, lock, "roadmap/roadmap.yml", forPull(openedPayload(), pull)),
      notesPullRequest(scope, lock, "roadmap/roadmap.yml", forPull(synchronizePayload(), pull)),
    ]);
    expect(fake.comments.filter((comment) => comment.issue === pull)).toHaveLength(1);
    const writes = fake.writes.map((request) => `${request.method} ${request.path}`);
    // The second delivery finds the comment in place; its payload was sent before the labels
    // were added, so it adds them again (harmless), then its own check run.
    expect(writes).toEqual([
      `POST ${BASE}/issues/${pull}/labels`,
      `POST ${BASE}/issues/${pull}/comments`,
      `POST ${BASE}/check-runs`,
      `POST ${BASE}/issues/${pull}/labels`,
      `POST ${BASE}/check-runs`,
    ]);
  });
});
