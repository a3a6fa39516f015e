import { describe, expect, it } from "vitest";
import { fitSummary, SUMMARY_MAX } from "../../../core/github/post-check-run.js";

describe("fitSummary", () => {
  it("keeps a summary within GitHub's limit as it is", () => {
    expect(fitSummary("- creates 2 issues")).toBe("- creates 2 issues");
  });

  it("cuts a longer one at a line break and says so", () => {
    const long = Array.from({ length: 5000 }, (_, i) => `- operation ${i} with some detail`).join("\n");
    const fitted = fitSummary(long);
    expect(long.length).toBeGreaterThan(SUMMARY_MAX);
    expect(fitted.length).toBeLessThanOrEqual(SUMMARY_MAX);
    expect(fitted).toMatch(/with some detail\n\n…\(cut to fit GitHub's check-run size limit\)$/);
  });
});
