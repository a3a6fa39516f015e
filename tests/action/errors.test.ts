import { describe, expect, it } from "vitest";
import { explain } from "../../action/errors.js";

function refused(method: string, url: string): Error {
  return Object.assign(new Error("Resource not accessible by integration"), {
    status: 403,
    request: { method, url },
  });
}

describe("explain: the fix for a refused request names the permission", () => {
  it.each([
    ["PUT", "https://api.github.com/repos/o/r/contents/README.md", "contents: write"],
    ["POST", "https://api.github.com/repos/o/r/issues/3/labels", "issues: write"],
    ["POST", "https://api.github.com/repos/o/r/check-runs", "checks: write"],
    ["GET", "https://api.github.com/repos/o/r/pulls/7/files", "pull-requests: read"],
    ["PUT", "https://api.github.com/repos/o/r/actions/workflows/roadmap.yml/enable", "actions: write"],
  ])("%s %s -> %s", (method, url, permission) => {
    expect(explain(refused(method, url))).toContain(`add \`permissions: ${permission}\``);
  });

  it("says a 401 is the token", () => {
    const error = Object.assign(new Error("Bad credentials"), {
      status: 401,
      request: { method: "GET", url: "x" },
    });
    expect(explain(error)).toContain("the token is not valid");
  });
});
