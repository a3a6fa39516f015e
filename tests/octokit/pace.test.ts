import { describe, expect, it } from "vitest";
import { pacedLane } from "../../octokit/pace.js";

describe("write pacing (octokit/pace.ts)", () => {
  it("starts each job at least the interval after the one before, on the given clock", async () => {
    let now = 1000;
    const slept: number[] = [];
    const clock = { now: () => now, sleep: async (ms: number) => void (slept.push(ms), (now += ms)) };
    let interval = 1000;
    const lane = pacedLane(() => interval, clock).key("id");
    const started: number[] = [];
    const job = async () => void started.push(now);
    await lane.schedule({}, job);
    now += 300;
    await lane.schedule({}, job);
    now += 5000;
    await lane.schedule({}, job);
    interval = 0;
    await lane.schedule({}, job);
    expect(started).toEqual([1000, 2000, 7000, 7000]);
    expect(slept).toEqual([700]);
  });
});
