import { describe, expect, it } from "vitest";
import { carryOver, encodeBlockState, readBlockState } from "../../../core/readme/block-state.js";
import type { ProgressSnapshot } from "../../../core/model/progress.js";

const progress: ProgressSnapshot = {
  topics: {
    "in-progress-topic": {
      status: "in-progress",
      checked: 2,
      total: 3,
      issueUrl: "https://x/o/r--x/issues/1",
    },
    done: {
      status: "done",
      checked: 3,
      total: 3,
      issueUrl: "https://x/o/r/issues/2",
      notesPath: "notes/done",
    },
    plain: { status: "todo", checked: 0, total: 0 },
  },
  practice: { solved: 4, currentStreak: 1, longestStreak: 3 },
};

describe("the block's hidden state", () => {
  it("is one HTML comment no text inside can end early, and reads back what was written", () => {
    const line = encodeBlockState(progress, {
      repoUrl: "https://x/o/r--x",
      chartPath: "roadmap/progress.svg",
    });
    expect(line.startsWith("<!-- roadmap:state ")).toBe(true);
    expect(line.endsWith(" -->")).toBe(true);
    expect(line.slice(4, -3)).not.toContain("-");
    const back = readBlockState(`before\n${line}\nafter`)!;
    expect(back.options).toEqual({ repoUrl: "https://x/o/r--x", chartPath: "roadmap/progress.svg" });
    expect(back.progress.practice).toEqual(progress.practice);
    expect(back.progress.topics).toEqual({
      "in-progress-topic": {
        status: "in-progress",
        checked: 2,
        total: 0,
        issueUrl: "https://x/o/r--x/issues/1",
      },
      done: {
        status: "done",
        checked: 3,
        total: 0,
        issueUrl: "https://x/o/r/issues/2",
        notesPath: "notes/done",
      },
      plain: { status: "todo", checked: 0, total: 0 },
    });
  });

  it("is none when missing, malformed, or not ours", () => {
    expect(readBlockState("no state here")).toBeUndefined();
    expect(readBlockState("<!-- roadmap:state {not json -->")).toBeUndefined();
    expect(readBlockState('<!-- roadmap:state {"v":2,"topics":{}} -->')).toBeUndefined();
    const odd = readBlockState(
      '<!-- roadmap:state {"v":1,"topics":{"a":["finished",1],"b":["done",-4,7]}} -->',
    )!;
    expect(odd.progress.topics).toEqual({ b: { status: "done", checked: 0, total: 0 } });
  });

  it("carries live progress onto the roadmap as it is now", () => {
    const offline: ProgressSnapshot = {
      topics: {
        "in-progress-topic": { status: "todo", checked: 0, total: 1 },
        added: { status: "todo", checked: 0, total: 2 },
      },
    };
    expect(carryOver(offline, progress)).toEqual({
      topics: {
        // One focus item left in the roadmap: never "2/1".
        "in-progress-topic": {
          status: "in-progress",
          checked: 1,
          total: 1,
          issueUrl: "https://x/o/r--x/issues/1",
        },
        added: { status: "todo", checked: 0, total: 2 },
      },
      practice: progress.practice,
    });
  });
});
