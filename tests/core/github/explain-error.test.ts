import { describe, expect, it } from "vitest";
import { explainGitHubError, quoteGitHub } from "../../../core/github/explain-error.js";

function answered(status: number, data: unknown, headers: Record<string, string> = {}) {
  return Object.assign(
    new Error(
      typeof data === "object" && data ? String((data as { message?: string }).message) : String(data),
    ),
    {
      status,
      request: { method: "POST", url: "https://api.github.com/repos/o/r/issues" },
      response: { data, headers },
    },
  );
}

describe("explainGitHubError", () => {
  it("is undefined for an error that is not GitHub's", () => {
    expect(explainGitHubError(new Error("disk full"))).toBeUndefined();
  });

  it("says a rate limit and when it resets", () => {
    const message = explainGitHubError(
      answered(
        403,
        { message: "API rate limit exceeded" },
        { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1796428800" },
      ),
    );
    expect(message).toBe(
      "GitHub answered 403 to POST https://api.github.com/repos/o/r/issues: rate limit reached until 2026-12-05T00:00:00.000Z; the next run continues",
    );
  });

  it("uses the adapter's way to grant a permission", () => {
    const message = explainGitHubError(answered(403, { message: "Resource not accessible by integration" }), {
      grant: (permission) => `accept ${permission} in the installation`,
    });
    expect(message).toContain("the token lacks `issues: write`; accept issues: write in the installation");
  });

  it("says an empty answer is empty", () => {
    expect(explainGitHubError(answered(502, ""))).toBe(
      "GitHub answered 502 to POST https://api.github.com/repos/o/r/issues, with no message",
    );
  });

  it("quotes GitHub's text short, on one line, without control or bidi characters", () => {
    expect(quoteGitHub("a\n::error::b\u202Ec")).toBe("a ::error::bc");
    expect(quoteGitHub("::add-mask::x")).not.toMatch(/^::/);
    expect(quoteGitHub("x".repeat(1000))).toHaveLength(300);
  });
});
