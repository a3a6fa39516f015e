import { describe, expect, it } from "vitest";
import type { IssueForStatus, StatusEvent } from "../../../core/issues/status.js";
import { topicStatus } from "../../../core/issues/status.js";
import { BODY_END, BODY_START } from "../../../core/issues/markers.js";

/** An issue whose generated part has `ticked` of three focus boxes ticked. */
function issue(change: Partial<IssueForStatus> & { ticked?: number } = {}): IssueForStatus {
  const { ticked = 0, ...rest } = change;
  const boxes = [0, 1, 2].map((i) => `- [${i < ticked ? "x" : " "}] item ${i}`).join("\n");
  return {
    state: "open",
    stateReason: null,
    body: `${BODY_START}\n${boxes}\n${BODY_END}\nmy own notes: - [x] not a focus box\n`,
    labels: ["roadmap"],
    ...rest,
  };
}

const status = (label: string) => [`roadmap`, `status: ${label}`];

describe("topicStatus: the one rule for a topic's status", () => {
  it.each<[string, IssueForStatus, StatusEvent, string]>([
    ["closed as completed is done", issue({ state: "closed", stateReason: "completed" }), "closed", "done"],
    ["closed with no reason is done", issue({ state: "closed" }), "sync", "done"],
    [
      "closed as not planned is dropped",
      issue({ state: "closed", stateReason: "not_planned" }),
      "sync",
      "dropped",
    ],
    [
      "closed as duplicate is dropped",
      issue({ state: "closed", stateReason: "duplicate" }),
      "closed",
      "dropped",
    ],
    [
      "a dropped topic stays dropped when a PR completes it",
      issue({ state: "closed", stateReason: "not_planned" }),
      "completed",
      "dropped",
    ],
    ["a PR that completes an open topic makes it done", issue(), "completed", "done"],
    ["open, nothing ticked, is todo", issue(), "sync", "todo"],
    ["a box ticked starts it", issue({ ticked: 1 }), "edited", "in-progress"],
    [
      "all boxes ticked is still in progress: only closing completes",
      issue({ ticked: 3 }),
      "edited",
      "in-progress",
    ],
    [
      "unticked again stays in progress once started",
      issue({ labels: status("in progress") }),
      "edited",
      "in-progress",
    ],
    [
      "a stale done label on an open issue follows the ticks",
      issue({ labels: status("done") }),
      "sync",
      "todo",
    ],
    [
      "reopened with ticks is in progress",
      issue({ ticked: 2, labels: status("done") }),
      "reopened",
      "in-progress",
    ],
    [
      "reopened without ticks is todo, whatever the label said",
      issue({ labels: status("in progress") }),
      "reopened",
      "todo",
    ],
    ["merged notes start an open topic", issue(), "notes-merged", "in-progress"],
    [
      "merged notes leave a completed topic done",
      issue({ state: "closed", stateReason: "completed" }),
      "notes-merged",
      "done",
    ],
    ["ticks outside the generated part do not count", issue({ ticked: 0 }), "sync", "todo"],
  ])("%s", (_, input, event, expected) => {
    expect(topicStatus(input, event)).toBe(expected);
  });

  it("reads a sync by default", () => {
    expect(topicStatus(issue({ ticked: 1 }))).toBe("in-progress");
  });
});
