import { describe, expect, it } from "vitest";
import { isTrustedComment, listTrustedComments } from "../../../core/github/trusted-comments.js";
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

describe("listTrustedComments", () => {
  it("keeps a bot's comments and those of people with write access, oldest first", async () => {
    const scope = api()
      .get(`${REPO_PATH}/issues/7/comments`)
      .query({ per_page: 100 })
      .reply(200, [
        restComment(1, "by github-actions[bot]", 7),
        restComment(2, "by the owner's token", 7, USER, "OWNER"),
        restComment(3, "by an org member", 7, USER, "MEMBER"),
        restComment(4, "by a collaborator", 7, USER, "COLLABORATOR"),
        restComment(5, "by a contributor", 7, USER, "CONTRIBUTOR"),
        restComment(6, "by a first-time contributor", 7, USER, "FIRST_TIME_CONTRIBUTOR"),
        restComment(7, "by anyone", 7, USER, "NONE"),
        { id: 8, body: null, user: null, author_association: "NONE" }, // a deleted account
        { id: 9, body: null, user: { login: "owner", type: "User" }, author_association: "OWNER" },
      ]);
    const comments = await listTrustedComments(testGitHub(), REPO, 7);
    expectOnly(unmatched, scope);
    expect(comments.map(({ id, body }) => [id, body])).toEqual([
      [1, "by github-actions[bot]"],
      [2, "by the owner's token"],
      [3, "by an org member"],
      [4, "by a collaborator"],
      [9, ""],
    ]);
    expect(comments[1]!.html_url).toBe(
      `https://github.com/${REPO.owner}/${REPO.repo}/issues/7#issuecomment-2`,
    );
  });

  it("does not trust a User without an association (an older payload without the field)", () => {
    expect(isTrustedComment({ id: 1, body: "x", user: USER })).toBe(false);
    expect(isTrustedComment({ id: 1, body: "x", user: { type: "Bot" } })).toBe(true);
  });
});
