import nock from "nock";
import { describe, expect, it } from "vitest";
import type { FetchLike } from "../../../core/daily/leetcode-daily.js";
import { fetchLeetCodeDaily } from "../../../core/daily/leetcode-daily.js";

const fetcher: FetchLike = (url, init) => globalThis.fetch(url, init);

function answer(question: Record<string, unknown>) {
  return {
    data: {
      activeDailyCodingChallengeQuestion: {
        date: "2026-11-26",
        link: "/problems/two-sum/",
        question: {
          titleSlug: "two-sum",
          title: "Two Sum",
          difficulty: "Medium",
          topicTags: [{ name: "Array" }, { name: "Hash Table" }],
          isPaidOnly: false,
          ...question,
        },
      },
    },
  };
}

function leetcode() {
  return nock("https://leetcode.com").post("/graphql", (body: { query?: string }) =>
    Boolean(body.query?.includes("activeDailyCodingChallengeQuestion")),
  );
}

describe("LeetCode's question of the day", () => {
  it("returns the problem when it has the configured difficulty", async () => {
    const scope = leetcode().reply(200, answer({}));
    await expect(fetchLeetCodeDaily(fetcher, "Medium", "2026-11-26")).resolves.toEqual({
      ok: true,
      problem: { slug: "two-sum", title: "Two Sum", difficulty: "Medium", tags: ["Array", "Hash Table"] },
    });
    scope.done();
  });

  it("declines the question of another day: a re-run for a past date must not post today's", async () => {
    const scope = leetcode().reply(200, answer({}));
    await expect(fetchLeetCodeDaily(fetcher, "Medium", "2026-11-20")).resolves.toEqual({
      ok: false,
      reason: "LeetCode's question of the day is for 2026-11-26, not 2026-11-20",
    });
    scope.done();
  });

  it("declines another difficulty and premium-only questions", async () => {
    leetcode().reply(200, answer({ difficulty: "Hard" }));
    await expect(fetchLeetCodeDaily(fetcher, "Medium", "2026-11-26")).resolves.toEqual({
      ok: false,
      reason: "today's question (two-sum) is Hard, not Medium",
    });
    leetcode().reply(200, answer({ isPaidOnly: true }));
    await expect(fetchLeetCodeDaily(fetcher, "Medium", "2026-11-26")).resolves.toMatchObject({
      ok: false,
      reason: expect.stringMatching(/premium/),
    });
  });

  it("turns every failure into a reason: HTTP error, bad shape, bad slug, network error", async () => {
    leetcode().reply(503, "busy");
    await expect(fetchLeetCodeDaily(fetcher, "Medium", "2026-11-26")).resolves.toEqual({
      ok: false,
      reason: "LeetCode answered HTTP 503",
    });
    leetcode().reply(200, { data: null });
    await expect(fetchLeetCodeDaily(fetcher, "Medium", "2026-11-26")).resolves.toMatchObject({
      ok: false,
      reason: expect.stringMatching(/shape/),
    });
    leetcode().reply(200, answer({ titleSlug: "x --> <b>" }));
    await expect(fetchLeetCodeDaily(fetcher, "Medium", "2026-11-26")).resolves.toMatchObject({
      ok: false,
      reason: expect.stringMatching(/shape/),
    });
    leetcode().replyWithError("connection reset");
    await expect(fetchLeetCodeDaily(fetcher, "Medium", "2026-11-26")).resolves.toMatchObject({
      ok: false,
      reason: expect.stringMatching(/could not be reached/),
    });
  });

  it("gives up after the timeout", async () => {
    leetcode().delay(500).reply(200, answer({}));
    await expect(fetchLeetCodeDaily(fetcher, "Medium", "2026-11-26", 50)).resolves.toEqual({
      ok: false,
      reason: "LeetCode did not answer within 0.05 seconds",
    });
  });
});
