import { describe, expect, it } from "vitest";
import { addDays, isIsoDate, isTimeZone, todayIn } from "../../../core/practice/dates.js";

describe("dates", () => {
  it("today depends on the time zone", () => {
    const now = new Date("2026-11-26T23:30:00Z");
    expect(todayIn("UTC", now)).toBe("2026-11-26");
    expect(todayIn("Europe/Berlin", now)).toBe("2026-11-27");
    expect(todayIn("America/Los_Angeles", now)).toBe("2026-11-26");
    expect(todayIn("Asia/Tokyo", new Date("2026-11-26T14:59:59Z"))).toBe("2026-11-26");
    expect(todayIn("Asia/Tokyo", new Date("2026-11-26T15:00:00Z"))).toBe("2026-11-27");
  });

  it("checks dates and zones", () => {
    expect(isIsoDate("2026-02-28")).toBe(true);
    expect(isIsoDate("2026-02-30")).toBe(false);
    expect(isIsoDate("2026-2-3")).toBe(false);
    expect(isTimeZone("Europe/Berlin")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
  });

  it("adds days across DST changes and month ends", () => {
    expect(addDays("2026-03-29", -1)).toBe("2026-03-28");
    expect(addDays("2026-10-25", 1)).toBe("2026-10-26");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2027-01-01", -1)).toBe("2026-12-31");
  });
});
