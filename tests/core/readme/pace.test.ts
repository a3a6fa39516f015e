import { describe, expect, it } from "vitest";
import type { TopicIssue } from "../../../core/issues/topic-issues.js";
import { offlineProgress } from "../../../core/model/progress.js";
import { paceOf, weekOf } from "../../../core/readme/pace.js";
import { smallRoadmap } from "../../helpers/roadmaps.js";

const closed = (topicId: string, number: number, closedAt: string): TopicIssue => ({
  topicId,
  number,
  id: number,
  nodeId: "N",
  title: topicId,
  body: "",
  state: "closed",
  stateReason: "completed",
  labels: ["roadmap"],
  htmlUrl: "",
  createdAt: "2026-10-01T00:00:00Z",
  closedAt,
});

describe("pace", () => {
  it("weeks start on Monday", () => {
    expect(weekOf("2026-11-26")).toBe("2026-11-23");
    expect(weekOf("2026-11-23")).toBe("2026-11-23");
    expect(weekOf("2026-11-22")).toBe("2026-11-16");
  });

  it("counts topics done per week, hours by time cost, and forecasts from the recent pace", () => {
    const roadmap = smallRoadmap((input) => {
      input.settings = { hours: { short: 6, medium: 10 } };
    });
    const progress = offlineProgress(roadmap);
    progress.topics["redis"]!.status = "done";
    const pace = paceOf(roadmap, progress, [closed("redis", 2, "2026-11-12T10:00:00Z")], "2026-11-26");
    expect(pace).toEqual({
      weeks: [
        { week: "2026-11-09", done: 1, total: 1 },
        { week: "2026-11-16", done: 0, total: 1 },
        { week: "2026-11-23", done: 0, total: 1 },
      ],
      planned: 2, // the practice topic is not counted
      done: 1,
      hoursPlanned: 16,
      hoursDone: 6,
      hoursLeft: 10,
      recentTopics: 1,
      recentHours: 6,
      paceWeeks: 3, // the weeks of 11-09, 11-16 and 11-23
      hoursPerWeek: 2,
      forecast: "2027-01-03", // 10 h left at 2 h a week: 35 days after Sunday 11-29
    });
  });

  it("has no forecast before the first topic, nor after a quiet month", () => {
    const roadmap = smallRoadmap();
    const progress = offlineProgress(roadmap);
    expect(paceOf(roadmap, progress, [], "2026-11-26")).toMatchObject({ weeks: [], done: 0, paceWeeks: 4 });
    progress.topics["redis"]!.status = "done";
    const quiet = paceOf(roadmap, progress, [closed("redis", 2, "2026-09-01T00:00:00Z")], "2026-11-26");
    expect(quiet.forecast).toBeUndefined();
    expect(quiet.hoursPerWeek).toBeUndefined();
    expect(quiet.weeks.at(-1)).toEqual({ week: "2026-11-23", done: 0, total: 1 });
    // The same week, another day: the same pace and forecast (the README is not rewritten daily).
    const monday = paceOf(roadmap, progress, [closed("redis", 2, "2026-11-12T10:00:00Z")], "2026-11-23");
    const sunday = paceOf(roadmap, progress, [closed("redis", 2, "2026-11-12T10:00:00Z")], "2026-11-29");
    expect(sunday).toEqual(monday);
  });
});
