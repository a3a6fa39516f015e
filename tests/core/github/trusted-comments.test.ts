import { describe, expect, it } from "vitest";
import { isTrustedComment, listTrustedComments } from "../../../core/github/trusted-comments.js";
import { defaultTrust, repoTrust } from "../../../core/github/write-access.js";
import {
  api,
  expectOnly,
  REPO,
  REPO_PATH,
  restComment,
  testGitHub,
  trackUnmatched,
} from "../../helpers/github.js";

const unmatched = trackUnmatched();
const USER = { login: "someone", type: "User" };
const MEMBER = { login: "member", type: "User" };
const READER = { login: "reader", type: "User" };
const permission = (login: string) => `${REPO_PATH}/collaborators/${login}/permission`;

describe("listTrustedComments", () => {
  it("keeps this project's bot, the owner, and members or collaborators GitHub says can write, oldest first", async () => {
    const scope = api()
      .get(`${REPO_PATH}/issues/7/comments`)
      .query({ per_page: 100 })
      .reply(200, [
        restComment(1, "by github-actions[bot]", 7),
        restComment(2, "by the owner's token", 7, USER, "OWNER"),
        restComment(3, "by an org member who can write", 7, MEMBER, "MEMBER"),
        restComment(4, "by a collaborator who can only read", 7, READER, "COLLABORATOR"),
        restComment(5, "by a contributor", 7, USER, "CONTRIBUTOR"),
        restComment(6, "by a first-time contributor", 7, USER, "FIRST_TIME_CONTRIBUTOR"),
        restComment(7, "by anyone", 7, USER, "NONE"),
        { id: 8, body: null, user: null, author_association: "NONE" }, // a deleted account
        { id: 9, body: null, user: { login: "owner", type: "User" }, author_association: "OWNER" },
        restComment(10, "by another bot", 7, { login: "evil-app[bot]", type: "Bot" }),
        restComment(11, "the same member again: asked once", 7, MEMBER, "MEMBER"),
      ])
      .get(permission("member"))
      .reply(200, { permission: "write", role_name: "maintain" })
      .get(permission("reader"))
      .reply(200, { permission: "read", role_name: "triage" });
    const comments = await listTrustedComments(testGitHub(), REPO, 7);
    expectOnly(unmatched, scope);
    expect(comments.map(({ id, body }) => [id, body])).toEqual([
      [1, "by github-actions[bot]"],
      [2, "by the owner's token"],
      [3, "by an org member who can write"],
      [9, ""],
      [11, "the same member again: asked once"],
    ]);
    expect(comments[1]!.html_url).toBe(
      `https://github.com/${REPO.owner}/${REPO.repo}/issues/7#issuecomment-2`,
    );
  });

  it("counts a bot only when it is this project's identity: the App's <slug>[bot], not github-actions[bot]", async () => {
    const trust = repoTrust(testGitHub(), REPO, () => ["roadmap-ops[bot]"]);
    expect(await trust.trusts({ login: "roadmap-ops[bot]", type: "Bot" })).toBe(true);
    expect(await trust.trusts({ login: "github-actions[bot]", type: "Bot" })).toBe(false);
    expect(await trust.trusts({ login: "dependabot[bot]", type: "Bot", association: "MEMBER" })).toBe(false);
    expectOnly(unmatched);
  });

  it("does not trust a User without an association, nor a collaborator GitHub does not know (404)", async () => {
    const scope = api().get(permission("gone")).reply(404, { message: "Not Found" });
    const trust = defaultTrust(testGitHub(), REPO);
    expect(await isTrustedComment({ id: 1, body: "x", user: USER }, trust)).toBe(false);
    expect(
      await isTrustedComment(
        { id: 2, body: "x", user: { login: "gone", type: "User" }, author_association: "COLLABORATOR" },
        trust,
      ),
    ).toBe(false);
    expectOnly(unmatched, scope);
  });
});
