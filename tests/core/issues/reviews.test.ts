import { describe, expect, it } from "vitest";
import { dueReviews, renderReviewComment, reviewDateOf, reviewMarker } from "../../../core/issues/reviews.js";
import { practiceStatus } from "../../../core/issues/status.js";
import type { TopicIssue } from "../../../core/issues/topic-issues.js";
import { reviewDays } from "../../../core/model/roadmap.js";
import { smallRoadmap } from "../../helpers/roadmaps.js";

function issue(topicId: string, number: number, fields: Partial<TopicIssue> = {}): TopicIssue {
  return {
    topicId,
    number,
    id: number,
    nodeId: `N${number}`,
    title: topicId,
    body: "",
    state: "closed",
    stateReason: "completed",
    labels: ["roadmap"],
    htmlUrl: `https://github.com/o/r/issues/${number}`,
    createdAt: "2026-10-01T00:00:00Z",
    closedAt: "2026-11-19T22:00:00Z",
    ...fields,
  };
}

describe("spaced review", () => {
  it("is due 1, 7 and 30 days after closing by default, for done topics only", () => {
    const roadmap = smallRoadmap();
    expect(reviewDays(roadmap)).toEqual([1, 7, 30]);
    const issues = [
      issue("redis", 2),
      issue("postgresql", 3, { stateReason: "not_planned" }), // dropped: no review
      issue("leetcode", 1, { state: "closed" }), // the practice topic: never reviewed
    ];
    expect(dueReviews(roadmap, issues, "2026-11-26").map((r) => [r.topic.id, r.day])).toEqual([["redis", 7]]);
    expect(dueReviews(roadmap, issues, "2026-11-20").map((r) => r.day)).toEqual([1]);
    expect(dueReviews(roadmap, issues, "2026-11-25")).toEqual([]);
    expect(dueReviews(roadmap, [issue("redis", 2, { state: "open", closedAt: null })], "2026-11-26")).toEqual(
      [],
    );
  });

  it("takes its days from settings.reviews, and is off with enabled: false", () => {
    const custom = smallRoadmap((input) => {
      input.settings = { reviews: { days: [3, 3, 2] } };
    });
    expect(reviewDays(custom)).toEqual([2, 3]);
    expect(dueReviews(custom, [issue("redis", 2)], "2026-11-22").map((r) => r.day)).toEqual([3]);
    const off = smallRoadmap((input) => {
      input.settings = { reviews: { enabled: false } };
    });
    expect(dueReviews(off, [issue("redis", 2)], "2026-11-26")).toEqual([]);
  });

  it("marks its comment with the date, read back by reviewDateOf", () => {
    const roadmap = smallRoadmap();
    const [review] = dueReviews(roadmap, [issue("redis", 2)], "2026-11-26");
    const body = renderReviewComment(review!);
    expect(body.startsWith(`${reviewMarker("2026-11-26", 7)}\n`)).toBe(true);
    expect(reviewDateOf(body)).toBe("2026-11-26");
    expect(body).toContain("- [ ] caching\n- [ ] rate limiting\n- [ ] pub/sub\n");
    expect(reviewDateOf("<!-- roadmap:daily date=2026-11-26 slug=x -->")).toBeUndefined();
  });
});

describe("the practice topic's status", () => {
  it("follows the practice, not the open issue", () => {
    const open = { state: "open" as const, stateReason: null };
    expect(practiceStatus(open, true)).toBe("in-progress");
    expect(practiceStatus(open, false)).toBe("todo");
    expect(practiceStatus(undefined, true)).toBe("in-progress");
    expect(practiceStatus({ state: "closed", stateReason: "not_planned" }, true)).toBe("dropped");
    expect(practiceStatus({ state: "closed", stateReason: "completed" }, false)).toBe("done");
  });
});

describe("closing days in the learner's time zone", () => {
  it("takes the day an issue was closed in the timezone input", async () => {
    const { closedOn } = await import("../../../core/issues/reviews.js");
    const late = issue("redis", 2, { closedAt: "2026-11-19T23:30:00Z" });
    expect(closedOn(late)).toBe("2026-11-19");
    expect(closedOn(late, "Europe/Berlin")).toBe("2026-11-20");
    const roadmap = smallRoadmap();
    expect(dueReviews(roadmap, [late], "2026-11-27", "Europe/Berlin").map((r) => r.day)).toEqual([7]);
    expect(dueReviews(roadmap, [late], "2026-11-27")).toEqual([]);
  });
});
