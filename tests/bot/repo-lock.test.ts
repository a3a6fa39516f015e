import { describe, expect, it } from "vitest";
import { RecentDeliveries } from "../../bot/deliveries.js";
import { RepoLock } from "../../bot/repo-lock.js";

describe("RepoLock", () => {
  it("runs tasks for one repository one after another, and other repositories alongside", async () => {
    const lock = new RepoLock();
    const events: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = lock.run("o/a", async () => {
      events.push("a1 start");
      await gate;
      events.push("a1 end");
    });
    const second = lock.run("o/a", async () => {
      events.push("a2");
    });
    const other = lock.run("o/b", async () => {
      events.push("b");
    });
    await other;
    expect(events).toEqual(["a1 start", "b"]);
    release();
    await Promise.all([first, second]);
    expect(events).toEqual(["a1 start", "b", "a1 end", "a2"]);
  });

  it("goes on after a failed task, and the failure reaches its caller", async () => {
    const lock = new RepoLock();
    await expect(lock.run("o/a", async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(lock.run("o/a", async () => "next")).resolves.toBe("next");
  });
});

describe("RecentDeliveries", () => {
  it("says first time once per id and forgets the oldest beyond its capacity", () => {
    const deliveries = new RecentDeliveries(2);
    expect(deliveries.firstTime("a")).toBe(true);
    expect(deliveries.firstTime("a")).toBe(false);
    deliveries.firstTime("b");
    deliveries.firstTime("c");
    expect(deliveries.firstTime("a")).toBe(true);
    expect(deliveries.firstTime("c")).toBe(false);
  });
});
