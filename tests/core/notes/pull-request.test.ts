import { describe, expect, it } from "vitest";
import type { PullRequestPayload } from "../../../core/notes/pull-request.js";
import { notesPullAction } from "../../../core/notes/pull-request.js";

function payload(action: string, fields: Partial<PullRequestPayload["pull_request"]> = {}, changes?: object) {
  return {
    action,
    ...(changes ? { changes } : {}),
    pull_request: { number: 1, state: "open", head: { sha: "h" }, base: { ref: "main" }, ...fields },
    repository: { default_branch: "main" },
  } as PullRequestPayload;
}

describe("notesPullAction", () => {
  it("checks opened, reopened and synchronized pull requests, and a changed base", () => {
    expect(["opened", "reopened", "synchronize"].map((action) => notesPullAction(payload(action)))).toEqual([
      "check",
      "check",
      "check",
    ]);
    expect(notesPullAction(payload("edited", {}, { base: { ref: { from: "dev" } } }))).toBe("check");
  });

  it("only refreshes the comment for a body edit, and skips a title edit", () => {
    expect(notesPullAction(payload("edited", {}, { body: { from: "x" } }))).toBe("comment");
    expect(notesPullAction(payload("edited", {}, { title: { from: "x" } }))).toEqual({
      skip: "only the title changed",
    });
  });

  it("applies a merge, and skips a PR closed unmerged, a closed PR's edits and unrelated actions", () => {
    expect(notesPullAction(payload("closed", { state: "closed", merged: true }))).toBe("merge");
    expect(notesPullAction(payload("closed", { state: "closed", merged: false }))).toEqual({
      skip: "closed without merging",
    });
    expect(notesPullAction(payload("edited", { state: "closed" }, { body: {} }))).toEqual({
      skip: "pull request is closed",
    });
    expect(notesPullAction(payload("labeled"))).toEqual({
      skip: "pull_request.labeled does not concern notes",
    });
  });
});
